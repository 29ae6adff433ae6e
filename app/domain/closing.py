"""Samen terugkijken and closing an intake (DESIGN sections 1 and 6, R-004-04, R-000-10).

The review lists everything that will be stored, item by item, in the words the citizen reads.
What both agree is not needed is deleted physically; where the citizen disagrees with an entry
the worker needs, the citizen's own view is stored beside it. Closing has three outcomes:
``afgerond``; ``afgebroken`` only after the worker confirms that necessity and consequences
were explained; ``niet doorgezet`` keeps the content for the agency's grace period and then a
contact registration only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.domain.citizen import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate


class IntakeStatus(enum.StrEnum):
    OPEN = "open"
    REVIEW = "terugkijken"
    COMPLETED = "afgerond"
    BROKEN_OFF = "afgebroken"
    NOT_PURSUED = "niet_doorgezet"
    HANDED_OVER = "overgedragen"  # moved to a colleague's vault as a bundle (issue 7)

    @property
    def editable(self) -> bool:
        return self in (IntakeStatus.OPEN, IntakeStatus.REVIEW)

    @property
    def label(self) -> str:
        return translate("IntakeStatus", STATUS_TEXT[self])


STATUS_TEXT = {
    IntakeStatus.OPEN: QT_TRANSLATE_NOOP("IntakeStatus", "open"),
    IntakeStatus.REVIEW: QT_TRANSLATE_NOOP("IntakeStatus", "in review"),
    IntakeStatus.COMPLETED: QT_TRANSLATE_NOOP("IntakeStatus", "completed"),
    IntakeStatus.BROKEN_OFF: QT_TRANSLATE_NOOP("IntakeStatus", "broken off"),
    IntakeStatus.NOT_PURSUED: QT_TRANSLATE_NOOP("IntakeStatus", "not pursued"),
    IntakeStatus.HANDED_OVER: QT_TRANSLATE_NOOP("IntakeStatus", "handed over"),
}

# Review item kinds that both may agree to delete (physically). Help requests, the citizen's
# answers to proposed domains and the log of documents seen are the record of the conversation
# itself and stay.
DELETABLE = frozenset(
    {"note", "score", "limitation", "medical_advice", "network_person", "identity", "extra",
     "onderzoek"}
)  # fmt: skip


@dataclass(frozen=True)
class ReviewItem:
    """One stored entry as the citizen reads it (review list and Meekijken view)."""

    kind: str
    id: str
    heading: str  # where it belongs: the help request, a domain, "Netwerk", …
    text: str  # what is stored, in plain words
    citizen_view: str = ""

    @property
    def deletable(self) -> bool:
        return self.kind in DELETABLE


@dataclass(frozen=True)
class CloseCheck:
    """What closing needs, worked out by the service from the stored intake."""

    status: IntakeStatus
    has_handover: bool
    reviewed: bool
    documents_without_disposition: int
    wmo_explained_missing: tuple[str, ...]
    contact_only: bool


def check_close(
    check: CloseCheck, outcome: IntakeStatus, explained_confirmed: bool, reason: str
) -> None:
    """Raise a plain-language ValidationError when ``outcome`` may not be chosen now."""
    if not check.status.editable:
        raise ValidationError(
            "status",
            translate("Closing", "This intake is already closed ({state}).").format(
                state=check.status.label
            ),
        )
    if outcome not in (IntakeStatus.COMPLETED, IntakeStatus.BROKEN_OFF, IntakeStatus.NOT_PURSUED):
        raise ValidationError("outcome", translate("Closing", "Choose how the intake ends."))
    if check.documents_without_disposition:
        raise ValidationError(
            "documents",
            translate(
                "Closing",
                "A document the citizen showed has no disposition yet. Record whether it was "
                "returned, destroyed or sent to the medical adviser.",
            ),
        )
    if outcome is IntakeStatus.COMPLETED:
        _check_completed(check)
    if outcome is IntakeStatus.BROKEN_OFF:
        if not explained_confirmed:
            raise ValidationError(
                "explained",
                translate(
                    "Closing",
                    "Before breaking off: confirm that you explained why the information is "
                    "needed and what stopping means for the help request.",
                ),
            )
        if not reason.strip():
            raise ValidationError(
                "reason", translate("Closing", "Write down briefly why the intake stops.")
            )


def _check_completed(check: CloseCheck) -> None:
    if not check.has_handover:
        raise ValidationError(
            "handover",
            translate(
                "Closing", "Record first that the information sheet was given and explained."
            ),
        )
    if check.contact_only:
        return
    if not check.reviewed:
        raise ValidationError(
            "review",
            translate("Closing", "Look back together with the citizen before closing."),
        )
    if check.wmo_explained_missing:
        raise ValidationError(
            "explained",
            translate(
                "Closing",
                "Tell the citizen about the personal plan, free client support and the pgb, "
                "and tick them in the Wmo onderzoek step.",
            ),
        )
