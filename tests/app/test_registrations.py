"""Other registrations and case-meeting reports for "Wat wij van u vastleggen" (R-002-28,
R-003-12). Every name is fictional."""

from __future__ import annotations

import pytest

from app.domain.citizen import ValidationError
from app.services.registrations import RegistrationService
from app.services.session import Session
from app.storage import audit
from tests.support.intake import Clock, informed_intake, intakes


def _kit(session: Session) -> tuple[RegistrationService, str, Clock]:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Register")
    clock = Clock()
    return RegistrationService(session.vault.db, session.trail, clock), intake_id, clock


def test_r002_28_registration_elsewhere_is_kept_listed_and_audited(session: Session) -> None:
    service, intake_id, _ = _kit(session)
    item = service.add(
        intake_id,
        "registratie",
        "Schuldhulp Proefstad (fictief)",
        "  aanmelding   schuldhulp ",
        "Schuldhulp Proefstad",
    )
    assert item.description == "aanmelding schuldhulp"  # whitespace folded
    listed = service.list_for(intake_id)
    assert [(r.kind, r.organisation, r.kept_by) for r in listed] == [
        ("registratie", "Schuldhulp Proefstad (fictief)", "Schuldhulp Proefstad")
    ]
    events = session.vault.db.run(lambda c: audit.events(c))
    created = [e for e in events if e.object_type == "other_registration"]
    assert [(e.action, e.object_id) for e in created] == [("create", item.id)]


def test_r003_12_case_meeting_report_location_and_remove(session: Session) -> None:
    service, intake_id, clock = _kit(session)
    first = service.add(
        intake_id, "casusoverleg_verslag", "Wijkteam Zuid", "verslag casusoverleg", "Wijkteam Zuid"
    )
    clock.value = clock.value.replace(hour=11)
    second = service.add(
        intake_id, "registratie", "Woonstichting", "huurachterstand", "Woonstichting"
    )
    assert [r.id for r in service.list_for(intake_id)] == [first.id, second.id]
    service.remove(first.id)
    assert [r.id for r in service.list_for(intake_id)] == [second.id]
    with pytest.raises(ValidationError):
        service.remove(first.id)
    events = session.vault.db.run(lambda c: audit.events(c))
    assert any(e.action == "delete" and e.object_id == first.id for e in events)


@pytest.mark.parametrize(
    ("kind", "organisation", "description", "kept_by", "field"),
    [
        ("registratie", "", "iets", "ergens", "organisation"),
        ("registratie", "Org", "   ", "ergens", "description"),
        ("registratie", "Org", "iets", "", "kept_by"),
        ("onbekend", "Org", "iets", "ergens", "kind"),
        ("registratie", "Org", "dossier 111 222 333", "ergens", "description"),
        ("registratie", "Org", "x" * 301, "ergens", "description"),
    ],
)
def test_r002_28_bad_input_is_refused_and_nothing_written(
    session: Session, kind: str, organisation: str, description: str, kept_by: str, field: str
) -> None:
    service, intake_id, _ = _kit(session)
    with pytest.raises(ValidationError) as refused:
        service.add(intake_id, kind, organisation, description, kept_by)
    assert refused.value.field == field
    assert "111" not in str(refused.value)  # never echoes the number
    assert service.list_for(intake_id) == []


def test_unknown_intake_is_refused(session: Session) -> None:
    service, _, _ = _kit(session)
    with pytest.raises(ValidationError):
        service.add("nope", "registratie", "Org", "iets", "ergens")


def test_registrations_go_with_their_intake(session: Session) -> None:
    service, intake_id, _ = _kit(session)
    service.add(intake_id, "registratie", "Org", "iets", "ergens")
    session.vault.db.transaction(
        lambda c: c.execute("DELETE FROM intake WHERE id = ?", (intake_id,))
    )
    assert service.list_for(intake_id) == []
