"""Saving what a consent form asks, and the medical route's questions (issue 6; DESIGN 1).

The worker fills in the terms during the conversation; :meth:`ConsentRequestService.create`
sets the dossier's controller (R-001-30), runs :func:`check_terms` and writes one row in one
audited transaction, or refuses with every problem named and writes nothing. The same holds
for :meth:`create_medical`. Audit events carry ids only, never content.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from app.domain.citizen import ValidationError
from app.domain.consent_terms import ADVISER_ROLE, ConsentTerms, Problem, check_terms
from app.domain.medical_request import MedicalRequest, check_request
from app.domain.profile import AgencyProfile, RecipientOrganisation, Role
from app.domain.representation import CitizenFacts
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, result_id
from app.storage import consent_request_repository as repo
from app.storage import intake_repository as intakes
from app.storage import paper_repository as papers
from app.storage.consent_request_repository import ConsentRequest, StoredMedicalRequest
from app.storage.db import Connection, Database


class TermsRefused(ValidationError):
    """The request cannot be saved; ``problems`` names every one, ``str()`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].field, "\n".join(p.message for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class RequestContext:
    """What the dialog shows the worker: the citizen's own words and the dossier's controller."""

    help_requests: tuple[str, ...]
    controller: str
    grantor: str  # the citizen's name, the usual grantor
    age: int | None


class ConsentRequestService:
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

    # -- what the dialogs show -------------------------------------------------------------------
    def organisations(self) -> tuple[RecipientOrganisation, ...]:
        """The named organisations of the agency profile (a typed name is allowed too)."""
        return self.profile.recipient_organisations

    def adviser(self) -> str:
        """The medical adviser named in the profile ("" when the agency names none)."""
        found = next(
            (o for o in self.profile.recipient_organisations if o.role.lower() == ADVISER_ROLE),
            None,
        )
        return found.name if found else ""

    def context(self, intake_id: str) -> RequestContext:
        return self.db.run(lambda c: self._context(c, intake_id))

    def check(self, intake_id: str, terms: ConsentTerms) -> list[Problem]:
        """The problems ``create`` would refuse with (for the dialog's live list)."""
        ctx = self.context(intake_id)
        return check_terms(replace(terms, controller=ctx.controller), self.today(), ctx.age)

    def check_medical(self, request: MedicalRequest) -> list[Problem]:
        return check_request(request, self.today(), self.profile.medical_words)

    # -- consent terms ---------------------------------------------------------------------------
    @audited("create", "consent_request", result_id)
    def create(self, intake_id: str, terms: ConsentTerms) -> ConsentRequest:
        """Save checked terms; :class:`TermsRefused` (nothing written) on any problem."""

        def write(conn: Connection) -> ConsentRequest:
            ctx = self._context(conn, intake_id)
            checked = replace(terms, controller=ctx.controller)
            problems = check_terms(checked, self.today(), ctx.age)
            if problems:
                raise TermsRefused(problems)
            row = ConsentRequest(self.new_id(), intake_id, checked, self.now(), self.trail.actor)
            repo.insert_consent(conn, row)
            return row

        return self.db.transaction(write)

    def list_for(self, intake_id: str) -> list[ConsentRequest]:
        return self.db.run(lambda c: repo.consent_requests(c, intake_id))

    def get(self, request_id: str) -> ConsentRequest | None:
        return self.db.run(lambda c: repo.get_consent(c, request_id))

    # -- medical route ---------------------------------------------------------------------------
    @audited("create", "medical_request", result_id)
    def create_medical(self, intake_id: str, request: MedicalRequest) -> StoredMedicalRequest:
        """Save the GP questions and machtiging terms; refused (nothing written) on a problem."""

        def write(conn: Connection) -> StoredMedicalRequest:
            self._context(conn, intake_id)
            problems = check_request(request, self.today(), self.profile.medical_words)
            if problems:
                raise TermsRefused(problems)
            row = StoredMedicalRequest(
                self.new_id(), intake_id, request, self.now(), self.trail.actor
            )
            repo.insert_medical(conn, row)
            return row

        return self.db.transaction(write)

    def medical_for(self, intake_id: str) -> list[StoredMedicalRequest]:
        return self.db.run(lambda c: repo.medical_requests(c, intake_id))

    def get_medical(self, request_id: str) -> StoredMedicalRequest | None:
        return self.db.run(lambda c: repo.get_medical(c, request_id))

    # -- internals -------------------------------------------------------------------------------
    def _context(self, conn: Connection, intake_id: str) -> RequestContext:
        citizen = papers.citizen_of_intake(conn, intake_id)
        if citizen is None:
            raise ValidationError(
                "intake", translate("Consent", "This conversation is no longer in the vault.")
            )
        _, role, _ = intakes.dossier_of(conn, intake_id)
        words = tuple(h.words for h in intakes.help_requests(conn, intake_id))
        age = CitizenFacts(citizen.date_of_birth, self.today()).age
        controller = self.profile.controller(Role(role)).name
        return RequestContext(words, controller, citizen.name, age)
