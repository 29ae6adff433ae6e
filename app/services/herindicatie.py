"""Herindicatie: start a new intake from an existing dossier, and show earlier records of the
same law beside it, read-only and dated (DESIGN section 5; rules in ``app/domain/herindicatie``).

Nothing is copied into the new intake: it starts with the information step like any other,
and the worker asks again. Looking at earlier records is audited as a view (ids only).
"""

from __future__ import annotations

from app.domain.citizen import ValidationError
from app.domain.herindicatie import (
    Dossier,
    EarlierHelpRequest,
    EarlierIntake,
    EarlierLimitation,
    EarlierScore,
    PastIntake,
    earlier_for,
    outcome_text,
)
from app.domain.intake import Intake, IntakeMode
from app.domain.scope import Minors
from app.domain.zrm import display_name, score_label
from app.i18n import translate
from app.services.audit_trail import audited, first_arg
from app.services.intake import IntakeService
from app.storage import dossier_repository as repo
from app.storage import intake_records_repository as records_repo
from app.storage import intake_repository as intake_repo
from app.storage.db import Connection


class HerindicatieService:
    def __init__(self, intakes: IntakeService) -> None:
        self._intakes = intakes
        self._db = intakes.db
        self.trail = intakes.trail
        self._profile = intakes.profile

    def dossiers(self, citizen_id: str) -> list[Dossier]:
        """The citizen's dossiers, newest first."""
        return self._db.run(lambda c: repo.dossiers_for(c, citizen_id))

    def dossier_of(self, intake_id: str) -> Dossier:
        def read(conn: Connection) -> Dossier:
            intake = intake_repo.get_intake(conn, intake_id)
            dossier = repo.get_dossier(conn, intake.dossier_id) if intake else None
            if dossier is None:
                raise ValidationError(
                    "intake", translate("Intake", "This intake no longer exists.")
                )
            return dossier

        return self._db.run(read)

    def start(
        self,
        dossier_id: str,
        mode: IntakeMode = IntakeMode.SINGLE,
        place: str = "",
        present: tuple[str, ...] = (),
        minors: Minors = Minors.UNKNOWN,
    ) -> Intake:
        """A new, empty intake in ``dossier_id``: same citizen, law and role (audited as the
        intake's creation)."""
        dossier = self._db.run(lambda c: repo.get_dossier(c, dossier_id))
        if dossier is None:
            raise ValidationError(
                "dossier", translate("Herindicatie", "This dossier no longer exists.")
            )
        return self._intakes.start_intake(
            dossier.citizen_id,
            dossier.law,
            dossier.role,
            mode,
            place,
            present,
            minors,
            dossier_id=dossier.id,
        )

    def start_after(self, intake_id: str) -> Intake:
        """A herindicatie after ``intake_id``: a new intake in its dossier, as a complex request
        if that one was complex and as a single request otherwise; all else is asked again."""
        earlier = self._intakes.get(intake_id)
        if earlier is None:
            raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
        mode = IntakeMode.COMPLEX if earlier.mode is IntakeMode.COMPLEX else IntakeMode.SINGLE
        return self.start(earlier.dossier_id, mode)

    @audited("view_earlier_records", "intake", first_arg)
    def earlier_records(self, intake_id: str) -> list[EarlierIntake]:
        """Earlier intakes of this citizen under the same law and role, newest first."""

        def read(conn: Connection) -> list[EarlierIntake]:
            current = repo.past_intake(conn, intake_id)
            if current is None:
                raise ValidationError(
                    "intake", translate("Intake", "This intake no longer exists.")
                )
            citizen_id = self._citizen_of(conn, current)
            others = repo.past_intakes(conn, citizen_id, current.law, current.role)
            return [self._records(conn, p) for p in earlier_for(current, others)]

        return self._db.run(read)

    # -- internals -----------------------------------------------------------------------------
    def _citizen_of(self, conn: Connection, intake: PastIntake) -> str:
        dossier = repo.get_dossier(conn, intake.dossier_id)
        assert dossier is not None  # noqa: S101 - the intake row references it
        return dossier.citizen_id

    def _records(self, conn: Connection, past: PastIntake) -> EarlierIntake:
        requests = []
        for request in intake_repo.help_requests(conn, past.id):
            help_type = self._profile.help_request_type(request.type_id)
            label = help_type.label if help_type else request.type_id
            requests.append(EarlierHelpRequest(request.words, label, request.created_at.date()))
        limitations: list[EarlierLimitation] = []
        scores: list[EarlierScore] = []
        if intake_repo.has_handover(conn, past.id):  # no domain holds anything before it
            scope = self._intakes.scope_in(conn, past.id)
            names = {d.id: display_name(d) for d in self._profile.zrm_domains()}
            # Only what stood in a domain that was open: a withdrawal takes it out of reuse.
            shown = {d for d in names if scope.accepts_content(d)}
            limitations = [
                EarlierLimitation(names[x.domain], x.description, x.source, x.on)
                for x in records_repo.limitations(conn, past.id)
                if x.domain in shown
            ]
            by_domain = {s.domain: s for s in intake_repo.scores(conn, past.id)}
            scores = [  # in the profile's domain order
                EarlierScore(names[d], score_label(s.value), s.basis, s.on)
                for d, s in ((d, by_domain.get(d)) for d in names)
                if s is not None and d in shown
            ]
        return EarlierIntake(
            past.id,
            past.started_at,
            outcome_text(past.status),
            past.closed_at,
            tuple(requests),
            tuple(limitations),
            tuple(scores),
        )
