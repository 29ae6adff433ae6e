"""Use cases of a case meeting (casusoverleg / ketenoverleg; issue 7; R-000-47, R-001-25,
R-003-06/07/08/10/11/13, R-004-20).

Every change is one audited transaction with ids only. The citizen's limits are enforced when
an agreement is made and again when an export is built; an agreement that gives a participant
data is logged as a disclosure (channel ``casusoverleg``) in the same transaction, so a share
the disclosure rules refuse leaves no agreement behind. :meth:`purge` runs from housekeeping.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.domain.case_meeting import (
    Agreement,
    Attendance,
    CaseMeeting,
    Discussion,
    FeedbackHow,
    MeetingExport,
    MeetingType,
    Participant,
    SharingLimit,
    check_participant,
    clean,
    outcome_line,
)
from app.domain.citizen import ValidationError
from app.domain.consent_terms import Problem
from app.domain.disclosure import (
    Channel,
    DisclosureDraft,
    ExceptionReason,
    GroundKind,
    SharedItem,
)
from app.domain.profile import AgencyProfile
from app.domain.selection import Choice, Item
from app.domain.tasks import Task
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.services.case_meeting_reads import (
    MeetingRefused,
    allowed_for,
    blocked_text,
    build_export,
    chosen_items_for,
    not_ready,
    ready_problems_in,
)
from app.services.sharing.catalogue import catalogue_for_citizen
from app.services.sharing.disclosures import DisclosureService
from app.services.tasks import TaskService
from app.storage import case_meeting_repository as repo
from app.storage import task_repository
from app.storage.db import Connection, Database
from app.storage.repositories import citizen_in

EXPLAIN_WITHIN_DAYS = 7
FEEDBACK_WITHIN_DAYS = 14


@dataclass(frozen=True)
class LimitDraft:
    """A limit as the worker enters it: a participant id (None: all) and a domain or item."""

    participant_id: str | None
    domain: str | None = None
    item_key: str | None = None
    words: str = ""


class CaseMeetingService:
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

    def today(self) -> date:
        return self.now().astimezone().date()

    def _tasks(self) -> TaskService:
        return TaskService(self.db, self.trail, self.now, self.new_id)

    # -- the meeting and its participants ------------------------------------------------------
    @audited("create", "case_meeting", result_id)
    def create(
        self,
        citizen_id: str,
        type: MeetingType,
        purpose: str,
        held_on: date,
        intake_id: str | None = None,
    ) -> CaseMeeting:
        """A meeting about one citizen; its details are purged after the agency's period."""
        text = clean("purpose", purpose, translate("CaseMeeting", "the purpose"))
        meeting = CaseMeeting(
            self.new_id(), citizen_id, intake_id, MeetingType(type), text, held_on
        )

        def write(conn: Connection) -> CaseMeeting:
            if citizen_in(conn, citizen_id) is None:
                raise ValidationError(
                    "citizen", translate("CaseMeeting", "This citizen no longer exists.")
                )
            repo.insert_meeting(conn, meeting, self.now(), self.trail.actor)
            days = self.profile.retention.case_meeting_detail_days
            self._tasks().add(
                "purge_meeting_details", held_on + timedelta(days=days + 1), citizen_id,
                intake_id, meeting.id, source_key=f"case_meeting:{meeting.id}:purge",
            )  # fmt: skip
            return meeting

        return self.db.transaction(write)

    @audited("create", "case_meeting_participant", result_id)
    def add_participant(
        self,
        meeting_id: str,
        organisation: str,
        role: str,
        task_ground: str,
        adviser: bool = False,
        statutory_recipient_id: str | None = None,
    ) -> Participant:
        """A party without a task or legal ground in words cannot be added (R-004-20)."""
        org, role_text, ground = check_participant(organisation, role, task_ground)
        party = Participant(
            self.new_id(), meeting_id, org, role_text, ground, adviser, statutory_recipient_id
        )

        def write(conn: Connection) -> Participant:
            self._open(conn, meeting_id, reset_ready=True)
            repo.insert_participant(conn, party)
            return party

        return self.db.transaction(write)

    # -- before the meeting (R-003-06, R-000-47) ------------------------------------------------
    @audited("record_informed", "case_meeting", first_arg)
    def record_informed(self, meeting_id: str, on: date, how: str) -> None:
        text = clean("informed_how", how, translate("CaseMeeting", "how the citizen was informed"))
        self._set(meeting_id, informed_on=on, informed_how=text)

    @audited("record_attendance", "case_meeting", first_arg)
    def record_attendance(self, meeting_id: str, attendance: Attendance, discussed: bool) -> None:
        choice = Attendance(attendance)
        if choice is Attendance.ATTEND:  # present: no absence mode applies
            self._set(meeting_id, True, attendance=choice, attendance_discussed=discussed,
                      discussion=None, safety_ground="")  # fmt: skip
        else:
            self._set(meeting_id, True, attendance=choice, attendance_discussed=discussed)

    @audited("record_limits", "case_meeting", first_arg)
    def record_limits(self, meeting_id: str, limits: Sequence[LimitDraft]) -> None:
        """The citizen's limits on sharing; an empty list records that there are none."""

        def write(conn: Connection) -> None:
            self._open(conn, meeting_id, reset_ready=True)
            known = {p.id for p in repo.participants(conn, meeting_id)}
            stored = []
            for draft in limits:
                if draft.participant_id is not None and draft.participant_id not in known:
                    raise ValidationError(
                        "limits", translate("CaseMeeting", "That participant is gone.")
                    )
                if not draft.domain and not draft.item_key:
                    raise ValidationError(
                        "limits",
                        translate("CaseMeeting", "Choose the domain or item the limit is about."),
                    )
                words = clean("limits", draft.words, "", required=False)
                stored.append(
                    SharingLimit(
                        self.new_id(), meeting_id, draft.participant_id,
                        draft.domain or None, draft.item_key or None, words,
                    )
                )  # fmt: skip
            repo.replace_limits(conn, meeting_id, stored)

        self.db.transaction(write)

    @audited("record_discussion", "case_meeting", first_arg)
    def record_discussion(
        self, meeting_id: str, discussion: Discussion, safety_ground: str = ""
    ) -> None:
        """How the case is discussed in the citizen's absence (R-000-47)."""
        mode = Discussion(discussion)
        ground = ""
        if mode is Discussion.SAFETY:
            ground = clean(
                "safety_ground", safety_ground, translate("CaseMeeting", "the safety ground")
            )
        self._set(meeting_id, discussion=mode, safety_ground=ground)

    def readiness(self, meeting_id: str) -> list[Problem]:
        """Why the meeting is not ready yet; empty when it may be marked ready."""
        return self.db.run(lambda c: ready_problems_in(c, self._get(c, meeting_id)))

    @audited("mark_ready", "case_meeting", first_arg)
    def mark_ready(self, meeting_id: str) -> None:
        def write(conn: Connection) -> None:
            meeting = self._open(conn, meeting_id)
            problems = ready_problems_in(conn, meeting)
            if problems:
                raise MeetingRefused(problems)
            repo.update(conn, meeting_id, ready_at=self.now())

        self.db.transaction(write)

    # -- objection, override, identifiers (R-003-07, R-003-08, R-003-11) -----------------------
    @audited("citizen_objects", "case_meeting", first_arg)
    def citizen_objects(self, meeting_id: str) -> None:
        """The citizen objects to (further) discussion: exports are blocked from now on."""
        self._set(meeting_id, False, objected_at=self.now(), override_text="", override_at=None)

    @audited("safety_override", "case_meeting", first_arg)
    def safety_override(self, meeting_id: str, justification: str) -> Task:
        """Lift the block for safety, with a written justification; creates an
        ``explain_sharing`` task (postponable only with a recorded reason)."""
        text = clean("justification", justification, translate("CaseMeeting", "the justification"))

        def write(conn: Connection) -> Task:
            meeting = self._open(conn, meeting_id)
            if meeting.objected_at is None:
                raise ValidationError(
                    "override",
                    translate("CaseMeeting", "The citizen has not objected; nothing to override."),
                )
            repo.update(conn, meeting_id, override_text=text, override_at=self.now())
            return self._tasks().add(
                "explain_sharing", self.today() + timedelta(days=EXPLAIN_WITHIN_DAYS),
                meeting.citizen_id, meeting.intake_id, meeting_id,
                source_key=f"case_meeting:{meeting_id}:explain:{self.now().isoformat()}",
            )  # fmt: skip

        return self.db.transaction(write)

    @audited("add_identifiers", "case_meeting", first_arg)
    def add_identifiers(self, meeting_id: str, reason: str) -> None:
        """A deliberate step: name and date of birth appear in exports to non-advisers."""
        text = clean("identifiers", reason, translate("CaseMeeting", "why identifiers are needed"))
        self._set(meeting_id, False, identifiers=True, identifiers_reason=text)

    # -- agreements (R-004-20) -----------------------------------------------------------------
    def offer(self, meeting_id: str, participant_id: str) -> list[Item]:
        """What may be offered to this participant (limits, advisers and anonymity applied)."""

        def read(conn: Connection) -> list[Item]:
            meeting = self._get(conn, meeting_id)
            party = self._participant(conn, meeting_id, participant_id)
            return allowed_for(conn, self.profile, meeting, party)

        return self.db.run(read)

    @audited("create", "case_meeting_agreement", result_id)
    def add_agreement(
        self,
        meeting_id: str,
        participant_id: str,
        action: str,
        chosen: Sequence[Choice] = (),
        ground: GroundKind = GroundKind.TOESTEMMING,
        legal_ground: str = "",
        reason: ExceptionReason | None = None,
        minimum_data: str = "",
        citizen_told_on: date | None = None,
    ) -> Agreement:
        """Record who gets which data for which agreed action. Items must be allowed for the
        participant; when there are any, the share is logged as a disclosure on ``ground``."""
        text = clean("action", action, translate("CaseMeeting", "the agreed action"))

        def write(conn: Connection) -> Agreement:
            meeting = self._open(conn, meeting_id)
            party = self._participant(conn, meeting_id, participant_id)
            if meeting.ready_at is None:
                raise MeetingRefused(ready_problems_in(conn, meeting) or [not_ready()])
            if meeting.exports_blocked and chosen:
                raise ValidationError("objection", blocked_text())
            items = chosen_items_for(conn, self.profile, meeting, party, chosen, text)
            disclosure_id = None
            if items:
                draft = DisclosureDraft(
                    meeting.citizen_id, self.now(), party.organisation,
                    tuple(SharedItem.of(i, g) for i, g in items), f"{meeting.purpose}: {text}",
                    GroundKind(ground), Channel.CASUSOVERLEG, meeting.intake_id,
                    role=party.role, statutory_recipient_id=party.statutory_recipient_id,
                    legal_ground=legal_ground, reason=reason, minimum_data=minimum_data,
                    citizen_told_on=citizen_told_on,
                )  # fmt: skip
                disclosures = DisclosureService(
                    self.db, self.trail, self.profile, self.now, self.new_id
                )
                disclosure_id = disclosures.record_in(conn, draft).id
            agreement = Agreement(
                self.new_id(), meeting_id, participant_id, text,
                tuple(i.key for i, _ in items), disclosure_id, self.now(),
            )  # fmt: skip
            repo.insert_agreement(conn, agreement)
            return agreement

        return self.db.transaction(write)

    # -- export (R-003-07, R-003-11, R-004-20) ---------------------------------------------------
    @audited("export", "case_meeting", first_arg)
    def export(self, meeting_id: str, participant_id: str | None = None) -> MeetingExport:
        """The agreements only, pseudonymised unless identifiers were added. For one
        participant: only its own lines, with the items it gets (none for an adviser); the
        citizen's limits are applied again. Refused while the citizen's objection stands."""

        def read(conn: Connection) -> MeetingExport:
            return build_export(conn, self.profile, self._get(conn, meeting_id), participant_id)

        return self.db.run(read)

    # -- after the meeting (R-003-10, R-003-13) -------------------------------------------------
    @audited("mark_discussed", "case_meeting", first_arg)
    def mark_discussed(self, meeting_id: str) -> Task:
        """Discussed: a ``case_meeting_feedback`` task until the citizen got feedback."""

        def write(conn: Connection) -> Task:
            meeting = self._open(conn, meeting_id)
            if meeting.ready_at is None:
                raise MeetingRefused(ready_problems_in(conn, meeting) or [not_ready()])
            repo.update(conn, meeting_id, discussed_at=self.now())
            return self._tasks().add(
                "case_meeting_feedback", self.today() + timedelta(days=FEEDBACK_WITHIN_DAYS),
                meeting.citizen_id, meeting.intake_id, meeting_id,
                source_key=f"case_meeting:{meeting_id}:feedback",
            )  # fmt: skip

        return self.db.transaction(write)

    @audited("record_feedback", "case_meeting", first_arg)
    def record_feedback(self, meeting_id: str, on: date, how: FeedbackHow) -> None:
        """When and how the citizen got feedback; closes the feedback task."""

        def write(conn: Connection) -> None:
            meeting = self._get(conn, meeting_id)
            if meeting.discussed_at is None:
                raise ValidationError(
                    "feedback", translate("CaseMeeting", "First mark the case as discussed.")
                )
            if on > self.today():
                raise ValidationError("feedback", translate("CaseMeeting", "That date lies ahead."))
            repo.update(conn, meeting_id, feedback_on=on, feedback_how=FeedbackHow(how))
            task = task_repository.by_source(conn, f"case_meeting:{meeting_id}:feedback")
            if task is not None:
                self._tasks().done_in(conn, task)

        self.db.transaction(write)

    def purge(self, now: datetime | None = None) -> int:
        """Purge the details of every meeting older than the agency's period, keeping an
        outcome line; returns how many. Idempotent; called from housekeeping."""
        today = (now or self.now()).astimezone().date()
        days = self.profile.retention.case_meeting_detail_days

        def write(conn: Connection) -> int:
            due = repo.to_purge(conn, today - timedelta(days=days))
            for meeting in due:
                line = outcome_line(meeting, repo.agreement_count(conn, meeting.id))
                repo.purge_details(conn, meeting.id, line, now or self.now())
                self.trail.record("purge", "case_meeting", meeting.id)
                task = task_repository.by_source(conn, f"case_meeting:{meeting.id}:purge")
                if task is not None:
                    self._tasks().done_in(conn, task)
            return len(due)

        return self.db.transaction(write)

    # -- reading -------------------------------------------------------------------------------
    def get(self, meeting_id: str) -> CaseMeeting | None:
        return self.db.run(lambda c: repo.get_meeting(c, meeting_id))

    def meetings_for(self, citizen_id: str) -> list[CaseMeeting]:
        return self.db.run(lambda c: repo.meetings_for(c, citizen_id))

    def participants(self, meeting_id: str) -> list[Participant]:
        return self.db.run(lambda c: repo.participants(c, meeting_id))

    def limits(self, meeting_id: str) -> list[SharingLimit]:
        return self.db.run(lambda c: repo.limits(c, meeting_id))

    def agreements(self, meeting_id: str) -> list[Agreement]:
        return self.db.run(lambda c: repo.agreements(c, meeting_id))

    def catalogue(self, citizen_id: str) -> list[Item]:
        return self.db.run(lambda c: catalogue_for_citizen(c, citizen_id, self.profile))

    # -- rules shared by the writers -----------------------------------------------------------
    def _get(self, conn: Connection, meeting_id: str) -> CaseMeeting:
        meeting = repo.get_meeting(conn, meeting_id)
        if meeting is None:
            raise ValidationError(
                "meeting", translate("CaseMeeting", "This meeting no longer exists.")
            )
        return meeting

    def _open(self, conn: Connection, meeting_id: str, reset_ready: bool = False) -> CaseMeeting:
        meeting = self._get(conn, meeting_id)
        if meeting.purged_at is not None:
            raise ValidationError("meeting", translate("CaseMeeting", "The details were purged."))
        if reset_ready and meeting.ready_at is not None and meeting.discussed_at is None:
            repo.update(conn, meeting_id, ready_at=None)
        return meeting

    def _set(self, meeting_id: str, reset_ready: bool = True, **values: object) -> None:
        def write(conn: Connection) -> None:
            self._open(conn, meeting_id, reset_ready)
            repo.update(conn, meeting_id, **values)

        self.db.transaction(write)

    def _participant(self, conn: Connection, meeting_id: str, participant_id: str) -> Participant:
        party = next(
            (p for p in repo.participants(conn, meeting_id) if p.id == participant_id), None
        )
        if party is None:
            raise ValidationError(
                "participant", translate("CaseMeeting", "That participant is gone.")
            )
        return party
