"""Use cases of retention: nothing stays on the laptop longer than needed (issue 8; DESIGN
section 1 "Retention"; R-000-40, R-001-24, R-002-27, R-004-14).

* :meth:`RetentionService.close_case` closes an intake with a retention decision per data block
  (afgerond and afgebroken need one; niet doorgezet has its fixed grace purge, R-000-41).
* :meth:`RetentionService.confirm_handover` records that the case system confirmed receipt: the
  closed intakes become ``overgedragen`` and the local copy is due after the agency's period.
* :meth:`RetentionService.due` lists what is due on a day, for the worker's screen only.
* :meth:`RetentionService.destroy` erases the dossiers the worker confirmed over that list (all
  or nothing, one content-free audit line per citizen). Nothing here runs by itself:
  ``app.services.housekeeping`` only counts what is due and schedules reviews.
* :meth:`RetentionService.schedule_reviews` gives a dossier never handed over a
  ``review_retention`` task every ``dossier_review_days``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.profile import AgencyProfile, Law
from app.domain.retention import (
    Block,
    BlockDecision,
    Decision,
    DossierDates,
    DueReason,
    add_years,
    check_decisions,
    citizen_due,
    local_due,
    review_due,
)
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg
from app.services.bundles.schema import retention_until
from app.services.erasure import ErasureReason, ErasureReport, ErasureService
from app.services.intake import IntakeService
from app.services.intake_review import IntakeReview
from app.services.tasks import TaskService
from app.storage import erasure
from app.storage import retention_repository as repo
from app.storage import task_repository as task_repo
from app.storage.db import Connection, Database
from app.storage.repositories import citizen_in

NEEDS_DECISIONS = (IntakeStatus.COMPLETED, IntakeStatus.BROKEN_OFF)


@dataclass(frozen=True)
class DueDossier:
    """One citizen whose local copy is due: what the worker needs to recognise it on screen.

    The case number and name are for the worker's list only; the log gets the id alone.
    """

    citizen_id: str
    case_number: str
    name: str
    reason: DueReason
    due_on: date


class RetentionService:
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
        self._intakes = IntakeService(db, trail, profile, now, new_id)
        self._tasks = TaskService(db, trail, now, new_id)

    def today(self) -> date:
        return self.now().astimezone().date()

    # -- closing with a decision per block (R-001-24) -------------------------------------------
    def close_case(
        self,
        intake_id: str,
        outcome: IntakeStatus,
        decisions: Iterable[BlockDecision] = (),
        explained_confirmed: bool = False,
        reason: str = "",
    ) -> IntakeStatus:
        """Close the intake and record the retention decision per data block, together.

        ``afgerond`` and ``afgebroken`` are refused without a decision for every block;
        ``niet doorgezet`` takes none (its content goes after the grace period, R-000-41).
        """
        chosen = list(decisions)
        found = (
            check_decisions(chosen, self.profile.retention) if outcome in NEEDS_DECISIONS else {}
        )
        if outcome not in NEEDS_DECISIONS and chosen:
            raise ValidationError(
                "retention",
                translate("Retention", "An intake not pursued keeps its fixed retention rule."),
            )
        review = IntakeReview(self._intakes)

        def write(conn: Connection) -> IntakeStatus:
            result = review.close(intake_id, outcome, explained_confirmed, reason)
            now = self.now()
            for item in found.values():
                until = add_years(now.date(), item.years) if item.years else None
                repo.insert_block(
                    conn, intake_id, item.block.value, item.decision.value, item.years, until,
                    now, self.trail.actor,
                )  # fmt: skip
            return result

        return self.db.transaction(write)

    def decisions(self, intake_id: str) -> dict[Block, BlockDecision]:
        rows = self.db.run(lambda c: repo.blocks(c, intake_id))
        return {
            Block(b): BlockDecision(Block(b), Decision(d), years) for b, (d, years) in rows.items()
        }

    # -- the werkdossier (R-004-14) --------------------------------------------------------------
    @audited("mark_contributed", "note", first_arg)
    def mark_contributed(self, note_id: str, flag: bool) -> None:
        """Mark a werkdossier note as "contributed to the decision" (or take the mark back):
        only marked items go with the archive export."""

        def write(conn: Connection) -> None:
            compartment = repo.note_compartment(conn, note_id)
            if compartment is None:
                raise ValidationError("note", translate("Retention", "This note is gone."))
            if compartment != "werkdossier":
                raise ValidationError(
                    "note",
                    translate("Retention", "Only working-file notes are marked this way."),
                )
            repo.set_contributed(conn, note_id, flag)

        self.db.transaction(write)

    def contributed(self, intake_id: str) -> set[str]:
        """The ids of the intake's werkdossier notes marked "contributed to the decision"."""
        return self.db.run(lambda c: repo.contributed_notes(c, intake_id))

    # -- the case system confirmed receipt -------------------------------------------------------
    @audited("confirm_handover", "citizen", first_arg)
    def confirm_handover(self, citizen_id: str, on: date) -> int:
        """The case system confirmed it received the citizen's closed dossiers on ``on``: their
        closed intakes become ``overgedragen``, the local copy is due ``purge_after_handover_days``
        later, with a ``purge_after_handover`` task. Returns the number of dossiers."""
        if on > self.today():
            raise ValidationError(
                "on", translate("Retention", "The date of receipt cannot be in the future.")
            )
        days = timedelta(days=self.profile.retention.purge_after_handover_days)

        def write(conn: Connection) -> int:
            if citizen_in(conn, citizen_id) is None:
                raise ValidationError("citizen", translate("Retention", "This citizen is gone."))
            rows = repo.dossiers(conn, [citizen_id])
            if any(r.open for r in rows):
                raise ValidationError(
                    "status",
                    translate("Retention", "Close the open intake before the hand-over."),
                )
            count = 0
            for row in rows:
                closed = repo.mark_closed_handed_over(conn, row.id, self.now())
                if not closed and not row.all_handed_over:
                    continue  # only niet doorgezet: the grace purge applies
                repo.insert_handover(
                    conn, row.id, citizen_id, on, on + days, self.now(), self.trail.actor
                )
                self._tasks.add(
                    "purge_after_handover", on + days, citizen_id, None, row.id, False,
                    f"purge_after_handover:dossier:{row.id}",
                )  # fmt: skip
                count += 1
            if not count:
                raise ValidationError(
                    "status",
                    translate("Retention", "There is no closed dossier to hand over."),
                )
            return count

        return self.db.transaction(write)

    # -- what is due ----------------------------------------------------------------------------
    def statutory_until(self, row: repo.DossierRow) -> date:
        """The statutory date, computed exactly as every hand-over bundle carries it."""
        return retention_until(
            Law(row.law), [row.created, *row.intake_starts], self.profile.retention
        )

    def _dates(self, row: repo.DossierRow) -> DossierDates:
        handed = row.confirmed_on
        if handed is None and row.all_handed_over:  # a colleague took the dossier over
            handed = row.last_closed
        return DossierDates(self.statutory_until(row), handed, row.open, row.regie_until)

    def _due_in(self, conn: Connection, on: date) -> list[DueDossier]:
        per_citizen: dict[str, list[tuple[date, DueReason] | None]] = {}
        for row in repo.dossiers(conn):
            due = local_due(self._dates(row), self.profile.retention)
            per_citizen.setdefault(row.citizen_id, []).append(due)
        found = {c: d for c, ds in per_citizen.items() if (d := citizen_due(ds, on)) is not None}
        labels = repo.citizen_labels(conn, list(found))
        result = [DueDossier(c, *labels[c], reason, day) for c, (day, reason) in found.items()]
        return sorted(result, key=lambda d: (d.due_on, d.case_number))

    def due(self, on: date | None = None) -> list[DueDossier]:
        """Citizens whose every dossier is due for destruction here on ``on`` (today)."""
        day = on or self.today()
        return self.db.run(lambda c: self._due_in(c, day))

    def destroy(self, citizen_ids: Sequence[str]) -> ErasureReport:
        """Erase the citizens the worker confirmed over the list of due dossiers.

        All or nothing: an id that is not due today refuses the whole list. One transaction,
        one audit line per citizen (``erase_handover`` or ``erase_retention``, the id and the
        number of rows), then the file is compacted.
        """
        ids = list(dict.fromkeys(citizen_ids))
        today = self.today()

        def write(conn: Connection) -> int:
            due = {d.citizen_id: d for d in self._due_in(conn, today)}
            if any(c not in due for c in ids):
                raise ValidationError(
                    "citizens",
                    translate(
                        "Retention", "A dossier in the list is not due; nothing was destroyed."
                    ),
                )
            total = 0
            for citizen_id in ids:
                reason = (
                    ErasureReason.HANDOVER
                    if due[citizen_id].reason is DueReason.HANDOVER
                    else ErasureReason.RETENTION
                )
                rows = erasure.erase_citizen(conn, citizen_id)
                self.trail.append_in(conn, f"erase_{reason.value}", "citizen", citizen_id, rows)
                total += rows
            return total

        rows = self.db.transaction(write) if ids else 0
        return ErasureReport(len(ids), rows, ErasureService(self.db, self.trail).compact())

    # -- yearly review of dossiers never handed over ---------------------------------------------
    def schedule_reviews(self, today: date | None = None) -> int:
        """A ``review_retention`` task for each closed dossier never handed over, every
        ``dossier_review_days`` after it closed; never a second one while one is open.
        Idempotent; returns how many were created."""
        day = today or self.today()
        interval = self.profile.retention.dossier_review_days

        def write(conn: Connection) -> int:
            waiting = {t.object_id for t in task_repo.open_of_kind(conn, "review_retention")}
            created = 0
            for row in repo.dossiers(conn):
                dates = self._dates(row)
                if dates.open or dates.handed_over_on is not None or row.last_closed is None:
                    continue
                due = review_due(row.last_closed, interval, day)
                key = f"review_retention:{row.id}:{due}"
                if due is None or row.id in waiting or task_repo.by_source(conn, key):
                    continue
                self._tasks.add("review_retention", due, row.citizen_id, None, row.id, False, key)
                created += 1
            return created

        return self.db.transaction(write)
