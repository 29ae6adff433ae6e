"""Who else is at the table, and what the citizen refuses or cannot decide (R-004-26; DESIGN
sections 1 and 5).

- People present at an intake: a role, a name only when needed, and only with the citizen's
  agreement; an interpreter with the confidentiality that binds them.
- Refusal of help and refusal of consent: the fact, the date and what was refused, in words.
- Lack of capacity (wilsonbekwaam ter zake): for which matter, assessed by whom and when, and
  the representative who then acts (forms go to them).
- Escalation to bemoeizorg or the GGD: only with a recorded reason. Going ahead against the
  citizen's will needs a second named worker from the agency roster and is counted.

Pure data and checks; no I/O. No BSN in any free-text field.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from app.domain.citizen import ValidationError
from app.domain.representatives import Act
from app.domain.visit_records import check_text, contains_bsn
from app.i18n import QT_TRANSLATE_NOOP, translate

MIN_REASON = 10  # an escalation reason is a sentence, not a tick


def _clean(field: str, text: str, required: bool, label: str) -> str:
    cleaned = check_text(field, text, required, label)
    if contains_bsn(cleaned):
        raise ValidationError(
            field,
            translate("Refusals", "This looks like a BSN. Leave the number out of this field."),
        )
    return cleaned


def _not_future(field: str, on: date, today: date) -> None:
    if on > today:
        raise ValidationError(field, translate("Refusals", "This date cannot be in the future."))


# -- people present --------------------------------------------------------------------------
class PresentRole(enum.StrEnum):
    PARTNER = "partner"
    FAMILIELID = "familielid"
    MANTELZORGER = "mantelzorger"
    CLIENTONDERSTEUNER = "clientondersteuner"
    TOLK_PROFESSIONEEL = "tolk_professioneel"
    TOLK_INFORMEEL = "tolk_informeel"
    BUUR_VRIEND = "buur_vriend"
    ANDERS = "anders"


ROLE_TEXT = {
    PresentRole.PARTNER: QT_TRANSLATE_NOOP("Refusals", "partner"),
    PresentRole.FAMILIELID: QT_TRANSLATE_NOOP("Refusals", "family member"),
    PresentRole.MANTELZORGER: QT_TRANSLATE_NOOP("Refusals", "informal carer (mantelzorger)"),
    PresentRole.CLIENTONDERSTEUNER: QT_TRANSLATE_NOOP(
        "Refusals", "client supporter (cliëntondersteuner)"
    ),
    PresentRole.TOLK_PROFESSIONEEL: QT_TRANSLATE_NOOP("Refusals", "professional interpreter"),
    PresentRole.TOLK_INFORMEEL: QT_TRANSLATE_NOOP("Refusals", "informal interpreter"),
    PresentRole.BUUR_VRIEND: QT_TRANSLATE_NOOP("Refusals", "neighbour or friend"),
    PresentRole.ANDERS: QT_TRANSLATE_NOOP("Refusals", "someone else"),
}
INTERPRETERS = (PresentRole.TOLK_PROFESSIONEEL, PresentRole.TOLK_INFORMEEL)


class Confidentiality(enum.StrEnum):
    BEROEPSCODE = "beroepscode"  # bound by the professional code and secrecy
    GEVRAAGD = "gevraagd"  # informal: asked to keep it confidential
    NIET_GEVRAAGD = "niet_gevraagd"  # informal: not asked


CONFIDENTIALITY_TEXT = {
    Confidentiality.BEROEPSCODE: QT_TRANSLATE_NOOP(
        "Refusals", "bound by the professional code and secrecy"
    ),
    Confidentiality.GEVRAAGD: QT_TRANSLATE_NOOP("Refusals", "asked to keep it confidential"),
    Confidentiality.NIET_GEVRAAGD: QT_TRANSLATE_NOOP(
        "Refusals", "not asked to keep it confidential"
    ),
}
CONFIDENTIALITY_FOR = {
    PresentRole.TOLK_PROFESSIONEEL: (Confidentiality.BEROEPSCODE,),
    PresentRole.TOLK_INFORMEEL: (Confidentiality.GEVRAAGD, Confidentiality.NIET_GEVRAAGD),
}


@dataclass(frozen=True)
class PresentPerson:
    id: str
    intake_id: str
    role: PresentRole
    name: str  # empty: role only
    confidentiality: Confidentiality | None


def check_present(
    role: PresentRole, name: str, agreed: bool, confidentiality: Confidentiality | None
) -> tuple[str, Confidentiality | None]:
    """Cleaned name and confidentiality; refused without the citizen's agreement."""
    role = PresentRole(role)
    if not agreed:
        raise ValidationError(
            "agreed",
            translate(
                "Refusals",
                "Ask the citizen first whether this person may be recorded as present. Without "
                "their agreement nothing is recorded.",
            ),
        )
    cleaned = _clean("name", name, False, "")
    allowed = CONFIDENTIALITY_FOR.get(role, ())
    if allowed and confidentiality not in allowed:
        raise ValidationError(
            "confidentiality",
            translate(
                "Refusals",
                "For an interpreter, record the confidentiality: a professional is bound by the "
                "professional code; ask an informal interpreter to keep it confidential.",
            ),
        )
    return cleaned, (Confidentiality(confidentiality) if allowed and confidentiality else None)


