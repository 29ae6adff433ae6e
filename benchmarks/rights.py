"""Rights and retention benchmarks (issue 8). Used by ``benchmarks/run.py``.

- inzage: the inzage-overzicht of one fictional citizen with 500 notes, rendered in memory by
  ``PaperService.render`` (the paper the citizen receives on an inzage request), median of a
  few runs after one warm-up;
- purge: ``ErasureService.erase_citizens`` over one tenth of a generated vault (1,000 dossiers
  of 10,000) in one call: the transaction with one audit line per citizen, then checkpoint,
  VACUUM and the empty-log check. Reported with the file size before, right after the delete
  (pages still allocated, before VACUUM) and after VACUUM.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date
from pathlib import Path

from app.crypto import TEST_KDF
from app.domain.intake import CHECKLIST, Acknowledgement, IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.services import session as session_mod
from app.services.erasure import ErasureReason, ErasureService
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.profiles import install_profile, shipped_profiles
from app.services.session import Session
from app.storage.erasure import wal_path
from app.storage.vault import unlock_with_key
from benchmarks.generate import PASSPHRASE, build
from benchmarks.papers import WORKER

WORDS = ("hulp", "trap", "boodschappen", "buurman", "afspraak", "huishouden", "vervoer",
         "mantelzorg", "dochter", "planning", "fictief", "gesprek")  # fmt: skip


def _note(rng: random.Random, n: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 90)))
    return f"Notitie {n:03d}: {words}."


def inzage(folder: Path, notes: int = 500, runs: int = 3) -> dict[str, float]:
    """Pages and median render time (ms) of the inzage-overzicht for one citizen."""
    rng = random.Random(8)
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    try:
        verified = install_profile(session, next(c for c in shipped_profiles() if c.demo))
        intakes = IntakeService(session.vault.db, session.trail, verified.profile)
        records = IntakeRecords(intakes)
        citizen = session.caseload.add_citizen("Fictief Inzagevoorbeeld")
        intake_id = intakes.start_intake(citizen.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE).id
        intakes.record_handover(
            intake_id, "2026.1", "nl", "papier", tuple(CHECKLIST), Acknowledgement.SIGNED
        )
        intakes.add_help_request(
            intake_id, "Ik kan het huis niet meer schoonhouden", "huishoudelijke-hulp"
        )
        for n in range(notes):
            records.add_note(
                intake_id, _note(rng, n), NoteKind.FACT, NoteSource.CITIZEN, date(2026, 11, 23)
            )
        service = PaperService(session.vault.db, session.trail, verified.profile, SOURCES)
        request = PaperRequest("inzage-overzicht", "nl", citizen_id=citizen.id)
        pages = service.render(request).pages  # warm-up: fonts, texts
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            service.render(request)
            samples.append(time.perf_counter() - t0)
    finally:
        session.lock()
    return {"notes": notes, "pages": pages, "ms": statistics.median(samples) * 1000}


def _size(db: Path) -> int:
    wal = wal_path(db)
    return db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def purge(folder: Path, key: bytes, share: float = 0.1) -> dict[str, float]:
    """Erase ``share`` of the citizens of the vault in ``folder`` (one call, as the worker's
    confirmation over a list does) and report time and file sizes."""
    vault = unlock_with_key(folder, key)
    try:
        session = Session(vault)
        citizens = vault.db.run(lambda c: [r[0] for r in c.execute("SELECT id FROM citizen")])
        due = random.Random(9).sample(citizens, max(1, int(len(citizens) * share)))
        vault.db.run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
        before = _size(vault.paths.db)
        t0 = time.perf_counter()
        report = ErasureService(vault.db, session.trail).erase_citizens(
            due, ErasureReason.RETENTION
        )
        seconds = time.perf_counter() - t0
        assert report.compact.wal_empty
        page = int(vault.db.run(lambda c: c.execute("PRAGMA page_size").fetchone()[0]))
        return {
            "citizens": len(citizens),
            "erased": report.citizens,
            "rows": report.rows,
            "seconds": seconds,
            "bytes_before": before,
            "bytes_before_vacuum": report.compact.pages_before * page,
            "bytes_after": _size(vault.paths.db),
        }
    finally:
        vault.lock()


def purge_in_new_vault(folder: Path, citizens: int) -> dict[str, float]:
    """Generate a vault of ``citizens`` (about 20 notes each) and purge a tenth of it."""
    from benchmarks.run import _data_key

    build(folder, citizens)
    return purge(folder, _data_key(folder))


if __name__ == "__main__":
    import sys
    import tempfile

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        print(inzage(Path(tmp) / "inzage"))
        print(purge_in_new_vault(Path(tmp) / "purge", size))
