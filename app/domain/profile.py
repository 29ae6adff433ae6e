"""The agency profile: everything about the organisation the app needs, and no citizen data.

Signed by the agency (see ``app/services/profile_signing.py``) and described field by field in
``docs/profile-format.md``. Parsing and validation live in ``app/domain/profile_parse.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from app.domain.procedure import WMO, Procedure
from app.domain.profile_accountability import BreachProcedure, Reporting
from app.domain.zrm import DOMAINS, ZrmDomain

FORMAT = "keukentafel-profile/1"
# The language variants of a citizen-facing text (DESIGN section 7); Dutch B1 is required.
LANGUAGES = ("nl", "nl-easy", "en")
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 15  # BIO: a workstation locks after at most 15 minutes


class Law(enum.StrEnum):
    """The statute a help request falls under; it decides retention and the legal basis."""

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
    """Who citizens write to; printed on the papers, so every part but the website is required."""

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
    """Statutory terms bind the case system; the laptop only purges and locks (DESIGN 1, 4)."""

    wmo_years: int
    jeugd_years: int
    purge_after_handover_days: int
    personal_note_days: int
    domain_scope_review_days: int
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    # An intake closed as "niet doorgezet" keeps its content this long, then a contact
    # registration only (DESIGN section 1 "Retention").
    not_pursued_grace_days: int = 14
    # Case-meeting details are purged this long after the meeting; an outcome line stays
    # (R-003-13).
    case_meeting_detail_days: int = 90
    # Access, triage and regie data are kept at most this long (R-001-24; at most 5 years).
    regie_max_years: int = 5
    # A dossier never handed over to the case system gets a review task this often (issue 8).
    dossier_review_days: int = 365
    # Selectielijst gemeenten 2020: an uitkering/inkomensvoorziening 10 years, schuldhulp 5.
    participatiewet_years: int = 10
    wgs_years: int = 5

    def statutory_years(self, law: str) -> int:
        """The term for a dossier under ``law`` (a ``Law`` value)."""
        return {
            "jeugdwet": self.jeugd_years,
            "participatiewet": self.participatiewet_years,
            "wgs": self.wgs_years,
        }.get(law, self.wmo_years)


@dataclass(frozen=True)
class Casework:
    """The optional ``[casework]`` table: task terms, and the days a royal decree adds to the
    Algemene termijnenwet feestdagen (Atw art. 3 lid 3)."""

    inform_network_person_days: int = 14
    atw_extra_days: frozenset[date] = frozenset()


@dataclass(frozen=True)
class HelpRequestType:
    """A type from the agency list; ``domains`` open when a help request of this type is made.

    ``complex`` marks a meervoudige hulpvraag (wijkteam); a single Wmo request may not link
    the criminal, addiction, household-relations or child domains.
    """

    id: str
    label: str
    law: Law
    complex: bool
    domains: tuple[str, ...]
    # First-contact fields this type needs beyond name and contact (R-000-14): a subset of
    # NEEDS. Without a need, the form shows no BSN, identity, income or residence field.
    needs: tuple[str, ...] = ()


# What a help-request type may need beyond the minimal first-contact fields (R-000-14).
NEEDS = ("bsn", "identiteit", "inkomen", "verblijfsstatus")
# Decision points that show the agency's short guidance (R-002-29), in the order of the flow.
GUIDANCE_POINTS = (
    "informatie",
    "hulpvraag",
    "domein",
    "andere_zorgen",
    "zrm",
    "medisch",
    "meldcode",
    "terugkijken",
    "afsluiten",
    "privacyprotocol",
)


@dataclass(frozen=True)
class ChildDomain:
    """An agency extra domain about minors, opened only when the household has children."""

    id: str
    label: str


@dataclass(frozen=True)
class StatutoryRecipient:
    """A *wettelijke verstrekking*: receives data by law, without consent (Wmo 5.2.1)."""

    id: str
    name: str
    kind: str
    legal_basis: str
    # Kinds of catalogue item the law lets it receive (STATUTORY_ITEM_KINDS); none: only
    # *dat*-information (that there is contact, and who).
    items: tuple[str, ...] = ()


# Catalogue item kinds a statutory recipient may be given (the part of an item key before ":").
STATUTORY_ITEM_KINDS = (
    "dat", "help_request", "note", "limitation", "zrm", "network_person", "medical_advice",
)  # fmt: skip


@dataclass(frozen=True)
class RecipientOrganisation:
    """An organisation a consent form may name (never "alle instanties")."""

    id: str
    name: str
    role: str


@dataclass(frozen=True)
class DocumentText:
    """A citizen-facing text by id, with the text version in use per language variant.

    The texts themselves are files (``resources/documents/<id>/<language>-<version>``); the
    profile only fixes which version each printed paper must carry.
    """

    id: str
    versions: tuple[tuple[str, str], ...]  # (language, version), in LANGUAGES order
    # The agency's own wording for single paragraphs: (language, key, text).
    overrides: tuple[tuple[str, str, str], ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language, _ in self.versions)

    def version(self, language: str) -> str | None:
        return dict(self.versions).get(language)

    def override(self, language: str, key: str) -> str | None:
        return next((t for lang, k, t in self.overrides if lang == language and k == key), None)


@dataclass(frozen=True)
class PaperSettings:
    """The optional ``[paper]`` table: facts the papers print that nothing else holds."""

    # The municipal case system the dossier moves to after the conversation ("" = not named;
    # the information sheet then refuses to print, naming this field).
    case_system: str = ""
    # Whether personal work notes are part of an inzage answer (DESIGN section 1).
    personal_notes_in_inzage: bool = False


@dataclass(frozen=True)
class RosterWorker:
    """A worker who may own a vault; bundles for them are encrypted to ``age_public_key``."""

    id: str
    name: str
    role: str
    team: str
    employer: str
    age_public_key: str
    vaste_vervanger: str


@dataclass(frozen=True)
class AgencyProfile:
    """One version of one agency's profile, as validated by ``parse_profile``."""

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
    # Justitie content in a Wmo-only dossier (AVG art. 10): off unless the agency enables it.
    justitie_in_wmo: bool = False
    # Short offline guidance per decision point of GUIDANCE_POINTS, as (point, text).
    guidance: tuple[tuple[str, str], ...] = ()
    casework: Casework = Casework()
    # The agency's own procedures for laws without a built-in one (``[procedure.jeugdwet]``).
    procedures: tuple[Procedure, ...] = ()
    paper: PaperSettings = PaperSettings()
    # What a worker does after a privacy incident (``[privacy.breach]``; None: name the FG).
    breach: BreachProcedure | None = None
    reporting: Reporting = field(default_factory=Reporting)

    def worker(self, worker_id: str) -> RosterWorker | None:
        """The roster entry, or None for an id the agency does not (or no longer) list."""
        return next((w for w in self.roster if w.id == worker_id), None)

    def help_request_type(self, type_id: str) -> HelpRequestType | None:
        return next((t for t in self.help_request_types if t.id == type_id), None)

    def controller(self, role: Role) -> Controller:
        return self.controllers[role]

    def document(self, document_id: str) -> DocumentText | None:
        return next((d for d in self.documents if d.id == document_id), None)

    def guidance_for(self, point: str) -> str:
        """The agency's guidance text for ``point``, or "" when it gives none."""
        return dict(self.guidance).get(point, "")

    def procedure(self, law: Law) -> Procedure | None:
        """The built-in Wmo 2015 procedure, the agency's own for another law, or None."""
        if law is Law.WMO:
            return WMO
        return next((p for p in self.procedures if p.law == law.value), None)

    def zrm_domains(self) -> tuple[ZrmDomain, ...]:
        """The 13 ZRM-2017 domains followed by this agency's child domains (DESIGN 5)."""
        extras = tuple(ZrmDomain(c.id, c.label, child=True) for c in self.child_domains)
        return DOMAINS + extras
