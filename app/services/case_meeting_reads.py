"""What a case meeting may give and show: the items a participant may get, the export of
the agreements, and the readiness check against the citizen's consents (issue 7; R-000-47,
R-003-06/07/11, R-004-20). Reads only, inside the caller's connection; used by
:class:`app.services.case_meetings.CaseMeetingService`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.domain.case_meeting import (
    CaseMeeting,
    Discussion,
    ExportLine,
    MeetingExport,
    Participant,
    allowed_items,
    ready_problems,
)
from app.domain.citizen import ValidationError
from app.domain.consent_record import ConsentStatus, same_name, status_on
from app.domain.consent_terms import Direction, Problem
from app.domain.profile import AgencyProfile
from app.domain.selection import Choice, Item, check_selection
from app.formatting import format_date
from app.i18n import translate
from app.services.sharing.catalogue import catalogue_for_citizen
from app.storage import case_meeting_repository as repo
from app.storage import consent_record_repository as consent_repo
from app.storage.db import Connection
from app.storage.repositories import citizen_in


class MeetingRefused(ValidationError):
    """Every reason at once; ``str()`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].field, "\n".join(p.message for p in problems))
        self.problems = tuple(problems)


def chosen_items_for(
    conn: Connection,
    profile: AgencyProfile,
    meeting: CaseMeeting,
    party: Participant,
    chosen: Sequence[Choice],
    action: str,
) -> list[tuple[Item, str]]:
    """The ticked items with their grounds, if the participant may get them: never to an
    adviser or in an anonymous discussion, never what the citizen's limits hold back."""
    if not chosen:
        return []
    if party.adviser:
        raise ValidationError(
            "items",
            translate("CaseMeeting", "An adviser gets no personal data; leave the items out."),
        )
    if not meeting.by_name:
        raise ValidationError(
            "items",
            translate(
                "CaseMeeting", "The case is discussed anonymously: no personal data can go out."
            ),
        )
    catalogue = catalogue_for_citizen(conn, meeting.citizen_id, profile)
    allowed = {i.key for i in allowed_for(conn, profile, meeting, party, catalogue)}
    problems = [
        Problem(
            "limits",
            translate("CaseMeeting", "The citizen does not want \u201c{label}\u201d shared with "
                      "{organisation}.").format(label=i.label, organisation=party.organisation),
        )
        for i in catalogue
        if i.key in {c.key for c in chosen} and i.key not in allowed
    ]  # fmt: skip
    offered = [i for i in catalogue if i.key in allowed]
    problems += [p for p in check_selection(offered, chosen, action) if p.field != "items"]
    if not problems and any(c.key not in allowed for c in chosen):
        problems.append(
            Problem("items", translate("CaseMeeting", "An item cannot be shared from here."))
        )
    if problems:
        raise MeetingRefused(problems)
    grounds = {c.key: c.ground for c in chosen}
    return [(i, grounds[i.key]) for i in offered if i.key in grounds]


def build_export(
    conn: Connection, profile: AgencyProfile, meeting: CaseMeeting, participant_id: str | None
) -> MeetingExport:
    """The agreements only, pseudonymised unless identifiers were added (R-003-11). For one
    participant: only its own lines, with the items it gets (none for an adviser), the
    citizen's limits applied again. Refused while the citizen's objection stands."""
    if meeting.purged_at is not None:
        raise ValidationError("meeting", translate("CaseMeeting", "The details were purged."))
    if meeting.exports_blocked:
        raise ValidationError("objection", blocked_text())
    citizen = citizen_in(conn, meeting.citizen_id)
    if citizen is None:
        raise ValidationError("citizen", translate("CaseMeeting", "This citizen no longer exists."))
    parties = {p.id: p for p in repo.participants(conn, meeting.id)}
    target = parties.get(participant_id) if participant_id else None
    if participant_id and target is None:
        raise ValidationError("participant", translate("CaseMeeting", "That participant is gone."))
    catalogue = catalogue_for_citizen(conn, meeting.citizen_id, profile)
    lines = []
    for agreement in repo.agreements(conn, meeting.id):
        party = parties[agreement.participant_id]
        if target is not None and party.id != target.id:
            continue
        items: tuple[tuple[str, str], ...] = ()
        if target is not None:
            allowed = allowed_for(conn, profile, meeting, party, catalogue)
            items = tuple((i.label, i.text) for i in allowed if i.key in agreement.items)
        lines.append(ExportLine(party.organisation, party.role, agreement.action, items))
    identifiers: tuple[tuple[str, str], ...] = ()
    if meeting.identifiers and not (target is not None and target.adviser):
        born = format_date(citizen.date_of_birth) if citizen.date_of_birth else ""
        identifiers = ((translate("CaseMeeting", "Name"), citizen.name),) + (
            ((translate("CaseMeeting", "Date of birth"), born),) if born else ()
        )
    return MeetingExport(
        citizen.case_number, meeting.type, meeting.held_on, meeting.purpose,
        identifiers, tuple(lines),
    )  # fmt: skip


def allowed_for(
    conn: Connection,
    profile: AgencyProfile,
    meeting: CaseMeeting,
    party: Participant,
    catalogue: list[Item] | None = None,
) -> list[Item]:
    """What may be offered to ``party`` (limits, advisers and anonymity applied)."""
    items = catalogue or catalogue_for_citizen(conn, meeting.citizen_id, profile)
    return allowed_items(party, meeting, repo.limits(conn, meeting.id), items)


def ready_problems_in(conn: Connection, meeting: CaseMeeting) -> list[Problem]:
    """Why the meeting is not ready; by name with consent, every party a consent names."""
    parties = repo.participants(conn, meeting.id)
    uncovered: list[Participant] = []
    if meeting.discussion is Discussion.CONSENT:
        at = datetime.combine(meeting.held_on, datetime.min.time()).astimezone()
        consents = consent_repo.with_events_for_citizen(conn, meeting.citizen_id)
        uncovered = [
            p for p in parties if not p.adviser and not any(
                r.direction is Direction.VERSTREKKEN
                and same_name(r.party.organisation, p.organisation)
                and status_on(r, ev, at) is ConsentStatus.ACTIVE
                for r, ev in consents
            )
        ]  # fmt: skip
    return ready_problems(meeting, parties, uncovered)


def not_ready() -> Problem:
    return Problem("ready", translate("CaseMeeting", "Mark the meeting ready first."))


def blocked_text() -> str:
    return translate(
        "CaseMeeting",
        "The citizen objects to further discussion. Nothing leaves unless a safety override "
        "with a written justification is recorded.",
    )