# -- refusals --------------------------------------------------------------------------------
class RefusalKind(enum.StrEnum):
    HULP = "weigering_hulp"
    TOESTEMMING = "weigering_toestemming"


REFUSAL_TEXT = {
    RefusalKind.HULP: QT_TRANSLATE_NOOP("Refusals", "refused help"),
    RefusalKind.TOESTEMMING: QT_TRANSLATE_NOOP("Refusals", "refused consent"),
}


@dataclass(frozen=True)
class Refusal:
    id: str
    citizen_id: str
    intake_id: str | None
    kind: RefusalKind
    what: str  # what was refused, in words
    on: date


def check_refusal(what: str, on: date, today: date) -> str:
    _not_future("on", on, today)
    return _clean("what", what, True, translate("Refusals", "what was refused"))


# -- lack of capacity ------------------------------------------------------------------------
@dataclass(frozen=True)
class Incapacity:
    """Wilsonbekwaam ter zake: for one matter, never in general."""

    id: str
    citizen_id: str
    intake_id: str | None
    act: Act  # the matter
    details: str
    assessed_by: str  # who assessed it (a role or a name)
    assessed_on: date
    representative_id: str | None  # who then acts; forms go to them
    ended_on: date | None = None

    def active_on(self, day: date) -> bool:
        return self.assessed_on <= day and (self.ended_on is None or day < self.ended_on)


def check_incapacity(details: str, assessed_by: str, on: date, today: date) -> tuple[str, str]:
    _not_future("assessed_on", on, today)
    who = _clean("assessed_by", assessed_by, True, translate("Refusals", "who assessed it"))
    return _clean("details", details, False, ""), who


# -- escalation ------------------------------------------------------------------------------
class EscalationTarget(enum.StrEnum):
    BEMOEIZORG = "bemoeizorg"
    GGD = "ggd"


TARGET_TEXT = {
    EscalationTarget.BEMOEIZORG: QT_TRANSLATE_NOOP("Refusals", "bemoeizorg (outreach care)"),
    EscalationTarget.GGD: QT_TRANSLATE_NOOP("Refusals", "the GGD (public health service)"),
}


@dataclass(frozen=True)
class Escalation:
    id: str
    citizen_id: str
    intake_id: str | None
    target: EscalationTarget
    reason: str
    on: date
    against_will: bool
    second_worker_id: str  # "" unless against the citizen's will
    worker_id: str


def check_escalation(
    reason: str,
    on: date,
    today: date,
    against_will: bool,
    second_worker_id: str,
    acting_worker_id: str,
    roster: frozenset[str],
) -> tuple[str, str]:
    """Cleaned reason and second worker id; refused without a reason or a second worker."""
    _not_future("on", on, today)
    text = _clean("reason", reason, True, translate("Refusals", "the reason for escalating"))
    if len(text) < MIN_REASON:
        raise ValidationError(
            "reason",
            translate("Refusals", "Write the reason for escalating in a full sentence."),
        )
    if not against_will:
        return text, ""
    second = second_worker_id.strip()
    if not second or second == acting_worker_id or second not in roster:
        raise ValidationError(
            "second_worker",
            translate(
                "Refusals",
                "Going ahead against the citizen's will needs a second worker from the agency "
                "roster, not yourself.",
            ),
        )
    return text, second
