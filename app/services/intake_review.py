"""Samen terugkijken, closing, triage and the purges that follow (issue 4; DESIGN sections 1
and 6; R-004-04, R-000-10, R-000-11).

``review_items`` is the one list of what will be stored: the review screen and the citizen's
Meekijken view both show it, so they cannot disagree with the vault. Meldcode signals are
restricted and never in it. Deleting an item removes its row (``secure_delete`` overwrites the
freed pages); nothing is hidden.
"""

from __future__ import annotations

from datetime import timedelta

from app.domain.citizen import ValidationError
from app.domain.closing import CloseCheck, IntakeStatus, ReviewItem, check_close
from app.domain.intake import IntakeMode
from app.domain.profile import Law
from app.domain.triage import Verdict
from app.domain.visit_records import EXPLAINED_ITEMS, check_text
from app.i18n import translate
from app.services.audit_trail import audited, first_arg
from app.services.intake import IntakeService
from app.services.review_text import describe
from app.services.triage import triage_intake
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as repo
from app.storage import intake_repository as intake_repo
from app.storage import triage_repository as triage_repo
from app.storage.db import Connection


class IntakeReview:
    def __init__(self, intakes: IntakeService) -> None:
        self._intakes = intakes
        self._db = intakes.db
        self.trail = intakes.trail
        self._profile = intakes.profile
        self._now = intakes.now

    # -- what will be stored -------------------------------------------------------------------
    def review_items(self, intake_id: str) -> list[ReviewItem]:
        return self._db.run(lambda c: describe(c, self._intakes, intake_id))

    @audited("start_review", "intake", first_arg)
    def start_review(self, intake_id: str) -> None:
        def write(conn: Connection) -> None:
            self._intakes.editable(conn, intake_id, changes_content=False)
            repo.set_intake(conn, intake_id, status=IntakeStatus.REVIEW.value)

        self._db.transaction(write)

    @audited("delete_item", "intake", first_arg)
    def delete_item(self, intake_id: str, kind: str, item_id: str) -> None:
        """Both agree an entry is not needed: it is deleted physically (R-004-04)."""

        def write(conn: Connection) -> None:
            self._intakes.editable(conn, intake_id, changes_content=False)
            if not self._delete(conn, intake_id, kind, item_id):
                raise ValidationError("item", translate("Review", "This entry is already gone."))

        self._db.transaction(write)

    @audited("record_citizen_view", "intake", first_arg)
    def record_citizen_view(self, intake_id: str, kind: str, item_id: str, text: str) -> None:
        """The citizen disagrees with a needed entry: their own view is stored beside it."""
        view = check_text("view", text, True, translate("Review", "the citizen's view"))

        def write(conn: Connection) -> None:
            self._intakes.editable(conn, intake_id, changes_content=False)
            if kind == "domain" and not self._intakes.scope_in(conn, intake_id).accepts_content(
                item_id
            ):  # a refusal stays without content, also without a view
                raise ValidationError(
                    "item", translate("Review", "Nothing is recorded beside a closed domain.")
                )
            if not any(
                i.kind == kind and i.id == item_id for i in describe(conn, self._intakes, intake_id)
            ):
                raise ValidationError("item", translate("Review", "This entry is already gone."))
            notes_repo.set_citizen_view(conn, intake_id, kind, item_id, view, self._now())

        self._db.transaction(write)

    @audited("finish_review", "intake", first_arg)
    def finish_review(self, intake_id: str) -> None:
        def write(conn: Connection) -> None:
            self._intakes.editable(conn, intake_id, changes_content=False)
            repo.set_intake(
                conn,
                intake_id,
                status=IntakeStatus.REVIEW.value,
                reviewed_at=self._now().isoformat(),
            )

        self._db.transaction(write)

    # -- closing -------------------------------------------------------------------------------
    def close_check(self, intake_id: str) -> CloseCheck:
        return self._db.run(lambda c: self._close_check(c, intake_id))

    @audited("close", "intake", first_arg)
    def close(
        self,
        intake_id: str,
        outcome: IntakeStatus,
        explained_confirmed: bool = False,
        reason: str = "",
    ) -> IntakeStatus:
        def write(conn: Connection) -> IntakeStatus:
            check_close(self._close_check(conn, intake_id), outcome, explained_confirmed, reason)
            now = self._now()
            purge_after = None
            if outcome is IntakeStatus.NOT_PURSUED:
                days = self._profile.retention.not_pursued_grace_days
                purge_after = (now + timedelta(days=days)).isoformat()
            repo.set_intake(
                conn,
                intake_id,
                status=outcome.value,
                closed_at=now.isoformat(),
                close_note=" ".join(reason.split()),
                purge_after=purge_after,
            )
            return outcome

        return self._db.transaction(write)

    # -- triage and withdrawal -----------------------------------------------------------------
    @audited("triage", "intake", first_arg)
    def triage(self, intake_id: str, domain: str, keep: bool) -> int:
        """One open domain "nog nodig" or "verwijderen" (content deleted) in the conversation.

        A triage moment at a referral, escalation, change or end of help covers every open
        domain at once: ``TriageService.record_moment`` (R-002-09). Both work while help goes
        on, a completed intake included (``app.domain.triage.check_status``).
        """

        def write(conn: Connection) -> int:
            triage_intake(conn, intake_id)
            if not self._intakes.scope_in(conn, intake_id).accepts_content(domain):
                raise ValidationError(
                    "domain", translate("Review", "Only an open domain can be reviewed.")
                )
            removed = 0 if keep else repo.delete_domain_content(conn, intake_id, domain)
            decision = Verdict.KEEP if keep else Verdict.REMOVE
            triage_repo.insert_triage(
                conn, intake_id, domain, decision.value, self._now(), self.trail.actor
            )
            return removed

        return self._db.transaction(write)

    @audited("delete_domain_content", "intake", first_arg)
    def delete_withdrawn_content(self, intake_id: str, domain: str) -> int:
        """After a withdrawal the citizen may have the domain's content deleted (R-000-11).

        Also after closing: a withdrawal may come at any time, and deleting is always allowed.
        """

        def write(conn: Connection) -> int:
            if self._intakes.scope_in(conn, intake_id).accepts_content(domain):
                raise ValidationError(
                    "domain",
                    translate("Review", "The domain is still open; withdraw the agreement first."),
                )
            return repo.delete_domain_content(conn, intake_id, domain)

        return self._db.transaction(write)

    # -- purges (run after unlock) -------------------------------------------------------------
    def purge_not_pursued(self) -> list[str]:
        """Intakes "niet doorgezet" past the grace period keep a contact registration only."""

        def write(conn: Connection) -> list[str]:
            due = repo.due_for_purge(conn, self._now())
            for intake_id in due:
                repo.purge_content(conn, intake_id)
                repo.set_intake(conn, intake_id, purge_after=None)
            return due

        due = self._db.transaction(write)
        for intake_id in due:
            self.trail.record("purge_content", "intake", intake_id)
        return due

    def purge_personal_notes(self) -> int:
        """Personal work notes expire after the agency's period (DESIGN section 1)."""
        days = self._profile.retention.personal_note_days
        before = self._now() - timedelta(days=days)

        def write(conn: Connection) -> list[str]:
            expired = notes_repo.expired_personal_notes(conn, before)
            for note_id in expired:
                notes_repo.delete_note(conn, note_id)
            return expired

        expired = self._db.transaction(write)
        for note_id in expired:
            self.trail.record("expire", "note", note_id)
        return len(expired)

    # -- internals -----------------------------------------------------------------------------
    def _close_check(self, conn: Connection, intake_id: str) -> CloseCheck:
        intake = intake_repo.get_intake(conn, intake_id)
        if intake is None:
            raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
        state = repo.intake_state(conn, intake_id)
        law, _, _ = intake_repo.dossier_of(conn, intake_id)
        done = repo.onderzoek(conn, intake_id)
        missing = tuple(i for i in EXPLAINED_ITEMS if i not in done) if law == Law.WMO else ()
        undisposed = sum(1 for d in repo.documents(conn, intake_id) if d.disposition is None)
        return CloseCheck(
            status=IntakeStatus(intake.status),
            has_handover=intake_repo.has_handover(conn, intake_id),
            reviewed=state.get("reviewed_at") is not None,
            documents_without_disposition=undisposed,
            wmo_explained_missing=missing,
            contact_only=intake.mode is IntakeMode.CONTACT_ONLY,
        )

    def _delete(self, conn: Connection, intake_id: str, kind: str, item_id: str) -> int:
        if kind == "note":
            note = notes_repo.get_note(conn, item_id)
            if note is None or note.intake_id != intake_id:
                return 0
            if notes_repo.referring_notes(conn, item_id):
                raise ValidationError(
                    "item",
                    translate(
                        "Review", "An interpretation rests on this note; delete that one first."
                    ),
                )
            return notes_repo.delete_note(conn, item_id)
        tables = {
            "score": ("zrm_score", "domain"),
            "extra": ("first_contact_extra", "field"),
            "onderzoek": ("onderzoek_item", "item"),
            "identity": ("identity_check", "intake_id"),
        }
        notes_repo.delete_citizen_view(conn, intake_id, kind, item_id)
        if kind in tables:
            table, key = tables[kind]
            sql = f"DELETE FROM {table} WHERE intake_id = ? AND {key} = ?"  # noqa: S608
            return int(conn.execute(sql, (intake_id, item_id)).rowcount)
        if kind in ("network_person", "limitation", "medical_advice"):
            return repo.delete_by_id(conn, intake_id, kind, item_id)
        raise ValidationError("item", translate("Review", "This entry stays in the record."))
