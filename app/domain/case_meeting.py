"""A case meeting (casusoverleg / ketenoverleg) and its rules (issue 7; R-000-47, R-001-25,
R-003-06..13, R-004-20; DESIGN section 5 ``CaseMeeting``).

Participants are chosen per case, each with a task or legal ground in words; an adviser
(consultation or learning) gets no personal data. A meeting is not ready until the citizen was
informed beforehand, the attendance was discussed and chosen, and the citizen's limits on
sharing were recorded (possibly none); when the citizen is absent the case is discussed
anonymously, or by name only with a consent naming every participant or a safety ground. The
output is the agreements (who gets which data for which action), never minutes.

Pure: no I/O, no Qt. The ``check_*`` functions list every problem at once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import ValidationError
from app.domain.consent_terms import Problem
from app.domain.selection import Item
from app.domain.visit_records import check_text, contains_bsn
from app.i18n import QT_TRANSLATE_NOOP, translate


class MeetingType(enum.StrEnum):
    INTERN = "casusoverleg"  # internal
    EXTERN = "ketenoverleg"  # with partners outside the agency


class Attendance(enum.StrEnum):
    ATTEND = "aanwezig"
    ABSENT = "afwezig"
    VIA_WORKER = "via_medewerker"


class Discussion(enum.StrEnum):
    """How the case is discussed while the citizen is not there (R-000-47)."""

    ANONYMOUS = "anoniem"
    CONSENT = "toestemming"
    SAFETY = "veiligheid"


class FeedbackHow(enum.StrEnum):
    ORAL = "mondeling"
    WRITTEN = "schriftelijk"


TYPE_TEXT = {
    MeetingType.INTERN: QT_TRANSLATE_NOOP("CaseMeeting", "internal case meeting (casusoverleg)"),
    MeetingType.EXTERN: QT_TRANSLATE_NOOP("CaseMeeting", "meeting with partners (ketenoverleg)"),
}
ATTENDANCE_TEXT = {
    Attendance.ATTEND: QT_TRANSLATE_NOOP("CaseMeeting", "attends"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("CaseMeeting", "does not attend"),
    Attendance.VIA_WORKER: QT_TRANSLATE_NOOP("CaseMeeting", "through the worker"),
}
DISCUSSION_TEXT = {
    Discussion.ANONYMOUS: QT_TRANSLATE_NOOP("CaseMeeting", "anonymously"),
    Discussion.CONSENT: QT_TRANSLATE_NOOP("CaseMeeting", "by name, with the citizen's consent"),
    Discussion.SAFETY: QT_TRANSLATE_NOOP("CaseMeeting", "by name, on a safety ground"),
}
FEEDBACK_TEXT = {
    FeedbackHow.ORAL: QT_TRANSLATE_NOOP("CaseMeeting", "orally"),
    FeedbackHow.WRITTEN: QT_TRANSLATE_NOOP("CaseMeeting", "in writing"),
}


@dataclass(frozen=True)
class Participant:
    id: str
    meeting_id: str
    organisation: str
    role: str
    task_ground: str  # the task or legal ground that brings this party to the table
    adviser: bool = False  # consultation or learning: no personal data (R-001-25, R-004-20)
    statutory_recipient_id: str | None = None


@dataclass(frozen=True)
class SharingLimit:
    """The citizen's limit: nothing of ``domain`` (or the item ``item_key``) to the
    participant ``participant_id`` (None: to anyone at the table)."""

    id: str
    meeting_id: str
    participant_id: str | None
    domain: str | None
    item_key: str | None
    words: str = ""

    def blocks(self, participant_id: str, item: Item) -> bool:
        if self.participant_id not in (None, participant_id):
            return False
        return (self.domain is not None and item.domain == self.domain) or (
            self.item_key is not None and item.key == self.item_key
        )


@dataclass(frozen=True)
class Agreement:
    """Who gets which data (catalogue keys) for which agreed action (R-004-20)."""

    id: str
    meeting_id: str
    participant_id: str
    action: str
    items: tuple[str, ...]
    disclosure_id: str | None
    recorded_at: datetime


@dataclass(frozen=True)
class CaseMeeting:
    id: str
    citizen_id: str
    intake_id: str | None
    type: MeetingType
    purpose: str
    held_on: date
    informed_on: date | None = None
    informed_how: str = ""
    attendance: Attendance | None = None
    attendance_discussed: bool = False
    limits_recorded: bool = False
    discussion: Discussion | None = None
    safety_ground: str = ""
    ready_at: datetime | None = None
    objected_at: datetime | None = None
    override_text: str = ""
    override_at: datetime | None = None
    identifiers: bool = False
    identifiers_reason: str = ""
    discussed_at: datetime | None = None
    feedback_on: date | None = None
    feedback_how: FeedbackHow | None = None
    outcome: str = ""
    purged_at: datetime | None = None

    @property
    def absent(self) -> bool:
        return self.attendance is not None and self.attendance is not Attendance.ATTEND

    @property
    def by_name(self) -> bool:
        """May the case be discussed by name (so personal data may go to participants)?"""
        return not self.absent or self.discussion in (Discussion.CONSENT, Discussion.SAFETY)

    @property
    def exports_blocked(self) -> bool:
        """The citizen objected and no safety override was recorded (R-003-07)."""
        return self.objected_at is not None and self.override_at is None


def clean(field: str, text: str, label: str, required: bool = True) -> str:
    """One line of plain text; never a BSN (a meeting holds no BSN)."""
    cleaned = check_text(field, text, required, label)
    if contains_bsn(cleaned):
        raise ValidationError(
            field,
            translate("CaseMeeting", "This looks like a BSN. Leave the number out of the meeting."),
        )
    return cleaned


def check_participant(organisation: str, role: str, task_ground: str) -> tuple[str, str, str]:
    """A party without a task or legal ground cannot be added (R-004-20)."""
    return (
        clean("organisation", organisation, translate("CaseMeeting", "organisation")),
        clean("role", role, translate("CaseMeeting", "role")),
        clean("task_ground", task_ground, translate("CaseMeeting", "the task or legal ground")),
    )


def ready_problems(
    meeting: CaseMeeting,
    participants: Sequence[Participant],
    uncovered: Iterable[Participant] = (),
) -> list[Problem]:
    """Why the meeting is not ready yet (R-003-06, R-000-47); ``uncovered``: the participants
    no consent names, for a discussion by name with consent."""
    p: list[Problem] = []
    if not participants:
        p.append(Problem("participants", translate("CaseMeeting", "Add the participants.")))
    if meeting.informed_on is None or not meeting.informed_how:
        p.append(
            Problem(
                "informed",
                translate("CaseMeeting", "Record when and how the citizen was informed."),
            )
        )
    if not meeting.attendance_discussed or meeting.attendance is None:
        p.append(
            Problem(
                "attendance",
                translate(
                    "CaseMeeting", "Discuss attendance with the citizen and record the choice."
                ),
            )
        )
    if not meeting.limits_recorded:
        p.append(
            Problem(
                "limits",
                translate(
                    "CaseMeeting",
                    "Record the citizen's limits on sharing (or that there are none).",
                ),
            )
        )
    if meeting.absent and meeting.discussion is None:
        p.append(
            Problem(
                "discussion",
                translate(
                    "CaseMeeting",
                    "The citizen is absent: choose anonymous, consent or a safety ground.",
                ),
            )
        )
    if meeting.absent and meeting.discussion is Discussion.CONSENT:
        for party in uncovered:
            p.append(
                Problem(
                    "discussion",
                    translate("CaseMeeting", "No consent names {organisation}.").format(
                        organisation=party.organisation
                    ),
                )
            )
    return p


def allowed_items(
    participant: Participant,
    meeting: CaseMeeting,
    limits: Iterable[SharingLimit],
    catalogue: Sequence[Item],
) -> list[Item]:
    """What may be offered to ``participant``: nothing to an adviser or in an anonymous
    discussion, and nothing the citizen's limits hold back (R-003-06, R-004-20)."""
    if participant.adviser or not meeting.by_name:
        return []
    held = list(limits)
    return [i for i in catalogue if not any(h.blocks(participant.id, i) for h in held)]


