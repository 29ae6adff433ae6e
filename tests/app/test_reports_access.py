"""The audit log is complete and the access report flags what it should (issue 8; R-000-44,
R-002-22, R-002-23, R-001-19). Every name is fictional."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import TEST_KDF
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.services import session as session_mod
from app.services.bundles.export import ExportRequest
from app.services.bundles.schema import Kind
from app.services.erasure import ErasureReason, ErasureService
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.reports import export as heads
from app.services.reports.access import AccessReportService, Standing
from app.services.reports.period import period
from app.services.session import Session
from app.storage import audit
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.bundles import filled, key_text, worker
from tests.support.intake import Clock, informed_intake, intakes

DAY = date(2026, 11, 23)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(vault_folder: Path, clock: Clock) -> Iterator[Session]:
    """A vault on the injected clock (2026-11-23), so no test depends on today's date."""
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF, now=clock)
    yield s
    if not s.locked:
        s.lock()


def _service(session: Session, clock: Clock | None = None) -> AccessReportService:
    return AccessReportService(session.vault.db, session.trail, clock or session.now)


def _kinds(session: Session) -> set[tuple[str, str]]:
    return {(e.action, e.object_type) for e in session.vault.db.run(audit.events)}


def test_r002_22_r000_44_r001_19_each_kind_of_work_writes_one_event(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    s = anna.session
    kit = anna.kit
    intake_id = informed_intake(kit, name="Fictief Auditsma")
    citizen_id = kit.service.get(intake_id).citizen_id  # type: ignore[union-attr]
    before = len(s.vault.db.run(audit.events))
    s.caseload.open_citizen(citizen_id)  # view
    note = kit.records.add_note(intake_id, "Feit.", NoteKind.FACT, NoteSource.CITIZEN, DAY)
    kit.records.correct_note(note.id, "Feit, verbeterd.")  # edit
    plain = s.caseload.add_note(citizen_id, "Losse notitie.")
    s.caseload.edit_note(plain.id, "Losse notitie, gewijzigd.")
    s.caseload.delete_note(plain.id)  # delete
    papers = PaperService(s.vault.db, s.trail, kit.service.profile, SOURCES, clock)
    request = PaperRequest("verklaring-kennisname", "nl", intake_id=intake_id)
    issue = papers.record(request, papers.render(request), "geprint")  # print
    anna.bundles.export(
        ExportRequest(citizen_id, Kind.OVERDRACHT, "w-bram", "Overdracht"), tmp_path / "b.age"
    )  # export
    report = _service(s, clock).build(period(DAY, DAY))
    _service(s, clock).export(report, tmp_path / "access.csv")  # export of a report
    ErasureService(s.vault.db, s.trail).erase_citizens([citizen_id], ErasureReason.REQUEST)
    events = s.vault.db.run(audit.events)[before:]
    got = {(e.action, e.object_type, e.object_id) for e in events}
    for expected in [
        ("open", "citizen", citizen_id),
        ("create", "note", note.id),
        ("correct", "note", note.id),
        ("edit", "note", plain.id),
        ("delete", "note", plain.id),
        ("print", "paper", issue.id),
        ("erase_request", "citizen", citizen_id),
    ]:
        assert expected in got, expected
    assert ("export", "bundle") in {(a, t) for a, t, _ in got}
    assert ("export", "access_report") in {(a, t) for a, t, _ in got}
    opens = [e for e in events if e.action == "open" and e.object_id == citizen_id]
    assert len(opens) == 1  # one event per dossier opened
    assert ("create", "intake") in _kinds(s)
    assert ("create", "citizen") in _kinds(s)
    assert s.vault.db.run(audit.verify_chain).ok


def test_r002_23_access_report_resolves_objects_to_dossiers(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Toegangsma")
    citizen = kit.service.get(intake_id).citizen_id  # type: ignore[union-attr]
    note = kit.records.add_note(intake_id, "Feit.", NoteKind.FACT, NoteSource.CITIZEN, DAY)
    other = session.caseload.add_citizen("Fictief Anders")
    today = session.now().astimezone().date()
    report = _service(session).build(period(today, today))
    case = next(r.case_number for r in report.rows if r.citizen_id == citizen)
    assert case  # resolved through the note's intake and dossier
    note_row = next(r for r in report.rows if r.object_id == note.id)
    assert note_row.citizen_id == citizen
    assert note_row.standing is Standing.ASSIGNED
    assert not report.flagged  # the owner, on their own dossiers
    only = _service(session).build(period(today, today), dossier=case)
    assert {r.citizen_id for r in only.rows} == {citizen}
    assert other.id not in {r.citizen_id for r in only.rows}
    line = next(d for d in report.dossiers if d.citizen_id == citizen)
    assert line.actors == (WORKER.id,)
    assert line.unassigned == 0
    body = heads_free(report)
    assert "Fictief Toegangsma" not in body
    assert "Feit." not in body


def heads_free(report) -> str:  # type: ignore[no-untyped-def]
    from app.services.reports.access import to_csv, to_text

    return to_csv(report) + to_text(report)


def test_r002_23_r000_44_access_by_someone_not_assigned_is_flagged(session: Session) -> None:
    citizen = session.caseload.add_citizen("Fictief Vlagsma")
    # An event by another actor (e.g. a recovery opening) on this owner's dossier.
    session.vault.db.transaction(
        lambda c: audit.append(c, "w-onbekend", "open", "citizen", citizen.id, now=session.now)
    )
    today = session.now().astimezone().date()
    report = _service(session).build(period(today, today))
    flagged = report.flagged
    assert [(r.actor, r.citizen_id) for r in flagged] == [("w-onbekend", citizen.id)]
    by_actor = {a.actor: a for a in report.actors}
    assert by_actor["w-onbekend"].unassigned == 1
    assert by_actor[WORKER.id].unassigned == 0
    narrowed = _service(session).build(period(today, today), actor="w-onbekend")
    assert {r.actor for r in narrowed.rows} == {"w-onbekend"}


def test_r002_23_substitution_is_assigned_to_the_original_worker(tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    bram = worker(tmp_path, "w-bram", clock)
    bram.bundles.keys.add_roster_identity(key_text("worker-w-bram"), bram.bundles.profile)
    d = filled(anna.kit, name="Fictief Vervangsma")
    until = clock.value.date() + timedelta(days=7)
    path = tmp_path / "v.age"
    anna.bundles.export(
        ExportRequest(d.citizen_id, Kind.VERVANGING, "w-bram", "Vervanging", until=until), path
    )
    imported = bram.imports.import_bundle(path.read_bytes())
    bram.session.caseload.open_citizen(imported.citizen_id)
    today = clock.value.date()
    report = _service(bram.session, clock).build(period(today, today))
    opened = next(
        r for r in report.rows if r.action == "open" and r.citizen_id == imported.citizen_id
    )
    assert opened.standing is Standing.SUBSTITUTE
    assert "w-anna" in opened.detail
    clock.value += timedelta(days=30)  # past the substitution's end date
    bram.session.caseload.open_citizen(imported.citizen_id)
    later = clock.value.date()
    late = _service(bram.session, clock).build(period(later, later))
    assert [r.standing for r in late.rows if r.action == "open"] == [Standing.UNASSIGNED]


def test_r002_23_erased_dossier_shows_its_id_only(session: Session) -> None:
    citizen = session.caseload.add_citizen("Fictief Gewistsma")
    session.caseload.open_citizen(citizen.id)
    ErasureService(session.vault.db, session.trail).erase_citizens(
        [citizen.id], ErasureReason.REQUEST
    )
    today = session.now().astimezone().date()
    report = _service(session).build(period(today, today), dossier=citizen.id)
    assert report.rows
    assert all(r.erased for r in report.rows)
    assert all(r.dossier == f"erased dossier {citizen.id}" for r in report.rows)
    assert {r.action for r in report.rows} >= {"open", "erase_request"}


def test_r000_44_exported_report_carries_a_signed_head_that_matches(
    session: Session, tmp_path: Path
) -> None:
    session.caseload.add_citizen("Fictief Hoofdsma")
    today = session.now().astimezone().date()
    service = _service(session)
    out = service.export(service.build(period(today, today)), tmp_path / "r.csv")
    text = out.path.read_text(encoding="utf-8")
    assert heads.HEAD_MARK in text
    assert service.verify(text).ok
    last = session.vault.db.run(audit.events)[-1]
    assert (last.action, last.object_type, last.count) == ("export", "access_report", out.rows)
    assert out.head.seq == last.seq
    changed = text.replace("create", "creat", 1)
    assert not service.verify(changed).ok  # the text was changed after signing
    assert not service.verify("no head at all\n").ok


def test_r000_44_rewritten_chain_no_longer_matches_the_signed_head(
    vault_folder: Path, tmp_path: Path
) -> None:
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF)
    citizen = s.caseload.add_citizen("Fictief Herschrijfsma")
    s.caseload.open_citizen(citizen.id)
    today = s.now().astimezone().date()
    service = _service(s)
    text = service.export(service.build(period(today, today)), tmp_path / "r.csv").path.read_text(
        encoding="utf-8"
    )
    s.lock()
    copy = tmp_path / "copy"
    shutil.copytree(vault_folder, copy)
    s2 = session_mod.unlock(copy, PASSPHRASE)

    def rewrite(conn) -> None:  # type: ignore[no-untyped-def]
        # Someone with the key removes the "open" event and re-hashes the whole chain.
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        events = audit.events(conn)
        conn.execute("DELETE FROM audit_event")
        prev, seq = audit.GENESIS, 0
        for e in events:
            if e.action == "open":
                continue
            seq += 1
            digest = audit.event_hash(
                prev, seq, e.at, e.actor, e.action, e.object_type, e.object_id, e.count
            )
            conn.execute(
                "INSERT INTO audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, e.at, e.actor, e.action, e.object_type, e.object_id, e.count, prev, digest),
            )
            prev = digest

    s2.vault.db.transaction(rewrite)
    assert s2.vault.db.run(audit.verify_chain).ok  # the rewritten chain is self-consistent
    verdict = _service(s2).verify(text)
    assert not verdict.ok
    assert "rewritten" in verdict.reason
    s2.lock()


def test_r002_23_audit_report_and_verify_head_commands(
    vault_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF, now=Clock())
    citizen = s.caseload.add_citizen("Jan Voorbeeld")
    s.caseload.add_note(citizen.id, "Eerste notitie.")
    s.lock()
    locked_vault = vault_folder
    out = tmp_path / "report.csv"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    with redirect_stdout(io.StringIO()) as printed:
        code = main(
            ["audit", "report", "--vault", str(locked_vault), "--passphrase-stdin",
             "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv",
             "--output", str(out)]
        )  # fmt: skip
    assert code == 0, printed.getvalue()
    text = out.read_text(encoding="utf-8")
    assert "Jan Voorbeeld" not in text
    assert "Eerste notitie" not in text
    assert citizen.case_number in text
    assert ",create,note," in text
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    with redirect_stdout(io.StringIO()) as checked:
        code = main(
            ["audit", "verify", "--vault", str(locked_vault), "--passphrase-stdin",
             "--head", str(out)]
        )  # fmt: skip
    assert code == 0, checked.getvalue()
    out.write_text(text.replace("create", "delete"), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    with redirect_stdout(io.StringIO()):
        code = main(
            ["audit", "verify", "--vault", str(locked_vault), "--passphrase-stdin",
             "--head", str(out)]
        )  # fmt: skip
    assert code == 1
