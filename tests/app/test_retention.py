"""Retention: closing with a decision per block, the case system's confirmed receipt, what is
due, destruction only over a confirmed list, yearly reviews, and the werkdossier in the archive
export (issue 8). All names and texts are fictional; the clock is injected."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pyrage
import pytest

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.intake import IntakeMode
from app.domain.profile import Law
from app.domain.retention import Block, BlockDecision, Decision, DueReason, add_years
from app.domain.selection import Choice
from app.services.bundles.export import ExportRequest
from app.services.bundles.schema import Kind, Scope
from app.services.housekeeping import run_purges
from app.services.retention import RetentionService
from app.services.tasks import TaskService
from app.storage import audit
from app.storage.repositories import citizen_in
from tests.support.bundles import Worker, filled, secret, worker
from tests.support.intake import Clock, informed_intake

ARCHIVE = (
    BlockDecision(Block.DOSSIER, Decision.ARCHIVE),
    BlockDecision(Block.WERKDOSSIER, Decision.CONTRIBUTED),
    BlockDecision(Block.REGIE, Decision.DESTROY),
)
KEEP_HERE = (
    BlockDecision(Block.DOSSIER, Decision.KEEP_HERE),
    BlockDecision(Block.WERKDOSSIER, Decision.DESTROY),
    BlockDecision(Block.REGIE, Decision.DESTROY),
)


def _setup(tmp_path: Path) -> tuple[Worker, Clock, RetentionService]:
    clock = Clock()
    w = worker(tmp_path, "w-anna", clock)
    s = w.session
    return w, clock, RetentionService(s.vault.db, s.trail, w.kit.service.profile, clock)


def _closed(
    w: Worker,
    retention: RetentionService,
    decisions: tuple[BlockDecision, ...] = ARCHIVE,
    law: Law = Law.WMO,
    name: str = "Jan Voorbeeld",
) -> tuple[str, str]:
    """A contact-only intake closed as completed: (citizen id, intake id)."""
    intake_id = informed_intake(w.kit, None, law=law, mode=IntakeMode.CONTACT_ONLY, name=name)
    retention.close_case(intake_id, IntakeStatus.COMPLETED, decisions)
    intake = w.kit.service.get(intake_id)
    assert intake is not None
    return intake.citizen_id, intake_id


def _tasks(w: Worker) -> TaskService:
    return TaskService(w.session.vault.db, w.session.trail, w.session.now)


def _exists(w: Worker, citizen_id: str) -> bool:
    return w.session.vault.db.run(lambda c: citizen_in(c, citizen_id)) is not None


def _erase_lines(w: Worker) -> list[audit.AuditEvent]:
    events = w.session.vault.db.run(lambda c: audit.events(c, limit=10_000))
    return [e for e in events if e.action.startswith("erase_")]


def test_r001_24_closing_refused_without_a_decision_per_block(tmp_path: Path) -> None:
    w, _clock, retention = _setup(tmp_path)
    intake_id = informed_intake(w.kit, None, mode=IntakeMode.CONTACT_ONLY)
    for partial in ((), ARCHIVE[:2], (*ARCHIVE[:2], BlockDecision(Block.REGIE, Decision.ARCHIVE))):
        with pytest.raises(ValidationError):
            retention.close_case(intake_id, IntakeStatus.COMPLETED, partial)
    most = w.kit.service.profile.retention.regie_max_years
    too_long = (*ARCHIVE[:2], BlockDecision(Block.REGIE, Decision.KEEP_YEARS, most + 1))
    with pytest.raises(ValidationError, match=f"1 to {most} years"):
        retention.close_case(intake_id, IntakeStatus.COMPLETED, too_long)
    intake = w.kit.service.get(intake_id)
    assert intake is not None
    assert intake.status == "open"
    assert retention.decisions(intake_id) == {}
    kept = (*ARCHIVE[:2], BlockDecision(Block.REGIE, Decision.KEEP_YEARS, most))
    assert retention.close_case(intake_id, IntakeStatus.COMPLETED, kept) is IntakeStatus.COMPLETED
    stored = retention.decisions(intake_id)
    assert set(stored) == set(Block)
    assert stored[Block.PERSOONLIJK].decision is Decision.EXPIRES  # R-004-15: one fixed rule
    assert stored[Block.REGIE].years == most


def test_r000_41_not_pursued_needs_no_block_decision(tmp_path: Path) -> None:
    w, _clock, retention = _setup(tmp_path)
    intake_id = informed_intake(w.kit)
    with pytest.raises(ValidationError):
        retention.close_case(intake_id, IntakeStatus.NOT_PURSUED, ARCHIVE)
    assert retention.close_case(intake_id, IntakeStatus.NOT_PURSUED) is IntakeStatus.NOT_PURSUED


def test_r000_40_statutory_date_wmo_15_jeugd_20_as_in_the_bundle(tmp_path: Path) -> None:
    w, clock, retention = _setup(tmp_path)
    wmo, _ = _closed(w, retention, KEEP_HERE, Law.WMO, "Wim Termijn")
    jeugd, _ = _closed(w, retention, KEEP_HERE, Law.JEUGDWET, "Jet Termijn")
    start = clock().date()
    wmo_until, jeugd_until = add_years(start, 15), add_years(start, 20)
    assert retention.due(wmo_until - timedelta(days=1)) == []
    due = retention.due(wmo_until)
    assert [(d.citizen_id, d.reason, d.due_on) for d in due] == [
        (wmo, DueReason.STATUTORY, wmo_until)
    ]
    assert {d.citizen_id for d in retention.due(jeugd_until)} == {wmo, jeugd}
    # The date the app proposes is the date every hand-over bundle carries.
    dossiers = w.bundles._dossiers
    carried = w.session.vault.db.run(lambda c: dossiers(c, wmo))
    assert carried[0]["retention_until"] == wmo_until.isoformat()


def test_r002_27_confirmed_receipt_makes_the_local_copy_due_after_the_agency_period(
    tmp_path: Path,
) -> None:
    w, clock, retention = _setup(tmp_path)
    citizen, intake_id = _closed(w, retention)
    other, _ = _closed(w, retention, name="Ans Bewaar")
    today = clock().date()
    with pytest.raises(ValidationError):
        retention.confirm_handover(citizen, today + timedelta(days=1))
    assert retention.confirm_handover(citizen, today) == 1
    intake = w.kit.service.get(intake_id)
    assert intake is not None
    assert intake.status == IntakeStatus.HANDED_OVER
    days = w.kit.service.profile.retention.purge_after_handover_days
    tasks = [t for t in _tasks(w).for_citizen(citizen) if t.kind == "purge_after_handover"]
    assert [t.due_on for t in tasks] == [today + timedelta(days=days)]
    assert retention.due(today + timedelta(days=days - 1)) == []
    due = retention.due(today + timedelta(days=days))
    assert [(d.citizen_id, d.reason) for d in due] == [(citizen, DueReason.HANDOVER)]
    assert other not in {d.citizen_id for d in due}
    assert due[0].name == "Jan Voorbeeld"
    assert due[0].case_number.startswith("KT-")


def test_handover_refused_while_an_intake_is_open(tmp_path: Path) -> None:
    w, clock, retention = _setup(tmp_path)
    intake_id = informed_intake(w.kit)
    intake = w.kit.service.get(intake_id)
    assert intake is not None
    with pytest.raises(ValidationError, match="Close the open intake"):
        retention.confirm_handover(intake.citizen_id, clock().date())


def test_r000_40_destruction_only_over_a_confirmed_list_all_or_nothing(tmp_path: Path) -> None:
    w, clock, retention = _setup(tmp_path)
    due_one, _ = _closed(w, retention, name="Daan Weg")
    kept, _ = _closed(w, retention, name="Kees Blijft")
    retention.confirm_handover(due_one, clock().date())
    clock.value += timedelta(days=31)
    report = run_purges(w.session)  # housekeeping counts, never destroys
    assert report.destruction_due == 1
    assert _exists(w, due_one)
    with pytest.raises(ValidationError):
        retention.destroy([due_one, kept])
    assert _exists(w, due_one)
    assert _erase_lines(w) == []
    result = retention.destroy([due_one])
    assert result.citizens == 1
    assert result.rows > 0
    assert result.compact.wal_empty
    assert not _exists(w, due_one)
    assert _exists(w, kept)
    lines = _erase_lines(w)
    assert [(e.action, e.object_type, e.object_id, e.count) for e in lines] == [
        ("erase_handover", "citizen", due_one, result.rows)
    ]


def test_r001_24_regie_data_kept_at_most_their_years_then_proposed(tmp_path: Path) -> None:
    w, clock, retention = _setup(tmp_path)
    regie = (*KEEP_HERE[:2], BlockDecision(Block.REGIE, Decision.KEEP_YEARS, 3))
    citizen, _ = _closed(w, retention, regie)
    until = add_years(clock().date(), 3)
    assert retention.due(until - timedelta(days=1)) == []
    assert [(d.citizen_id, d.reason) for d in retention.due(until)] == [(citizen, DueReason.REGIE)]


def test_yearly_review_for_a_dossier_never_handed_over(tmp_path: Path) -> None:
    w, clock, retention = _setup(tmp_path)
    citizen, _ = _closed(w, retention, KEEP_HERE)
    handed, _ = _closed(w, retention, name="Henk Over")
    retention.confirm_handover(handed, clock().date())
    days = w.kit.service.profile.retention.dossier_review_days
    start = clock().date()
    assert retention.schedule_reviews(start + timedelta(days=days - 1)) == 0
    assert retention.schedule_reviews(start + timedelta(days=days)) == 1
    assert retention.schedule_reviews(start + timedelta(days=days)) == 0  # idempotent
    assert retention.schedule_reviews(start + timedelta(days=2 * days)) == 0  # one is open
    tasks = _tasks(w)
    reviews = [t for t in tasks.for_citizen(citizen) if t.kind == "review_retention"]
    assert [t.due_on for t in reviews] == [start + timedelta(days=days)]
    tasks.done(reviews[0].id)
    assert retention.schedule_reviews(start + timedelta(days=2 * days)) == 1
    assert not [t for t in tasks.for_citizen(handed) if t.kind == "review_retention"]


def test_r004_14_r004_15_archive_export_holds_contributed_werkdossier_only(
    tmp_path: Path,
) -> None:
    w, _clock, retention = _setup(tmp_path)
    d = filled(w.kit)
    keys = {i.key for i in w.bundles.offer(d.citizen_id)}
    work, personal = f"note:{d.work_note}", f"note:{d.personal_note}"
    assert work not in keys
    assert personal not in keys
    retention.mark_contributed(d.work_note, True)
    with pytest.raises(ValidationError):
        retention.mark_contributed(d.personal_note, True)  # personal notes never leave
    with pytest.raises(ValidationError):
        retention.mark_contributed(d.dossier_note, True)
    keys = {i.key for i in w.bundles.offer(d.citizen_id)}
    assert work in keys
    assert personal not in keys
    path = tmp_path / "archief.age"
    request = ExportRequest(
        d.citizen_id, Kind.ZAAKSYSTEEM, "zaaksysteem", "Archivering van het dossier",
        (Choice("dat:case_number"), Choice(work)), Scope.SELECTIE,
    )  # fmt: skip
    w.bundles.export(request, path)
    doc = json.loads(pyrage.decrypt(path.read_bytes(), [
        pyrage.x25519.Identity.from_str(secret("case-system"))]))  # fmt: skip
    assert work in {c["key"] for c in doc["content"]}
    with pytest.raises(ValidationError):
        w.bundles.export(replace(request, choices=(Choice(personal),)), tmp_path / "x.age")
    retention.mark_contributed(d.work_note, False)
    assert work not in {i.key for i in w.bundles.offer(d.citizen_id)}
    assert not (tmp_path / "x.age").exists()
