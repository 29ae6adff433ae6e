"""A subprocess that dies by SIGKILL at one named fault point (``app.storage.fault_points``).

``python -m tests.support.crasher OPERATION POINT FOLDER [ARG]`` installs a fault-point handler
and runs OPERATION on the vault in FOLDER. Every point it passes is printed as ``point NAME``;
at POINT it prints ``kill POINT`` and sends SIGKILL to its own process. When the operation ends
without reaching POINT it prints ``done`` and exits 0 (the parent then knows the kill proved
nothing). The operations, each as the application runs it:

* ``migration``: unlock with the old passphrase; the vault was built at an older schema, so
  the unlock migrates it;
* ``passphrase``: unlock, then change the passphrase from OLD to NEW (``Session``: strength
  check, key file, audit line);
* ``recovery_reset``: reset the passphrase to NEW with the agency's recovery identity (one
  line on stdin, never on the command line);
* ``deletion``: grant the deletion request ARG (``RightsService.decide``): the whole dossier
  goes and the file is compacted;
* ``retention``: destroy citizen ARG, confirmed over the list of due dossiers after its
  hand-over (``RetentionService.destroy``), on a clock past the agency's period.

:func:`perform` runs the same operations in-process (the reference run of
``tests/support/crash_states.py``); :func:`crash` starts the subprocess and waits for it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.crypto import TEST_KDF
from app.storage import fault_points
from app.storage import vault as vault_store

if TYPE_CHECKING:
    from app.domain.profile import AgencyProfile
    from app.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
OLD = "paars tractor zingt onder water"
NEW = "groene fiets danst boven de dijk"
WORKER_ID, WORKER_NAME = "w-crash", "Crash Proefwerker"
START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
OPERATIONS = ("migration", "passphrase", "recovery_reset", "deletion", "retention")


def clock_at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _session(folder: Path) -> Session:
    from app.services import session as session_mod

    return session_mod.unlock(folder, OLD, clock_at(START))


def _profile(session: Session) -> AgencyProfile:
    from app.services.profiles import installed_profile

    verified = installed_profile(session)
    if verified is None:
        raise RuntimeError("the crash vault has no agency profile")
    return verified.profile


def perform(operation: str, folder: Path, arg: str = "", identity: str = "") -> None:
    """Run ``operation`` on the vault in ``folder`` to the end (see the module docstring).

    Each branch imports only what it needs: the subprocess starts faster (reportlab is heavy).
    """
    if operation == "migration":
        vault_store.unlock(folder, OLD, clock_at(START)).lock()
    elif operation == "passphrase":
        session = _session(folder)
        session.change_passphrase(OLD, NEW, TEST_KDF)
        session.lock()
    elif operation == "recovery_reset":
        vault_store.reset_passphrase_with_recovery(folder, identity, NEW, TEST_KDF)
    elif operation == "deletion":
        from app.domain.rights import Decision
        from app.services.rights import RightsService

        session = _session(folder)
        rights = RightsService(session.vault.db, session.trail, _profile(session), session.now)
        rights.decide(arg, Decision.TOEGEWEZEN)
        session.lock()
    elif operation == "retention":
        from app.services.retention import RetentionService

        session = _session(folder)
        profile = _profile(session)
        later = clock_at(START + timedelta(days=profile.retention.purge_after_handover_days + 1))
        RetentionService(session.vault.db, session.trail, profile, later).destroy([arg])
        session.lock()
    else:
        raise ValueError(f"unknown operation {operation!r}")


def _kill_at(target: str) -> fault_points.Handler:
    def handler(name: str) -> None:
        if name != target:
            print(f"point {name}", flush=True)
            return
        print(f"kill {name}", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    return handler


def main() -> int:
    operation, point, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    arg = sys.argv[4] if len(sys.argv) > 4 else ""
    identity = sys.stdin.readline().strip() if operation == "recovery_reset" else ""
    fault_points.install(_kill_at(point))
    perform(operation, folder, arg, identity)
    print("done", flush=True)
    return 0


@dataclass(frozen=True)
class Crash:
    """What the parent saw of one run: its exit code and the points it printed."""

    returncode: int
    passed: tuple[str, ...]
    killed_at: str
    stderr: str

    @property
    def killed(self) -> bool:
        """Died by SIGKILL right after announcing the point (the positive control)."""
        return self.returncode == -signal.SIGKILL and bool(self.killed_at)


def crash(operation: str, point: str, folder: Path, arg: str = "", identity: str = "") -> Crash:
    """Run the crasher on ``folder`` and wait for it to die (or finish)."""
    proc = subprocess.run(
        [sys.executable, "-m", "tests.support.crasher", operation, point, str(folder), arg],
        cwd=ROOT,
        input=identity + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    lines = proc.stdout.splitlines()
    passed = tuple(line.split(" ", 1)[1] for line in lines if line.startswith("point "))
    killed = [line.split(" ", 1)[1] for line in lines if line.startswith("kill ")]
    return Crash(proc.returncode, passed, killed[0] if killed else "", proc.stderr[-2000:])


if __name__ == "__main__":
    sys.exit(main())
