"""The agency profile: everything about the organisation the app needs, and no citizen data.

Signed by the agency (see ``app/services/profile_signing.py``) and described field by field in
``docs/profile-format.md``. Parsing and validation live in ``app/domain/profile_parse.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

FORMAT = "keukentafel-profile/1"


class Law(enum.StrEnum):
    WMO = "wmo"
    JEUGDWET = "jeugdwet"
    PARTICIPATIEWET = "participatiewet"
    WGS = "wgs"


class Role(enum.StrEnum):
    """The *pet*: toeleiding for the college, or the team's own hulpverlening."""

    TOELEIDING = "toeleiding"
    HULPVERLENING = "hulpverlening"


@dataclass(frozen=True)
class Contact:
    name: str
    address: str
    phone: str
    email: str
    website: str = ""


@dataclass(frozen=True)
class Controller:
    """Verwerkingsverantwoordelijke for one role; ``public`` decides the remedy route."""

    name: str
    address: str
    phone: str
    email: str
    public: bool


@dataclass(frozen=True)
class Team:
    id: str
    name: str


@dataclass(frozen=True)
class ComplaintRoute:
    kind: str  # klachtenloket | ombudsman | autoriteit_persoonsgegevens | bezwaar | rechter
    name: str
    contact: str


@dataclass(frozen=True)
class Retention:
    wmo_years: int
    jeugd_years: int
    purge_after_handover_days: int
    personal_note_days: int
    idle_lock_minutes: int
    domain_scope_review_days: int


@dataclass(frozen=True)
class HelpRequestType:
    id: str
    label: str
    law: Law
    complex: bool
    domains: tuple[str, ...]


@dataclass(frozen=True)
class ChildDomain:
    id: str
    label: str


@dataclass(frozen=True)
class StatutoryRecipient:
    id: str
    name: str
    kind: str
    legal_basis: str


@dataclass(frozen=True)
class RecipientOrganisation:
    id: str
    name: str
    role: str


@dataclass(frozen=True)
class DocumentText:
    id: str
    version: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class RosterWorker:
    id: str
    name: str
    role: str
    team: str
    employer: str
    age_public_key: str
    vaste_vervanger: str


@dataclass(frozen=True)
class AgencyProfile:
    id: str
    version: int
    issued: date
    demo: bool
    mapping_version: str
    organisation: Contact
    controllers: dict[Role, Controller]
    teams: tuple[Team, ...]
    privacy_contact: Contact
    fg: Contact
    complaint_routes: tuple[ComplaintRoute, ...]
    retention: Retention
    help_request_types: tuple[HelpRequestType, ...]
    child_domains: tuple[ChildDomain, ...]
    statutory_recipients: tuple[StatutoryRecipient, ...]
    recipient_organisations: tuple[RecipientOrganisation, ...]
    medical_words: tuple[str, ...]
    documents: tuple[DocumentText, ...]
    roster: tuple[RosterWorker, ...]
    case_system_key: str
    recovery_key: str | None

    def worker(self, worker_id: str) -> RosterWorker | None:
        return next((w for w in self.roster if w.id == worker_id), None)

    def help_request_type(self, type_id: str) -> HelpRequestType | None:
        return next((t for t in self.help_request_types if t.id == type_id), None)

    def controller(self, role: Role) -> Controller:
        return self.controllers[role]
