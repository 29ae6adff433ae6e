"""Earlier records under another law in a Wmo assessment (issue 7; R-004-10, R-004-11).

Every name is fictional; the clock is injected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.consent_record import Decision
from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
)
from app.domain.intake import IntakeMode
from app.domain.profile import Law, Role
from app.services.consents import ConsentService
from app.services.other_law import OtherLawService, cites_lid_4
from app.services.session import Session
from app.storage import audit
from tests.support.intake import ALL_ITEMS, Acknowledgement, Clock, intakes

NEED = "Tijdens het gesprek bleek een vraag over de opvoeding van de zoon"


@dataclass
class World:
    service: OtherLawService
    consents: ConsentService
    session: Session
    clock: Clock
    wmo_old: str
    jeugd: str
    current: str


def lid4_terms(law: str = "Wmo 2015 art. 5.1.1 lid 4", kind: ConsentKind = ConsentKind.WETTELIJK
               ) -> ConsentTerms:  # fmt: skip
    return ConsentTerms(
        kind=kind,
        direction=Direction.OPVRAGEN,
        controller="",
        party=Party("Jeugdteam Voorbeeldstad", "jeugdteam"),
        items=("Welke hulp het jeugdteam eerder bood",),
        purpose=NEED,
        law=law,
        valid_until=date(2027, 5, 31),
        grantor="Fictief Voorbeeld",
        capacity=GrantorCapacity.INWONER,
        method=Method.SCHRIFTELIJK,
        necessity=True,
        subsidiarity=True,
        proportionality=True,
        explained=True,
    )


@pytest.fixture
def world(session: Session) -> World:
    clock = Clock()
    kit = intakes(session, clock)
    citizen = session.caseload.add_citizen("Fictief Voorbeeld")

    def start(law: Law) -> str:
        intake = kit.service.start_intake(citizen.id, law, Role.TOELEIDING, IntakeMode.SINGLE)
        kit.service.record_handover(
            intake.id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED
        )
        clock.value += timedelta(days=30)
        return intake.id

    wmo_old, jeugd, current = start(Law.WMO), start(Law.JEUGDWET), start(Law.WMO)
    kit.service.add_help_request(wmo_old, "Ik kom de trap niet meer op", "woningaanpassing")
    db, trail, profile = session.vault.db, session.trail, kit.service.profile
    return World(
        OtherLawService(db, trail, profile, clock),
        ConsentService(db, trail, profile, clock),
        session,
        clock,
        wmo_old,
        jeugd,
        current,
    )


def test_r004_10_cites_lid_4_only_for_the_wmo_article() -> None:
    assert cites_lid_4("Wmo 2015 art. 5.1.1  lid 4")
    assert not cites_lid_4("Wmo 2015 art. 5.1.1 lid 5")
    assert not cites_lid_4("Jeugdwet art. 7.4.0")


def test_r004_11_other_law_records_hidden_until_a_need_is_recorded_each_shown_with_its_date(
    world: World,
) -> None:
    shown = world.service.earlier(world.current)
    assert [(r.intake_id, r.law, r.same_law) for r in shown] == [(world.wmo_old, Law.WMO, True)]
    assert shown[0].started_at.date() == date(2026, 11, 23)
    assert not world.service.may_use(world.current, world.jeugd)
    with pytest.raises(ValidationError, match=r"5\.1\.1 lid 4"):
        world.service.record_need(world.current, lid4_terms(law="AVG art. 6 lid 1 sub a"))
    assert not world.service.need_recorded(world.current)
    world.service.record_need(world.current, lid4_terms())
    assert world.service.need_recorded(world.current)
    shown = world.service.earlier(world.current)
    assert [(r.intake_id, r.law, r.same_law) for r in shown] == [
        (world.jeugd, Law.JEUGDWET, False),
        (world.wmo_old, Law.WMO, True),
    ]


def test_r004_10_other_law_record_blocked_in_a_wmo_assessment_without_valid_lid_4_consent(
    world: World,
) -> None:
    form = world.service.record_need(world.current, lid4_terms())
    with pytest.raises(ValidationError, match=r"art\. 5\.1\.1 lid 4"):
        world.service.open_record(world.current, world.jeugd, "Vraag over de opvoeding")
    refused = world.consents.record_decision(form.id, Decision.DENY, Method.SCHRIFTELIJK)
    assert not world.service.may_use(world.current, world.jeugd)
    assert refused.decision is Decision.DENY
    again = world.service.record_need(world.current, lid4_terms())
    given = world.consents.record_decision(again.id, Decision.PERMIT, Method.SCHRIFTELIJK)
    opened = world.service.open_record(world.current, world.jeugd, "Vraag over de opvoeding")
    assert (opened.intake_id, opened.law) == (world.jeugd, Law.JEUGDWET)
    world.consents.withdraw(given.id, world.clock(), Method.MONDELING, "de inwoner")
    assert not world.service.may_use(world.current, world.jeugd)


def test_r004_11_an_old_report_needs_a_reason_to_open_and_the_opening_is_audited_with_ids_only(
    world: World,
) -> None:
    with pytest.raises(ValidationError):
        world.service.content(world.current, world.wmo_old, "   ")
    report = world.service.content(world.current, world.wmo_old, "Eerdere trapvraag nakijken")
    assert report.intake_id == world.wmo_old
    assert [h.words for h in report.help_requests] == ["Ik kom de trap niet meer op"]
    events = world.session.vault.db.run(lambda c: audit.events(c))
    opened = [(e.object_type, e.object_id) for e in events if e.action == "open_earlier_record"]
    assert opened == [("intake", world.wmo_old)]
    text = " ".join(f"{e.action} {e.object_type} {e.object_id}" for e in events)
    assert "trap" not in text
    assert "nakijken" not in text


def test_r004_11_a_record_not_listed_cannot_be_opened(world: World) -> None:
    with pytest.raises(ValidationError, match="not available"):
        world.service.open_record(world.current, world.jeugd, "Nieuwsgierig")
    with pytest.raises(ValidationError, match="not available"):
        world.service.open_record(world.wmo_old, world.current, "Later gesprek")
