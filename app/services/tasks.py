"""Use cases of the one task list: add (idempotent by source), done, postpone, and the lists the
home screen and a citizen's page show (issue 5; DESIGN section 5 ``Task``).

Every change is one audited transaction with ids only. The methods may run inside another
service's transaction (the database thread turns it into a savepoint), so a hook such as
"recording a network person creates an inform task" commits together with its cause.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta

from app.domain.citizen import ValidationError
from app.domain.procedure import Procedure
from app.domain.tasks import (
    Status,
    Task,
    TaskRow,
    check_done,
    check_postpone,
    is_known_kind,
    kind_label,
)
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg
from app.storage import task_repository as repo
from app.storage import triage_repository
from app.storage.db import Connection, Database

HOME_LIMIT = 200


class TaskService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        procedures: Iterable[Procedure] = (),
    ) -> None:
        """``procedures``: the agency's own (``AgencyProfile.procedures``), for deadline labels."""
        self.db = db
        self.trail = trail
        self.now = now
        self.new_id = new_id
        self.procedures = tuple(procedures)

    def today(self) -> date:
        """The worker's calendar day (local time), by the injected clock."""
        return self.now().astimezone().date()

    # -- changes -------------------------------------------------------------------------------
    def add(
        self,
        kind: str,
        due_on: date,
        citizen_id: str | None = None,
        intake_id: str | None = None,
        object_id: str | None = None,
        statutory: bool = False,
        source_key: str | None = None,
    ) -> Task:
        """A new open task; with a ``source_key`` that exists already, that task, unchanged."""
        if not is_known_kind(kind):
            raise ValueError(f"unknown task kind {kind!r}")

        def write(conn: Connection) -> Task:
            existing = repo.by_source(conn, source_key) if source_key else None
            if existing is not None:
                return existing
            task = Task(
                self.new_id(), kind, citizen_id, intake_id, object_id, source_key, due_on,
                statutory, Status.OPEN, None, "", None, "", self.now(),
            )  # fmt: skip
            repo.insert(conn, task)
            self.trail.record("create", "task", task.id)
            return task

        return self.db.transaction(write)

    @audited("done", "task", first_arg)
    def done(self, task_id: str, note: str = "") -> Task:
        def write(conn: Connection) -> Task:
            task = self._get(conn, task_id)
            repo.set_done(conn, task_id, self.now(), check_done(task, note))
            return self._get(conn, task_id)

        return self.db.transaction(write)

    @audited("postpone", "task", first_arg)
    def postpone(self, task_id: str, until: date, reason: str) -> Task:
        """Move the aim to ``until`` with a reason; a statutory task stays te laat after its
        legal date all the same."""

        def write(conn: Connection) -> Task:
            task = self._get(conn, task_id)
            text = check_postpone(task, until, reason, self.today())
            repo.set_postponed(conn, task_id, until, text)
            return self._get(conn, task_id)

        return self.db.transaction(write)

    def inform_person(self, citizen_id: str, intake_id: str, person_id: str, days: int) -> Task:
        """Tell a network person, within ``days``, that their data were recorded (R-004-17,
        R-003-18). Called inside the transaction that records the person."""
        due = self.today() + timedelta(days=days)
        key = f"inform_network_person:{person_id}"
        return self.add("inform_network_person", due, citizen_id, intake_id, person_id, False, key)

    # -- for other services, inside their transaction -------------------------------------------
    def move_in(self, conn: Connection, task: Task, due_on: date) -> None:
        """A corrected source event moves the task's date (never deletes it)."""
        if task.due_on != due_on:
            repo.move_due(conn, task.id, due_on)
            self.trail.record("move", "task", task.id)

    def done_in(self, conn: Connection, task: Task) -> None:
        """The event that meets the task was recorded."""
        if task.status is not Status.DONE:
            repo.set_done(conn, task.id, self.now(), "")
            self.trail.record("done", "task", task.id)

    def reopen_in(self, conn: Connection, task: Task) -> None:
        """The event that met the task was taken back."""
        if task.status is Status.DONE:
            repo.reopen(conn, task.id)
            self.trail.record("reopen", "task", task.id)

    # -- the scope review of open files (R-002-10) ------------------------------------------------
    def review_scopes(self, interval_days: int, today: date) -> int:
        """A ``review_scope`` task for every open intake whose last review of its domain scope
        (its start, samen terugkijken or a triage moment) is ``interval_days`` old; returns how
        many were created. Idempotent (one task per intake and review), and an open one is done
        once a newer review exists. Runs after every unlock (``housekeeping``)."""

        def write(conn: Connection) -> int:
            moments = triage_repository.last_scope_reviews(conn)
            last: dict[str, date] = {}
            created = 0
            for intake_id, citizen_id, reviewed in repo.open_intakes_reviewed(conn):
                moment = moments.get(intake_id)
                day = max(reviewed, moment).date() if moment else reviewed.date()
                last[intake_id] = day
                due = day + timedelta(days=interval_days)
                key = f"review_scope:{intake_id}:{day.isoformat()}"
                if due <= today and repo.by_source(conn, key) is None:
                    self.add("review_scope", due, citizen_id, intake_id, source_key=key)
                    created += 1
            for task in repo.open_of_kind(conn, "review_scope"):
                since = (task.source_key or "").rpartition(":")[2]
                if task.intake_id in last and since < last[task.intake_id].isoformat():
                    self.done_in(conn, task)
            return created

        return self.db.transaction(write)

    # -- reading -------------------------------------------------------------------------------
    def get(self, task_id: str) -> Task | None:
        return self.db.run(lambda c: repo.get(c, task_id))

    def by_source(self, source_key: str) -> Task | None:
        return self.db.run(lambda c: repo.by_source(c, source_key))

    def open_rows(self, today: date, limit: int = HOME_LIMIT) -> list[TaskRow]:
        """Open tasks for the home screen, te laat first, then by date, with name and case
        number (one query over an index)."""
        rows = self.db.run(lambda c: repo.open_rows(c, today, limit))
        return [TaskRow(task, name, number, task.state_on(today)) for task, name, number in rows]

    def overdue_count(self, today: date) -> int:
        return self.db.run(lambda c: repo.overdue_count(c, today))

    def for_citizen(self, citizen_id: str) -> list[Task]:
        """All of the citizen's tasks, done ones included, by due date."""
        return self.db.run(lambda c: repo.for_citizen(c, citizen_id))

    def for_intake(self, intake_id: str) -> list[Task]:
        return self.db.run(lambda c: repo.for_intake(c, intake_id))

    def label(self, task: Task) -> str:
        """The task's title in the interface language (no personal data)."""
        return kind_label(task.kind, self.procedures)

    def _get(self, conn: Connection, task_id: str) -> Task:
        task = repo.get(conn, task_id)
        if task is None:
            raise ValidationError("task", translate("Tasks", "This task no longer exists."))
        return task
