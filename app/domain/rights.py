"""Rights requests of the citizen (AVG art. 15-18 and 21; Wmo 2015 art. 5.3.5, Jeugdwet art.
7.3.9): kinds, who may ask, due dates, extensions, decisions and the remedy text (issue 8;
DESIGN section 1 "Papers and rights").

Pure rules, no I/O: the service reads the vault and the profile and lets these functions decide
before anything is written. Dates are calendar dates; "one month" is a calendar month, clamped
to the last day of a shorter month (31 January + 1 month = 28 or 29 February).
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date

from app.domain.citizen import ValidationError
from app.domain.profile import ComplaintRoute, Controller
from app.i18n import QT_TRANSLATE_NOOP, translate

MINOR_DECIDES_AT = 12  # Wmo 2015 art. 5.3.2/5.3.3, Jeugdwet art. 7.3.15
ADULT_AT = 18
ANSWER_MONTHS = 1  # AVG art. 12 lid 3
MAX_EXTENSION_MONTHS = 2  # AVG art. 12 lid 3: "met nog eens twee maanden"
DESTRUCTION_MONTHS = 3  # Wmo 2015 art. 5.3.5, Jeugdwet art. 7.3.9
MAX_SCOPE = 500  # what the request is about, in a few words (no content)


class RightKind(enum.StrEnum):
    INZAGE = "inzage"  # AVG art. 15
    CORRECTIE = "correctie"  # correctie/aanvulling, AVG art. 16
    VERWIJDERING = "verwijdering"  # verwijdering/vernietiging, AVG art. 17, Wmo 5.3.5
    BEPERKING = "beperking"  # AVG art. 18
    BEZWAAR_VERWERKING = "bezwaar_verwerking"  # AVG art. 21, not an Awb bezwaarschrift


KIND_TEXT = {
    RightKind.INZAGE: QT_TRANSLATE_NOOP("Rights", "Access (inzage, AVG art. 15)"),
    RightKind.CORRECTIE: QT_TRANSLATE_NOOP(
        "Rights", "Correction or addition (correctie/aanvulling, AVG art. 16)"
    ),
    RightKind.VERWIJDERING: QT_TRANSLATE_NOOP(
        "Rights", "Deletion or destruction (verwijdering/vernietiging)"
    ),
    RightKind.BEPERKING: QT_TRANSLATE_NOOP("Rights", "Restriction of use (beperking, AVG art. 18)"),
    RightKind.BEZWAAR_VERWERKING: QT_TRANSLATE_NOOP(
        "Rights",
        "Objection to processing (AVG art. 21; not an Awb bezwaarschrift against a decision)",
    ),
}


class Capacity(enum.StrEnum):
    """In what capacity the requester asks."""

    ZELF = "zelf"
    WETTELIJK_VERTEGENWOORDIGER = "wettelijk_vertegenwoordiger"  # curator, mentor, voogd
    GEMACHTIGDE = "gemachtigde"  # written authorisation
    OUDER_MET_GEZAG = "ouder_met_gezag"


CAPACITY_TEXT = {
    Capacity.ZELF: QT_TRANSLATE_NOOP("Rights", "the citizen themselves"),
    Capacity.WETTELIJK_VERTEGENWOORDIGER: QT_TRANSLATE_NOOP(
        "Rights", "legal representative (curator, mentor, guardian)"
    ),
    Capacity.GEMACHTIGDE: QT_TRANSLATE_NOOP("Rights", "authorised person (written authorisation)"),
    Capacity.OUDER_MET_GEZAG: QT_TRANSLATE_NOOP("Rights", "parent with authority"),
}


class DestructionLaw(enum.StrEnum):
    """A destruction request under a care statute: three months, not one."""

    WMO = "wmo"  # Wmo 2015 art. 5.3.5
    JEUGDWET = "jeugdwet"  # Jeugdwet art. 7.3.9


class Decision(enum.StrEnum):
    TOEGEWEZEN = "toegewezen"
    DEELS_TOEGEWEZEN = "deels_toegewezen"
    AFGEWEZEN = "afgewezen"


DECISION_TEXT = {
    Decision.TOEGEWEZEN: QT_TRANSLATE_NOOP("Rights", "granted"),
    Decision.DEELS_TOEGEWEZEN: QT_TRANSLATE_NOOP("Rights", "partly granted"),
    Decision.AFGEWEZEN: QT_TRANSLATE_NOOP("Rights", "refused"),
}


@dataclass(frozen=True)
class RightsRequest:
    id: str
    citizen_id: str
    kind: RightKind
    received_on: date
    capacity: Capacity
    requester_name: str | None  # only when someone else asks for the citizen
    minor_consent: bool  # a young person of 12+ agreed to the parent's request
    destruction_law: DestructionLaw | None
    due_on: date
    scope: str = ""
    extended_to: date | None = None
    extension_reason: str = ""
    extension_notice_on: date | None = None
    decision: Decision | None = None
    decided_on: date | None = None
    refusal_reason: str = ""
    remedy_text: str = ""
    lifted_on: date | None = None  # a restriction that ended
    worker_id: str = ""

    def answer_by(self) -> date:
        """The date the answer is due: the extended date only once the notice went out."""
        if self.extended_to is not None and self.extension_notice_on is not None:
            return self.extended_to
        return self.due_on

    def late_on(self, today: date) -> bool:
        return self.decision is None and today > self.answer_by()

    @property
    def restricting(self) -> bool:
        """An active restriction (AVG art. 18): granted and not lifted."""
        return (
            self.kind is RightKind.BEPERKING
            and self.decision in (Decision.TOEGEWEZEN, Decision.DEELS_TOEGEWEZEN)
            and self.lifted_on is None
        )


# -- due dates ---------------------------------------------------------------------------------
def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(kind: RightKind, received_on: date, law: DestructionLaw | None = None) -> date:
    """One month from receipt; a Wmo/Jeugdwet destruction request three months."""
    if law is not None and kind is RightKind.VERWIJDERING:
        return add_months(received_on, DESTRUCTION_MONTHS)
    return add_months(received_on, ANSWER_MONTHS)


def check_law(kind: RightKind, law: DestructionLaw | None) -> None:
    if law is not None and kind is not RightKind.VERWIJDERING:
        raise ValidationError(
            "law", translate("Rights", "Only a destruction request falls under the care statute.")
        )


def check_extension(request: RightsRequest, months: int, reason: str, decided_on: date) -> date:
    """The extended date, or a refusal: at most two more months, with reasons, decided and
    announced within the first month, only once, and not for a care-statute destruction."""
    if request.decision is not None:
        raise ValidationError("request", translate("Rights", "This request is already decided."))
    if request.extended_to is not None:
        raise ValidationError("months", translate("Rights", "This request was already extended."))
    if request.destruction_law is not None:
        raise ValidationError(
            "months",
            translate(
                "Rights", "A destruction request under the Wmo or Jeugdwet has no extension."
            ),
        )
    if not 1 <= months <= MAX_EXTENSION_MONTHS:
        raise ValidationError(
            "months", translate("Rights", "An extension is one or two more months.")
        )
    if not reason.strip():
        raise ValidationError(
            "reason", translate("Rights", "Write down why the answer needs more time.")
        )
    check_notice_day(request, decided_on)
    return add_months(request.due_on, months)


def check_notice_day(request: RightsRequest, on: date) -> None:
    """The reasoned notice goes out within the first month, never later."""
    if on < request.received_on:
        raise ValidationError(
            "notice", translate("Rights", "The notice cannot be sent before the request came in.")
        )
    if on > request.due_on:
        raise ValidationError(
            "notice",
            translate(
                "Rights",
                "Too late to extend: the notice must reach the citizen within the first month.",
            ),
        )


# -- who asks ----------------------------------------------------------------------------------
def check_requester(
    capacity: Capacity, requester_name: str, age: int | None, minor_consent: bool
) -> str | None:
    """The requester's name to store (None: the citizen asked), or a refusal.

    Under 12 the parent(s) with authority act; from 12 the young person decides themselves, so a
    parent's request needs the young person's own agreement recorded (Wmo 2015 art. 5.3.2/5.3.3,
    Jeugdwet art. 7.3.15). A parent with authority acts only for a minor.
    """
    name = requester_name.strip()
    if capacity is Capacity.ZELF:
        if age is not None and age < MINOR_DECIDES_AT:
            raise ValidationError(
                "capacity",
                translate(
                    "Rights", "Under 12, a parent with authority makes the request for the child."
                ),
            )
        if minor_consent:
            raise ValidationError(
                "minor_consent", translate("Rights", "The citizen asks themselves: no consent.")
            )
        return None
    if not name or len(name) > 200:
        raise ValidationError("requester", translate("Rights", "Fill in who made the request."))
    if capacity is Capacity.OUDER_MET_GEZAG:
        if age is None:
            raise ValidationError(
                "capacity",
                translate(
                    "Rights",
                    "Fill in the citizen's date of birth first: from 12 a young person decides "
                    "themselves.",
                ),
            )
        if age >= ADULT_AT:
            raise ValidationError(
                "capacity",
                translate("Rights", "A parent acts with authority only for a minor."),
            )
        if age >= MINOR_DECIDES_AT and not minor_consent:
            raise ValidationError(
                "minor_consent",
                translate(
                    "Rights",
                    "From 12 the young person decides: record that they agree to this request.",
                ),
            )
        if age < MINOR_DECIDES_AT and minor_consent:
            raise ValidationError(
                "minor_consent",
                translate("Rights", "Under 12 the parent decides; no consent of the child."),
            )
        return name
    if minor_consent:
        raise ValidationError(
            "minor_consent", translate("Rights", "A minor's consent belongs to a parent's request.")
        )
    return name


def check_scope(text: str) -> str:
    scope = " ".join(text.split())
    if len(scope) > MAX_SCOPE:
        raise ValidationError(
            "scope", translate("Rights", "Say in a few words what the request is about.")
        )
    return scope


# -- decisions and remedies --------------------------------------------------------------------
def check_decision(request: RightsRequest, decision: Decision, reason: str, on: date) -> str:
    """The reason to store; a (partial) refusal needs one."""
    if request.decision is not None:
        raise ValidationError("request", translate("Rights", "This request is already decided."))
    if on < request.received_on:
        raise ValidationError(
            "decided_on", translate("Rights", "A decision cannot come before the request.")
        )
    text = reason.strip()
    if decision is not Decision.TOEGEWEZEN and not text:
        raise ValidationError(
            "reason", translate("Rights", "Write down why the request is (partly) refused.")
        )
    if len(text) > 2000:
        raise ValidationError("reason", translate("Rights", "Keep the reason short."))
    return text


def remedy_text(controller: Controller, routes: tuple[ComplaintRoute, ...]) -> str:
    """What the citizen can do against a refusal, for the dossier's controller: a public body
    (the college) by an Awb bezwaarschrift and then the administrative court; a private
    organisation through the civil court; always a complaint to the Autoriteit Persoonsgegevens.
    """
    by_kind = {r.kind: r for r in routes}
    parts: list[str] = []
    if controller.public:
        objection = by_kind.get("bezwaar")
        address = objection.contact if objection else controller.address
        parts.append(
            translate(
                "Rights",
                "Do you disagree? Send a letter of objection (bezwaarschrift) to {controller} "
                "within six weeks: {address}. After the decision on your objection you can go "
                "to the administrative court.",
            ).format(controller=controller.name, address=address)
        )
    else:
        parts.append(
            translate(
                "Rights",
                "Do you disagree? You can ask the civil court to decide: {controller} is a "
                "private organisation.",
            ).format(controller=controller.name)
        )
    ap = by_kind.get("autoriteit_persoonsgegevens")
    parts.append(
        translate(
            "Rights",
            "You can always complain to the Autoriteit Persoonsgegevens: {contact}.",
        ).format(contact=ap.contact if ap else "www.autoriteitpersoonsgegevens.nl")
    )
    return " ".join(parts)


def state_text(request: RightsRequest, today: date) -> str:
    """The request's state in words (never colour only)."""
    if request.decision is not None:
        text = translate("Rights", DECISION_TEXT[request.decision])
        if request.restricting:
            return translate("Rights", "{decision}, restriction active").format(decision=text)
        if request.lifted_on is not None:
            return translate("Rights", "{decision}, restriction lifted").format(decision=text)
        return text
    if request.late_on(today):
        return translate("Rights", "[late] open")
    if request.extended_to is not None and request.extension_notice_on is None:
        return translate("Rights", "open, extension notice still to send")
    if request.extended_to is not None:
        return translate("Rights", "open, extended")
    return translate("Rights", "open")
