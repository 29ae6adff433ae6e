"""Issue 10: opening a conversation with 200 notes, and memory after unlock.

``intake_open``: the IntakeView for an intake holding 200 notes in one domain, built and shown
in the main window (goal ≤ 100 ms), against the same window opening an empty conversation (the
baseline, measured in alternation). ``memory_after_unlock``: the resident set of a fresh process
that unlocks a vault (raw key, no Argon2id) and shows the home screen, against a fresh process
showing a bare PySide6 window (goal ≤ 250 MB at 10,000 citizens).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from app.crypto import TEST_KDF
from app.domain.intake import CHECKLIST, Acknowledgement, IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.services import session as session_mod
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.profiles import install_profile, shipped_profiles
from benchmarks.generate import PASSPHRASE, WORKER

ROOT = Path(__file__).resolve().parent.parent
ON = date(2026, 11, 23)


def _intake_vault(folder: Path, notes: int) -> tuple[object, str, str, str]:
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    profile = install_profile(session, next(c for c in shipped_profiles() if c.demo)).profile
    service = IntakeService(session.vault.db, session.trail, profile, session.now)
    records = IntakeRecords(service)
    citizen = session.caseload.add_citizen("Kalo Mine")
    ids = []
    for _ in range(2):
        intake = service.start_intake(citizen.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE)
        service.record_handover(
            intake.id, "2026.1", "nl", "papier", tuple(CHECKLIST), Acknowledgement.SIGNED
        )
        service.add_help_request(intake.id, "Ik kan het huis niet meer schoonhouden",
                                 "huishoudelijke-hulp")  # fmt: skip
        ids.append(intake.id)
    for i in range(notes):
        records.add_note(ids[0], f"Feit {i}: stofzuigen lukt niet meer " * 3, NoteKind.FACT,
                         NoteSource.CITIZEN, ON, domain="instrumentele_adl")  # fmt: skip
    return session, citizen.id, ids[0], ids[1]


def intake_open(folder: Path, notes: int = 200, runs: int = 9) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    session, citizen_id, full, empty = _intake_vault(folder, notes)
    window = MainWindow(session)  # type: ignore[arg-type]
    window.show()
    app.processEvents()
    ours, base = [], []
    for _ in range(runs):
        for intake_id, samples in ((full, ours), (empty, base)):
            t0 = time.perf_counter()
            view = window.open_intake(citizen_id, intake_id)
            view.go("domains")
            app.processEvents()
            samples.append(time.perf_counter() - t0)
            window.show_home()
            app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()
    session.lock()  # type: ignore[attr-defined]
    return {"notes": notes, "ms": statistics.median(ours) * 1000,
            "empty_ms": statistics.median(base) * 1000}  # fmt: skip


_RSS = """
import sys
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
"""

BARE = (
    _RSS
    + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("bare"); w.show(); app.processEvents()
print(rss())
"""
)

UNLOCKED = (
    _RSS
    + """
from PySide6.QtWidgets import QApplication
from app.services.session import Session
from app.storage.vault import unlock_with_key
from ui.views.main_window import MainWindow
app = QApplication(sys.argv)
from pathlib import Path
session = Session(unlock_with_key(Path(sys.argv[1]), bytes.fromhex(sys.stdin.read().strip())))
window = MainWindow(session); window.show(); app.processEvents()
print(rss())
session.lock()
"""
)


def _rss_of(script: str, *args: str, key: bytes = b"") -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                          capture_output=True, input=key.hex().encode())  # fmt: skip
    return int(done.stdout.decode().strip().splitlines()[-1])


def memory_after_unlock(folder: Path, key: bytes) -> dict[str, float]:
    """RSS in MB of a process with the vault unlocked and the home screen shown, and of a
    bare window (the data key goes over stdin, never on the command line)."""
    mb = 1024 * 1024
    return {"unlocked_mb": _rss_of(UNLOCKED, str(folder), key=key) / mb,
            "bare_mb": _rss_of(BARE) / mb}  # fmt: skip


if __name__ == "__main__":  # a quick look: python -m benchmarks.intake_open
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(intake_open(Path(tmp) / "v"), datetime.now(UTC).isoformat(timespec="seconds"))
