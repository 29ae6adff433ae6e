"""A disclosure: data that left (or was given orally) to a third party, and its ground
(issue 7; DESIGN section 1 "Sharing"; R-003-04, R-003-19, R-000-27/29/30, R-002-19/20).

Every share has exactly one ground: *wettelijk* (a statutory recipient of the agency profile,
for the kinds of data the profile lets it receive, or the controller's own processing),
*toestemming* (for EVERY item a consent record that covers recipient, direction and item at
the moment of the share) or *uitzondering* (a reason from the fixed :data:`ExceptionReason`
list, the legal ground, the minimum data, and when the citizen was told or why telling waits
until a review date). Entries are never edited: a correction is a new entry naming the one it
corrects. Channels are the ways data may travel; e-mail is not one of them (R-002-20).

Pure: no I/O, no Qt. :func:`check_draft` lists every problem at once.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.consent_record import ConsentEvent, ConsentRecord, covering, same_name
from app.domain.consent_terms import Direction
from app.domain.profile import AgencyProfile, StatutoryRecipient
from app.domain.selection import InfoKind, Item, Special
from app.i18n import QT_TRANSLATE_NOOP, translate


class GroundKind(enum.StrEnum):
    WETTELIJK = "wettelijk"
    TOESTEMMING = "toestemming"
    UITZONDERING = "uitzondering"


class Channel(enum.StrEnum):
    """How the data travelled. Never e-mail (R-002-20)."""

    MONDELING = "mondeling"
    TELEFONISCH = "telefonisch"
    OP_PAPIER = "op_papier"
    VERSLEUTELDE_BUNDEL = "versleutelde_bundel"
    CASUSOVERLEG = "casusoverleg"
    BEVEILIGD_KANAAL = "beveiligd_kanaal"


class ExceptionReason(enum.StrEnum):
    """The fixed list of reasons to share without consent (R-000-29, R-002-19). Efficiency,
    better service, a language barrier or suspected fraud are not reasons (R-004-24)."""

    VEILIG_THUIS = "veilig_thuis"
    KINDVEILIGHEID = "kindveiligheid"
    GEVAAR = "gevaar"
    RAAD_KINDERBESCHERMING = "raad_kinderbescherming"
    RECHTERLIJK_BEVEL = "rechterlijk_bevel"
    JEUGDBESCHERMINGSPLEIN = "jeugdbeschermingsplein"
    SISA = "sisa"
    VEILIGHEIDSHUIS = "veiligheidshuis"
    PGA_DESKUNDIGE = "pga_deskundige"
    VITAAL_BELANG = "vitaal_belang"


GROUND_TEXT = {
    GroundKind.WETTELIJK: QT_TRANSLATE_NOOP("Disclosure", "statutory provision"),
    GroundKind.TOESTEMMING: QT_TRANSLATE_NOOP("Disclosure", "consent"),
    GroundKind.UITZONDERING: QT_TRANSLATE_NOOP("Disclosure", "exception without consent"),
}
CHANNEL_TEXT = {
    Channel.MONDELING: QT_TRANSLATE_NOOP("Disclosure", "in person (oral)"),
    Channel.TELEFONISCH: QT_TRANSLATE_NOOP("Disclosure", "by telephone"),
    Channel.OP_PAPIER: QT_TRANSLATE_NOOP("Disclosure", "on paper"),
    Channel.VERSLEUTELDE_BUNDEL: QT_TRANSLATE_NOOP("Disclosure", "encrypted bundle"),
    Channel.CASUSOVERLEG: QT_TRANSLATE_NOOP("Disclosure", "in a case meeting"),
    Channel.BEVEILIGD_KANAAL: QT_TRANSLATE_NOOP("Disclosure", "the agency's secure channel"),
}
REASON_TEXT = {
    ExceptionReason.VEILIG_THUIS: QT_TRANSLATE_NOOP(
        "Disclosure", "Report to Veilig Thuis (meldrecht, meldcode)"
    ),
    ExceptionReason.KINDVEILIGHEID: QT_TRANSLATE_NOOP("Disclosure", "Safety of a child"),
    ExceptionReason.GEVAAR: QT_TRANSLATE_NOOP("Disclosure", "Danger to the citizen or others"),
    ExceptionReason.RAAD_KINDERBESCHERMING: QT_TRANSLATE_NOOP(
        "Disclosure", "Inquiry by the Raad voor de Kinderbescherming (OTS)"
    ),
    ExceptionReason.RECHTERLIJK_BEVEL: QT_TRANSLATE_NOOP("Disclosure", "Court order"),
    ExceptionReason.JEUGDBESCHERMINGSPLEIN: QT_TRANSLATE_NOOP(
        "Disclosure", "Jeugdbeschermingsplein"
    ),
    ExceptionReason.SISA: QT_TRANSLATE_NOOP("Disclosure", "SISA signal (young person)"),
    ExceptionReason.VEILIGHEIDSHUIS: QT_TRANSLATE_NOOP("Disclosure", "Veiligheidshuis check"),
    ExceptionReason.PGA_DESKUNDIGE: QT_TRANSLATE_NOOP(
        "Disclosure", "Expert for persons with confused behaviour (PGA)"
    ),
    ExceptionReason.VITAAL_BELANG: QT_TRANSLATE_NOOP(
        "Disclosure", "Vital interest (emergency only)"
    ),
}
SUGGESTED_GROUND = {
    ExceptionReason.VEILIG_THUIS: "Wmo 2015 art. 5.2.6; Wet verplichte meldcode",
    ExceptionReason.KINDVEILIGHEID: "Wmo 2015 art. 5.2.6; Jeugdwet art. 7.1.4.1",
    ExceptionReason.GEVAAR: "AVG art. 6 lid 1 sub d; conflict van plichten",
    ExceptionReason.RAAD_KINDERBESCHERMING: "BW art. 1:240 (onderzoek Raad)",
    ExceptionReason.RECHTERLIJK_BEVEL: "Wetboek van Strafvordering; rechterlijk bevel",
    ExceptionReason.JEUGDBESCHERMINGSPLEIN: "Jeugdwet art. 7.1.4.1; BW art. 1:240",
    ExceptionReason.SISA: "Jeugdwet art. 7.1.1.1 e.v.; Regeling Jeugdwet",
    ExceptionReason.VEILIGHEIDSHUIS: "Convenant Veiligheidshuis; AVG art. 6 lid 1 sub e",
    ExceptionReason.PGA_DESKUNDIGE: "Wet verplichte ggz art. 5:3; AVG art. 6 lid 1 sub e",
    ExceptionReason.VITAAL_BELANG: "AVG art. 6 lid 1 sub d / art. 9 lid 2 sub c",
}
# Reasons that need a written justification for this case (R-004-27, R-000-30).
NEEDS_JUSTIFICATION = frozenset({ExceptionReason.VITAAL_BELANG, ExceptionReason.SISA})
# Safety reasons: the citizen gets the sharing explained afterwards (explain_sharing task).
SAFETY_REASONS = frozenset(
    {
        ExceptionReason.VEILIG_THUIS,
        ExceptionReason.KINDVEILIGHEID,
        ExceptionReason.GEVAAR,
        ExceptionReason.VITAAL_BELANG,
        ExceptionReason.PGA_DESKUNDIGE,
    }
)
# What a Veiligheidshuis may hear: client yes/no, casusregisseur, open/closed (R-000-30).
VEILIGHEIDSHUIS_KEYS = frozenset({"dat:contact", "dat:worker", "dat:status"})
# Words in a housing corporation's request that mark enforcement, not help (R-004-23).
ENFORCEMENT_WORDS = ("handhaving", "enforcement", "fraude", "fraud", "onderhuur", "woonfraude")


def reason_text(reason: ExceptionReason) -> str:
    return translate("Disclosure", REASON_TEXT[reason])


@dataclass(frozen=True)
class SharedItem:
    """One item that left: the catalogue key and label, dat or wat, its special category and,
    for a special-category item, its own ground; for consent, the record that covered it."""

    key: str
    label: str
    info: InfoKind
    special: Special = Special.NONE
    ground: str = ""
    consent_id: str | None = None
    # The consent's named item this catalogue item is shared under ("Beperkingen bij het
    # lopen" for "Limitation (mobility)"): a consent names data in words, not catalogue keys.
    covered_as: str = ""

    @classmethod
    def of(cls, item: Item, ground: str = "", covered_as: str = "") -> SharedItem:
        return cls(
            item.key, item.label, item.info, item.special, ground.strip(), None, covered_as.strip()
        )

    @property
    def kind(self) -> str:
        """The key's kind ("dat", "note", "limitation", ...)."""
        return self.key.split(":", 1)[0]


