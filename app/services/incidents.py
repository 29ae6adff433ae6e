"""Privacy incidents (datalekken): record what happened and show the agency's procedure
(issue 8; R-002-31; Wet meldplicht datalekken, AVG art. 33).

The worker records the kind (lost or stolen device, wrong recipient, paper lost, unauthorised
access, other), when it happened and when it was discovered, which categories of data and
roughly how many citizens, the measures taken and to whom and when it was reported. Never
names: a text that holds a citizen name or case number of this vault, or a number that passes
the BSN elfproef, is refused without repeating it. Recording creates a ``privacy_incident``
task due within the agency's ``report_within_hours``. The summary for the data-breach desk
(text or PDF) holds no citizen data.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.documents.base import PaperMeta, new_number
from app.documents.layout import PaperWriter
from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile
from app.domain.profile_accountability import BreachContact
from app.domain.visit_records import elfproef
from app.formatting import format_date, format_datetime
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.audit_trail import AuditTrail
from app.services.tasks import TaskService
from app.storage import accountability_repository as repo
from app.storage.accountability_repository import IncidentRow
from app.storage.db import Connection, Database

MAX_TEXT = 2000


class IncidentKind(enum.StrEnum):
    LOST_DEVICE = "lost_device"
    WRONG_RECIPIENT = "wrong_recipient"
    PAPER_LOST = "paper_lost"
    UNAUTHORISED_ACCESS = "unauthorised_access"
    OTHER = "other"


KIND_LABELS = {
    IncidentKind.LOST_DEVICE: QT_TRANSLATE_NOOP("Incidents", "Laptop or phone lost or stolen"),
    IncidentKind.WRONG_RECIPIENT: QT_TRANSLATE_NOOP("Incidents", "Sent to the wrong recipient"),
    IncidentKind.PAPER_LOST: QT_TRANSLATE_NOOP("Incidents", "Paper lost"),
    IncidentKind.UNAUTHORISED_ACCESS: QT_TRANSLATE_NOOP("Incidents", "Unauthorised access"),
    IncidentKind.OTHER: QT_TRANSLATE_NOOP("Incidents", "Something else"),
}

CATEGORIES = {
    "contact": QT_TRANSLATE_NOOP("Incidents", "Name and contact details"),
    "bsn": QT_TRANSLATE_NOOP("Incidents", "Citizen service number (BSN)"),
    "health": QT_TRANSLATE_NOOP("Incidents", "Health and limitations"),
    "finance": QT_TRANSLATE_NOOP("Incidents", "Income and debts"),
    "household": QT_TRANSLATE_NOOP("Incidents", "Household and network"),
    "children": QT_TRANSLATE_NOOP("Incidents", "Data about children"),
    "justice": QT_TRANSLATE_NOOP("Incidents", "Justice data"),
    "notes": QT_TRANSLATE_NOOP("Incidents", "Conversation notes"),
}

NO_NAMES = QT_TRANSLATE_NOOP(
    "Incidents",
    "Do not write names, citizen service numbers or case numbers here: describe what happened "
    "in general terms.",
)


@dataclass(frozen=True)
class IncidentDraft:
    kind: IncidentKind
    happened_on: date
    discovered_at: datetime
    categories: tuple[str, ...]
    citizens_estimate: int
    what_happened: str
    measures: str = ""
    reported_to: str = ""
    reported_at: datetime | None = None


@dataclass(frozen=True)
class Procedure:
    """What the form shows: the agency's steps and whom to call."""

    steps: tuple[str, ...]
    contacts: tuple[BreachContact, ...]
    report_within_hours: int
    from_profile: bool  # False: the fallback (privacy contact point and FG)


def procedure(profile: AgencyProfile) -> Procedure:
    """The agency's data-breach procedure, or the privacy contact point and FG when it has none."""
    if profile.breach is not None:
        b = profile.breach
        return Procedure(b.steps, b.contacts, b.report_within_hours, True)
    fallback = (
        BreachContact(
            translate("Incidents", "Privacy contact point"), profile.privacy_contact.name,
            profile.privacy_contact.phone, profile.privacy_contact.email,
        ),
        BreachContact(
            translate("Incidents", "Data protection officer (FG)"), profile.fg.name,
            profile.fg.phone, profile.fg.email,
        ),
    )  # fmt: skip
    steps = (translate("Incidents", "Report the incident at once to the contacts below."),)
    return Procedure(steps, fallback, 24, False)


_NINE_DIGITS = re.compile(r"(?<!\d)(\d[\s.]?){8}\d(?!\d)")


def check_no_names(field: str, text: str, forbidden: list[str]) -> str:
    """Refuse a text that names a citizen of the vault or holds a BSN (never echoed)."""
    cleaned = text.strip()
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            field, translate("Incidents", "Keep this to at most {n} characters.").format(n=MAX_TEXT)
        )
    lowered = cleaned.casefold()
    for word in forbidden:
        if len(word.strip()) >= 3 and word.strip().casefold() in lowered:
            raise ValidationError(field, translate("Incidents", NO_NAMES))
    for match in _NINE_DIGITS.finditer(cleaned):
        if elfproef(re.sub(r"\D", "", match.group(0))):
            raise ValidationError(field, translate("Incidents", NO_NAMES))
    return cleaned


