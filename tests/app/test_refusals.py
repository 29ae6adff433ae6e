"""R-004-26: refusal of help, refusal of consent and lack of capacity are recorded, with the
representative who then acts (forms go to them); escalation to bemoeizorg or the GGD needs a
recorded reason; going ahead against the citizen's will needs a second named worker from the
roster and is counted. Also the people present at an intake, only with the citizen's agreement
(DESIGN section 5). All names are fictional; the clock is injected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlcipher3

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.intake import IntakeMode
from app.domain.profile import Law, Role
from app.domain.refusals import Confidentiality, EscalationTarget, PresentRole, RefusalKind
from app.domain.representatives import Act, AuthoritySeen, Capacity, RepresentativeKind
from app.services.audit_trail import AuditTrail
from app.services.representation import RepresentationService
from app.services.session import Session
from app.storage import audit
from tests.support.intake import Clock, informed_intake, intakes

TODAY = date(2026, 11, 23)
REASON = "Vervuilde woning, brandgevaar volgens de buren; geen contact mogelijk."
BSN = "111222333"  # passes the elfproef; fictional


@pytest.fixture
def clock() -> Clock:
    return Clock()


def service(session: Session, clock: Clock, actor: str = "") -> RepresentationService:
    kit = intakes(session, now=clock)
    trail = AuditTrail(session.vault.db, actor, clock) if actor else session.trail
    return RepresentationService(session.vault.db, trail, kit.service.profile, clock)


def count(session: Session, table: str) -> int:
    sql = f"SELECT count(*) FROM {table}"  # noqa: S608
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


def test_r004_26_refusal_of_help_and_of_consent_recorded_with_date_and_words(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    help_refused = reps.record_refusal(
        citizen.id, RefusalKind.HULP, "Wil geen huishoudelijke hulp", date(2026, 11, 20)
    )
    consent_refused = reps.record_refusal(
        citizen.id, RefusalKind.TOESTEMMING, "Geen gegevens van de huisarts opvragen", TODAY
    )
    assert reps.refusals(citizen.id) == [help_refused, consent_refused]
    assert consent_refused.kind is RefusalKind.TOESTEMMING
    assert help_refused.on == date(2026, 11, 20)
    events = [e for e in session.vault.db.run(audit.events) if e.object_type == "refusal"]
    assert [e.object_id for e in events] == [help_refused.id, consent_refused.id]


@pytest.mark.parametrize(
    ("what", "on", "field"),
    [
        ("   ", TODAY, "what"),
        ("Wil niet", TODAY + timedelta(days=1), "on"),
        (f"Nummer {BSN} genoemd", TODAY, "what"),
    ],
)
def test_r004_26_a_refusal_needs_words_and_a_real_date_nothing_half_written(
    session: Session, clock: Clock, what: str, on: date, field: str
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    with pytest.raises(ValidationError) as error:
        reps.record_refusal(citizen.id, RefusalKind.HULP, what, on)
    assert error.value.field == field
    assert BSN not in str(error.value)
    assert count(session, "refusal") == 0


def test_r004_26_lack_of_capacity_names_the_matter_the_assessor_and_who_then_acts(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    mentor = reps.add_representative(
        citizen.id, RepresentativeKind.MENTOR, "Fictief Mentorbureau", AuthoritySeen.BESCHIKKING
    )
    assert reps.who_signs(citizen.id, Act.TOESTEMMING, Capacity.JA).citizen
    item = reps.record_incapacity(
        citizen.id, Act.TOESTEMMING, "medisch adviseur", date(2026, 11, 2), mentor.id
    )
    assert reps.incapacities(citizen.id) == [item]
    forms = reps.who_signs(citizen.id, Act.TOESTEMMING, Capacity.JA)  # the record wins
    assert [r.id for r in forms.representatives] == [mentor.id]
    assert not forms.citizen
    assert reps.who_signs(citizen.id, Act.AANVRAAG, Capacity.JA).citizen  # one matter only
    reps.end_incapacity(item.id)
    assert reps.who_signs(citizen.id, Act.TOESTEMMING, Capacity.JA).citizen
    with pytest.raises(ValidationError):
        reps.end_incapacity(item.id)


def test_r004_26_only_a_representative_the_rules_allow_may_act_on_the_matter(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    admin = reps.add_representative(
        citizen.id, RepresentativeKind.BEWINDVOERDER, "Fictief Bewind BV", AuthoritySeen.REGISTER
    )
    with pytest.raises(ValidationError) as error:
        reps.record_incapacity(citizen.id, Act.TOESTEMMING, "huisarts", TODAY, admin.id)
    assert error.value.field == "representative"
    assert count(session, "incapacity") == 0
    unnamed = reps.record_incapacity(citizen.id, Act.TOESTEMMING, "huisarts", TODAY)
    assert unnamed.representative_id is None
    assert not reps.who_signs(citizen.id, Act.TOESTEMMING).resolved  # the worker must find out
    money = reps.record_incapacity(citizen.id, Act.FINANCIEN, "huisarts", TODAY, admin.id)
    assert money.representative_id == admin.id


@pytest.mark.parametrize("reason", ["", "   ", "onveilig"])
def test_r004_26_escalation_needs_a_recorded_reason(
    session: Session, clock: Clock, reason: str
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    with pytest.raises(ValidationError) as error:
        reps.escalate(citizen.id, EscalationTarget.BEMOEIZORG, reason, TODAY)
    assert error.value.field == "reason"
    assert count(session, "escalation") == 0


def test_r004_26_the_vault_itself_refuses_an_escalation_without_reason_or_second_worker(
    session: Session,
) -> None:
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    insert = (
        "INSERT INTO escalation (id, citizen_id, target, reason, on_date, against_will,"
        " second_worker_id, recorded_at, worker_id) VALUES (?, ?, 'ggd', ?, '2026-11-23', ?, ?,"
        " '2026-11-23T10:00:00+00:00', 'w-anna')"
    )
    for row in (("e1", citizen.id, " ", 0, ""), ("e2", citizen.id, REASON, 1, "w-anna")):
        with pytest.raises(sqlcipher3.IntegrityError, match="CHECK constraint"):
            session.vault.db.transaction(lambda c, r=row: c.execute(insert, r))
    assert count(session, "escalation") == 0


def test_r004_26_escalation_with_reason_to_bemoeizorg_or_ggd_is_recorded(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    first = reps.escalate(citizen.id, EscalationTarget.GGD, REASON, TODAY)
    assert (first.target, first.reason, first.against_will, first.second_worker_id) == (
        EscalationTarget.GGD, REASON, False, "",
    )  # fmt: skip
    assert reps.escalations(citizen.id) == [first]
    events = [e for e in session.vault.db.run(audit.events) if e.object_type == "escalation"]
    assert [(e.action, e.object_id) for e in events] == [("create", first.id)]
    assert all("brandgevaar" not in f"{e.action}{e.object_id}" for e in events)


@pytest.mark.parametrize("second", ["", "w-anna", "w-unknown"])
def test_r004_26_against_the_will_needs_a_second_roster_worker_not_oneself(
    session: Session, clock: Clock, second: str
) -> None:
    reps = service(session, clock, actor="w-anna")
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    with pytest.raises(ValidationError) as error:
        reps.escalate(
            citizen.id, EscalationTarget.BEMOEIZORG, REASON, TODAY, True, second_worker_id=second
        )
    assert error.value.field == "second_worker"
    assert count(session, "escalation") == 0


def test_r004_26_processing_against_the_will_is_flagged_and_counted_as_a_number(
    session: Session, clock: Clock
) -> None:
    reps = service(session, clock, actor="w-anna")
    one = session.caseload.add_citizen("Jan Voorbeeld")
    two = session.caseload.add_citizen("Mien Voorbeeld")
    reps.escalate(one.id, EscalationTarget.BEMOEIZORG, REASON, date(2026, 1, 5), True, "w-bram")
    flagged = reps.escalate(two.id, EscalationTarget.GGD, REASON, date(2026, 6, 1), True, "w-dirk")
    reps.escalate(two.id, EscalationTarget.GGD, REASON, date(2026, 7, 1))  # with the will
    assert flagged.against_will
    assert flagged.second_worker_id == "w-dirk"
    assert flagged.worker_id == "w-anna"
    assert reps.count_against_will(date(2026, 1, 1)) == 2
    assert reps.count_against_will(date(2026, 1, 6)) == 1
    assert reps.count_against_will(date(2026, 6, 2)) == 0


def test_r004_26_records_refuse_an_intake_of_another_citizen(
    session: Session, clock: Clock
) -> None:
    kit = intakes(session, now=clock)
    reps = service(session, clock)
    intake_id = informed_intake(kit, name="Jan Voorbeeld")
    other = session.caseload.add_citizen("Mien Voorbeeld")
    with pytest.raises(ValidationError) as error:
        reps.record_refusal(other.id, RefusalKind.HULP, "Wil geen hulp", TODAY, intake_id)
    assert error.value.field == "intake"
    with pytest.raises(ValidationError):
        reps.escalate(other.id, EscalationTarget.GGD, REASON, TODAY, intake_id=intake_id)
    assert count(session, "refusal") + count(session, "escalation") == 0


def test_r004_26_a_not_pursued_intake_keeps_the_refusal_fact_but_not_its_words(
    session: Session, clock: Clock
) -> None:
    kit = intakes(session, now=clock)
    reps = service(session, clock)
    intake_id = informed_intake(kit)
    citizen_id = kit.service.get(intake_id).citizen_id  # type: ignore[union-attr]
    in_intake = reps.record_refusal(
        citizen_id, RefusalKind.HULP, "Wil geen hulp bij het huishouden", TODAY, intake_id
    )
    standing = reps.record_refusal(citizen_id, RefusalKind.TOESTEMMING, "Geen huisarts", TODAY)
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    clock.value += timedelta(days=kit.service.profile.retention.not_pursued_grace_days + 1)
    kit.review.purge_not_pursued()
    kept = {r.id: r for r in reps.refusals(citizen_id)}
    assert (kept[in_intake.id].kind, kept[in_intake.id].on, kept[in_intake.id].what) == (
        RefusalKind.HULP, TODAY, "",
    )  # fmt: skip
    assert kept[standing.id].what == "Geen huisarts"


# -- the service: people present ------------------------------------------------------------------
def test_people_present_only_with_the_citizens_agreement(session: Session, clock: Clock) -> None:
    kit = intakes(session, now=clock)
    reps = service(session, clock)
    intake_id = informed_intake(kit)
    with pytest.raises(ValidationError) as error:
        reps.add_present(intake_id, PresentRole.FAMILIELID, agreed=False, name="Ria Voorbeeld")
    assert error.value.field == "agreed"
    assert count(session, "intake_present") == 0
    daughter = reps.add_present(intake_id, PresentRole.FAMILIELID, agreed=True)
    assert reps.present(intake_id) == [daughter]
    assert daughter.name == ""


def test_an_interpreter_is_recorded_with_the_confidentiality_that_binds_them(
    session: Session, clock: Clock
) -> None:
    kit = intakes(session, now=clock)
    reps = service(session, clock)
    intake_id = informed_intake(kit)
    for role, wrong in (
        (PresentRole.TOLK_PROFESSIONEEL, None),
        (PresentRole.TOLK_PROFESSIONEEL, Confidentiality.GEVRAAGD),
        (PresentRole.TOLK_INFORMEEL, Confidentiality.BEROEPSCODE),
    ):
        with pytest.raises(ValidationError) as error:
            reps.add_present(intake_id, role, True, confidentiality=wrong)
        assert error.value.field == "confidentiality"
    pro = reps.add_present(
        intake_id, PresentRole.TOLK_PROFESSIONEEL, True, "", Confidentiality.BEROEPSCODE
    )
    neighbour = reps.add_present(
        intake_id, PresentRole.TOLK_INFORMEEL, True, "Buurvrouw", Confidentiality.GEVRAAGD
    )
    partner = reps.add_present(intake_id, PresentRole.PARTNER, True, "", Confidentiality.GEVRAAGD)
    assert [p.confidentiality for p in reps.present(intake_id)] == [
        Confidentiality.BEROEPSCODE, Confidentiality.GEVRAAGD, None,
    ]  # fmt: skip
    items = [i for i in kit.review.review_items(intake_id) if i.kind == "present"]
    assert [i.id for i in items] == [pro.id, neighbour.id, partner.id]
    assert "bound by the professional code" in items[0].text
    assert "Buurvrouw" in items[1].text
    reps.remove_present(intake_id, partner.id)
    assert [p.id for p in reps.present(intake_id)] == [pro.id, neighbour.id]


def test_people_present_change_only_while_the_intake_is_editable(
    session: Session, clock: Clock
) -> None:
    kit = intakes(session, now=clock)
    reps = service(session, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    uninformed = kit.service.start_intake(
        citizen.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE
    ).id
    with pytest.raises(ValidationError) as error:
        reps.add_present(uninformed, PresentRole.MANTELZORGER, True)
    assert error.value.field == "handover"
    intake_id = informed_intake(kit)
    kept = reps.add_present(intake_id, PresentRole.BUUR_VRIEND, True)
    kit.review.close(intake_id, IntakeStatus.NOT_PURSUED)
    with pytest.raises(ValidationError) as error:
        reps.add_present(intake_id, PresentRole.PARTNER, True)
    assert error.value.field == "status"
    with pytest.raises(ValidationError):
        reps.remove_present(intake_id, kept.id)
    clock.value += timedelta(days=kit.service.profile.retention.not_pursued_grace_days + 1)
    assert kit.review.purge_not_pursued() == [intake_id]
    assert reps.present(intake_id) == []
