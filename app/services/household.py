"""Use cases on households: link members (each with a reason) under one household plan, keep
the plan and the optional family facts, remove a member (R-004-17, R-001-15).

Every member keeps their own citizen record and dossiers; nothing here reads or copies a
dossier. What one member's screen learns about another is the fact of the link, its reason,
the name and case number. Every change is one audited transaction (ids only).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.citizen import ValidationError
from app.domain.household import (
    FactAnswer,
    Household,
    Relation,
    check_facts,
    check_plan,
    check_reason,
    no_facts,
)
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.storage import household_repository as repo
from app.storage.db import Connection, Database


class HouseholdService:
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

    # -- reading -------------------------------------------------------------------------------
    def households_of(self, citizen_id: str) -> list[Household]:
        """The households this citizen belongs to, oldest first, with their members."""
        return self._db.run(lambda c: repo.households_of(c, citizen_id))

    def get(self, household_id: str) -> Household | None:
        return self._db.run(lambda c: repo.get_household(c, household_id))

    # -- changes -------------------------------------------------------------------------------
    @audited("create", "household", result_id)
    def create(
        self,
        citizen_id: str,
        reason: str,
        label: str = "",
        plan: str = "",
        relation: Relation | None = None,
    ) -> Household:
        """A new household plan with ``citizen_id`` as its first member."""
        text = check_reason(reason)
        cleaned_label, cleaned_plan = check_plan(label, plan)

        def write(conn: Connection) -> Household:
            self._require_citizen(conn, citizen_id)
            household_id = self._new_id()
            now = self._now()
            repo.insert_household(conn, household_id, cleaned_label, cleaned_plan, no_facts(), now)
            repo.insert_member(conn, household_id, citizen_id, text, relation, now)
            return self._household(conn, household_id)

        return self._db.transaction(write)

    @audited("add_member", "household", first_arg)
    def add_member(
        self, household_id: str, citizen_id: str, reason: str, relation: Relation | None = None
    ) -> Household:
        """Link one more member, with the reason for the link (required)."""
        text = check_reason(reason)

        def write(conn: Connection) -> Household:
            self._household(conn, household_id)
            self._require_citizen(conn, citizen_id)
            if repo.is_member(conn, household_id, citizen_id):
                raise ValidationError(
                    "citizen", translate("Household", "This person is already in the household.")
                )
            repo.insert_member(conn, household_id, citizen_id, text, relation, self._now())
            return self._household(conn, household_id)

        return self._db.transaction(write)

    @audited("link", "household", result_id)
    def link(
        self,
        citizen_id: str,
        other_id: str,
        reason: str,
        household_id: str | None = None,
        relation: Relation | None = None,
    ) -> Household:
        """Link ``other_id`` to ``citizen_id``: into ``household_id`` (which ``citizen_id``
        belongs to), or into a new household plan of the two, both with ``reason``."""
        text = check_reason(reason)
        if citizen_id == other_id:
            raise ValidationError("other", translate("Household", "Choose another person."))

        def write(conn: Connection) -> Household:
            self._require_citizen(conn, citizen_id)
            self._require_citizen(conn, other_id)
            now = self._now()
            target = household_id
            if target is None:
                target = self._new_id()
                repo.insert_household(conn, target, "", "", no_facts(), now)
                repo.insert_member(conn, target, citizen_id, text, None, now)
            elif not repo.is_member(conn, target, citizen_id):
                raise ValidationError(
                    "household",
                    translate("Household", "This household plan is not this citizen's."),
                )
            if repo.is_member(conn, target, other_id):
                raise ValidationError(
                    "citizen", translate("Household", "This person is already in the household.")
                )
            repo.insert_member(conn, target, other_id, text, relation, now)
            return self._household(conn, target)

        return self._db.transaction(write)

    @audited("remove_member", "household", first_arg)
    def remove_member(self, household_id: str, citizen_id: str) -> None:
        """The member leaves the household plan; their own dossier is untouched. A household
        without members is deleted."""

        def write(conn: Connection) -> None:
            if not repo.delete_member(conn, household_id, citizen_id):
                raise ValidationError(
                    "citizen", translate("Household", "This person is no longer in the household.")
                )

        self._db.transaction(write)

    @audited("update_plan", "household", first_arg)
    def update_plan(
        self,
        household_id: str,
        label: str,
        plan: str,
        facts: dict[str, FactAnswer | None] | None = None,
    ) -> Household:
        """The plan label, the shared plan and the family facts (all optional)."""
        cleaned_label, cleaned_plan = check_plan(label, plan)
        checked = check_facts(facts or {})

        def write(conn: Connection) -> Household:
            self._household(conn, household_id)
            repo.update_plan(conn, household_id, cleaned_label, cleaned_plan, checked, self._now())
            return self._household(conn, household_id)

        return self._db.transaction(write)

    # -- rules shared by the writers -----------------------------------------------------------
    def _household(self, conn: Connection, household_id: str) -> Household:
        household = repo.get_household(conn, household_id)
        if household is None:
            raise ValidationError(
                "household", translate("Household", "This household plan no longer exists.")
            )
        return household

    def _require_citizen(self, conn: Connection, citizen_id: str) -> None:
        if not repo.citizen_exists(conn, citizen_id):
            raise ValidationError(
                "citizen", translate("Validation", "This citizen is no longer in the vault.")
            )
