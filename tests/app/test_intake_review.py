"""Samen terugkijken and closing (issue 4): one list of what is stored, physical deletion, the
citizen's own view, three ways to end, triage, withdrawal and the purge of intakes not pursued."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.intake import IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.scope import Trigger
from app.domain.visit_records import EXPLAINED_ITEMS, Disposition, DocumentSource
from app.services.session import Session
from app.storage import audit
from tests.support.intake import Clock, Intakes, informed_intake, intakes

ON = date(2026, 11, 23)


def _count(session: Session, sql: str) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


def _explain_all(kit: Intakes, intake_id: str) -> None:
    for item in EXPLAINED_ITEMS:
        kit.records.record_explained(intake_id, item)


def test_r004_04_what_both_find_unneeded_is_deleted_physically(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    note = kit.records.add_note(
        intake_id, "Kat heet Minoes.", NoteKind.FACT, NoteSource.CITIZEN, ON
    )
    person = kit.records.add_network_person(intake_id, "Els", "buurvrouw")
    kit.service.score_domain(intake_id, "instrumentele_adl", 3, "kan niet stofzuigen", ON)
    kit.review.start_review(intake_id)
    kinds = {(i.kind, i.id) for i in kit.review.review_items(intake_id)}
    assert {
        ("note", note.id),
        ("network_person", person.id),
        ("score", "instrumentele_adl"),
    } <= kinds
    kit.review.delete_item(intake_id, "note", note.id)
    kit.review.delete_item(intake_id, "network_person", person.id)
    kit.review.delete_item(intake_id, "score", "instrumentele_adl")
    assert _count(session, "SELECT count(*) FROM note") == 0
    assert _count(session, "SELECT count(*) FROM network_person") == 0
    assert _count(session, "SELECT count(*) FROM zrm_score") == 0
    assert kit.service.assessment(intake_id).value("instrumentele_adl") is None
    with pytest.raises(ValidationError):  # the help request is the record of the conversation
        kit.review.delete_item(intake_id, "help_request", kit.review.review_items(intake_id)[0].id)
    actions = [e.action for e in session.vault.db.run(audit.events)]
    assert actions.count("delete_item") == 3


def test_the_citizens_own_view_stands_beside_a_needed_entry(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    note = kit.records.add_note(
        intake_id, "Het huis is rommelig.", NoteKind.OBSERVATION, NoteSource.WORKER, ON,
        domain="instrumentele_adl",
    )  # fmt: skip
    kit.review.record_citizen_view(intake_id, "note", note.id, "Het was wasdag, anders netjes.")
    (item,) = [i for i in kit.review.review_items(intake_id) if i.id == note.id]
    assert item.citizen_view == "Het was wasdag, anders netjes."
    assert "Het huis is rommelig." in item.text  # the worker's entry stays: no veto, a voice


def test_r000_06_review_shows_closed_domains_by_state_only(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.service.propose_domain(
        intake_id, "financien", Trigger.STRONG_INDICATION, "Aanmaningen op tafel", "post"
    )
    kit.service.answer_domain(intake_id, "financien", agreed=False)
    items = [i for i in kit.review.review_items(intake_id) if i.id == "financien"]
    assert [(i.kind, i.text) for i in items] == [("domain", "declined by the citizen")]
    assert not any("Aanmaningen" in i.text for i in kit.review.review_items(intake_id))


def test_r000_03_r002_06_a_help_request_only_intake_closes_without_scores(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError) as error:
        kit.review.close(intake_id, IntakeStatus.COMPLETED)
    assert error.value.field == "review"
    kit.review.finish_review(intake_id)
    with pytest.raises(ValidationError) as error:
        kit.review.close(intake_id, IntakeStatus.COMPLETED)
    assert error.value.field == "explained"  # persoonlijk plan, cliëntondersteuning, pgb
    _explain_all(kit, intake_id)  # new content: look back again
    with pytest.raises(ValidationError) as error:
        kit.review.close(intake_id, IntakeStatus.COMPLETED)
    assert error.value.field == "review"
    kit.review.finish_review(intake_id)
    assert kit.review.close(intake_id, IntakeStatus.COMPLETED) is IntakeStatus.COMPLETED
    assert not kit.service.assessment(intake_id).complete  # and nobody asked for the rest
    with pytest.raises(ValidationError) as error:
        kit.records.add_note(intake_id, "Nog iets.", NoteKind.FACT, NoteSource.CITIZEN, ON)
    assert error.value.field == "status"


def test_r001_14_no_completed_close_before_the_information_was_given(session: Session) -> None:
    kit = intakes(session)
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    from app.domain.profile import Law, Role

    intake_id = kit.service.start_intake(
        citizen.id, Law.WMO, Role.TOELEIDING, IntakeMode.CONTACT_ONLY
    ).id
    with pytest.raises(ValidationError) as error:
        kit.review.close(intake_id, IntakeStatus.COMPLETED)
    assert error.value.field == "handover"


def test_r000_21_the_visit_cannot_close_without_a_disposition(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    doc = kit.records.log_document(intake_id, DocumentSource.GP, ON)
    _explain_all(kit, intake_id)
    kit.review.finish_review(intake_id)
    for outcome in (IntakeStatus.COMPLETED, IntakeStatus.NOT_PURSUED):
        with pytest.raises(ValidationError) as error:
            kit.review.close(intake_id, outcome)
        assert error.value.field == "documents"
    kit.records.dispose_document(intake_id, doc.id, Disposition.TO_ADVISER, informed=True)
    kit.review.close(intake_id, IntakeStatus.COMPLETED)


def test_r000_10_broken_off_only_after_explaining_necessity_and_consequences(
    session: Session,
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.service.propose_domain(intake_id, "financien", Trigger.CITIZEN_RAISED, "rekeningen")
    kit.service.answer_domain(intake_id, "financien", agreed=False)  # a nee never ends it
    assert kit.review.close_check(intake_id).status is IntakeStatus.OPEN
    with pytest.raises(ValidationError) as error:
        kit.review.close(intake_id, IntakeStatus.BROKEN_OFF, reason="wil stoppen")
    assert error.value.field == "explained"
    with pytest.raises(ValidationError) as error:
        kit.review.close(intake_id, IntakeStatus.BROKEN_OFF, explained_confirmed=True)
    assert error.value.field == "reason"
    kit.review.close(intake_id, IntakeStatus.BROKEN_OFF, True, "Inwoner wil nu niet verder.")
    with pytest.raises(ValidationError):
        kit.review.close(intake_id, IntakeStatus.COMPLETED)


def test_not_pursued_keeps_a_contact_registration_only_after_the_grace_period(
    session: Session,
) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit)
    kit.records.add_note(intake_id, "Wil eerst zelf iets proberen.", NoteKind.FACT,
                         NoteSource.CITIZEN, ON)  # fmt: skip
    kit.records.add_network_person(intake_id, "Els", "buurvrouw")
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    assert kit.review.purge_not_pursued() == []
    assert _count(session, "SELECT count(*) FROM note") == 1
    clock.value += timedelta(days=kit.service.profile.retention.not_pursued_grace_days)
    assert kit.review.purge_not_pursued() == [intake_id]
    for table in ("note", "help_request", "network_person", "domain_decision", "zrm_score"):
        assert _count(session, f"SELECT count(*) FROM {table}") == 0, table  # noqa: S608
    assert _count(session, "SELECT count(*) FROM intake WHERE status = 'niet_doorgezet'") == 1
    assert _count(session, "SELECT count(*) FROM citizen") == 1  # the contact registration
    assert kit.review.purge_not_pursued() == []  # once


def test_triage_asks_per_open_domain_still_needed_or_delete(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.records.add_note(
        intake_id, "Trap is lastig.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="lichamelijke_gezondheid",
    )  # fmt: skip
    kit.records.add_note(
        intake_id, "Ramen lukken niet.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="instrumentele_adl",
    )  # fmt: skip
    assert kit.review.triage(intake_id, "instrumentele_adl", keep=True) == 0
    assert kit.review.triage(intake_id, "lichamelijke_gezondheid", keep=False) == 1
    assert [n.domain for n in kit.records.notes(intake_id)] == ["instrumentele_adl"]
    with pytest.raises(ValidationError):
        kit.review.triage(intake_id, "financien", keep=True)
    decisions = session.vault.db.run(
        lambda c: c.execute("SELECT domain, decision FROM triage ORDER BY rowid").fetchall()
    )
    assert decisions == [("instrumentele_adl", "nodig"), ("lichamelijke_gezondheid", "verwijderd")]


def test_r000_11_after_a_withdrawal_the_domains_content_can_be_deleted(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.service.propose_domain(intake_id, "sociaal_netwerk", Trigger.CITIZEN_RAISED, "eenzaam")
    kit.service.answer_domain(intake_id, "sociaal_netwerk", agreed=True)
    kit.records.add_note(
        intake_id, "Ziet weinig mensen.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="sociaal_netwerk",
    )  # fmt: skip
    with pytest.raises(ValidationError):
        kit.review.delete_withdrawn_content(intake_id, "sociaal_netwerk")
    kit.service.withdraw_domain(intake_id, "sociaal_netwerk")
    with pytest.raises(ValidationError):
        kit.records.add_note(
            intake_id, "Nog iets.", NoteKind.FACT, NoteSource.CITIZEN, ON,
            domain="sociaal_netwerk",
        )  # fmt: skip
    assert kit.review.delete_withdrawn_content(intake_id, "sociaal_netwerk") == 1
    assert kit.records.notes(intake_id) == []


def test_purges_run_as_one_housekeeping_call_after_unlock(session: Session) -> None:
    from app.services.housekeeping import run_purges

    clock = Clock(session.now())  # the session's own clock decides at purge time
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit)
    kit.records.add_note(intake_id, "Wacht nog even.", NoteKind.FACT, NoteSource.CITIZEN, ON)
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    assert run_purges(session).intakes_purged == 0  # session's own clock: still in grace
    session.now = lambda: clock.value + timedelta(days=400)
    report = run_purges(session)
    assert (report.intakes_purged, _count(session, "SELECT count(*) FROM note")) == (1, 0)


def test_a_citizens_view_stays_with_its_own_intake(session: Session) -> None:
    kit = intakes(session)
    first = informed_intake(kit, name="Ans Proef")
    second = informed_intake(kit, name="Bert Proef")
    for intake_id, view in ((first, "mening van Ans"), (second, "mening van Bert")):
        kit.service.score_domain(intake_id, "instrumentele_adl", 3, "gesprek", ON)
        kit.review.record_citizen_view(intake_id, "score", "instrumentele_adl", view)
    views = {
        intake_id: [i.citizen_view for i in kit.review.review_items(intake_id) if i.kind == "score"]
        for intake_id in (first, second)
    }
    assert views == {first: ["mening van Ans"], second: ["mening van Bert"]}
    kit.review.delete_item(first, "score", "instrumentele_adl")
    assert [i.citizen_view for i in kit.review.review_items(second) if i.kind == "score"] == [
        "mening van Bert"
    ]


def test_purge_removes_the_concerns_answer_and_close_note_too(session: Session) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit)
    kit.records.record_concerns(intake_id, "Zorgen over de buren (fictief)")
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED, reason="Wil eerst zelf proberen")
    clock.value += timedelta(days=365)
    kit.review.purge_not_pursued()
    row = session.vault.db.run(
        lambda c: c.execute("SELECT concerns_answer, close_note FROM intake").fetchone()
    )
    assert tuple(row) == (None, "")


def test_closed_intakes_and_withdrawn_domains_take_no_changes(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.service.propose_domain(intake_id, "sociaal_netwerk", Trigger.CITIZEN_RAISED, "eenzaam")
    kit.service.answer_domain(intake_id, "sociaal_netwerk", agreed=True)
    note = kit.records.add_note(
        intake_id, "Ziet weinig mensen.", NoteKind.FACT, NoteSource.CITIZEN, ON,
        domain="sociaal_netwerk",
    )  # fmt: skip
    doc = kit.records.log_document(intake_id, DocumentSource.GP, ON, Disposition.DESTROYED)
    kit.service.withdraw_domain(intake_id, "sociaal_netwerk")
    with pytest.raises(ValidationError):
        kit.records.correct_note(note.id, "Toch iets anders.")
    kit.review.close(intake_id, IntakeStatus.BROKEN_OFF, True, "Stopt.")
    with pytest.raises(ValidationError):
        kit.review.triage(intake_id, "instrumentele_adl", keep=False)
    with pytest.raises(ValidationError):
        kit.records.dispose_document(intake_id, doc.id, Disposition.RETURNED, informed=True)
    other = informed_intake(kit, name="Piet Proef")
    with pytest.raises(ValidationError):  # an id from another intake changes nothing
        kit.records.dispose_document(other, doc.id, Disposition.RETURNED, informed=True)


def test_content_added_after_looking_back_needs_another_look(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.review.finish_review(intake_id)
    assert kit.review.close_check(intake_id).reviewed
    kit.records.add_note(intake_id, "Nog een afspraak.", NoteKind.AGREEMENT, NoteSource.WORKER, ON)
    assert not kit.review.close_check(intake_id).reviewed


def test_no_view_can_be_written_beside_a_refusal(session: Session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    kit.service.propose_domain(intake_id, "financien", Trigger.CITIZEN_RAISED, "rekeningen")
    kit.service.answer_domain(intake_id, "financien", agreed=False)
    with pytest.raises(ValidationError):
        kit.review.record_citizen_view(intake_id, "domain", "financien", "iets")
