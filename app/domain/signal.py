"""A signal: a third party's concern about someone (a neighbour, a partner), and the case opened
from it (issue 7; R-001-22, R-004-25, R-003-18; DESIGN section 5 ``Signal``).

Minimal data only: the person's name and a short concern (no BSN, no health or income words),
who reported it by role (a name only if given), the task the signal is investigated under, a
category (destroy / act / keep until a date) with a forced review date, and whether the person
was told or why not. Material about a third person (messages from an ex-partner) is flagged and
needs a task to inform that person or a recorded reason not to. An unfounded signal is deleted
completely.

Pure: no I/O, no Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import ValidationError
from app.domain.notes import medical_words_in
from app.domain.visit_records import check_text, contains_bsn
from app.i18n import QT_TRANSLATE_NOOP, translate

# "Contact the person promptly" (R-004-25): a few days.
CONTACT_WITHIN_DAYS = 3
MAX_CONCERN = 300
# Income words a signal never holds (minimal data, as for a network person).
INCOME_WORDS = ("inkomen", "salaris", "uitkering", "loon", "income", "salary", "benefit")


class Category(enum.StrEnum):
    DESTROY = "vernietigen"
    ACT = "handelen"
    KEEP = "bewaren"  # keep until a date


CATEGORY_TEXT = {
    Category.DESTROY: QT_TRANSLATE_NOOP("Signal", "destroy"),
    Category.ACT: QT_TRANSLATE_NOOP("Signal", "act on it"),
    Category.KEEP: QT_TRANSLATE_NOOP("Signal", "keep until a date"),
}


@dataclass(frozen=True)
class SignalDraft:
    """What the worker enters when a signal comes in."""

    task_ground: str  # the task it is investigated under (required)
    person_name: str
    concern: str
    reporter_role: str
    category: Category
    review_on: date
    received_on: date
    reporter_name: str = ""
    keep_until: date | None = None
    citizen_id: str | None = None
    third_person: bool = False  # holds material about someone who is not the person
    third_person_reason: str = ""  # why that someone is not informed (else a task)


@dataclass(frozen=True)
class Signal:
    id: str
    citizen_id: str | None
    task_ground: str
    person_name: str
    concern: str
    reporter_role: str
    reporter_name: str
    category: Category
    keep_until: date | None
    review_on: date
    informed: bool | None  # None: not recorded yet
    not_informed_reason: str
    third_person: bool
    third_person_reason: str
    received_on: date
    created_at: datetime
    worker_id: str


def _plain(field: str, text: str, required: bool, label: str, medical: tuple[str, ...]) -> str:
    cleaned = check_text(field, text, required, label)
    if contains_bsn(cleaned):
        raise ValidationError(
            field,
            translate("Signal", "This looks like a BSN. A signal never holds one; remove it."),
        )
    if medical and medical_words_in(cleaned, medical):
        raise ValidationError(
            field,
            translate(
                "Signal",
                "Keep the signal minimal: no health or income details. Describe the concern.",
            ),
        )
    return cleaned


def check_signal(draft: SignalDraft, today: date, medical: tuple[str, ...]) -> SignalDraft:
    """The cleaned draft, or a plain refusal (R-004-25, R-001-22, R-003-18)."""
    ground = _plain("task_ground", draft.task_ground, True, translate("Signal", "the task"), ())
    name = _plain("person_name", draft.person_name, True, translate("Signal", "name"), ())
    concern = _plain(
        "concern",
        draft.concern,
        True,
        translate("Signal", "the concern"),
        (*medical, *INCOME_WORDS),
    )
    if len(concern) > MAX_CONCERN:
        raise ValidationError(
            "concern", translate("Signal", "Keep the concern short (at most 300 characters).")
        )
    role = _plain(
        "reporter_role", draft.reporter_role, True, translate("Signal", "who reported it"), ()
    )
    reporter = _plain("reporter_name", draft.reporter_name, False, "", ())
    category = Category(draft.category)
    if draft.review_on <= today:
        raise ValidationError("review_on", translate("Signal", "Choose a review date after today."))
    if category is Category.KEEP:
        if draft.keep_until is None or draft.keep_until <= today:
            raise ValidationError(
                "keep_until", translate("Signal", "Choose the date until which it is kept.")
            )
        if draft.review_on > draft.keep_until:
            raise ValidationError(
                "review_on",
                translate("Signal", "Review it no later than the date it is kept until."),
            )
    if draft.received_on > today:
        raise ValidationError("received_on", translate("Signal", "That date lies ahead."))
    reason = _plain("third_person_reason", draft.third_person_reason, False, "", ())
    return SignalDraft(
        ground, name, concern, role, category, draft.review_on, draft.received_on, reporter,
        draft.keep_until if category is Category.KEEP else None, draft.citizen_id,
        draft.third_person, reason if draft.third_person else "",
    )  # fmt: skip


def check_informed(informed: bool, reason: str) -> str:
    """Whether the person was told; a 'no' needs the reason (R-001-22)."""
    text = check_text("reason", reason, not informed, translate("Signal", "why not"))
    return "" if informed else text
