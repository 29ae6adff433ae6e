"""The optional profile parts for issue 8: the data-breach procedure (``[privacy.breach]``) and
the accountability reports (``[reports]``).

A privacy incident (a lost laptop, a letter to the wrong address) is reported inside the
organisation at once; the controller decides on notifying the Autoriteit Persoonsgegevens within
72 hours (AVG art. 33). The app cannot know the agency's procedure, so the profile carries it:
the steps a worker takes and whom to call. ``[reports]`` decides whether the content-free
quality report may be split per worker (R-000-48, R-001-20) and below which count a cell is
suppressed so that no household can be singled out (R-002-08).

Both tables are optional: a profile signed before they existed stays valid. Like the rest of
the profile parser, this module raises only :class:`InvalidField`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.profile_errors import InvalidField
from app.domain.profile_fields import boolean, table, text, whole
from app.i18n import translate

MAX_STEP_CHARS = 400
MAX_STEPS = 12


@dataclass(frozen=True)
class BreachContact:
    """Someone the worker calls or mails when an incident happens (e.g. the privacy officer)."""

    role: str
    name: str
    phone: str
    email: str = ""


@dataclass(frozen=True)
class BreachProcedure:
    """What a worker does after a privacy incident, in the agency's own words and order."""

    steps: tuple[str, ...]
    contacts: tuple[BreachContact, ...]
    # The agency's internal term for reporting an incident (the AP term of 72 hours is the
    # controller's, counted from when the organisation became aware).
    report_within_hours: int = 24


@dataclass(frozen=True)
class Reporting:
    """``[reports]``: how far the content-free reports may go."""

    # A quality report per worker only where the agency allows it (works council, R-000-48).
    per_worker: bool = False
    # Counts from 1 up to this number minus one are printed as "< n" (small-cell suppression).
    min_count: int = 5
    # How many dossiers a random-sample review draws at most.
    review_sample_size: int = 5


def parse_breach(privacy: dict[str, Any]) -> BreachProcedure | None:
    """``privacy.breach``, or None when the agency gives none (the form then names the FG)."""
    raw = privacy.get("breach")
    if raw is None:
        return None
    path = "privacy.breach"
    fields = table(raw, path, ("steps", "contacts", "report_within_hours"))
    steps = fields.get("steps")
    if not isinstance(steps, list) or not steps:
        raise InvalidField(f"{path}.steps", translate("Profile", "must be a list"))
    if len(steps) > MAX_STEPS:
        raise InvalidField(
            f"{path}.steps", translate("Profile", "at most {n} steps").format(n=MAX_STEPS)
        )
    for index, step in enumerate(steps):
        if not isinstance(step, str) or not step.strip() or len(step) > MAX_STEP_CHARS:
            raise InvalidField(
                f"{path}.steps[{index}]",
                translate("Profile", "must be text of at most {n} characters").format(
                    n=MAX_STEP_CHARS
                ),
            )
    contacts_raw = fields.get("contacts", [])
    if not isinstance(contacts_raw, list) or not contacts_raw:
        raise InvalidField(f"{path}.contacts", translate("Profile", "must be a list"))
    contacts = []
    for index, entry in enumerate(contacts_raw):
        where = f"{path}.contacts[{index}]"
        item = table(entry, where, ("role", "name", "phone", "email"))
        contacts.append(
            BreachContact(
                text(item, "role", f"{where}."),
                text(item, "name", f"{where}."),
                text(item, "phone", f"{where}."),
                text(item, "email", f"{where}.", required=False),
            )
        )
    hours = whole(fields, "report_within_hours", f"{path}.", 1, 72, 24)
    return BreachProcedure(tuple(s.strip() for s in steps), tuple(contacts), hours)


def parse_reporting(doc: dict[str, Any]) -> Reporting:
    raw = doc.get("reports")
    if raw is None:
        return Reporting()
    fields = table(raw, "reports", ("per_worker", "min_count", "review_sample_size"))
    return Reporting(
        boolean(fields, "per_worker", "reports.", False),
        whole(fields, "min_count", "reports.", 3, 50, 5),
        whole(fields, "review_sample_size", "reports.", 1, 50, 5),
    )
