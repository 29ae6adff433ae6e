"""Builders for intake tests: the three intake services on a real vault, and an informed intake.

Every name and text is fictional (the sentinel surname of ``tests/support/files.py`` where a
test looks for leaks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.domain.intake import CHECKLIST, Acknowledgement, IntakeMode
from app.domain.profile import AgencyProfile, Law, Role
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.intake_review import IntakeReview
from app.services.profiles import install_profile, shipped_profiles
from app.services.session import Session

ALL_ITEMS = tuple(CHECKLIST)


class Clock:
    """A settable clock for purge and expiry tests."""

    def __init__(self, start: datetime = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value


@dataclass
class Intakes:
    service: IntakeService
    records: IntakeRecords
    review: IntakeReview
    session: Session


def with_needs(profile: AgencyProfile, type_id: str, needs: tuple[str, ...]) -> AgencyProfile:
    """The profile with ``needs`` on one help-request type (independent of the demo data)."""
    types = tuple(
        replace(t, needs=needs) if t.id == type_id else t for t in profile.help_request_types
    )
    return replace(profile, help_request_types=types)


def intakes(
    session: Session,
    now: Callable[[], datetime] | None = None,
    adjust: Callable[[AgencyProfile], AgencyProfile] = lambda p: p,
) -> Intakes:
    verified = install_profile(session, next(c for c in shipped_profiles() if c.demo))
    service = IntakeService(
        session.vault.db, session.trail, adjust(verified.profile), now or session.now
    )
    return Intakes(service, IntakeRecords(service), IntakeReview(service), session)


def informed_intake(
    kit: Intakes,
    type_id: str | None = "huishoudelijke-hulp",
    law: Law = Law.WMO,
    role: Role = Role.TOELEIDING,
    mode: IntakeMode = IntakeMode.SINGLE,
    name: str = "Jan Voorbeeld",
) -> str:
    """A started intake with the information given and (unless ``type_id`` is None) a request."""
    citizen = kit.session.caseload.add_citizen(name)
    intake_id = kit.service.start_intake(citizen.id, law, role, mode).id
    kit.service.record_handover(
        intake_id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED
    )
    if type_id is not None:
        kit.service.add_help_request(intake_id, "Ik kan het huis niet meer schoonhouden", type_id)
    return intake_id
