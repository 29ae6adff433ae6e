"""Paper benchmarks (issue 6): one information-sheet-class paper, and the inzage-overzicht of
one fictional citizen with enough notes for 50+ pages. Used by ``benchmarks/run.py``.

Both are timed as the worker meets them: ``PaperService.render`` from request to PDF bytes in
memory (the read transaction, the layout, the embedded fonts), median of a few runs after one
warm-up (the first call loads the fonts once per process).
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from app.crypto import TEST_KDF
from app.documents.base import DocumentRefused
from app.domain.intake import CHECKLIST, Acknowledgement, IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.services import session as session_mod
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.profiles import install_profile, shipped_profiles
from app.services.session import WorkerIdentity
from benchmarks.generate import PASSPHRASE

# A worker on the demo profile's roster: the sheet names the worker, so it refuses anyone else.
WORKER = WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "wmo-noord")

SHEET = "informatieblad-privacy"
FALLBACK = "verklaring-kennisname"
SENTENCE = "Dit is een fictieve notitie voor een lange inzage, zonder echte gegevens. "


def _median_ms(render: object, runs: int) -> float:
    assert callable(render)
    render()  # warm-up: fonts registered, texts parsed
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def papers(folder: Path, notes: int = 75, runs: int = 5) -> dict[str, float | str]:
    """Figures: the sheet's render time (ms), the inzage's pages and render time (ms)."""
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    try:
        verified = install_profile(session, next(c for c in shipped_profiles() if c.demo))
        intakes = IntakeService(session.vault.db, session.trail, verified.profile)
        records = IntakeRecords(intakes)
        citizen = session.caseload.add_citizen("Fictief Benchmark")
        intake_id = intakes.start_intake(citizen.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE).id
        intakes.record_handover(
            intake_id, "2026.1", "nl", "papier", tuple(CHECKLIST), Acknowledgement.SIGNED
        )
        intakes.add_help_request(
            intake_id, "Ik kan het huis niet meer schoonhouden", "huishoudelijke-hulp"
        )
        body = (SENTENCE * 41)[:3000]
        for n in range(notes):
            records.add_note(
                intake_id, f"{n:03d} {body}", NoteKind.FACT, NoteSource.WORKER, date(2026, 11, 23)
            )
        service = PaperService(session.vault.db, session.trail, verified.profile, SOURCES)
        sheet = SHEET if SHEET in SOURCES else FALLBACK
        sheet_request = PaperRequest(sheet, "nl", intake_id=intake_id)
        try:
            service.render(sheet_request)
        except DocumentRefused:  # the sheet refused (a profile gap): time the fallback
            sheet = FALLBACK
            sheet_request = PaperRequest(sheet, "nl", intake_id=intake_id)
        sheet_ms = _median_ms(lambda: service.render(sheet_request), runs * 2)
        inzage_request = PaperRequest("inzage-overzicht", "nl", citizen_id=citizen.id)
        pages = service.render(inzage_request).pages
        inzage_ms = _median_ms(lambda: service.render(inzage_request), runs)
    finally:
        session.lock()
    return {"sheet": sheet, "sheet_ms": sheet_ms, "inzage_pages": pages, "inzage_ms": inzage_ms}


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(papers(Path(tmp) / "vault"))
