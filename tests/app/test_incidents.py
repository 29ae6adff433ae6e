"""Privacy incidents: recorded without names, with the agency's procedure shown and a task due
within the agency's hours (issue 8; R-002-31). Every name is fictional."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.domain.citizen import ValidationError
from app.services import session as session_mod
from app.services.incidents import (
    IncidentDraft,
    IncidentKind,
    IncidentService,
    check_no_names,
    procedure,
)
from app.services.session import Session
from app.services.tasks import TaskService
from app.storage import audit
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.intake import Clock, intakes
from tests.support.pdf import check_pdf, pdf_text


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(vault_folder: Path, clock: Clock) -> Iterator[Session]:
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF, now=clock)
    yield s
    if not s.locked:
        s.lock()


def _service(session: Session, clock: Clock, breach: bool = True) -> IncidentService:
    profile = intakes(session, clock).service.profile
    if not breach:
        profile = replace(profile, breach=None)
    return IncidentService(session.vault.db, session.trail, profile, clock)


def _draft(clock: Clock, **changes: object) -> IncidentDraft:
    base = IncidentDraft(
        IncidentKind.LOST_DEVICE,
        date(2026, 11, 22),
        clock.value - timedelta(hours=2),
        ("contact", "health"),
        12,
        "Laptop in de trein laten liggen; de kluis was vergrendeld.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_r002_31_incident_is_recorded_with_a_task_within_the_agency_hours(
    session: Session, clock: Clock
) -> None:
    service = _service(session, clock)
    incident = service.record(_draft(clock))
    assert incident.kind == "lost_device"
    assert incident.categories == ("contact", "health")
    assert incident.citizens_estimate == 12
    task = TaskService(session.vault.db, session.trail, clock).get(incident.task_id or "")
    assert task is not None
    assert task.kind == "privacy_incident"
    hours = service.profile.breach.report_within_hours  # type: ignore[union-attr]
    assert task.due_on == (clock.value + timedelta(hours=hours)).astimezone().date()
    assert task.citizen_id is None  # tasks hold no personal data
    events = {(e.action, e.object_type, e.object_id) for e in session.vault.db.run(audit.events)}
    assert ("create", "privacy_incident", incident.id) in events
    assert [i.id for i in service.incidents()] == [incident.id]


def test_r002_31_the_form_shows_the_agency_procedure_or_the_fg(
    session: Session, clock: Clock
) -> None:
    shown = _service(session, clock).procedure()
    assert shown.from_profile
    assert shown.report_within_hours == 4
    assert any("Meldpunt datalekken" in c.role for c in shown.contacts)
    assert shown.steps[0].startswith("Meld het incident")
    fallback = _service(session, clock, breach=False).procedure()
    assert not fallback.from_profile
    profile = _service(session, clock).profile
    assert {c.name for c in fallback.contacts} == {profile.privacy_contact.name, profile.fg.name}
    assert procedure(replace(profile, breach=None)) == fallback


def test_r002_31_names_case_numbers_and_bsns_are_refused(session: Session, clock: Clock) -> None:
    citizen = session.caseload.add_citizen("Fictief Datalekma")
    service = _service(session, clock)
    for text in (
        "Brief over fictief datalekma naar verkeerd adres",
        f"Map van {citizen.case_number} kwijt",
        "Papier met nummer 111222333 erop",
    ):
        with pytest.raises(ValidationError) as error:
            service.record(_draft(clock, what_happened=text))
        assert error.value.field == "what_happened"
        assert "Datalekma" not in str(error.value)
        assert citizen.case_number not in str(error.value)
    with pytest.raises(ValidationError):
        service.record(_draft(clock, measures="Fictief Datalekma gebeld"))
    assert service.incidents() == []  # nothing half-written
    assert check_no_names("x", "Twaalf brieven naar het verkeerde adres", ["Fictief Datalekma"])


def test_r002_31_bad_dates_and_categories_are_refused(session: Session, clock: Clock) -> None:
    service = _service(session, clock)
    cases = [
        ({"happened_on": date(2026, 11, 24)}, "happened_on"),
        ({"discovered_at": clock.value + timedelta(days=1)}, "discovered_at"),
        ({"categories": ()}, "categories"),
        ({"categories": ("gezondheid?",)}, "categories"),
        ({"what_happened": "  "}, "what_happened"),
        ({"reported_to": "Meldpunt"}, "reported_to"),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationError) as error:
            service.record(_draft(clock, **changes))
        assert error.value.field == field


def test_r002_31_reporting_is_recorded_and_the_summary_has_no_citizen_data(
    session: Session, clock: Clock
) -> None:
    session.caseload.add_citizen("Zzyzx Sentinelsma")
    service = _service(session, clock)
    incident = service.record(_draft(clock))
    at = datetime(2026, 11, 23, 11, 0, tzinfo=clock.value.tzinfo)
    reported = service.mark_reported(incident.id, "Meldpunt datalekken", at, "Laptop geblokkeerd")
    assert (reported.reported_to, reported.reported_at) == ("Meldpunt datalekken", at)
    assert reported.measures == "Laptop geblokkeerd"
    lines = dict(service.summary(reported))
    assert lines["Citizens affected (about)"] == "12"
    assert lines["Kinds of data"] == "Name and contact details, Health and limitations"
    pdf = service.summary_pdf(reported)
    check_pdf(pdf)
    text = pdf_text(pdf)
    assert "Zzyzx" not in text
    assert "Meldpunt datalekken Voorbeeldstad" in text  # the procedure's contacts
    actions = [
        (e.action, e.object_type) for e in session.vault.db.run(audit.events)
        if e.object_id == incident.id
    ]  # fmt: skip
    assert actions == [
        ("create", "privacy_incident"),
        ("edit", "privacy_incident"),
        ("export", "privacy_incident"),
    ]
