"""The intake conversation's records: mode, the information handed over first, help requests.

Pure data and rules; storage is ``app/storage/intake_repository.py`` and the use cases are in
``app/services/intake.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from app.domain.citizen import MAX_NOTE, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate


class IntakeMode(enum.StrEnum):
    CONTACT_ONLY = "alleen_contact"  # contact data only: no notes, no ZRM
    SINGLE = "enkelvoudig"
    COMPLEX = "complex"


class Acknowledgement(enum.StrEnum):
    SIGNED = "getekend"
    INFORMED_NOT_SIGNED = "geinformeerd_niet_getekend"  # never ends the intake
    LATER = "later"  # needs a reason


class NoteKind(enum.StrEnum):
    FACT = "feit"
    OBSERVATION = "waarneming"
    INTERPRETATION = "interpretatie"
    AGREEMENT = "afspraak"


class Compartment(enum.StrEnum):
    DOSSIER = "dossier"
    WORK = "werkdossier"
    PERSONAL = "persoonlijk"  # expires, never shared
    CONFIDENTIAL = "vertrouwelijk"  # never shared, shown in the citizen's own inzage


# The oral checklist of the information step (R-000-26 and DESIGN section 1 "Papers").
CHECKLIST = {
    "purpose": QT_TRANSLATE_NOOP("Checklist", "why we ask and what the data are for"),
    "recorded": QT_TRANSLATE_NOOP("Checklist", "what is written down, and where it is kept"),
    "who_sees": QT_TRANSLATE_NOOP("Checklist", "who can see it"),
    "sharing": QT_TRANSLATE_NOOP("Checklist", "with whom it may be shared, and when"),
    "rights": QT_TRANSLATE_NOOP("Checklist", "the citizen's rights and how to use them"),
}


@dataclass(frozen=True)
class Handover:
    sheet_version: str
    language: str
    format: str
    checklist: tuple[str, ...]
    acknowledgement: Acknowledgement
    reason: str
    recorded_at: datetime
    worker_id: str


@dataclass(frozen=True)
class HelpRequest:
    id: str
    intake_id: str
    words: str
    type_id: str
    created_at: datetime


@dataclass(frozen=True)
class Intake:
    id: str
    dossier_id: str
    citizen_id: str
    started_at: datetime
    mode: IntakeMode
    minors: str
    status: str
    mapping_version: str


def check_handover(
    checklist: tuple[str, ...], acknowledgement: Acknowledgement, reason: str
) -> None:
    """Every checklist item explained; 'later' needs its reason."""
    missing = [item for item in CHECKLIST if item not in checklist]
    if missing:
        raise ValidationError(
            "checklist",
            translate("Intake", "Explain every point of the checklist first: {items}.").format(
                items=", ".join(translate("Checklist", CHECKLIST[m]) for m in missing)
            ),
        )
    if acknowledgement is Acknowledgement.LATER and not reason.strip():
        raise ValidationError(
            "reason", translate("Intake", "Write down why the acknowledgement comes later.")
        )


def check_words(words: str) -> str:
    cleaned = words.strip()
    if not cleaned:
        raise ValidationError(
            "words", translate("Intake", "Write the help request in the citizen's own words.")
        )
    if len(cleaned) > MAX_NOTE:  # a paste gone wrong, not a help request
        raise ValidationError(
            "words",
            translate("Intake", "The help request is too long (at most 20,000 characters)."),
        )
    return cleaned
