"""Manual lookups and role transfers (R-001-28, R-004-18).

Keukentafel has no connection to the BRP, Suwinet or any other system and prefills nothing
(R-000-45). When the worker looked something up by hand in another system, the lookup is
recorded with its source and the reason it was needed for this help request, so the citizen's
inzage can show where data came from.

A wijkteam worker may act for the college (toeleiding) and for the team's own organisation
(hulpverlening); these are separate dossiers with separate controllers (DESIGN section 1). Data
from the hulpverlening may go into the toeleiding only when the care worker judged it
necessary for the college's task: the judgement is recorded with the copy, by name.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_REASON = 500
MIN_REASON = 10
MIN_JUDGEMENT = 20


class LookupSource(enum.StrEnum):
    BRP = "brp"
    SUWINET = "suwinet"
    MUNICIPAL = "gemeentelijke_registratie"
    OTHER = "ander_systeem"


LOOKUP_SOURCE_TEXT = {
    LookupSource.BRP: QT_TRANSLATE_NOOP("Lookups", "BRP (personal records database)"),
    LookupSource.SUWINET: QT_TRANSLATE_NOOP("Lookups", "Suwinet"),
    LookupSource.MUNICIPAL: QT_TRANSLATE_NOOP("Lookups", "another municipal registration"),
    LookupSource.OTHER: QT_TRANSLATE_NOOP("Lookups", "another system"),
}


@dataclass(frozen=True)
class ManualLookup:
    id: str
    intake_id: str
    source: LookupSource
    reason: str
    on: date
    recorded_at: datetime
    worker_id: str


@dataclass(frozen=True)
class RoleTransfer:
    id: str
    from_note_id: str | None
    to_note_id: str
    judgement: str
    judged_by: str
    judged_on: date
    recorded_at: datetime
    worker_id: str


def _clean(text: str) -> str:
    return " ".join(text.split())


def check_reason(reason: str) -> str:
    """Why the lookup was needed: a real sentence, not a tick (R-001-28)."""
    cleaned = _clean(reason)
    if len(cleaned) < MIN_REASON:
        raise ValidationError(
            "reason",
            translate(
                "Lookups",
                "Write why the lookup was needed for this help request (at least 10 characters).",
            ),
        )
    if len(cleaned) > MAX_REASON:
        raise ValidationError(
            "reason", translate("Lookups", "This text is too long (at most 500 characters).")
        )
    return cleaned


def check_judgement(judgement: str, judged_by: str) -> tuple[str, str]:
    """The care worker's necessity judgement and who made it (R-004-18)."""
    text = _clean(judgement)
    who = _clean(judged_by)
    if len(text) < MIN_JUDGEMENT:
        raise ValidationError(
            "judgement",
            translate(
                "Lookups",
                "Write why the college needs this for its task (at least 20 characters).",
            ),
        )
    if len(text) > MAX_REASON:
        raise ValidationError(
            "judgement", translate("Lookups", "This text is too long (at most 500 characters).")
        )
    if not who:
        raise ValidationError(
            "judged_by", translate("Lookups", "Name the care worker who made the judgement.")
        )
    return text, who


def check_transfer(from_role: str, to_role: str, same_citizen: bool) -> None:
    """Only hulpverlening → toeleiding of the same citizen goes through this door."""
    if not same_citizen:
        raise ValidationError(
            "target", translate("Lookups", "The note can only move within the same citizen.")
        )
    if from_role != "hulpverlening" or to_role != "toeleiding":
        raise ValidationError(
            "target",
            translate(
                "Lookups",
                "Only a note from the hulpverlening can move into the toeleiding this way.",
            ),
        )
