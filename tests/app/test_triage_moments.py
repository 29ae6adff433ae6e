"""Triage moments (issue 5; R-001-06, R-002-09): at a referral, escalation, change or end of help
every open domain is answered "nog nodig" or "verwijderen", with the decision, the data judged
necessary and the data passed on; "verwijderen" deletes physically; a moment is the intake's
last scope review (read by the R-002-10 task)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.domain.triage import TriageDecision, TriageKind, Verdict, check_status
from app.domain.visit_records import EXPLAINED_ITEMS
from app.services.session import Session
from app.services.triage import TriageService
from app.storage import audit, triage_repository
from tests.support.intake import Clock, Intakes, informed_intake, intakes

ON = date(2026, 11, 23)
ADL, HEALTH = "instrumentele_adl", "lichamelijke_gezondheid"  # linked to huishoudelijke hulp


def _count(session: Session, sql: str) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


def _with_notes(kit: Intakes) -> str:
    intake_id = informed_intake(kit)
    for domain, text in ((ADL, "Ramen lukken niet."), (HEALTH, "Trap is lastig.")):
        kit.records.add_note(intake_id, text, NoteKind.FACT, NoteSource.CITIZEN, ON, domain=domain)
    kit.service.score_domain(intake_id, HEALTH, 3, "gesprek", ON)
    return intake_id


def _complete(kit: Intakes, intake_id: str) -> None:
    for item in EXPLAINED_ITEMS:
        kit.records.record_explained(intake_id, item)
    kit.review.finish_review(intake_id)
    kit.review.close(intake_id, IntakeStatus.COMPLETED)


def test_r002_09_the_moment_lists_the_open_domains_and_needs_an_answer_for_each(
    session: Session,
) -> None:
    kit = intakes(session)
    triage = TriageService(kit.service)
    intake_id = _with_notes(kit)
    assert list(triage.open_domains(intake_id)) == [
        d.id for d in kit.service.profile.zrm_domains() if d.id in (ADL, HEALTH)
    ]
    with pytest.raises(ValidationError) as error:
        triage.record_moment(
            intake_id, TriageKind.REFERRAL, TriageDecision.PLAN, "Hulpvraag en adres",
            "Naam en hulpvraag aan de aanbieder", {ADL: Verdict.KEEP},
        )  # fmt: skip
    assert error.value.field == "domains"
    assert "Physical health" in str(error.value)  # the unanswered one, by name
    # Nothing half-written: no moment, no triage row, the content still there.
    assert _count(session, "SELECT count(*) FROM triage_moment") == 0
    assert _count(session, "SELECT count(*) FROM triage") == 0
    assert len(kit.records.notes(intake_id)) == 2
    with pytest.raises(ValidationError) as error:  # a closed domain is no part of it
        triage.record_moment(
            intake_id, TriageKind.REFERRAL, TriageDecision.PLAN, "x", "niets",
            {ADL: Verdict.KEEP, HEALTH: Verdict.KEEP, "financien": Verdict.KEEP},
        )  # fmt: skip
    assert error.value.field == "domains"


def test_r002_09_verwijderen_deletes_the_domains_content_physically(session: Session) -> None:
    kit = intakes(session)
    triage = TriageService(kit.service)
    intake_id = _with_notes(kit)
    moment = triage.record_moment(
        intake_id, TriageKind.CHANGE, TriageDecision.PLAN, "Alleen het huishouden",
        "niets", {ADL: Verdict.KEEP, HEALTH: Verdict.REMOVE},
    )  # fmt: skip
    assert [n.domain for n in kit.records.notes(intake_id)] == [ADL]
    assert HEALTH not in kit.service.assessment(intake_id).scores()
    rows = session.vault.db.run(
        lambda c: c.execute(
            "SELECT domain, decision, moment_id FROM triage ORDER BY rowid"
        ).fetchall()
    )
    assert {tuple(r) for r in rows} == {
        (ADL, "nodig", moment.id),
        (HEALTH, "verwijderd", moment.id),
    }


def test_r001_06_the_decision_the_necessary_data_and_the_data_passed_on_are_recorded(
    session: Session,
) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    triage = TriageService(kit.service)
    intake_id = _with_notes(kit)
    verdicts = {ADL: Verdict.KEEP, HEALTH: Verdict.KEEP}
    for necessary, passed_on, field in (("  ", "niets", "necessary"), ("Adres", "", "passed_on")):
        with pytest.raises(ValidationError) as error:
            triage.record_moment(
                intake_id, TriageKind.ESCALATION, TriageDecision.ESCALATE, necessary,
                passed_on, verdicts,
            )  # fmt: skip
        assert error.value.field == field
    triage.record_moment(
        intake_id, TriageKind.ESCALATION, TriageDecision.ESCALATE,
        "Hulpvraag, adres, ADL-score", "Hulpvraag en adres aan het sociaal team", verdicts,
    )  # fmt: skip
    (stored,) = triage.moments(intake_id)
    assert (stored.kind, stored.decision, stored.necessary, stored.passed_on) == (
        TriageKind.ESCALATION, TriageDecision.ESCALATE, "Hulpvraag, adres, ADL-score",
        "Hulpvraag en adres aan het sociaal team",
    )  # fmt: skip
    assert (stored.at, stored.worker_id, dict(stored.verdicts)) == (
        clock.value, session.trail.actor, verdicts,
    )  # fmt: skip
    events = [e for e in session.vault.db.run(audit.events) if e.action == "record_triage_moment"]
    assert [(e.object_type, e.object_id) for e in events] == [("intake", intake_id)]
    assert "Hulpvraag" not in repr(session.vault.db.run(audit.events))  # ids, never content


def test_r002_09_triage_goes_on_after_completion_but_not_after_breaking_off(
    session: Session,
) -> None:
    kit = intakes(session)
    triage = TriageService(kit.service)
    done = _with_notes(kit)
    _complete(kit, done)
    triage.record_moment(
        done, TriageKind.END, TriageDecision.PLAN, "Niets meer", "niets",
        {ADL: Verdict.REMOVE, HEALTH: Verdict.REMOVE},
    )  # fmt: skip
    assert kit.records.notes(done) == []
    stopped = _with_notes(kit)
    kit.review.close(stopped, IntakeStatus.BROKEN_OFF, True, "Wil niet verder.")
    with pytest.raises(ValidationError) as error:
        triage.record_moment(
            stopped, TriageKind.END, TriageDecision.PLAN, "x", "niets",
            {ADL: Verdict.REMOVE, HEALTH: Verdict.REMOVE},
        )  # fmt: skip
    assert error.value.field == "status"
    assert len(kit.records.notes(stopped)) == 2
    with pytest.raises(ValidationError):  # one domain in the conversation: same rule
        kit.review.triage(stopped, ADL, keep=False)
    assert kit.review.triage(done, ADL, keep=True) == 0  # completed: allowed
    for status in ("niet_doorgezet", "afgebroken", "overgedragen"):
        with pytest.raises(ValidationError):
            check_status(status)


def test_r002_10_a_triage_moment_is_the_intakes_last_scope_review(session: Session) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    triage = TriageService(kit.service)
    intake_id = _with_notes(kit)
    kit.review.triage(intake_id, ADL, keep=True)  # one domain is not a review of the scope
    assert triage.last_scope_review(intake_id) is None
    verdicts = {ADL: Verdict.KEEP, HEALTH: Verdict.KEEP}
    triage.record_moment(
        intake_id, TriageKind.CHANGE, TriageDecision.CLARIFY, "x", "niets", verdicts
    )
    first = clock.value
    clock.value += timedelta(days=40)
    triage.record_moment(intake_id, TriageKind.CHANGE, TriageDecision.PLAN, "y", "niets", verdicts)
    assert triage.last_scope_review(intake_id) == clock.value != first
    other = _with_notes(kit)
    assert session.vault.db.run(triage_repository.last_scope_reviews) == {intake_id: clock.value}
    assert triage.last_scope_review(other) is None


def test_a_not_pursued_intake_loses_its_triage_moments_with_its_content(
    session: Session,
) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    triage = TriageService(kit.service)
    intake_id = _with_notes(kit)
    triage.record_moment(
        intake_id, TriageKind.REFERRAL, TriageDecision.PLAN, "Adres", "Adres aan de aanbieder",
        {ADL: Verdict.KEEP, HEALTH: Verdict.KEEP},
    )  # fmt: skip
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    clock.value += timedelta(days=400)
    assert kit.review.purge_not_pursued() == [intake_id]
    assert _count(session, "SELECT count(*) FROM triage_moment") == 0
    assert _count(session, "SELECT count(*) FROM triage") == 0
