"""The agenda's use cases: plan a visit, cancel it, turn a new contact into a citizen, and clear
visits that have passed (issue 5; DESIGN section 6 step 1). Every change is audited by id only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from app.domain.agenda import KEEP_PAST_DAYS, Visit, VisitRow, check_visit
from app.domain.citizen import ValidationError
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.storage import audit
from app.storage import visit_repository as repo
from app.storage.db import Connection, Database


class VisitService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self._db = db
        self.trail = trail
        self._now = now
        self._new_id = new_id

    def today(self) -> date:
        return self._now().astimezone().date()

    @audited("create", "visit", result_id)
    def plan(
        self,
        on_date: date,
        at_time: time | None,
        place: str = "",
        citizen_ids: tuple[str, ...] = (),
        contact_name: str = "",
    ) -> Visit:
        """A visit to one or two known citizens, or to a new contact named by hand."""
        cleaned_place, name = check_visit(on_date, self.today(), place, citizen_ids, contact_name)
        visit = Visit(self._new_id(), on_date, at_time, cleaned_place, name, citizen_ids)

        def write(conn: Connection) -> Visit:
            if not repo.citizens_exist(conn, citizen_ids):
                raise ValidationError(
                    "citizens", translate("Agenda", "This citizen is no longer in the vault.")
                )
            repo.insert(conn, visit, self._now().isoformat(), self.trail.actor)
            return visit

        return self._db.transaction(write)

    @audited("delete", "visit", first_arg)
    def cancel(self, visit_id: str) -> None:
        """A cancelled appointment leaves nothing behind."""
        self._db.transaction(lambda c: repo.delete(c, visit_id))

    @audited("edit", "visit", first_arg)
    def attach_citizen(self, visit_id: str, citizen_id: str) -> None:
        """The new contact now has a dossier: the visit points at it and the typed name goes."""

        def write(conn: Connection) -> None:
            if not repo.citizens_exist(conn, (citizen_id,)) or not repo.attach_citizen(
                conn, visit_id, citizen_id
            ):
                raise ValidationError(
                    "visit", translate("Agenda", "This visit is not for a new contact.")
                )

        self._db.transaction(write)

    def get(self, visit_id: str) -> VisitRow | None:
        return self._db.run(lambda c: repo.get(c, visit_id))

    def between(self, first: date, last: date) -> list[VisitRow]:
        return self._db.run(lambda c: repo.between(c, first, last))

    def coming_week(self) -> list[VisitRow]:
        """Today (its earlier visits included) and the six days after it."""
        today = self.today()
        return self.between(today, today + timedelta(days=6))

    def for_citizen(self, citizen_id: str) -> list[VisitRow]:
        return self._db.run(lambda c: repo.for_citizen(c, citizen_id, self.today()))

    def purge_past(self) -> int:
        """The agenda is not the dossier: visits older than the keep period are deleted."""
        before = self.today() - timedelta(days=KEEP_PAST_DAYS)

        def write(conn: Connection) -> int:
            removed = repo.delete_before(conn, before)
            if removed:
                audit.append(conn, self.trail.actor, "purge", "visit", "", count=removed)
            return removed

        return self._db.transaction(write)
