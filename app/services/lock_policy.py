"""When the vault must lock: idle time, a suspended laptop, or a clock that jumped.

Pure logic with an injected clock, driven by the UI's one-second tick and its input events.
The UI adds the operating system's own sleep and session-lock notices where it can get them.
BIO asks for a lock after at most 15 minutes idle; the default is 10.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 15
TICK_GAP_SECONDS = 30.0


class LockReason(enum.Enum):
    IDLE = "idle"
    SUSPEND = "suspend"
    CLOCK_JUMP = "clock_jump"
    MANUAL = "manual"
    SESSION = "session"
    DAMAGED = "damaged"  # the integrity check after unlock found damage (app.storage.write_gate)


def clamp_idle_minutes(minutes: int) -> int:
    """The agency or worker may choose a shorter timeout, never a longer one than 15 min."""
    return max(1, min(int(minutes), MAX_IDLE_MINUTES))


class LockPolicy:
    """Tracks activity and ticks; ``tick()`` returns a reason when the vault must lock now.

    ``wall`` is the wall clock (seconds since the epoch) so time spent suspended counts as
    idle time; a gap of more than 30 s between ticks means the machine slept, and a wall clock
    that goes backwards is treated the same way.
    """

    def __init__(
        self,
        idle_minutes: int = DEFAULT_IDLE_MINUTES,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._wall = wall
        self.idle_seconds = clamp_idle_minutes(idle_minutes) * 60
        now = wall()
        self._last_activity = now
        self._last_tick = now

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_seconds = clamp_idle_minutes(minutes) * 60

    def activity(self) -> None:
        """The worker pressed a key or moved the mouse."""
        self._last_activity = self._wall()

    def reset(self) -> None:
        now = self._wall()
        self._last_activity = now
        self._last_tick = now

    def idle_for(self) -> float:
        return max(0.0, self._wall() - self._last_activity)

    def tick(self) -> LockReason | None:
        now = self._wall()
        gap = now - self._last_tick
        self._last_tick = now
        if gap < 0:
            return LockReason.CLOCK_JUMP
        if gap > TICK_GAP_SECONDS:
            return LockReason.SUSPEND
        if now - self._last_activity >= self.idle_seconds:
            return LockReason.IDLE
        return None