@dataclass(frozen=True)
class DisclosureDraft:
    """What the worker entered; :func:`check_draft` decides whether it may be recorded."""

    citizen_id: str
    at: datetime  # the moment of the share (aware)
    organisation: str
    items: tuple[SharedItem, ...]
    purpose: str
    ground: GroundKind
    channel: Channel
    intake_id: str | None = None
    direction: Direction = Direction.VERSTREKKEN
    role: str = ""
    person: str = ""
    consent_id: str | None = None  # restrict toestemming to this record
    statutory_recipient_id: str | None = None  # None with wettelijk: own processing
    legal_ground: str = ""
    reason: ExceptionReason | None = None
    minimum_data: str = ""
    citizen_told_on: date | None = None
    parents_told_on: date | None = None  # SISA: the parents were informed too
    postpone_reason: str = ""
    review_on: date | None = None
    justification: str = ""
    second_person: str = ""  # R-001-23: a second named person agreed
    against_will: bool = False  # processing against the citizen's will
    corrects: str | None = None
    third_party_request_id: str | None = None

    @property
    def info(self) -> InfoKind:
        """*wat* when any item is content, else *dat* (R-001-07)."""
        return info_of(self.items)

    @property
    def postponed(self) -> bool:
        return self.ground is GroundKind.UITZONDERING and self.citizen_told_on is None

    @property
    def flagged(self) -> bool:
        """Against the citizen's will or without the citizen's knowledge (R-001-23)."""
        return self.against_will or self.postponed


