"""A household: members who each keep their own dossier, linked with a reason under one
household plan (DESIGN section 5, R-004-17, R-001-15).

The household holds only what the members share: a short plan label, the shared plan (shared
problems only) and three optional family facts that may be answered "niet relevant". No name or
birth date of a family member is ever asked: people in the household who get help are citizens
with their own record; the others are at most a "ja" in a fact. Another member's screen shows
the fact of the link and its reason, never anything from the other member's dossier.

Pure data and rules; storage is ``app/storage/household_repository.py``, the use cases are in
``app/services/household.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from app.domain.citizen import ValidationError
from app.domain.visit_records import check_text, contains_bsn
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_PLAN = 2_000


class FactAnswer(enum.StrEnum):
    YES = "ja"
    NO = "nee"
    UNKNOWN = "onbekend"
    NOT_RELEVANT = "niet_relevant"

    @property
    def label(self) -> str:
        return translate("Household", ANSWER_TEXT[self])


ANSWER_TEXT = {
    FactAnswer.YES: QT_TRANSLATE_NOOP("Household", "yes"),
    FactAnswer.NO: QT_TRANSLATE_NOOP("Household", "no"),
    FactAnswer.UNKNOWN: QT_TRANSLATE_NOOP("Household", "unknown"),
    FactAnswer.NOT_RELEVANT: QT_TRANSLATE_NOOP("Household", "not relevant"),  # niet relevant
}

# The family facts a household may hold, each optional (None: not asked). Minors decide whether
# child domains can open; other adults and a live-in carer matter for gebruikelijke hulp and
# mantelzorg in the Wmo onderzoek (art. 2.3.2 lid 4). Names and birth dates: never.
FAMILY_FACTS = {
    "minors": QT_TRANSLATE_NOOP("Household", "Minors in the household"),
    "adults": QT_TRANSLATE_NOOP("Household", "Other adults in the household"),
    "carer": QT_TRANSLATE_NOOP("Household", "A carer (mantelzorger) in the household"),
}


class Relation(enum.StrEnum):
    """How a member relates to the household; optional, and "niet relevant" is an answer."""

    PARTNER = "partner"
    PARENT = "ouder"
    CHILD = "kind"
    HOUSEMATE = "huisgenoot"
    NOT_RELEVANT = "niet_relevant"

    @property
    def label(self) -> str:
        return translate("Household", RELATION_TEXT[self])


RELATION_TEXT = {
    Relation.PARTNER: QT_TRANSLATE_NOOP("Household", "partner"),
    Relation.PARENT: QT_TRANSLATE_NOOP("Household", "parent"),
    Relation.CHILD: QT_TRANSLATE_NOOP("Household", "child"),
    Relation.HOUSEMATE: QT_TRANSLATE_NOOP("Household", "housemate"),
    Relation.NOT_RELEVANT: QT_TRANSLATE_NOOP("Household", "not relevant"),
}

Facts = dict[str, FactAnswer | None]


@dataclass(frozen=True)
class HouseholdMember:
    """What another member's screen may show: who, the reason for the link, and when."""

    citizen_id: str
    name: str
    case_number: str
    reason: str
    relation: Relation | None
    added_at: datetime


@dataclass(frozen=True)
class Household:
    id: str
    plan_label: str
    plan_text: str
    facts: Facts
    created_at: datetime
    members: tuple[HouseholdMember, ...]

    @property
    def title(self) -> str:
        return self.plan_label or translate("Household", "Household plan")

    def member(self, citizen_id: str) -> HouseholdMember | None:
        return next((m for m in self.members if m.citizen_id == citizen_id), None)


def no_facts() -> Facts:
    return dict.fromkeys(FAMILY_FACTS)


def check_reason(reason: str) -> str:
    """Every link needs its reason (R-001-15); never a BSN in it."""
    text = check_text("reason", reason, True, translate("Household", "the reason for the link"))
    _no_bsn("reason", text)
    return text


def check_plan(label: str, plan: str) -> tuple[str, str]:
    """A short label and the shared plan (shared problems only); both may stay empty."""
    cleaned_label = check_text("plan_label", label, False, translate("Household", "plan label"))
    text = plan.strip()
    if len(text) > MAX_PLAN:
        raise ValidationError(
            "plan_text",
            translate("Household", "The plan is too long (at most 2,000 characters)."),
        )
    _no_bsn("plan_label", cleaned_label)
    _no_bsn("plan_text", text)
    return cleaned_label, text


def check_facts(facts: dict[str, FactAnswer | None]) -> Facts:
    """Only the known family facts; each unanswered, or one of the four answers."""
    unknown = set(facts) - set(FAMILY_FACTS)
    if unknown:
        raise ValidationError("facts", translate("Household", "This field does not exist."))
    checked = no_facts()
    for key, value in facts.items():
        checked[key] = None if value is None else FactAnswer(value)
    return checked


def _no_bsn(field: str, text: str) -> None:
    if contains_bsn(text):
        raise ValidationError(
            field,
            translate("Household", "Leave out the BSN: a household link holds no citizen numbers."),
        )
