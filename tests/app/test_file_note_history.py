"""A note edited in the citizen's file keeps its earlier wording (issue 10; R-000-38, R-003-23).

``CaseloadService.edit_note`` (CitizenView, "Write a note") used to overwrite the body. Now the
earlier wording goes to ``note_version`` in the same transaction, as a correction in a
conversation does: what stood there, when it was replaced and by whom. The inzage-overzicht
prints it under "Notes in your file"; erasing the citizen (and deleting the note) takes the
versions along, also physically after compaction (R-000-39).

Every name and text is fictional; the clock is injected (Monday 23 November 2026).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.domain.citizen import ValidationError
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.services import session as session_mod
from app.services.erasure import ErasureReason, ErasureService
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from app.storage import audit
from app.storage import intake_notes_repository as notes_repo
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.intake import Clock, informed_intake, intakes
from tests.support.pdf import pdf_text
from tests.support.sqlcipher_pages import data_key, scan_vault

MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
FIRST = "Eerste-Q4417-Pimpelmees belde over de stoep."
SECOND = "Tweede-Q4418-Koolmees belde over de stoep en de trap."
THIRD = "Derde-Q4419-Staartmees belde over de trap."
KEPT = "Blijft-K8812-Goudvink heeft een nieuwe rollator."  # another citizen's history


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
def session(tmp_path: Path, clock: Clock) -> Iterator[Session]:
    s = session_mod.create(tmp_path / "vault", PASSPHRASE, WORKER, TEST_KDF, now=clock)
    yield s
    if not s.locked:
        s.lock()


def edited_twice(session: Session, clock: Clock, name: str = "Fenna Fictief") -> tuple[str, str]:
    """A citizen with a file note written on Monday and edited on Tuesday and Wednesday."""
    citizen = session.caseload.add_citizen(name)
    note = session.caseload.add_note(citizen.id, FIRST)
    clock.value += timedelta(days=1)
    session.caseload.edit_note(note.id, SECOND)
    clock.value += timedelta(days=1)
    session.caseload.edit_note(note.id, THIRD)
    return citizen.id, note.id


def versions(session: Session, note_id: str) -> list[notes_repo.NoteVersion]:
    return session.vault.db.run(lambda c: notes_repo.versions(c, note_id))


def version_rows(session: Session) -> int:
    rows = session.vault.db.run(lambda c: c.execute("SELECT count(*) FROM note_version").fetchone())
    return int(rows[0])


def test_r000_38_r003_23_editing_twice_keeps_both_earlier_wordings_in_order(
    session: Session, clock: Clock
) -> None:
    citizen_id, note_id = edited_twice(session, clock)
    kept = [(v.version, v.body, v.replaced_at, v.worker_id) for v in versions(session, note_id)]
    assert kept == [
        (1, FIRST, MONDAY + timedelta(days=1), WORKER.id),
        (2, SECOND, MONDAY + timedelta(days=2), WORKER.id),
    ]
    _, notes = session.caseload.open_citizen(citizen_id)
    assert [(n.body, n.updated_at) for n in notes] == [(THIRD, MONDAY + timedelta(days=2))]


def test_r000_38_saving_the_same_text_adds_no_version(session: Session, clock: Clock) -> None:
    citizen = session.caseload.add_citizen("Gerrit Gelijk")
    note = session.caseload.add_note(citizen.id, FIRST)
    session.caseload.edit_note(note.id, f"{FIRST}  \n")  # cleaned to the same text
    assert versions(session, note.id) == []
    session.caseload.edit_note(note.id, SECOND)
    assert [v.body for v in versions(session, note.id)] == [FIRST]


def test_r000_38_the_edit_is_audited_with_ids_only(session: Session, clock: Clock) -> None:
    _, note_id = edited_twice(session, clock)
    events = session.vault.db.run(audit.events)
    assert [(e.action, e.object_type, e.object_id) for e in events[-2:]] == [
        ("edit", "note", note_id),
        ("edit", "note", note_id),
    ]
    words = " ".join(" ".join(map(str, e.__dict__.values())) for e in events)
    assert not re.search(r"Q44(17|18|19)|mees", words)


def test_r000_38_a_refused_or_failed_edit_keeps_no_half_version(
    session: Session, clock: Clock
) -> None:
    citizen = session.caseload.add_citizen("Hanna Halfweg")
    note = session.caseload.add_note(citizen.id, FIRST)
    with pytest.raises(ValidationError):
        session.caseload.edit_note(note.id, "   ")
    with pytest.raises(ValidationError):
        session.caseload.edit_note("geen-notitie", SECOND)
    # The UPDATE fails after the version row is written: both must be rolled back together.
    session.vault.db.run(
        lambda c: c.execute(
            "CREATE TEMP TRIGGER refuse_edit BEFORE UPDATE OF body ON note"
            " BEGIN SELECT RAISE(ABORT, 'test: refused'); END"
        )
    )
    with pytest.raises(Exception, match="refused"):
        session.caseload.edit_note(note.id, SECOND)
    assert versions(session, note.id) == []
    assert version_rows(session) == 0
    assert session.caseload.open_citizen(citizen.id)[1][0].body == FIRST


def test_r000_38_a_conversation_note_edited_from_the_file_keeps_it_too(
    session: Session, clock: Clock
) -> None:
    """CitizenView lists every note of the citizen, conversation notes included."""
    kit = intakes(session, clock)
    intake_id = informed_intake(kit, name="Ingrid Inloop")
    on = date(2026, 11, 23)
    note = kit.records.add_note(intake_id, FIRST, NoteKind.FACT, NoteSource.CITIZEN, on)
    session.caseload.edit_note(note.id, SECOND)
    assert [(v.body, v.kind) for v in versions(session, note.id)] == [(FIRST, NoteKind.FACT)]


@pytest.mark.parametrize(
    ("language", "heading", "earlier"),
    [
        ("en", "Notes in your file", "Earlier wording"),
        ("nl", "Notities in uw dossier", "Eerder stond er"),
    ],
)
def test_r000_38_r003_23_the_overview_prints_both_earlier_wordings_in_order(
    session: Session, clock: Clock, language: str, heading: str, earlier: str
) -> None:
    kit = intakes(session, clock)
    citizen_id, _ = edited_twice(session, clock)
    papers = PaperService(session.vault.db, session.trail, kit.service.profile, SOURCES, clock)
    request = PaperRequest("inzage-overzicht", language, citizen_id=citizen_id)
    text = pdf_text(papers.render(request).pdf)
    section = text[text.index(heading) :]
    at = [section.index(w.split()[0]) for w in (THIRD, FIRST, SECOND)]
    assert at == sorted(at)  # the wording now, then the earlier ones oldest first
    assert section.count(earlier) == 2


def test_r000_38_r000_39_erasing_the_citizen_leaves_no_version_row(
    session: Session, clock: Clock
) -> None:
    citizen_id, note_id = edited_twice(session, clock)
    other = session.caseload.add_citizen("Kees Kept")
    kept = session.caseload.add_note(other.id, KEPT)
    session.caseload.edit_note(kept.id, "Heeft een rollator.")
    folder = session.vault.paths.folder
    key = data_key(folder, PASSPHRASE)
    session.vault.db.run(lambda c: c.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
    assert scan_vault(folder, key, FIRST.split()[0]).found >= 1  # the scanner sees it first
    assert version_rows(session) == 3

    erasure = ErasureService(session.vault.db, session.trail)
    erasure.erase_citizens([citizen_id], ErasureReason.REQUEST)
    erasure.compact()

    assert versions(session, note_id) == []
    assert version_rows(session) == 1  # the other citizen's earlier wording stays
    for word in (FIRST, SECOND):
        assert scan_vault(folder, key, word.split()[0]).clean
    assert scan_vault(folder, key, KEPT.split()[0]).found >= 1


def test_r000_38_deleting_the_note_takes_its_versions_along(session: Session, clock: Clock) -> None:
    _, note_id = edited_twice(session, clock)
    assert len(versions(session, note_id)) == 2
    session.caseload.delete_note(note_id)
    assert version_rows(session) == 0