@dataclass(frozen=True)
class Disclosure:
    """A stored entry: the checked draft, with its id, time of recording and worker."""

    id: str
    draft: DisclosureDraft
    recorded_at: datetime
    worker_id: str

    @property
    def info(self) -> InfoKind:
        return self.draft.info


def info_of(items: Sequence[SharedItem]) -> InfoKind:
    return InfoKind.WAT if any(i.info is InfoKind.WAT for i in items) else InfoKind.DAT


def statutory(profile: AgencyProfile, recipient_id: str | None) -> StatutoryRecipient | None:
    return next((s for s in profile.statutory_recipients if s.id == recipient_id), None)


def own_processing(profile: AgencyProfile, organisation: str, person: str) -> bool:
    """The controller's own processing: the case system, or a colleague on the roster."""
    if profile.paper.case_system and same_name(organisation, profile.paper.case_system):
        return True
    return any(same_name(w.name, person or organisation) for w in profile.roster)


def covering_consents(
    draft: DisclosureDraft,
    consents: Sequence[tuple[ConsentRecord, Sequence[ConsentEvent]]],
) -> dict[str, ConsentRecord]:
    """Item key -> the consent covering it at the share's moment (by key, label or the
    consent's named item the worker shares it under)."""
    pool = [(r, ev) for r, ev in consents if draft.consent_id in (None, r.id)]
    found: dict[str, ConsentRecord] = {}
    for item in draft.items:
        for name in (item.key, item.label, item.covered_as):
            if not name:
                continue
            record = covering(pool, draft.organisation, draft.direction, name, draft.at)
            if record is not None:
                found[item.key] = record
                break
    return found


class RequestOutcome(enum.StrEnum):
    OPEN = "open"
    GIVEN = "gegeven"
    REFUSED = "geweigerd"
    WITHDRAWN = "ingetrokken"


REQUEST_CHANNELS = ("mondeling", "telefonisch", "schriftelijk", "e-mail", "beveiligd_kanaal")


@dataclass(frozen=True)
class ThirdPartyRequest:
    """A third party asked for data about the citizen (R-000-28): who, what, when, how; and
    when and how it was discussed with the citizen. Nothing is given before that."""

    id: str
    citizen_id: str
    organisation: str
    role: str
    person: str
    asked: str
    received_on: date
    channel: str  # how the request came in (REQUEST_CHANNELS); data never leave by e-mail
    discussed_on: date | None
    discussed_how: str
    outcome: RequestOutcome
    recorded_at: datetime
    worker_id: str
