"""Failed unlock attempts, counted while the vault is still locked.

The database cannot be written while locked, so failures go to a small sidecar file beside it
holding only a count and a time, never a passphrase or a name. At the next successful unlock
the count is written to the audit log and the sidecar is removed. After five failures each
further attempt waits twice as long as the previous one. The vault is never wiped.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.storage.atomic import write_atomic

FREE_ATTEMPTS = 5
MAX_DELAY_SECONDS = 15 * 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` failed ones."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS))


@dataclass(frozen=True)
class FailureState:
    count: int
    last_failure: datetime | None

    def next_attempt_at(self) -> datetime | None:
        if self.last_failure is None or delay_after(self.count) == 0:
            return None
        return self.last_failure + timedelta(seconds=delay_after(self.count))


class FailedUnlockCounter:
    """Reads and writes the ``vault.failures`` sidecar."""

    def __init__(self, path: Path, now: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._path = path
        self._now = now

    def state(self) -> FailureState:
        try:
            data = json.loads(self._path.read_text("utf-8"))
            count = int(data["count"])
            last = datetime.fromisoformat(str(data["last_failure"]))
            return FailureState(max(count, 0), last)
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return FailureState(0, None)

    def seconds_to_wait(self) -> int:
        """0 when an attempt may be made now, otherwise the remaining wait in seconds."""
        at = self.state().next_attempt_at()
        if at is None:
            return 0
        remaining = (at - self._now()).total_seconds()
        return max(0, int(remaining + 0.999))

    def record_failure(self) -> FailureState:
        at = self._now()
        state = FailureState(self.state().count + 1, at)
        payload = {"count": state.count, "last_failure": at.isoformat()}
        with contextlib.suppress(OSError):  # a read-only folder must not hide the real error
            write_atomic(self._path, json.dumps(payload).encode("utf-8"))
        return state

    def take(self) -> int:
        """Return the number of failures since the last unlock and reset the counter."""
        count = self.state().count
        with contextlib.suppress(FileNotFoundError):
            self._path.unlink()
        return count
