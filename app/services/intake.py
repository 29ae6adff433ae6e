"""Use cases of the intake conversation: information first, then the help request, then only
the domains the citizen's request or answer opens (issue 4; DESIGN sections 1, 5 and 6).

Every method rebuilds the intake's :class:`DomainScope` from the vault and lets the pure rules
decide before anything is written, inside one audited transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from app.domain.assessment import ZrmAssessment, ZrmScore
from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.herindicatie import check_same_dossier
from app.domain.intake import (
    Acknowledgement,
    Handover,
    HelpRequest,
    Intake,
    IntakeMode,
    check_handover,
    check_words,
)
from app.domain.profile import AgencyProfile, Law, Role
from app.domain.scope import DomainScope, Instemming, Minors, Trigger
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.storage import dossier_repository as dossier_repo
from app.storage import intake_repository as repo
from app.storage.db import Connection, Database

ART6 = {
    Law.WMO: "AVG art. 6 lid 1 sub e; Wmo 2015",
    Law.JEUGDWET: "AVG art. 6 lid 1 sub e; Jeugdwet",
    Law.PARTICIPATIEWET: "AVG art. 6 lid 1 sub e; Participatiewet",
    Law.WGS: "AVG art. 6 lid 1 sub e; Wet gemeentelijke schuldhulpverlening",
}


class IntakeService:
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

    # -- start and information first ------------------------------------------------------------
    @audited("create", "intake", result_id)
    def start_intake(
        self,
        citizen_id: str,
        law: Law,
        role: Role,
        mode: IntakeMode,
        place: str = "",
        present: tuple[str, ...] = (),
        minors: Minors = Minors.UNKNOWN,
        dossier_id: str | None = None,
    ) -> Intake:
        """A new intake in a new dossier, or (herindicatie) in ``dossier_id``: that dossier must
        be the citizen's, under the same law and role; it is reused, nothing is copied."""
        now = self.now()
        intake = Intake(
            self.new_id(),
            dossier_id or self.new_id(),
            citizen_id,
            now,
            mode,
            minors.value,
            "open",
            self.profile.mapping_version,
        )

        def write(conn: Connection) -> Intake:
            if dossier_id is not None:
                existing = dossier_repo.get_dossier(conn, dossier_id)
                check_same_dossier(existing, citizen_id, law, role)
            else:
                repo.insert_dossier(
                    conn,
                    intake.dossier_id,
                    citizen_id,
                    law.value,
                    role.value,
                    self.profile.controller(role).name,
                    ART6[law],
                    now,
                )
            repo.insert_intake(conn, intake, place.strip(), list(present))
            return intake

        return self.db.transaction(write)

    @audited("record_handover", "intake", first_arg)
    def record_handover(
        self,
        intake_id: str,
        sheet_version: str,
        language: str,
        format: str,
        checklist: tuple[str, ...],
        acknowledgement: Acknowledgement,
        reason: str = "",
    ) -> Handover:
        check_handover(checklist, acknowledgement, reason)
        handover = Handover(
            sheet_version,
            language,
            format,
            tuple(checklist),
            acknowledgement,
            reason.strip(),
            self.now(),
            self.trail.actor,
        )
        self.db.transaction(lambda c: repo.insert_handover(c, intake_id, handover))
        return handover

    # -- the help request and the domain gate -------------------------------------------------
    @audited("create", "help_request", result_id)
    def add_help_request(self, intake_id: str, words: str, type_id: str) -> HelpRequest:
        cleaned = check_words(words)
        help_type = self.profile.help_request_type(type_id)
        if help_type is None:
            raise ValidationError(
                "type", translate("Intake", "Choose a type of help request from the list.")
            )

        def write(conn: Connection) -> HelpRequest:
            intake = self.editable(conn, intake_id)
            if intake.mode is IntakeMode.CONTACT_ONLY:
                raise ValidationError(
                    "mode",
                    translate("Intake", "A contact-only registration holds no help request."),
                )
            request = HelpRequest(self.new_id(), intake_id, cleaned, type_id, self.now())
            repo.insert_help_request(conn, request)
            return request

        return self.db.transaction(write)

    def intakes_for(self, citizen_id: str) -> list[Intake]:
        """The citizen's intakes, newest first."""
        return self.db.run(lambda c: repo.intakes_for(c, citizen_id))

    def get(self, intake_id: str) -> Intake | None:
        return self.db.run(lambda c: repo.get_intake(c, intake_id))

    def help_requests(self, intake_id: str) -> list[HelpRequest]:
        return self.db.run(lambda c: repo.help_requests(c, intake_id))

    def handover(self, intake_id: str) -> bool:
        return self.db.run(lambda c: repo.has_handover(c, intake_id))

    def law(self, intake_id: str) -> Law:
        return Law(self.db.run(lambda c: repo.dossier_of(c, intake_id))[0])

    def scope(self, intake_id: str) -> DomainScope:
        return self.db.run(lambda c: self._scope(c, intake_id))

    @audited("propose_domain", "intake", first_arg)
    def propose_domain(
        self,
        intake_id: str,
        domain: str,
        trigger: Trigger,
        concern: str,
        indication_reason: str = "",
        proportionality_reason: str = "",
    ) -> None:
        def write(conn: Connection) -> None:
            self.editable(conn, intake_id)
            scope = self._scope(conn, intake_id)
            scope.propose(domain, trigger, concern, indication_reason, proportionality_reason)
            trig, conc, ind, prop = scope.proposals[domain]
            repo.insert_proposal(conn, intake_id, domain, trig, conc, ind, prop, self.trail.actor)

        self.db.transaction(write)

    @audited("answer_domain", "intake", first_arg)
    def answer_domain(self, intake_id: str, domain: str, agreed: bool) -> Instemming:
        def write(conn: Connection) -> Instemming:
            self.editable(conn, intake_id)
            scope = self._scope(conn, intake_id)
            record = scope.answer(domain, agreed, self.now(), self.trail.actor)
            repo.store_answer(conn, intake_id, record)
            return record

        return self.db.transaction(write)

    @audited("withdraw_domain", "intake", first_arg)
    def withdraw_domain(self, intake_id: str, domain: str) -> None:
        def write(conn: Connection) -> None:
            # Also after closing: the citizen may take an agreement back at any time.
            self._scope(conn, intake_id).withdraw(domain)
            repo.store_withdrawal(conn, intake_id, domain, self.now())

        self.db.transaction(write)

    # -- ZRM ---------------------------------------------------------------------------------
    @audited("score_domain", "intake", first_arg)
    def score_domain(
        self, intake_id: str, domain: str, value: int, basis: str, on: date
    ) -> ZrmScore:
        def write(conn: Connection) -> ZrmScore:
            self.editable(conn, intake_id)
            assessment = self._assessment(conn, intake_id)
            score = assessment.score(domain, value, basis, on)
            repo.upsert_score(conn, intake_id, score)
            return score

        return self.db.transaction(write)

    def assessment(self, intake_id: str) -> ZrmAssessment:
        return self.db.run(lambda c: self._assessment(c, intake_id))

    # -- rebuilding state ----------------------------------------------------------------------
    def _open_intake(self, conn: Connection, intake_id: str) -> Intake:
        intake = repo.get_intake(conn, intake_id)
        if intake is None:
            raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
        if not repo.has_handover(conn, intake_id):
            raise ValidationError(
                "handover",
                translate(
                    "Intake",
                    "First give the information: hand over the sheet and go through the checklist.",
                ),
            )
        return intake

    def editable(self, conn: Connection, intake_id: str, changes_content: bool = True) -> Intake:
        """The intake, if it was informed first and is not closed; else a plain refusal.

        A change of content after samen terugkijken means looking back again before closing.
        """
        intake = self._open_intake(conn, intake_id)
        if not IntakeStatus(intake.status).editable:
            raise ValidationError(
                "status",
                translate("Intake", "This intake is closed ({state}); it cannot change.").format(
                    state=IntakeStatus(intake.status).label
                ),
            )
        if changes_content:
            conn.execute("UPDATE intake SET reviewed_at = NULL WHERE id = ?", (intake_id,))
        return intake

    def scope_in(self, conn: Connection, intake_id: str) -> DomainScope:
        """The domain scope, rebuilt inside the caller's transaction."""
        return self._scope(conn, intake_id)

    def _scope(self, conn: Connection, intake_id: str) -> DomainScope:
        intake = self._open_intake(conn, intake_id)
        return read_scope(conn, self.profile, intake_id, Minors(intake.minors))

    def _assessment(self, conn: Connection, intake_id: str) -> ZrmAssessment:
        assessment = ZrmAssessment(self._scope(conn, intake_id))
        for score in repo.scores(conn, intake_id):
            assessment.restore(score)
        return assessment


def read_scope(
    conn: Connection, profile: AgencyProfile, intake_id: str, minors: Minors
) -> DomainScope:
    """The intake's domain scope rebuilt from its help requests and recorded answers: the one
    reading the conversation, its checks and every paper share."""
    scope = DomainScope(profile, minors)
    for request in repo.help_requests(conn, intake_id):
        help_type = profile.help_request_type(request.type_id)
        if help_type is not None:
            scope.add_help_request(help_type)
    for row in repo.decisions(conn, intake_id):
        domain, trigger, concern, ind, prop, _, at, worker, _ = map(str, row)
        agreed, withdrawn_at = row[5], row[8]
        answer = None
        if agreed is not None:
            answer = Instemming(
                domain, Trigger(trigger), concern, ind, prop, bool(agreed),
                datetime.fromisoformat(at), worker,
            )  # fmt: skip
        scope.restore(
            domain, Trigger(trigger), concern, ind, prop, answer, withdrawn_at is not None
        )
    return scope
