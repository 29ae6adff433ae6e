"""The law's process around an intake: dated events (melding, verslag, aanvraag, spoed …) and the
deadlines they start, kept as tasks in the one task list (issue 5; Wmo 2015 art. 2.3.2, 2.3.3,
2.3.5; the agency's own steps for other laws).

Recording an event starts its deadlines (a task each, idempotent by source) and meets the ones
it is the done-by event of; correcting an event's date moves its deadline tasks, never deletes
them. Events may be recorded after the conversation closed: the beschikking comes later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.citizen import ValidationError
from app.domain.procedure import (
    DeadlineSpec,
    Detail,
    EventSpec,
    Procedure,
    RecordedEvent,
    deadline_kind,
)
from app.domain.profile import Law
from app.domain.tasks import MAX_REASON, Task, TaskState
from app.i18n import translate
from app.services.audit_trail import audited, first_arg
from app.services.intake import IntakeService
from app.services.tasks import TaskService
from app.storage import intake_repository as intake_repo
from app.storage import task_repository as repo
from app.storage.db import Connection


@dataclass(frozen=True)
class DeadlineStatus:
    """One deadline of an intake: not started (``due_on`` None), or its date and state."""

    spec: DeadlineSpec
    due_on: date | None
    state: TaskState | None
    task: Task | None
    done_on: date | None  # the date of the event that met it


def source_key(intake_id: str, deadline: str) -> str:
    return f"deadline:{intake_id}:{deadline}"


class ProcedureService:
    def __init__(self, intakes: IntakeService, tasks: TaskService) -> None:
        self._intakes = intakes
        self._tasks = tasks
        self._db = intakes.db
        self.trail = intakes.trail
        self._profile = intakes.profile
        self._now = intakes.now

    def today(self) -> date:
        """The worker's calendar day (local time), by the injected clock."""
        return self._now().astimezone().date()

    def procedure(self, intake_id: str) -> Procedure | None:
        """The procedure of the intake's law, or None when the law has none."""
        return self._profile.procedure(self._intakes.law(intake_id))

    @audited("record_event", "intake", first_arg)
    def record_event(
        self, intake_id: str, event: str, on_date: date, detail: str = ""
    ) -> RecordedEvent:
        """Record (or correct the date of) ``event``; spoed needs its reason, the reaction to
        the verslag one of its choices. Not in the future, not before the start event."""

        def write(conn: Connection) -> RecordedEvent:
            procedure, citizen_id = self._procedure_in(conn, intake_id)
            spec = self._spec(procedure, event)
            text = self._detail(spec, detail)
            recorded = {e.event: e for e in repo.events(conn, intake_id)}
            self._check_date(procedure, spec, on_date, recorded)
            item = RecordedEvent(intake_id, event, on_date, text, self._now(), self.trail.actor)
            repo.upsert_event(conn, item)
            recorded[event] = item
            self._start_deadlines(conn, procedure, item, citizen_id, recorded)
            for deadline in procedure.met_by(event):
                task = repo.by_source(conn, source_key(intake_id, deadline.key))
                if task is not None:
                    self._tasks.done_in(conn, task)
            return item

        return self._db.transaction(write)

    @audited("remove_event", "intake", first_arg)
    def remove_event(self, intake_id: str, event: str) -> None:
        """Take back a wrongly recorded event: the deadlines it started go (audited), the ones
        it met are open again. The start event goes last; an event others follow stays."""

        def write(conn: Connection) -> None:
            procedure, _ = self._procedure_in(conn, intake_id)
            self._spec(procedure, event)
            recorded = {e.event for e in repo.events(conn, intake_id)}
            followers = {e.key for e in procedure.events if e.after == event} & recorded
            if (event == procedure.start and recorded - {event}) or followers:
                raise ValidationError(
                    "event", translate("Procedure", "First remove the steps that follow it.")
                )
            if not repo.delete_event(conn, intake_id, event):
                return
            for deadline in procedure.started_by(event):
                task = repo.by_source(conn, source_key(intake_id, deadline.key))
                if task is not None:
                    repo.delete(conn, task.id)
                    self.trail.record("delete", "task", task.id)
            for deadline in procedure.met_by(event):
                task = repo.by_source(conn, source_key(intake_id, deadline.key))
                if task is not None:
                    self._tasks.reopen_in(conn, task)

        self._db.transaction(write)

    def events(self, intake_id: str) -> dict[str, RecordedEvent]:
        return {e.event: e for e in self._db.run(lambda c: repo.events(c, intake_id))}

    def deadlines(self, intake_id: str, today: date) -> list[DeadlineStatus]:
        """Every deadline of the intake's procedure with its date and state on ``today``."""
        procedure = self.procedure(intake_id)
        if procedure is None:
            return []
        recorded = self.events(intake_id)
        tasks = {t.source_key: t for t in self._tasks.for_intake(intake_id)}
        result = []
        for spec in procedure.deadlines:
            task = tasks.get(source_key(intake_id, spec.key))
            met = recorded.get(spec.done_by)
            if spec.from_event not in recorded or task is None:
                result.append(DeadlineStatus(spec, None, None, None, None))
                continue
            done_on = met.on if met else None
            result.append(DeadlineStatus(spec, task.due_on, task.state_on(today), task, done_on))
        return result

    # -- rules ---------------------------------------------------------------------------------
    def _procedure_in(self, conn: Connection, intake_id: str) -> tuple[Procedure, str]:
        intake = intake_repo.get_intake(conn, intake_id)
        if intake is None:
            raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
        law, _, _ = intake_repo.dossier_of(conn, intake_id)
        procedure = self._profile.procedure(Law(law))
        if procedure is None:
            raise ValidationError(
                "event", translate("Procedure", "This law has no procedure steps to record.")
            )
        return procedure, intake.citizen_id

    @staticmethod
    def _spec(procedure: Procedure, event: str) -> EventSpec:
        spec = procedure.event(event)
        if spec is None:
            raise ValidationError("event", translate("Procedure", "This step does not exist."))
        return spec

    @staticmethod
    def _detail(spec: EventSpec, detail: str) -> str:
        text = " ".join(detail.split())
        if spec.detail is Detail.REASON:
            if not text:
                raise ValidationError("detail", translate("Procedure", "Give the reason."))
            if len(text) > MAX_REASON:
                raise ValidationError(
                    "detail",
                    translate("Procedure", "The reason is too long (at most 500 characters)."),
                )
            return text
        if spec.detail is Detail.CHOICE:
            if text not in {key for key, _ in spec.choices}:
                raise ValidationError(
                    "detail", translate("Procedure", "Choose one of the answers.")
                )
            return text
        return ""

    def _check_date(
        self,
        procedure: Procedure,
        spec: EventSpec,
        on_date: date,
        recorded: dict[str, RecordedEvent],
    ) -> None:
        if on_date > self.today():
            raise ValidationError(
                "on_date", translate("Procedure", "A step cannot be dated in the future.")
            )
        start = recorded.get(procedure.start)
        if spec.key != procedure.start:
            if start is None:
                raise ValidationError(
                    "event",
                    translate("Procedure", "First record the step that starts the process."),
                )
            if on_date < start.on:
                raise ValidationError(
                    "on_date",
                    translate("Procedure", "This date lies before the start of the process."),
                )
        elif any(e.on < on_date for key, e in recorded.items() if key != spec.key):
            raise ValidationError(
                "on_date", translate("Procedure", "Later steps would then lie before the start.")
            )
        before = recorded.get(spec.after) if spec.after else None
        if spec.after and before is None:
            raise ValidationError(
                "event", translate("Procedure", "This step needs the step before it first.")
            )
        if before is not None and on_date < before.on:
            raise ValidationError(
                "on_date", translate("Procedure", "This date lies before the step it follows.")
            )
        for follower in procedure.events:
            done = recorded.get(follower.key)
            if follower.after == spec.key and done is not None and done.on < on_date:
                raise ValidationError(
                    "on_date",
                    translate(
                        "Procedure", "A step that follows this one would then lie before it."
                    ),
                )

    def _start_deadlines(
        self,
        conn: Connection,
        procedure: Procedure,
        event: RecordedEvent,
        citizen_id: str,
        recorded: dict[str, RecordedEvent],
    ) -> None:
        extra = self._profile.casework.atw_extra_days
        for spec in procedure.started_by(event.event):
            due = spec.due(event.on, extra)
            key = source_key(event.intake_id, spec.key)
            task = repo.by_source(conn, key)
            if task is not None:
                self._tasks.move_in(conn, task, due)
                continue
            task = self._tasks.add(
                deadline_kind(procedure.law, spec.key), due, citizen_id, event.intake_id,
                None, spec.statutory, key,
            )  # fmt: skip
            if spec.done_by in recorded:
                self._tasks.done_in(conn, task)
