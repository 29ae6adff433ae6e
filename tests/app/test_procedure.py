"""The law's process around an intake (issue 5): Wmo 2015 art. 2.3.2 (onderzoek 6 weeks,
persoonlijk plan 7 days, cliëntondersteuning, verslag lid 8), art. 2.3.3 (spoed), art. 2.3.5
(beschikking 2 weeks); the agency's own Jeugdwet steps; the profile tables that define them."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.profile import Law, Role
from app.domain.profile_errors import InvalidField
from app.domain.profile_parse import parse_profile
from app.domain.tasks import TaskState
from app.formatting import set_language
from app.services.procedure import ProcedureService
from app.services.profile_signing import parse_toml
from app.services.session import Session
from app.services.tasks import TaskService
from tests.support.intake import Clock, Intakes, informed_intake, intakes

DEMO = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "voorbeeldstad.toml"
MELDING = date(2026, 11, 20)  # a Friday; + 6 weeks is Nieuwjaarsdag 2027


def _kit(session: Session, clock: Clock) -> tuple[Intakes, ProcedureService, TaskService]:
    kit = intakes(session, now=clock)
    tasks = TaskService(
        session.vault.db, session.trail, clock, procedures=kit.service.profile.procedures
    )
    return kit, ProcedureService(kit.service, tasks), tasks


def _states(procedure: ProcedureService, intake_id: str, today: date) -> dict[str, Any]:
    return {d.spec.key: (d.due_on, d.state) for d in procedure.deadlines(intake_id, today)}


def test_wmo_2_3_2_onderzoek_six_weeks_from_the_melding_across_the_year_end(
    session: Session,
) -> None:
    clock = Clock()
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit)
    before = _states(procedure, intake_id, clock().date())
    assert before["onderzoek"] == (None, None)  # no melding, no deadline yet
    procedure.record_event(intake_id, "melding", MELDING)
    states = _states(procedure, intake_id, clock().date())
    assert states["onderzoek"] == (date(2027, 1, 4), TaskState.OPEN)
    (task,) = [t for t in tasks.for_intake(intake_id) if t.kind == "deadline:wmo:onderzoek"]
    assert task.statutory
    assert tasks.label(task) == "Onderzoek and verslag (6 weeks)"


def test_wmo_2_3_2_lid2_the_persoonlijk_plan_window_is_seven_days(session: Session) -> None:
    clock = Clock()
    kit, procedure, _ = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    assert _states(procedure, intake_id, MELDING)["persoonlijk_plan"] == (
        date(2026, 11, 27), TaskState.OPEN,
    )  # fmt: skip
    procedure.record_event(intake_id, "plan_aangeboden", date(2026, 11, 23))
    plan = next(
        d for d in procedure.deadlines(intake_id, MELDING) if d.spec.key == "persoonlijk_plan"
    )
    assert (plan.state, plan.done_on) == (TaskState.DONE, date(2026, 11, 23))


def test_wmo_2_3_2_lid3_and_lid8_support_offered_and_verslag_meet_their_deadlines(
    session: Session,
) -> None:
    clock = Clock(datetime(2026, 12, 10, 9, 0, tzinfo=UTC))
    kit, procedure, _ = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    late = date(2027, 1, 5)
    states = _states(procedure, intake_id, late)
    assert states["clientondersteuning"] == (date(2027, 1, 4), TaskState.OVERDUE)
    assert states["onderzoek"] == (date(2027, 1, 4), TaskState.OVERDUE)
    procedure.record_event(intake_id, "clientondersteuning_aangeboden", date(2026, 11, 24))
    with pytest.raises(ValidationError) as error:  # the reaction follows the verslag
        procedure.record_event(intake_id, "reactie_verslag", date(2026, 12, 9), "akkoord")
    assert error.value.field == "event"
    procedure.record_event(intake_id, "verslag_verstuurd", date(2026, 12, 8))
    with pytest.raises(ValidationError) as error:
        procedure.record_event(intake_id, "reactie_verslag", date(2026, 12, 9), "misschien")
    assert error.value.field == "detail"
    procedure.record_event(intake_id, "reactie_verslag", date(2026, 12, 9), "opmerkingen")
    states = _states(procedure, intake_id, late)
    assert states["clientondersteuning"][1] is TaskState.DONE
    assert states["onderzoek"][1] is TaskState.DONE
    assert procedure.events(intake_id)["reactie_verslag"].detail == "opmerkingen"


def test_wmo_2_3_5_beschikking_two_weeks_after_the_aanvraag(session: Session) -> None:
    clock = Clock(datetime(2026, 12, 15, 9, 0, tzinfo=UTC))
    kit, procedure, _ = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    with pytest.raises(ValidationError):  # a beschikking answers an aanvraag
        procedure.record_event(intake_id, "beschikking", date(2026, 12, 14))
    procedure.record_event(intake_id, "aanvraag", date(2026, 12, 11))
    # Friday 11 December + 14 days = eerste Kerstdag: Atw moves it to Monday 28 December.
    assert _states(procedure, intake_id, date(2026, 12, 28))["beschikking"] == (
        date(2026, 12, 28), TaskState.OPEN,
    )  # fmt: skip
    assert _states(procedure, intake_id, date(2026, 12, 29))["beschikking"][1] is TaskState.OVERDUE
    procedure.record_event(intake_id, "beschikking", date(2026, 12, 14))
    assert _states(procedure, intake_id, date(2026, 12, 29))["beschikking"][1] is TaskState.DONE


def test_wmo_2_3_3_spoed_needs_its_reason_and_is_due_the_same_day(session: Session) -> None:
    clock = Clock()
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    with pytest.raises(ValidationError) as error:
        procedure.record_event(intake_id, "spoed", date(2026, 11, 21), "  ")
    assert error.value.field == "detail"
    assert "spoed" not in procedure.events(intake_id)
    saturday = date(2026, 11, 21)
    procedure.record_event(intake_id, "spoed", saturday, "Mantelzorger valt plotseling weg")
    assert _states(procedure, intake_id, saturday)["spoed"] == (saturday, TaskState.OPEN)
    assert _states(procedure, intake_id, saturday + timedelta(days=1))["spoed"][1] is (
        TaskState.OVERDUE
    )
    procedure.record_event(intake_id, "voorziening_geregeld", saturday)
    assert _states(procedure, intake_id, clock().date())["spoed"][1] is TaskState.DONE
    assert procedure.events(intake_id)["spoed"].detail == "Mantelzorger valt plotseling weg"
    open_kinds = {r.task.kind for r in tasks.open_rows(clock().date())}
    assert "deadline:wmo:spoed" not in open_kinds


def test_wmo_event_dates_not_in_the_future_nor_before_the_melding(session: Session) -> None:
    clock = Clock()
    kit, procedure, _ = _kit(session, clock)
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError) as error:  # the melding starts the process
        procedure.record_event(intake_id, "aanvraag", MELDING)
    assert error.value.field == "event"
    with pytest.raises(ValidationError) as error:
        procedure.record_event(intake_id, "melding", clock().date() + timedelta(days=1))
    assert error.value.field == "on_date"
    procedure.record_event(intake_id, "melding", MELDING)
    with pytest.raises(ValidationError) as error:
        procedure.record_event(intake_id, "aanvraag", MELDING - timedelta(days=1))
    assert error.value.field == "on_date"
    procedure.record_event(intake_id, "plan_aangeboden", date(2026, 11, 22))
    with pytest.raises(ValidationError):  # the plan would then lie before the melding
        procedure.record_event(intake_id, "melding", date(2026, 11, 23))
    with pytest.raises(ValidationError):
        procedure.record_event(intake_id, "koffie", MELDING)


def test_wmo_correcting_the_melding_moves_its_deadlines_and_drops_nothing(
    session: Session,
) -> None:
    clock = Clock()
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    before = {t.kind: t.id for t in tasks.for_intake(intake_id)}
    procedure.record_event(intake_id, "melding", date(2026, 11, 16))  # the letter came earlier
    after = {t.kind: (t.id, t.due_on) for t in tasks.for_intake(intake_id)}
    assert {kind: value[0] for kind, value in after.items()} == before
    assert after["deadline:wmo:onderzoek"][1] == date(2026, 12, 28)
    assert after["deadline:wmo:persoonlijk_plan"][1] == date(2026, 11, 23)


def test_wmo_a_wrongly_recorded_step_can_be_taken_back(session: Session) -> None:
    clock = Clock(datetime(2026, 12, 15, 9, 0, tzinfo=UTC))
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    procedure.record_event(intake_id, "verslag_verstuurd", date(2026, 12, 1))
    procedure.record_event(intake_id, "aanvraag", date(2026, 12, 2))
    with pytest.raises(ValidationError):  # the melding goes last
        procedure.remove_event(intake_id, "melding")
    procedure.remove_event(intake_id, "verslag_verstuurd")
    procedure.remove_event(intake_id, "aanvraag")
    states = _states(procedure, intake_id, clock().date())
    assert states["onderzoek"][1] is TaskState.OPEN  # open again
    assert states["beschikking"] == (None, None)
    assert "deadline:wmo:beschikking" not in {t.kind for t in tasks.for_intake(intake_id)}


def test_wmo_a_deadline_turns_te_laat_when_the_clock_moves_on(session: Session) -> None:
    clock = Clock()
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    assert tasks.overdue_count(clock().date()) == 0
    clock.value = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)  # past the 7-day plan window
    assert _states(procedure, intake_id, clock().date())["persoonlijk_plan"][1] is (
        TaskState.OVERDUE
    )
    assert tasks.overdue_count(clock().date()) == 1
    (row,) = [r for r in tasks.open_rows(clock().date()) if r.state is TaskState.OVERDUE]
    assert row.task.kind == "deadline:wmo:persoonlijk_plan"


def test_steps_continue_after_the_conversation_closed(session: Session) -> None:
    clock = Clock(datetime(2026, 12, 15, 9, 0, tzinfo=UTC))
    kit, procedure, _ = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    procedure.record_event(intake_id, "aanvraag", date(2026, 12, 11))
    assert "aanvraag" in procedure.events(intake_id)


def test_jeugdwet_steps_come_from_the_agency_profile(session: Session) -> None:
    clock = Clock(datetime(2027, 1, 20, 9, 0, tzinfo=UTC))
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit, type_id=None, law=Law.JEUGDWET, role=Role.HULPVERLENING)
    events = [e.key for e in procedure.procedure(intake_id).events]  # type: ignore[union-attr]
    assert events[0] == "melding"
    assert "familiegroepsplan_besproken" in events
    saturday = date(2026, 11, 21)
    procedure.record_event(intake_id, "melding", saturday)
    procedure.record_event(intake_id, "aanvraag", date(2026, 12, 5))
    states = _states(procedure, intake_id, clock().date())
    # A verordening term ends on its calendar date, a Saturday: the Atw does not apply.
    assert states["onderzoek"][0] == date(2027, 1, 16)
    # The Awb term is set in a wet: 8 weeks from 5 December is a Saturday -> Monday 1 February.
    assert states["beschikking"] == (date(2027, 2, 1), TaskState.OPEN)
    task = next(t for t in tasks.for_intake(intake_id) if t.kind == "deadline:jeugdwet:onderzoek")
    assert tasks.label(task) == "Onderzoek en verslag (8 weken)"
    set_language("en")
    try:
        assert tasks.label(task) == "Investigation and report (8 weeks)"
    finally:
        set_language("nl")


def test_a_law_without_a_procedure_has_no_deadlines(session: Session) -> None:
    kit, procedure, _ = _kit(session, Clock())
    intake_id = informed_intake(kit, type_id=None, law=Law.PARTICIPATIEWET)
    assert procedure.procedure(intake_id) is None
    assert procedure.deadlines(intake_id, MELDING) == []
    with pytest.raises(ValidationError):
        procedure.record_event(intake_id, "melding", MELDING)


# -- the profile tables ---------------------------------------------------------------------------
def _demo() -> dict[str, Any]:
    doc = parse_toml(DEMO.read_text("utf-8"))
    doc.pop("signature", None)
    return doc


def _refused(doc: dict[str, Any]) -> str:
    with pytest.raises(InvalidField) as error:
        parse_profile(doc)
    return error.value.field


def test_profile_without_casework_or_procedure_gets_the_defaults() -> None:
    doc = _demo()
    del doc["casework"], doc["procedure"]
    profile = parse_profile(doc)
    assert profile.casework.inform_network_person_days == 14
    assert profile.procedure(Law.JEUGDWET) is None
    assert profile.procedure(Law.WMO) is not None  # built in


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["procedure"].update(wmo=d["procedure"]["jeugdwet"]), "procedure.wmo"),
        (
            lambda d: d["procedure"]["jeugdwet"]["deadlines"][0].update({"from": "koffie"}),
            "procedure.jeugdwet.deadlines[0].from",
        ),
        (
            lambda d: d["procedure"]["jeugdwet"]["deadlines"][1].update(days=400),
            "procedure.jeugdwet.deadlines[1].days",
        ),
        (
            lambda d: d["procedure"]["jeugdwet"]["deadlines"][2].pop("days"),
            "procedure.jeugdwet.deadlines[2].days",
        ),
        (
            lambda d: d["procedure"]["jeugdwet"]["events"][0].update(after="beschikking"),
            "procedure.jeugdwet.events[0].after",
        ),
        (
            lambda d: d["procedure"]["jeugdwet"]["events"][1].update(id="melding"),
            "procedure.jeugdwet.events[1].id",
        ),
        (
            lambda d: d["procedure"]["jeugdwet"]["events"][2].update(lable="x"),
            "procedure.jeugdwet.events[2].lable",
        ),
        (lambda d: d["procedure"]["jeugdwet"].update(events=[]), "procedure.jeugdwet.events"),
        (
            lambda d: d["casework"].update(atw_extra_days=["15-05-2026"]),
            "casework.atw_extra_days[0]",
        ),
        (
            lambda d: d["casework"].update(inform_network_person_days=0),
            "casework.inform_network_person_days",
        ),
        (lambda d: d["casework"].update(scope_review_days=90), "casework.scope_review_days"),
    ],
)
def test_profile_procedure_and_casework_errors_name_the_field(change: Any, field: str) -> None:
    doc = copy.deepcopy(_demo())
    change(doc)
    assert _refused(doc) == field


def test_profile_atw_extra_days_are_toml_dates() -> None:
    doc = _demo()
    doc["casework"]["atw_extra_days"] = [date(2026, 5, 15)]
    assert parse_profile(doc).casework.atw_extra_days == frozenset({date(2026, 5, 15)})


def test_purging_a_not_pursued_intake_removes_the_spoed_reason_but_keeps_the_tasks(
    session: Session,
) -> None:
    clock = Clock()
    kit, procedure, tasks = _kit(session, clock)
    intake_id = informed_intake(kit)
    procedure.record_event(intake_id, "melding", MELDING)
    procedure.record_event(intake_id, "spoed", MELDING, "Mantelzorger valt plotseling weg")
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    clock.value += timedelta(days=400)
    assert kit.review.purge_not_pursued() == [intake_id]
    assert procedure.events(intake_id) == {}
    assert len(tasks.for_intake(intake_id)) == 4  # nothing silently dropped
