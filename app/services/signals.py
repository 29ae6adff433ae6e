"""Use cases of a signal: open a case from a third party's concern, record whether the person
was told, recategorise, and close an unfounded signal by deleting it (issue 7; R-001-22,
R-004-25, R-003-18).

Opening creates a ``contact_signal_person`` task (contact the person promptly) and a
``review_signal`` task on the forced review date; material about a third person creates an
``inform_third_person`` task unless a reason not to inform is recorded. Every change is one
audited transaction with ids only; the deletion's audit line holds the id and nothing else.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile
from app.domain.signal import (
    CONTACT_WITHIN_DAYS,
    Category,
    Signal,
    SignalDraft,
    check_informed,
    check_signal,
)
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.services.tasks import TaskService
from app.storage import signal_repository as repo
from app.storage import task_repository
from app.storage.db import Connection, Database
from app.storage.repositories import citizen_in


class SignalService:
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

    @audited("create", "signal", result_id)
    def open(self, draft: SignalDraft) -> Signal:
        """Record a signal with its contact and review tasks (and the inform task for a third
        person unless a reason not to inform is given), in one transaction."""
        today = self.today()
        d = check_signal(draft, today, self.profile.medical_words)
        signal = Signal(
            self.new_id(), d.citizen_id, d.task_ground, d.person_name, d.concern,
            d.reporter_role, d.reporter_name, d.category, d.keep_until, d.review_on, None, "",
            d.third_person, d.third_person_reason, d.received_on, self.now(), self.trail.actor,
        )  # fmt: skip

        def write(conn: Connection) -> Signal:
            if d.citizen_id is not None and citizen_in(conn, d.citizen_id) is None:
                raise ValidationError(
                    "citizen", translate("Signal", "This citizen no longer exists.")
                )
            repo.insert(conn, signal)
            tasks = TaskService(self.db, self.trail, self.now, self.new_id)
            key = f"signal:{signal.id}:"
            contact = today + timedelta(days=CONTACT_WITHIN_DAYS)
            tasks.add("contact_signal_person", contact, d.citizen_id, None, signal.id,
                      source_key=key + "contact")  # fmt: skip
            tasks.add("review_signal", d.review_on, d.citizen_id, None, signal.id,
                      source_key=key + f"review:{d.review_on.isoformat()}")  # fmt: skip
            if d.third_person and not d.third_person_reason:
                days = self.profile.casework.inform_network_person_days
                tasks.add("inform_third_person", today + timedelta(days=days), d.citizen_id,
                          None, signal.id, source_key=key + "inform_third")  # fmt: skip
            return signal

        return self.db.transaction(write)

    @audited("record_informed", "signal", first_arg)
    def record_informed(self, signal_id: str, informed: bool, reason: str = "") -> None:
        """Whether the person the signal is about was told; a 'no' needs the reason."""
        text = check_informed(informed, reason)

        def write(conn: Connection) -> None:
            self._get(conn, signal_id)
            repo.set_informed(conn, signal_id, informed, text)
            if informed:
                task = task_repository.by_source(conn, f"signal:{signal_id}:contact")
                if task is not None:
                    TaskService(self.db, self.trail, self.now, self.new_id).done_in(conn, task)

        self.db.transaction(write)

    @audited("review", "signal", first_arg)
    def review(
        self, signal_id: str, category: Category, review_on: date, keep_until: date | None = None
    ) -> None:
        """The forced review: a (new) category and the next review date; closes the open
        review task and creates the next."""

        def write(conn: Connection) -> None:
            old = self._get(conn, signal_id)
            draft = SignalDraft(
                old.task_ground, old.person_name, old.concern, old.reporter_role, category,
                review_on, old.received_on, old.reporter_name, keep_until,
            )  # fmt: skip
            d = check_signal(draft, self.today(), self.profile.medical_words)
            repo.set_category(conn, signal_id, d.category, d.keep_until, d.review_on)
            tasks = TaskService(self.db, self.trail, self.now, self.new_id)
            for task in task_repository.open_of_kind(conn, "review_signal"):
                if task.object_id == signal_id:
                    tasks.done_in(conn, task)
            key = f"signal:{signal_id}:review:{d.review_on.isoformat()}"
            tasks.add("review_signal", d.review_on, old.citizen_id, None, signal_id, False, key)

        self.db.transaction(write)

    @audited("delete_unfounded", "signal", first_arg)
    def close_unfounded(self, signal_id: str) -> None:
        """The signal proved unfounded: its row and its tasks are deleted completely."""

        def write(conn: Connection) -> None:
            if repo.delete(conn, signal_id) == 0:
                raise ValidationError("signal", translate("Signal", "That signal is gone."))

        self.db.transaction(write)

    def get(self, signal_id: str) -> Signal | None:
        return self.db.run(lambda c: repo.get(c, signal_id))

    def signals(self) -> list[Signal]:
        return self.db.run(repo.all_signals)

    def _get(self, conn: Connection, signal_id: str) -> Signal:
        signal = repo.get(conn, signal_id)
        if signal is None:
            raise ValidationError("signal", translate("Signal", "That signal is gone."))
        return signal
