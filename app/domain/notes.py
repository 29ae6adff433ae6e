"""Notes written during an intake: kind, source, date, domain, role and compartment.

The citizen can read every note (R-004-16), so notes separate what happened (``feit``), what
the worker saw (``waarneming``), what the worker makes of it (``interpretatie``, always pointing
at a fact) and what was agreed (``afspraak``) (R-000-16). Free text that matches the agency's
medical word list gets a warning to describe the limitation instead (R-000-20).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import ValidationError
from app.domain.intake import Compartment, NoteKind
from app.i18n import translate

# Health, addiction and justice content is special-category data (AVG art. 9/10; R-002-12):
# such notes are tagged and leave the app only item by item.
SPECIAL_DOMAINS = frozenset(
    {"lichamelijke_gezondheid", "geestelijke_gezondheid", "middelengebruik", "justitie"}
)
# Kinds an interpretation may rest on.
FACT_KINDS = (NoteKind.FACT, NoteKind.OBSERVATION)


class NoteSource(enum.StrEnum):
    CITIZEN = "inwoner"
    WORKER = "medewerker"
    NETWORK = "netwerk"
    PROFESSIONAL = "professional"
    DOCUMENT = "document"


class MedicalWordWarning(ValidationError):
    """Raised (not stored) when text uses the agency's medical words; ``words`` lists them."""

    def __init__(self, field: str, words: list[str]) -> None:
        super().__init__(
            field,
            translate(
                "Notes",
                "This text contains words from the medical word list ({words}). Describe what "
                "the citizen cannot do (the limitation) instead of a diagnosis, medicine or "
                "letter.",
            ).format(words=", ".join(words)),
        )
        self.words = words


@dataclass(frozen=True)
class IntakeNote:
    id: str
    intake_id: str
    citizen_id: str
    domain: str | None
    kind: NoteKind
    compartment: Compartment
    source: NoteSource
    on: date
    role: str
    refers_to: str | None
    special: bool
    body: str
    created_at: datetime
    updated_at: datetime
    worker_id: str


@dataclass(frozen=True)
class NoteVersion:
    """An earlier wording of a corrected note."""

    note_id: str
    version: int
    body: str
    kind: NoteKind
    replaced_at: datetime
    worker_id: str


def medical_words_in(text: str, words: tuple[str, ...]) -> list[str]:
    """The agency's medical words that occur in ``text`` as whole words, case-insensitive.

    A word also matches as the start of a compound ("medicatie" in "medicatieoverzicht") —
    Dutch glues words together — but not in the middle of another word.
    """
    found = []
    for item in words:
        pattern = r"(?<!\w)" + re.escape(item.strip())
        if item.strip() and re.search(pattern, text, flags=re.IGNORECASE):
            found.append(item.strip())
    return found


def check_medical(field: str, text: str, words: tuple[str, ...], keep_anyway: bool) -> None:
    """Warn about medical words unless the worker chose to keep the wording (R-000-20)."""
    found = medical_words_in(text, words)
    if found and not keep_anyway:
        raise MedicalWordWarning(field, found)


def check_interpretation(kind: NoteKind, refers_to: IntakeNote | None, intake_id: str) -> None:
    """An interpretation must point at a fact or observation of the same intake (R-000-16)."""
    if kind is not NoteKind.INTERPRETATION:
        if refers_to is not None and refers_to.intake_id != intake_id:
            raise ValidationError("refers_to", translate("Notes", "Choose a note of this intake."))
        return
    if refers_to is None or refers_to.intake_id != intake_id or refers_to.kind not in FACT_KINDS:
        raise ValidationError(
            "refers_to",
            translate(
                "Notes",
                "An interpretation needs the fact or observation it is based on. "
                "Choose that note first.",
            ),
        )


def is_special(domain: str | None) -> bool:
    return domain in SPECIAL_DOMAINS
