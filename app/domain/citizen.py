"""Citizens and their notes, as the foundation knows them (the intake issue extends both).

Only first-contact fields: a name, an optional date of birth, a case number. Validation
messages are plain language and never echo the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.i18n import translate

MAX_NAME = 200
MAX_NOTE = 20_000


class ValidationError(ValueError):
    """Bad input from a form field: ``field`` names it, ``str()`` is the message."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Citizen:
    id: str
    case_number: str
    name: str
    date_of_birth: date | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Note:
    id: str
    citizen_id: str
    body: str
    created_at: datetime
    updated_at: datetime


def clean_name(name: str) -> str:
    """Trim and check a citizen's name."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("name", translate("Validation", "Enter the citizen's name."))
    if len(cleaned) > MAX_NAME:
        raise ValidationError(
            "name", translate("Validation", "The name is too long (at most 200 characters).")
        )
    return cleaned


# How people type a date: ``dd-mm-jjjj``, ``d-m-jjjj``, ISO ``jjjj-mm-dd`` or ``dd/mm/jjjj``.
DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y")


def read_date(text: str) -> date | None:
    """The date in ``text`` (stripped) in one of :data:`DATE_FORMATS`, or None."""
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()  # noqa: DTZ007 - a date, no time
        except ValueError:
            continue
    return None


def parse_date_of_birth(text: str, today: date) -> date | None:
    """Parse ``dd-mm-jjjj`` or ISO ``jjjj-mm-dd``; empty means unknown."""
    if not text.strip():
        return None
    parsed = read_date(text)
    if parsed is None:
        raise ValidationError(
            "date_of_birth",
            translate("Validation", "Write the date of birth as day-month-year, e.g. 07-03-1950."),
        )
    if parsed > today or parsed.year < 1900:
        raise ValidationError(
            "date_of_birth", translate("Validation", "This date of birth is not possible.")
        )
    return parsed


def clean_note(body: str) -> str:
    """Check a note's text; keeps the worker's line breaks."""
    if not body.strip():
        raise ValidationError("body", translate("Validation", "The note is empty."))
    if len(body) > MAX_NOTE:
        raise ValidationError(
            "body", translate("Validation", "The note is too long (at most 20,000 characters).")
        )
    return body.rstrip()


def case_number(year: int, sequence: int) -> str:
    """Case numbers name no person: ``KT-2026-00042``. Used for file names too."""
    return f"KT-{year:04d}-{sequence:05d}"
