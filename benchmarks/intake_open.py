"""Issue 10: opening a conversation with 200 notes, and memory after unlock.

``intake_open``: the IntakeView for an intake holding 200 notes in the domain it opens on (so the
notes list is on screen, and the *Wat leggen we vast* list holds them all), built and shown in
the main window (goal ≤ 100 ms), against the same window opening an empty conversation of a
second citizen (the baseline, measured in alternation). Besides the time, what an opening
costs in counts, which a busy machine does not blur: SQL statements, trips to the database
thread, widgets under the view (:func:`opening_cost`; ``tests/ui/test_intake_open_cost.py``
asserts them). ``memory_after_unlock``: the resident set of a fresh process that unlocks a
vault (raw key, no Argon2id) and shows the home screen, against a fresh process showing a bare
PySide6 window (goal ≤ 250 MB at 10,000 citizens).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

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
DOMAIN = "lichamelijke_gezondheid"  # the first domain the help request below opens


def intake_vault(
    folder: Path, notes: int, session: Any = None
) -> tuple[object, dict[str, tuple[str, str]]]:
    """Two citizens alike but for the notes: ``full`` has ``notes`` in one intake, ``empty``
    none; each as (citizen id, intake id). In a new vault in ``folder``, or in the open
    ``session`` of a generated one (to see how the opening grows with the vault)."""
    session = session or session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    profile = install_profile(session, next(c for c in shipped_profiles() if c.demo)).profile
    service = IntakeService(session.vault.db, session.trail, profile, session.now)
    records = IntakeRecords(service)
    opened = {}
    for label, name in (("full", "Kalo Mine"), ("empty", "Wira Tesk")):
        citizen = session.caseload.add_citizen(name)
        intake = service.start_intake(citizen.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE)
        service.record_handover(
            intake.id, "2026.1", "nl", "papier", tuple(CHECKLIST), Acknowledgement.SIGNED
        )
        service.add_help_request(intake.id, "Ik kan het huis niet meer schoonhouden",
                                 "huishoudelijke-hulp")  # fmt: skip
        opened[label] = (citizen.id, intake.id)
    full = opened["full"][1]

    def add_notes(_conn: object) -> None:  # one commit (nested calls become savepoints)
        for i in range(notes):
            records.add_note(full, f"Feit {i}: de trap oplopen lukt niet meer " * 3,
                             NoteKind.FACT, NoteSource.CITIZEN, ON, domain=DOMAIN)  # fmt: skip

    session.vault.db.transaction(add_notes)
    return session, opened


def _open(window: Any, app: Any, citizen_id: str, intake_id: str) -> Any:
    view = window.open_intake(citizen_id, intake_id)
    view.go("domains")
    app.processEvents()
    return view


def opening_cost(window: Any, citizen_id: str, intake_id: str) -> dict[str, int]:
    """Open the conversation in ``window`` (a MainWindow) and count: SQL statements run,
    trips to the database thread, widgets under the view. Call it with the home screen shown."""
    from PySide6.QtWidgets import QApplication, QWidget

    db = window._session.vault.db
    statements: list[str] = []
    db.run(lambda conn: conn.set_trace_callback(statements.append))
    trips = [0]
    run: Callable[..., Any] = db.run

    def counting(fn: Callable[..., Any]) -> Any:
        trips[0] += 1
        return run(fn)

    db.run = counting
    try:
        view = _open(window, QApplication.instance(), citizen_id, intake_id)
    finally:
        db.run = run
        db.run(lambda conn: conn.set_trace_callback(None))
    return {"statements": len(statements), "trips": trips[0],
            "widgets": len(view.findChildren(QWidget))}  # fmt: skip


def intake_open(
    folder: Path, notes: int = 200, runs: int = 9, session: Any = None
) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    session, opened = intake_vault(folder, notes, session)
    window = MainWindow(session)  # type: ignore[arg-type]
    window.show()
    app.processEvents()
    ours: list[float] = []
    base: list[float] = []
    for _ in range(runs):
        for label, samples in (("full", ours), ("empty", base)):
            t0 = time.perf_counter()
            _open(window, app, *opened[label])
            samples.append(time.perf_counter() - t0)
            window.show_home()
            app.processEvents()
    counts = opening_cost(window, *opened["full"])
    window.show_home()
    app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()
    session.lock()  # type: ignore[attr-defined]
    return {"notes": notes, "ms": statistics.median(ours) * 1000,
            "empty_ms": statistics.median(base) * 1000, **counts}  # fmt: skip


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
