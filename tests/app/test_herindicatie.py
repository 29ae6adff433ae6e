"""Herindicatie (issue 5; DESIGN section 5, Wmo 2015 art. 5.1.1 lid 4): a new intake in an
existing dossier starts empty; beside it, read-only and dated, only earlier records of the same
law and role — no notes, no meldcode signals, nothing of purged intakes or withdrawn domains."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.herindicatie import PastIntake, earlier_for
from app.domain.intake import Acknowledgement, Compartment, IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.domain.scope import Trigger
from app.domain.visit_records import MeldcodeKind
from app.domain.zrm import domain_name
from app.services.herindicatie import HerindicatieService
from app.services.session import Session
from app.storage import audit
from tests.support.intake import ALL_ITEMS, Clock, Intakes, informed_intake, intakes

ON = date(2026, 3, 2)
ADL = "instrumentele_adl"
SIGNED = Acknowledgement.SIGNED


def _count(session: Session, sql: str) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


def _first_visit(kit: Intakes, clock: Clock) -> str:
    """A Wmo intake with everything an intake can hold, broken off at the end."""
    intake_id = informed_intake(kit)
    kit.records.add_note(
        intake_id, "Notitie-inhoud-X1", NoteKind.FACT, NoteSource.CITIZEN, ON, domain=ADL
    )
    kit.records.add_note(
        intake_id, "Persoonlijk-X2", NoteKind.OBSERVATION, NoteSource.WORKER, ON,
        compartment=Compartment.PERSONAL,
    )  # fmt: skip
    kit.records.add_limitation(intake_id, ADL, "Kan niet tillen", "inwoner")
    kit.service.score_domain(intake_id, ADL, 2, "Gesprek aan tafel", ON)
    kit.records.record_meldcode(intake_id, MeldcodeKind.DOMESTIC_VIOLENCE, "Signaal-X3", {})
    clock.value += timedelta(hours=2)
    kit.review.close(intake_id, IntakeStatus.BROKEN_OFF, True, "Wil eerst zelf proberen")
    return intake_id


def test_herindicatie_reuses_the_dossier_and_copies_nothing(session: Session) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    herindicatie = HerindicatieService(kit.service)
    first = _first_visit(kit, clock)
    old = kit.service.get(first)
    assert old is not None
    clock.value += timedelta(days=300)
    new = herindicatie.start(old.dossier_id, IntakeMode.SINGLE)
    assert (new.dossier_id, new.citizen_id) == (old.dossier_id, old.citizen_id)
    assert new.id != first
    assert kit.service.law(new.id) is Law.WMO
    assert _count(session, "SELECT count(*) FROM dossier") == 1  # reused, not copied
    for table in ("help_request", "note", "limitation", "zrm_score", "meldcode_signal"):
        count = _count(session, f"SELECT count(*) FROM {table} WHERE intake_id = '{new.id}'")  # noqa: S608
        assert count == 0, table
    assert not kit.service.handover(new.id)  # information first, again
    kit.service.record_handover(new.id, "2026.1", "nl", "papier", ALL_ITEMS, SIGNED)
    assert kit.service.assessment(new.id).value(ADL) is None  # niet beoordeeld, re-asked
    assert [i.id for i in kit.service.intakes_for(old.citizen_id)] == [new.id, first]


def test_herindicatie_keeps_the_dossiers_citizen_law_and_role(session: Session) -> None:
    kit = intakes(session)
    first = informed_intake(kit, name="Ans Proef")
    old = kit.service.get(first)
    assert old is not None
    other = session.caseload.add_citizen("Bert Proef")
    for citizen_id, law, role in (
        (other.id, Law.WMO, Role.TOELEIDING),
        (old.citizen_id, Law.JEUGDWET, Role.TOELEIDING),
        (old.citizen_id, Law.WMO, Role.HULPVERLENING),
    ):
        with pytest.raises(ValidationError) as error:
            kit.service.start_intake(
                citizen_id, law, role, IntakeMode.SINGLE, dossier_id=old.dossier_id
            )
        assert error.value.field == "dossier"
    with pytest.raises(ValidationError):
        HerindicatieService(kit.service).start("no-such-dossier")
    assert len(kit.service.intakes_for(old.citizen_id)) == 1  # nothing half-written


def test_herindicatie_shows_earlier_records_of_the_same_law_each_with_its_date(
    session: Session,
) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    herindicatie = HerindicatieService(kit.service)
    first = _first_visit(kit, clock)
    old = kit.service.get(first)
    assert old is not None
    # The same citizen under the Jeugdwet and in the team's own help: never shown in a Wmo one.
    for law, role, words in (
        (Law.JEUGDWET, Role.TOELEIDING, "Jeugdwet-woorden-X4"),
        (Law.WMO, Role.HULPVERLENING, "Hulpverlening-woorden-X5"),
    ):
        other = kit.service.start_intake(old.citizen_id, law, role, IntakeMode.SINGLE)
        kit.service.record_handover(other.id, "2026.1", "nl", "papier", ALL_ITEMS, SIGNED)
        kit.service.add_help_request(other.id, words, "huishoudelijke-hulp")
    clock.value += timedelta(days=300)
    new = herindicatie.start(old.dossier_id)
    (earlier,) = herindicatie.earlier_records(new.id)
    assert earlier.intake_id == first
    assert earlier.started_at == old.started_at
    assert (earlier.outcome, earlier.closed_at) == (
        "broken off",
        old.started_at + timedelta(hours=2),
    )
    assert [(h.words, h.on) for h in earlier.help_requests] == [
        ("Ik kan het huis niet meer schoonhouden", old.started_at.date())
    ]
    assert [(x.domain, x.description, x.on) for x in earlier.limitations] == [
        (domain_name(ADL), "Kan niet tillen", old.started_at.date())
    ]
    assert [(s.label.split(" ")[0], s.basis, s.on) for s in earlier.scores] == [
        ("2", "Gesprek aan tafel", ON)
    ]
    shown = repr(earlier)
    for hidden in ("X1", "X2", "X3", "X4", "X5"):  # notes, personal notes, meldcode, other law
        assert hidden not in shown, hidden
    views = [e for e in session.vault.db.run(audit.events) if e.action == "view_earlier_records"]
    assert [(e.object_type, e.object_id) for e in views] == [("intake", new.id)]


def test_herindicatie_shows_nothing_of_purged_intakes_or_withdrawn_domains(
    session: Session,
) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    herindicatie = HerindicatieService(kit.service)
    purged = informed_intake(kit)
    citizen_id = kit.service.get(purged).citizen_id  # type: ignore[union-attr]
    kit.review.close(purged, IntakeStatus.NOT_PURSUED)
    clock.value += timedelta(days=400)
    assert kit.review.purge_not_pursued() == [purged]
    kept = kit.service.start_intake(citizen_id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE)
    kit.service.record_handover(kept.id, "2026.1", "nl", "papier", ALL_ITEMS, SIGNED)
    kit.service.add_help_request(kept.id, "Hulp bij het huis", "huishoudelijke-hulp")
    kit.service.propose_domain(kept.id, "sociaal_netwerk", Trigger.CITIZEN_RAISED, "eenzaam")
    kit.service.answer_domain(kept.id, "sociaal_netwerk", agreed=True)
    kit.service.score_domain(kept.id, "sociaal_netwerk", 2, "Ingetrokken-X6", ON)
    kit.service.score_domain(kept.id, ADL, 3, "Blijft", ON)
    kit.service.withdraw_domain(kept.id, "sociaal_netwerk")
    clock.value += timedelta(days=30)
    new = herindicatie.start(kept.dossier_id)
    records = herindicatie.earlier_records(new.id)
    assert [r.intake_id for r in records] == [kept.id]  # the purged one is not there
    assert [s.basis for s in records[0].scores] == ["Blijft"]


def test_herindicatie_selection_rule_same_law_and_role_before_now_not_purged() -> None:
    from datetime import UTC, datetime

    def past(
        i: str, law: Law, role: Role, day: int, status: str = "afgerond", purge: str | None = None
    ) -> PastIntake:
        return PastIntake(
            i, "d", law, role, datetime(2026, 1, day, tzinfo=UTC), status, None, purge
        )

    current = past("now", Law.WMO, Role.TOELEIDING, 20, "open")
    others = [
        current,
        past("a", Law.WMO, Role.TOELEIDING, 1),
        past("b", Law.WMO, Role.TOELEIDING, 5, "niet_doorgezet"),  # purged: no purge date left
        past("c", Law.WMO, Role.TOELEIDING, 6, "niet_doorgezet", "2026-02-01"),  # in grace
        past("d", Law.JEUGDWET, Role.TOELEIDING, 7),
        past("e", Law.WMO, Role.HULPVERLENING, 8),
        past("f", Law.WMO, Role.TOELEIDING, 25),  # later than this one
        past("g", Law.WMO, Role.TOELEIDING, 10, "afgebroken"),
    ]
    assert [p.id for p in earlier_for(current, others)] == ["g", "c", "a"]
