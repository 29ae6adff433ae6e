"""Use cases around who decides for whom (issue 5; DESIGN section 1; R-004-26): a citizen's
representatives and who signs what, the people present at an intake, refusals, lack of
capacity and escalation to bemoeizorg or the GGD.

Every writer checks before writing and runs in one audited transaction (ids only, never
content). People present change only while the intake is editable.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile
from app.domain.refusals import (
    Confidentiality,
    Escalation,
    EscalationTarget,
    Incapacity,
    PresentPerson,
    PresentRole,
    Refusal,
    RefusalKind,
    check_escalation,
    check_incapacity,
    check_present,
    check_refusal,
)
from app.domain.representation import CitizenFacts, WhoSigns, who_signs
from app.domain.representatives import (
    Act,
    AuthoritySeen,
    Capacity,
    Representative,
    RepresentativeKind,
    check_end,
    check_representative,
)
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.services.intake import IntakeService
from app.storage import representation_repository as repo
from app.storage.db import Connection, Database


def _second_arg(_result: object, _first: str, second: str, *_a: object, **_k: object) -> str:
    return second


class RepresentationService:
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

    # -- representatives -----------------------------------------------------------------------
    @audited("create", "representative", result_id)
    def add_representative(
        self,
        citizen_id: str,
        kind: RepresentativeKind,
        name: str,
        seen: AuthoritySeen,
        contact: str = "",
        scope: str = "",
        acts: Iterable[Act] = (),
        since: date | None = None,
        reference: str = "",
    ) -> Representative:
        kind, seen = RepresentativeKind(kind), AuthoritySeen(seen)
        today = self.now().date()
        fields = check_representative(
            kind, name, contact, scope, acts, seen, reference, since, today
        )
        rep = Representative(
            self.new_id(), citizen_id, kind, fields[0], fields[1], fields[2], fields[3], since,
            seen, fields[4],
        )  # fmt: skip

        def write(conn: Connection) -> Representative:
            self._require_citizen(conn, citizen_id)
            repo.insert_representative(conn, rep, self.now(), self.trail.actor)
            return rep

        return self.db.transaction(write)

    @audited("end", "representative", first_arg)
    def end_representative(self, representative_id: str, on: date | None = None) -> None:
        """The representation stopped; the record stays, ended (never deleted)."""
        today = self.now().date()
        day = on or today

        def write(conn: Connection) -> None:
            rep = repo.get_representative(conn, representative_id)
            if rep is None:
                raise ValidationError(
                    "representative", translate("Representation", "This representative is gone.")
                )
            check_end(rep, day, today)
            repo.end_representative(conn, representative_id, day)

        self.db.transaction(write)

    def representatives(self, citizen_id: str) -> list[Representative]:
        """Current representatives first, then ended ones."""
        return self.db.run(lambda c: repo.representatives(c, citizen_id))

    def who_signs(
        self,
        citizen_id: str,
        act: Act,
        capable: Capacity = Capacity.ONBEKEND,
        on: date | None = None,
    ) -> WhoSigns:
        """Who decides or signs ``act`` today (or ``on``), from the recorded facts."""
        day = on or self.now().date()
        return self.db.run(lambda c: self._who_signs(c, citizen_id, Act(act), capable, day))

    def _who_signs(
        self, conn: Connection, citizen_id: str, act: Act, capable: Capacity, day: date
    ) -> WhoSigns:
        born = self._require_citizen(conn, citizen_id)
        recorded = any(
            i.act is act and i.active_on(day) for i in repo.incapacities(conn, citizen_id)
        )
        facts = CitizenFacts(born, day, Capacity(capable), recorded)
        return who_signs(act, facts, repo.representatives(conn, citizen_id))

    # -- people present ------------------------------------------------------------------------
    @audited("create", "intake_present", result_id)
    def add_present(
        self,
        intake_id: str,
        role: PresentRole,
        agreed: bool,
        name: str = "",
        confidentiality: Confidentiality | None = None,
    ) -> PresentPerson:
        """Someone else at the table; refused without the citizen's agreement."""
        cleaned, bound = check_present(role, name, agreed, confidentiality)
        person = PresentPerson(self.new_id(), intake_id, PresentRole(role), cleaned, bound)

        def write(conn: Connection) -> PresentPerson:
            self._intakes.editable(conn, intake_id, changes_content=True)
            repo.insert_present(conn, person, self.now(), self.trail.actor)
            return person

        return self.db.transaction(write)

    @audited("delete", "intake_present", _second_arg)
    def remove_present(self, intake_id: str, present_id: str) -> None:
        def write(conn: Connection) -> None:
            self._intakes.editable(conn, intake_id, changes_content=True)
            if not repo.delete_present(conn, intake_id, present_id):
                raise ValidationError(
                    "present", translate("Refusals", "This person is no longer recorded.")
                )

        self.db.transaction(write)

    def present(self, intake_id: str) -> list[PresentPerson]:
        return self.db.run(lambda c: repo.present(c, intake_id))

    # -- refusals and capacity (R-004-26) ------------------------------------------------------
    @audited("create", "refusal", result_id)
    def record_refusal(
        self,
        citizen_id: str,
        kind: RefusalKind,
        what: str,
        on: date,
        intake_id: str | None = None,
    ) -> Refusal:
        text = check_refusal(what, on, self.now().date())
        refusal = Refusal(self.new_id(), citizen_id, intake_id, RefusalKind(kind), text, on)

        def write(conn: Connection) -> Refusal:
            self._require_citizen(conn, citizen_id, intake_id)
            repo.insert_refusal(conn, refusal, self.now(), self.trail.actor)
            return refusal

        return self.db.transaction(write)

    def refusals(self, citizen_id: str) -> list[Refusal]:
        return self.db.run(lambda c: repo.refusals(c, citizen_id))

    @audited("create", "incapacity", result_id)
    def record_incapacity(
        self,
        citizen_id: str,
        act: Act,
        assessed_by: str,
        assessed_on: date,
        representative_id: str | None = None,
        details: str = "",
        intake_id: str | None = None,
    ) -> Incapacity:
        """Wilsonbekwaam ter zake for one matter; the representative named must be the one the
        rules let act on it (forms then go to them)."""
        cleaned, who = check_incapacity(details, assessed_by, assessed_on, self.now().date())
        item = Incapacity(
            self.new_id(), citizen_id, intake_id, Act(act), cleaned, who, assessed_on,
            representative_id or None,
        )  # fmt: skip

        def write(conn: Connection) -> Incapacity:
            self._require_citizen(conn, citizen_id, intake_id)
            if item.representative_id is not None:
                answer = self._who_signs(conn, citizen_id, item.act, Capacity.NEE, assessed_on)
                if item.representative_id not in {r.id for r in answer.representatives}:
                    raise ValidationError(
                        "representative",
                        translate(
                            "Refusals", "This representative may not act on this matter. {why}"
                        ).format(why=answer.explanation),
                    )
            repo.insert_incapacity(conn, item, self.now(), self.trail.actor)
            return item

        return self.db.transaction(write)

    @audited("end", "incapacity", first_arg)
    def end_incapacity(self, incapacity_id: str, on: date | None = None) -> None:
        """The citizen can decide on the matter again."""
        today = self.now().date()
        day = on or today

        def write(conn: Connection) -> None:
            item = repo.get_incapacity(conn, incapacity_id)
            if item is None or item.ended_on is not None:
                raise ValidationError(
                    "incapacity", translate("Refusals", "This record has already ended.")
                )
            if day > today or day < item.assessed_on:
                raise ValidationError(
                    "ended_on",
                    translate(
                        "Refusals", "The end date must lie between the assessment and today."
                    ),
                )
            repo.end_incapacity(conn, incapacity_id, day)

        self.db.transaction(write)

    def incapacities(self, citizen_id: str) -> list[Incapacity]:
        return self.db.run(lambda c: repo.incapacities(c, citizen_id))

    # -- escalation ----------------------------------------------------------------------------
    @audited("create", "escalation", result_id)
    def escalate(
        self,
        citizen_id: str,
        target: EscalationTarget,
        reason: str,
        on: date,
        against_will: bool = False,
        second_worker_id: str = "",
        intake_id: str | None = None,
    ) -> Escalation:
        """To bemoeizorg or the GGD: only with a reason; against the citizen's will only with a
        second worker from the roster, and then counted (:meth:`count_against_will`)."""
        roster = frozenset(w.id for w in self.profile.roster)
        text, second = check_escalation(
            reason, on, self.now().date(), against_will, second_worker_id, self.trail.actor, roster
        )
        item = Escalation(
            self.new_id(), citizen_id, intake_id, EscalationTarget(target), text, on,
            bool(against_will), second, self.trail.actor,
        )  # fmt: skip

        def write(conn: Connection) -> Escalation:
            self._require_citizen(conn, citizen_id, intake_id)
            repo.insert_escalation(conn, item, self.now())
            return item

        return self.db.transaction(write)

    def escalations(self, citizen_id: str) -> list[Escalation]:
        return self.db.run(lambda c: repo.escalations(c, citizen_id))

    def count_against_will(self, since: date) -> int:
        """How often work went ahead against a citizen's will since ``since``: a number only."""
        return self.db.run(lambda c: repo.count_against_will(c, since))

    # -- shared checks -------------------------------------------------------------------------
    def _require_citizen(
        self, conn: Connection, citizen_id: str, intake_id: str | None = None
    ) -> date | None:
        exists, born = repo.date_of_birth(conn, citizen_id)
        if not exists:
            raise ValidationError(
                "citizen", translate("Validation", "This citizen is no longer in the vault.")
            )
        if intake_id is not None and repo.intake_citizen(conn, intake_id) != citizen_id:
            raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
        return born
