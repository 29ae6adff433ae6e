"""Record a triage moment (R-001-06, R-002-09): the kind, the decision, the data judged
necessary and passed on, and per open domain "nog nodig" or "verwijderen" — in one audited
transaction, in which "verwijderen" deletes the domain's content physically.

A recorded moment is also the intake's latest review of its domain scope:
``last_scope_review`` (and ``app.storage.triage_repository.last_scope_reviews`` for all
intakes at once) is what the R-002-10 task reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from app.domain.citizen import ValidationError
from app.domain.intake import Intake
from app.domain.triage import (
    TriageDecision,
    TriageKind,
    TriageMoment,
    Verdict,
    check_moment,
    check_status,
)
from app.domain.zrm import display_name
from app.i18n import translate
from app.services.audit_trail import audited, first_arg
from app.services.intake import IntakeService
from app.storage import intake_records_repository as records_repo
from app.storage import intake_repository as intake_repo
from app.storage import triage_repository as repo
from app.storage.db import Connection


def triage_intake(conn: Connection, intake_id: str) -> Intake:
    """The intake, if help for it goes on (open, in review or completed); else a refusal."""
    intake = intake_repo.get_intake(conn, intake_id)
    if intake is None:
        raise ValidationError("intake", translate("Intake", "This intake no longer exists."))
    check_status(intake.status)
    return intake


class TriageService:
    def __init__(self, intakes: IntakeService) -> None:
        self._intakes = intakes
        self._db = intakes.db
        self.trail = intakes.trail
        self._profile = intakes.profile
        self._now = intakes.now
        self._new_id = intakes.new_id

    def open_domains(self, intake_id: str) -> dict[str, str]:
        """The intake's open domains (id -> name on screen), in the profile's order."""
        return self._db.run(lambda c: self._open_domains(c, intake_id))

    def check(
        self,
        intake_id: str,
        necessary: str,
        passed_on: str,
        verdicts: Mapping[str, Verdict],
    ) -> None:
        """The refusal ``record_moment`` would give, without writing (the dialog asks before a
        physical deletion only when the moment can be saved)."""

        def read(conn: Connection) -> None:
            triage_intake(conn, intake_id)
            check_moment(self._open_domains(conn, intake_id), verdicts, necessary, passed_on)

        self._db.run(read)

    @audited("record_triage_moment", "intake", first_arg)
    def record_moment(
        self,
        intake_id: str,
        kind: TriageKind,
        decision: TriageDecision,
        necessary: str,
        passed_on: str,
        verdicts: Mapping[str, Verdict],
    ) -> TriageMoment:
        """Save the moment; refused (nothing written) while any open domain is unanswered."""

        def write(conn: Connection) -> TriageMoment:
            triage_intake(conn, intake_id)
            open_domains = self._open_domains(conn, intake_id)
            needed, given = check_moment(open_domains, verdicts, necessary, passed_on)
            ordered = {d: Verdict(verdicts[d]) for d in open_domains}
            moment = TriageMoment(
                self._new_id(),
                intake_id,
                TriageKind(kind),
                TriageDecision(decision),
                needed,
                given,
                self._now(),
                self.trail.actor,
                ordered,
            )
            for domain, verdict in ordered.items():
                if verdict is Verdict.REMOVE:
                    records_repo.delete_domain_content(conn, intake_id, domain)
            repo.insert_moment(conn, moment)
            return moment

        return self._db.transaction(write)

    def moments(self, intake_id: str) -> list[TriageMoment]:
        return self._db.run(lambda c: repo.moments(c, intake_id))

    def last_scope_review(self, intake_id: str) -> datetime | None:
        """When the last triage moment reviewed this intake's domain scope (R-002-10)."""
        return self._db.run(lambda c: repo.last_scope_review(c, intake_id))

    def _open_domains(self, conn: Connection, intake_id: str) -> dict[str, str]:
        scope = self._intakes.scope_in(conn, intake_id)
        return {
            d.id: display_name(d)
            for d in self._profile.zrm_domains()
            if scope.accepts_content(d.id)
        }