class IncidentService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.db = db
        self.trail = trail
        self.profile = profile
        self.now = now
        self.new_id = new_id

    def procedure(self) -> Procedure:
        return procedure(self.profile)

    def record(self, draft: IncidentDraft) -> IncidentRow:
        """Check and store the incident, add the follow-up task; one ``create`` event."""
        now = self.now()
        if draft.happened_on > draft.discovered_at.astimezone().date():
            raise ValidationError(
                "happened_on",
                translate("Incidents", "It cannot have happened after it was discovered."),
            )
        if draft.discovered_at > now:
            raise ValidationError(
                "discovered_at", translate("Incidents", "The discovery lies in the future.")
            )
        unknown = [c for c in draft.categories if c not in CATEGORIES]
        if not draft.categories or unknown:
            raise ValidationError(
                "categories", translate("Incidents", "Tick at least one kind of data.")
            )
        if not 0 <= draft.citizens_estimate <= 1_000_000:
            raise ValidationError(
                "citizens", translate("Incidents", "Give a rough number of citizens.")
            )
        if bool(draft.reported_to.strip()) != (draft.reported_at is not None):
            raise ValidationError(
                "reported_to",
                translate("Incidents", "Fill in both to whom and when it was reported."),
            )

        def write(conn: Connection) -> IncidentRow:
            forbidden = repo.citizen_words(conn)
            what = check_no_names("what_happened", draft.what_happened, forbidden)
            if not what:
                raise ValidationError(
                    "what_happened", translate("Incidents", "Describe briefly what happened.")
                )
            measures = check_no_names("measures", draft.measures, forbidden)
            reported_to = check_no_names("reported_to", draft.reported_to, forbidden)[:200]
            incident_id = self.new_id()
            hours = self.procedure().report_within_hours
            due = (now + timedelta(hours=hours)).astimezone().date()
            task = TaskService(self.db, self.trail, self.now, self.new_id).add(
                "privacy_incident", due, None, None, incident_id, False,
                f"privacy_incident:{incident_id}",
            )  # fmt: skip
            row = IncidentRow(
                incident_id, draft.kind.value, draft.happened_on, draft.discovered_at,
                tuple(dict.fromkeys(draft.categories)), draft.citizens_estimate, what, measures,
                reported_to, draft.reported_at, task.id, now, self.trail.actor,
            )  # fmt: skip
            repo.insert_incident(conn, row)
            self.trail.append_in(conn, "create", "privacy_incident", incident_id)
            return row

        return self.db.transaction(write)

    def mark_reported(
        self, incident_id: str, to: str, at: datetime, measures: str | None = None
    ) -> IncidentRow:
        """Record to whom and when the incident was reported (and the measures so far)."""

        def write(conn: Connection) -> IncidentRow:
            forbidden = repo.citizen_words(conn)
            whom = check_no_names("reported_to", to, forbidden)
            if not whom:
                raise ValidationError(
                    "reported_to", translate("Incidents", "Fill in to whom it was reported.")
                )
            steps = check_no_names("measures", measures, forbidden) if measures else None
            if not repo.set_reported(conn, incident_id, whom[:200], at, steps):
                raise ValidationError("incident", translate("Incidents", "This incident is gone."))
            self.trail.append_in(conn, "edit", "privacy_incident", incident_id)
            found = repo.get_incident(conn, incident_id)
            assert found is not None  # noqa: S101 - just updated in this transaction
            return found

        return self.db.transaction(write)

    def incidents(self) -> list[IncidentRow]:
        return self.db.run(repo.incidents)

    # -- the summary for the data-breach desk ---------------------------------------------------
    def summary(self, incident: IncidentRow) -> list[tuple[str, str]]:
        """Label and value lines: categories and numbers, no citizen data."""
        na = translate("Incidents", "not yet")
        return [
            (translate("Incidents", "Kind"),
             translate("Incidents", KIND_LABELS[IncidentKind(incident.kind)])),
            (translate("Incidents", "Happened on"), format_date(incident.happened_on)),
            (translate("Incidents", "Discovered at"),
             format_datetime(incident.discovered_at, "short")),
            (translate("Incidents", "Kinds of data"),
             ", ".join(translate("Incidents", CATEGORIES[c]) for c in incident.categories)),
            (translate("Incidents", "Citizens affected (about)"),
             str(incident.citizens_estimate)),
            (translate("Incidents", "What happened"), incident.what_happened),
            (translate("Incidents", "Measures taken"), incident.measures or na),
            (translate("Incidents", "Reported to"), incident.reported_to or na),
            (translate("Incidents", "Reported at"),
             incident.reported_at.isoformat(timespec="minutes") if incident.reported_at else na),
            (translate("Incidents", "Recorded by"), incident.worker_id),
        ]  # fmt: skip

    def summary_pdf(self, incident: IncidentRow) -> bytes:
        """The printable summary; printing or saving it is logged as ``export``."""
        title = translate("Incidents", "Privacy incident")
        meta = PaperMeta(
            "privacy-incident", title, new_number(), "1", "en", "English",
            self.now().astimezone().date(), self.profile.organisation.name,
        )  # fmt: skip
        writer = PaperWriter(meta)
        writer.title(title)
        writer.facts(self.summary(incident))
        proc = self.procedure()
        writer.heading(translate("Incidents", "The agency's procedure"))
        writer.bullets(list(proc.steps))
        writer.facts([(c.role, f"{c.name}, {c.phone} {c.email}".strip()) for c in proc.contacts])
        pdf = writer.render()
        self.trail.record("export", "privacy_incident", incident.id)
        return pdf