def outcome_line(meeting: CaseMeeting, agreements: int) -> str:
    """What stays after the purge: no name, purpose or participant, only type, date, counts."""
    return translate("CaseMeeting", "{type} of {date}: {count} agreements.").format(
        type=meeting.type.value, date=meeting.held_on.isoformat(), count=agreements
    )


@dataclass(frozen=True)
class ExportLine:
    """One agreement as it leaves: the party, the action and, for that party only, the items
    (label and text) it gets."""

    organisation: str
    role: str
    action: str
    items: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MeetingExport:
    """The agreements of a meeting, pseudonymised by default (R-003-11): the case number and
    no name, date of birth or address unless identifiers were added deliberately."""

    case_number: str
    type: MeetingType
    held_on: date
    purpose: str
    identifiers: tuple[tuple[str, str], ...]
    lines: tuple[ExportLine, ...]

    def text(self) -> str:
        """Plain text for a bundle or the clipboard (labels in the interface language)."""
        out = [
            translate("CaseMeeting", "Case number: {number}").format(number=self.case_number),
            translate("CaseMeeting", "Meeting: {type}, {date}").format(
                type=translate("CaseMeeting", TYPE_TEXT[self.type]), date=self.held_on.isoformat()
            ),
            translate("CaseMeeting", "Purpose: {purpose}").format(purpose=self.purpose),
        ]
        out += [f"{label}: {value}" for label, value in self.identifiers]
        out.append(translate("CaseMeeting", "Agreements:"))
        for line in self.lines:
            out.append(f"- {line.organisation} ({line.role}): {line.action}")
            out += [f"    {label}: {text}" for label, text in line.items]
        return "\n".join(out)
