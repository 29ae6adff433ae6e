"""The worker's agenda: visits entered by hand (issue 5; DESIGN section 6 step 1).

A visit has a date, an optional time, a place and either the citizen(s) it concerns or the name of
a new contact who has no dossier yet. It is an appointment, not a record of the conversation: the
intake holds what was said, and past visits leave the agenda after :data:`KEEP_PAST_DAYS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from app.domain.citizen import ValidationError, clean_name
from app.domain.deadlines import parse_date
from app.domain.visit_records import check_text
from app.i18n import translate

# Past visits stay visible for a month (to open the intake from them), then leave the agenda.
KEEP_PAST_DAYS = 30
# Two household members may share one visit, each with their own intake (DESIGN section 5).
MAX_CITIZENS = 2

_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True)
class Visit:
    id: str
    on_date: date
    at_time: time | None
    place: str
    contact_name: str
    citizen_ids: tuple[str, ...]


@dataclass(frozen=True)
class VisitRow:
    """A visit as the agenda shows it: with the names and case numbers of its citizens."""

    visit: Visit
    people: tuple[tuple[str, str, str], ...]  # (citizen id, name, case number)


def parse_day(text: str, field: str = "date") -> date:
    """A date that must be given, typed as ``dd-mm-jjjj`` (see :func:`deadlines.parse_date`)."""
    day = parse_date(text, field)
    if day is None:
        raise ValidationError(field, translate("Agenda", "Fill in the date."))
    return day


def parse_time(text: str) -> time | None:
    """``9:30``, ``09.30`` or empty (no time agreed yet)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError(
        "time", translate("Agenda", "Write the time as hours:minutes, e.g. 9:30.")
    )


def check_visit(
    on_date: date,
    today: date,
    place: str,
    citizen_ids: tuple[str, ...],
    contact_name: str,
) -> tuple[str, str]:
    """The cleaned place and contact name; who is visited must be clear and not too many."""
    if on_date < today - timedelta(days=KEEP_PAST_DAYS):
        raise ValidationError(
            "date", translate("Agenda", "The agenda only keeps visits of the last 30 days.")
        )
    if len(set(citizen_ids)) != len(citizen_ids):
        raise ValidationError("citizens", translate("Agenda", "A citizen is chosen twice."))
    if len(citizen_ids) > MAX_CITIZENS:
        raise ValidationError(
            "citizens",
            translate("Agenda", "A visit concerns at most two household members."),
        )
    name = ""
    if contact_name.strip():
        if citizen_ids:
            raise ValidationError(
                "contact",
                translate("Agenda", "Choose a known citizen or write a new contact, not both."),
            )
        name = clean_name(contact_name)
    elif not citizen_ids:
        raise ValidationError(
            "citizens",
            translate("Agenda", "Choose the citizen, or write the name of the new contact."),
        )
    return check_text("place", place, False, translate("Agenda", "place")), name
