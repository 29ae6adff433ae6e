"""Physical deletion (R-000-39, R-002-26, R-000-41): a page scanner decrypts every page of
``vault.db`` and every frame of ``vault.db-wal`` with the data key and counts a fictional
sentinel. Each test first finds the sentinel (positive control: a broken scanner fails the test
instead of passing with 0), deletes, and then finds it 0 times, whole or in fragments.

Every name and text is fictional; the clock is injected (Monday 23 November 2026).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.case_meeting import MeetingType
from app.domain.closing import IntakeStatus
from app.domain.disclosure import Channel, DisclosureDraft, GroundKind, SharedItem
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import NoteSource
from app.domain.signal import Category, SignalDraft
from app.services.case_meetings import CaseMeetingService
from app.services.erasure import ErasureReason, ErasureService
from app.services.household import HouseholdService
from app.services.housekeeping import run_purges
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.registrations import RegistrationService
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureService
from app.services.signals import SignalService
from app.storage import audit
from app.storage.erasure import enable_fts5_secure_delete
from app.storage.migrate import backup_path
from tests.app.conftest import PASSPHRASE
from tests.support.intake import Clock, Intakes, informed_intake, intakes
from tests.support.sqlcipher_pages import (
    ScannerBroken,
    VaultScan,
    data_key,
    db_pages,
    scan_file,
    scan_vault,
)

SENTINEL = "Zwaluwstaart-Q7731-Xyloop"  # typed into everything the erased citizens have
NAME = "Xandra Oeverzwaluwsma"  # shares no 10-byte window with SENTINEL
PARTNER = "Yorick Oeverzwaluwsma"
KEPT = "Kievitsbloem-K2290-Ommelet"  # another citizen's words: must survive the erasure
ON = date(2026, 11, 23)
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def scan(session: Session, sentinel: str = SENTINEL) -> VaultScan:
    folder = session.vault.paths.folder
    return scan_vault(folder, data_key(folder, PASSPHRASE), sentinel)


def checkpoint(session: Session) -> None:
    """Move the log into the database file, so the sentinel is in both places."""
    session.vault.db.run(lambda c: c.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())


def text(label: str, sentinel: str = SENTINEL) -> str:
    return f"{label} {sentinel} fictief."


@dataclass
class Dossier:
    citizen_id: str
    intake_id: str
    note_ids: dict[Compartment, str]


def everything(kit: Intakes, clock: Clock, name: str, sentinel: str) -> Dossier:
    """A citizen with ``sentinel`` in every kind of content the app keeps about them."""
    session = kit.session
    db, trail, profile = session.vault.db, session.trail, kit.service.profile
    intake_id = informed_intake(kit, name=name)
    intake = kit.service.get(intake_id)
    assert intake is not None
    citizen_id = intake.citizen_id
    kit.service.add_help_request(intake_id, text("Hulpvraag", sentinel), "huishoudelijke-hulp")
    notes = {
        c: kit.records.add_note(
            intake_id, text(f"Notitie {c.value}", sentinel), NoteKind.FACT, NoteSource.CITIZEN,
            ON, compartment=c,
        ).id
        for c in Compartment
    }  # fmt: skip
    corrected = kit.records.add_note(
        intake_id, text("Eerste lezing", sentinel), NoteKind.FACT, NoteSource.CITIZEN, ON
    )
    kit.records.correct_note(corrected.id, "Verbeterde lezing zonder het woord.")  # history
    kit.records.add_limitation(intake_id, "instrumentele_adl", text("Kan", sentinel), "inwoner")
    kit.records.add_network_person(intake_id, f"Buur {sentinel}", "buurman", "06-00000000")
    kit.review.start_review(intake_id)
    kit.review.record_citizen_view(intake_id, "note", corrected.id, text("Mijn kant", sentinel))
    session.caseload.add_note(citizen_id, text("Losse notitie", sentinel))
    session.drafts.save(f"citizen:{citizen_id}", "note:", text("Half getypt", sentinel), 4)
    session.drafts.save(f"intake:{citizen_id}", "note:", text("Half getypt", sentinel), 4)
    RegistrationService(db, trail, clock).add(
        intake_id, "registratie", "Schuldhulp Fictief", text("Staat ingeschreven", sentinel),
        "eigen dossier",
    )  # fmt: skip
    sheet = PaperRequest("informatieblad-privacy", "nl", intake_id=intake_id)
    PaperService(db, trail, profile, SOURCES, clock).record_preprinted(sheet, sentinel)
    disclosures = DisclosureService(db, trail, profile, clock)
    contact = next(i for i in disclosures.catalogue(citizen_id) if i.key == "dat:contact")
    disclosures.record(
        DisclosureDraft(
            citizen_id=citizen_id, intake_id=intake_id, at=clock(),
            organisation="Thuiszorg Voorbeeld B.V. (gecontracteerde aanbieder)",
            role="aanbieder", items=(SharedItem.of(contact, ""),),
            purpose=text("Afstemmen", sentinel), ground=GroundKind.WETTELIJK,
            channel=Channel.TELEFONISCH, statutory_recipient_id="aanbieder-thuiszorg",
        )
    )  # fmt: skip
    disclosures.log_request(
        citizen_id, "Huisartsenpraktijk Fictief", text("Vraagt naar", sentinel), ON,
        "telefonisch", "huisarts",
    )  # fmt: skip
    SignalService(db, trail, profile, clock).open(
        SignalDraft(
            task_ground="Wmo 2015 art. 2.3.2 (melding via een derde)", person_name=name,
            concern=text("Buurvrouw ziet", sentinel), reporter_role="buurvrouw",
            category=Category.ACT, review_on=date(2026, 12, 7), received_on=ON,
            citizen_id=citizen_id,
        )
    )  # fmt: skip
    meetings = CaseMeetingService(db, trail, profile, clock)
    meeting = meetings.create(
        citizen_id, MeetingType.EXTERN, text("Afspraken", sentinel), ON, intake_id
    ).id
    meetings.add_participant(meeting, f"Partner {sentinel}", "begeleider", "Wmo 2015 art. 2.3.2")
    return Dossier(citizen_id, intake_id, notes)


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
def kit(session: Session, clock: Clock) -> Intakes:
    return intakes(session, now=clock)


def test_r000_39_scanner_reads_every_page_and_refuses_a_wrong_key(session: Session) -> None:
    folder = session.vault.paths.folder
    key = data_key(folder, PASSPHRASE)
    session.caseload.add_citizen("Scanner Proef")
    checkpoint(session)
    pages = db_pages(session.vault.paths.db, key)
    assert len(pages) > 10
    assert pages[0].plaintext.startswith(b"SQLite format 3\x00\x10\x00")
    assert any(b"CREATE TABLE citizen" in p.plaintext for p in pages)  # the schema, decrypted
    assert all(p.plaintext[0] in (0x02, 0x05, 0x0A, 0x0D, 0x00) for p in pages[1:] if not p.blank)
    with pytest.raises(ScannerBroken):
        db_pages(session.vault.paths.db, bytes(32))


def test_r000_39_r002_26_erasure_leaves_nothing_of_the_dossier_in_file_or_log(
    session: Session, kit: Intakes, clock: Clock
) -> None:
    gone = everything(kit, clock, NAME, SENTINEL)
    partner = session.caseload.add_citizen(PARTNER)
    HouseholdService(session.vault.db, session.trail, clock).link(
        gone.citizen_id, partner.id, text("Woont samen met", SENTINEL)
    )
    kept = everything(kit, clock, "Karel Blijft", KEPT)
    checkpoint(session)
    session.caseload.add_note(gone.citizen_id, text("Na het checkpoint", SENTINEL))
    before = scan(session)
    assert before.db.hits >= 20
    assert before.wal.hits >= 1
    assert scan(session, NAME).found > 0
    assert scan(session, KEPT).found > 0

    service = ErasureService(session.vault.db, session.trail)
    report = service.erase_citizens([gone.citizen_id, partner.id], ErasureReason.REQUEST)

    assert report.compact.wal_empty
    after = scan(session)
    assert after.wal_bytes == 0
    assert after.wal.pages == 0
    assert after.db.pages > 10
    assert (after.db.hits, after.db.fragment_pages) == (0, 0)
    assert after.clean
    assert scan(session, NAME).clean
    assert scan(session, PARTNER).clean
    assert scan(session, KEPT).db.hits >= 15  # the scanner still sees what stays
    events = session.vault.db.run(lambda c: audit.events(c))
    erased = [e for e in events if e.action == "erase_request"]
    assert [(e.object_type, e.object_id) for e in erased] == [
        ("citizen", gone.citizen_id),
        ("citizen", partner.id),
    ]
    assert SENTINEL not in repr(events)
    assert "zwaluw" not in repr(events)
    assert session.vault.db.run(audit.verify_chain).ok
    assert kit.service.get(kept.intake_id) is not None


def test_r000_39_a_single_deleted_note_is_gone_after_compact(
    session: Session, kit: Intakes
) -> None:
    citizen = session.caseload.add_citizen("Losse Notitie")
    note = session.caseload.add_note(citizen.id, text("Eén notitie", SENTINEL))
    intake_id = informed_intake(kit, name="Samen Terugkijken")
    item = kit.records.add_note(intake_id, text("Niet nodig", KEPT), NoteKind.FACT,
                                NoteSource.CITIZEN, ON)  # fmt: skip
    checkpoint(session)
    assert scan(session).found >= 1
    assert scan(session, KEPT).found >= 1
    session.caseload.delete_note(note.id)
    kit.review.start_review(intake_id)
    kit.review.delete_item(intake_id, "note", item.id)
    report = ErasureService(session.vault.db, session.trail).compact()
    assert report.wal_empty
    assert scan(session).clean
    assert scan(session, KEPT).clean
    assert session.caseload.open_citizen(citizen.id)[0].name == "Losse Notitie"


def test_r000_39_secure_delete_alone_leaves_old_frames_compact_removes_them(
    session: Session,
) -> None:
    """Why compact exists: deleting with secure_delete rewrites the page in a new log frame,
    but the earlier frames that held the words stay in the ``-wal`` until it is truncated."""
    citizen = session.caseload.add_citizen("Oude Frames")
    note = session.caseload.add_note(citizen.id, text("Oude versie", SENTINEL))
    assert scan(session).wal.hits >= 1
    session.caseload.delete_note(note.id)
    assert scan(session).wal.hits >= 1  # still on disk
    ErasureService(session.vault.db, session.trail).compact()
    assert scan(session).clean


def test_r000_39_discarded_draft_is_gone_after_compact(session: Session) -> None:
    citizen = session.caseload.add_citizen("Concept Proef")
    session.drafts.save(f"citizen:{citizen.id}", "note:", text("Concept", SENTINEL), 3)
    checkpoint(session)
    assert scan(session).found >= 1
    session.drafts.discard(f"citizen:{citizen.id}", "note:")
    ErasureService(session.vault.db, session.trail).compact()
    assert scan(session).clean


def test_r000_41_not_pursued_purge_removes_content_and_keeps_the_registration(
    session: Session, kit: Intakes, clock: Clock
) -> None:
    intake_id = informed_intake(kit, name=NAME)
    kit.service.add_help_request(intake_id, text("Hulpvraag", SENTINEL), "huishoudelijke-hulp")
    kit.records.add_note(intake_id, text("Wil zelf", SENTINEL), NoteKind.FACT,
                         NoteSource.CITIZEN, ON)  # fmt: skip
    kit.records.add_network_person(intake_id, f"Buur {SENTINEL}", "buurman")
    kit.records.add_limitation(intake_id, "instrumentele_adl", text("Kan", SENTINEL), "inwoner")
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    checkpoint(session)
    assert scan(session).found >= 4
    clock.value += timedelta(days=kit.service.profile.retention.not_pursued_grace_days)
    session.now = clock  # housekeeping builds its services on the session's clock

    report = run_purges(session)

    assert report.intakes_purged == 1
    assert report.compacted
    assert scan(session).clean
    assert scan(session, NAME).db.hits >= 1  # the contact registration: the name stays
    assert kit.service.get(intake_id) is not None


def test_r000_39_erasure_removes_stale_migration_backups(session: Session) -> None:
    citizen = session.caseload.add_citizen(NAME)
    session.caseload.add_note(citizen.id, text("In de reservekopie", SENTINEL))
    session.vault.db.run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    db_path = session.vault.paths.db
    stale = backup_path(db_path, 17)
    shutil.copyfile(db_path, stale)  # as a crash after a migration's backup would leave it
    key = data_key(session.vault.paths.folder, PASSPHRASE)
    assert scan_file(stale, key, SENTINEL).hits >= 1
    ErasureService(session.vault.db, session.trail).erase_citizens(
        [citizen.id], ErasureReason.REQUEST
    )
    assert not stale.exists()
    assert not list(db_path.parent.glob("*.bak"))
    assert scan(session).clean


def _fts_vault(session: Session) -> None:
    def make(conn: object) -> None:
        conn.execute("CREATE VIRTUAL TABLE zoek USING fts5 (citizen_id UNINDEXED, body)")  # type: ignore[attr-defined]

    session.vault.db.run(make)


def test_r000_39_fts5_index_terms_are_gone_after_secure_delete_and_compact(
    session: Session,
) -> None:
    """The app has no search index today; if one comes, this is the mechanism that empties it."""
    _fts_vault(session)
    citizen = session.caseload.add_citizen("Zoek Proef")
    other = session.caseload.add_citizen("Zoek Blijft")

    def fill(conn: object) -> None:
        for cid, words in ((citizen.id, SENTINEL), (other.id, KEPT)):
            for n in range(30):
                conn.execute(  # type: ignore[attr-defined]
                    "INSERT INTO zoek (citizen_id, body) VALUES (?, ?)",
                    (cid, text(f"regel {n}", words)),
                )

    session.vault.db.transaction(fill)
    checkpoint(session)
    assert scan(session).found >= 1
    assert scan(session, "zwaluwstaart").found >= 1  # the index's own lower-case term

    def drop(conn: object) -> None:
        enable_fts5_secure_delete(conn)
        conn.execute("DELETE FROM zoek WHERE citizen_id = ?", (citizen.id,))  # type: ignore[attr-defined]

    session.vault.db.transaction(drop)
    ErasureService(session.vault.db, session.trail).compact()
    assert scan(session).clean
    assert scan(session, "zwaluwstaart").clean
    assert scan(session, KEPT).db.hits >= 1
    hits = session.vault.db.run(
        lambda c: c.execute("SELECT count(*) FROM zoek WHERE zoek MATCH 'Kievitsbloem'").fetchone()
    )
    assert hits[0] == 30


def test_r000_39_fts5_without_secure_delete_keeps_terms_even_after_compact(
    session: Session,
) -> None:
    """Why ``enable_fts5_secure_delete`` exists: a plain FTS5 delete writes tombstones that
    still carry the term, in live index pages that no VACUUM removes."""
    _fts_vault(session)
    citizen = session.caseload.add_citizen("Zoek Proef")

    def fill(conn: object) -> None:
        conn.execute(  # type: ignore[attr-defined]
            "INSERT INTO zoek (citizen_id, body) VALUES (?, ?)", (citizen.id, text("r", SENTINEL))
        )

    session.vault.db.transaction(fill)
    session.vault.db.transaction(
        lambda c: c.execute("DELETE FROM zoek WHERE citizen_id = ?", (citizen.id,))
    )
    ErasureService(session.vault.db, session.trail).compact()
    assert scan(session).db.fragment_pages >= 1


def _unindexed_foreign_keys(conn: object) -> list[str]:
    c = conn
    tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]  # type: ignore[attr-defined]
    missing = []
    for table in tables:
        first = {
            c.execute(f"PRAGMA index_info('{i[1]}')").fetchall()[0][2]  # type: ignore[attr-defined]
            for i in c.execute(f"PRAGMA index_list('{table}')").fetchall()  # type: ignore[attr-defined]
        }
        for fk in c.execute(f"PRAGMA foreign_key_list('{table}')").fetchall():  # type: ignore[attr-defined]
            if fk[3] not in first:
                missing.append(f"{table}.{fk[3]}")
    return sorted(missing)


def test_r000_39_every_foreign_key_a_cascade_follows_is_indexed(session: Session) -> None:
    """A cascade deletes children by looking them up: without an index each deleted parent row
    scans the whole child table, and erasing many dossiers becomes quadratic."""
    assert session.vault.db.run(_unindexed_foreign_keys) == []
