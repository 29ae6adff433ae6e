"""Consent records as a use case: the citizen's decision on a consent form, and what happens to
it later (issue 7; DESIGN section 1 "Sharing", ground 2 *toestemming*; R-000-25, R-000-27,
R-001-11, R-001-12, R-002-17, R-004-07, R-004-08, R-004-09).

:meth:`ConsentService.record_decision` turns a saved form (``consent_request``) into an
append-only record: the terms are checked again (the four ticks, nothing generic), an oral
permit needs the worker's attestation in words, the integrity hash is computed and, for a
permit, a ``given`` event is written, all in one audited transaction. There is no edit: a change
of purpose, item or party is :meth:`new_version` (a new record that supersedes the old one,
which is withdrawn at that moment). Withdrawal, renewal, expiry and an entry in error are
events. Audit events carry ids only, never content.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from app.domain.citizen import ValidationError
from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    ConsentStatus,
    Decision,
    EventKind,
    intact,
    integrity_hash,
    same_name,
    status_on,
)
from app.domain.consent_rules import (
    check_decision,
    check_moment,
    check_renewal,
    clean_note,
    clean_text,
    is_oral_permit,
    oral_attestation,
    require_active,
    require_withdrawable,
)
from app.domain.consent_terms import ConsentTerms, Method, check_terms
from app.domain.profile import AgencyProfile
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.services.consent_requests import ConsentRequestService, TermsRefused
from app.services.intake import IntakeService
from app.services.tasks import TaskService
from app.storage import consent_record_repository as repo
from app.storage import consent_request_repository as requests
from app.storage import paper_repository as papers
from app.storage.db import Connection, Database

FORM = "toestemmingsformulier"
ORAL_CONFIRMATION = "bevestiging-mondelinge-toestemming"
# A withdrawn domain is looked at again within this many days: delete what it holds, or say why
# it must stay (R-002-17).
DELETION_REVIEW_DAYS = 14


@dataclass(frozen=True)
class ConsentHistory:
    """One record with every event and its status now (the give/withdraw history, R-004-09)."""

    record: ConsentRecord
    events: tuple[ConsentEvent, ...]
    status: ConsentStatus


class ConsentService:
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
        self.requests = ConsentRequestService(db, trail, profile, now, new_id)
        self.tasks = TaskService(db, trail, now, new_id)

    def today(self) -> date:
        return self.now().astimezone().date()

    # -- the decision ----------------------------------------------------------------------------
    @audited("create", "consent_record", result_id)
    def record_decision(
        self,
        request_id: str,
        decision: Decision,
        method: Method,
        attestation: str = "",
        template_version: str = "",
        language: str = "nl",
        valid_from: date | None = None,
    ) -> ConsentRecord:
        """The citizen's ``permit`` or ``deny`` on the saved form ``request_id``."""

        def write(conn: Connection) -> ConsentRecord:
            request = requests.get_consent(conn, request_id)
            if request is None:
                raise ValidationError(
                    "request", translate("Consents", "This consent form is no longer in the vault.")
                )
            return self._write(
                conn, request.intake_id, request.id, replace(request.terms, method=method),
                decision, attestation, template_version, language, valid_from, None, 1,
            )  # fmt: skip

        return self.db.transaction(write)

    @audited("create", "consent_record", result_id)
    def record_terms(
        self,
        intake_id: str,
        terms: ConsentTerms,
        decision: Decision,
        attestation: str = "",
        template_version: str = "",
        language: str = "nl",
        valid_from: date | None = None,
    ) -> ConsentRecord:
        """The same without a form saved before: the form is written in the same transaction."""

        def write(conn: Connection) -> ConsentRecord:
            request = self.requests.create(intake_id, terms)
            return self._write(
                conn, intake_id, request.id, request.terms, decision, attestation,
                template_version, language, valid_from, None, 1,
            )  # fmt: skip

        return self.db.transaction(write)

    @audited("create", "consent_record", result_id)
    def new_version(
        self,
        consent_id: str,
        terms: ConsentTerms,
        decision: Decision = Decision.PERMIT,
        attestation: str = "",
        template_version: str = "",
        language: str = "nl",
    ) -> ConsentRecord:
        """A change of purpose, item or party (R-004-07): a NEW record that supersedes
        ``consent_id`` with version + 1; the old one is withdrawn at this moment."""

        def write(conn: Connection) -> ConsentRecord:
            old, events = self._load(conn, consent_id)
            require_active(old, events, self.now())
            if old.intake_id is None:
                raise ValidationError(
                    "intake", translate("Consent", "This conversation is no longer in the vault.")
                )
            request = self.requests.create(old.intake_id, terms)
            made = self._write(
                conn, old.intake_id, request.id, request.terms, decision, attestation,
                template_version, language, None, old.id, old.version + 1,
            )  # fmt: skip
            note = translate("Consents", "Replaced by a new version.")
            self._event(conn, old.id, EventKind.WITHDRAWN, self.now(), "", self.trail.actor, note)
            return made

        return self.db.transaction(write)

    # -- events ----------------------------------------------------------------------------------
    @audited("withdraw", "consent_record", first_arg)
    def withdraw(
        self, consent_id: str, at: datetime, method: Method, by_whom: str, note: str = ""
    ) -> ConsentEvent:
        """The citizen takes the consent back, at any moment and orally too (R-001-12, R-004-09):
        shares after ``at`` are blocked, earlier ones stay lawful."""

        def write(conn: Connection) -> ConsentEvent:
            record, events = self._load(conn, consent_id)
            require_withdrawable(record, events)
            when = check_moment(at, record, self.now())
            who = clean_text("by_whom", by_whom, translate("Consents", "who withdrew the consent"))
            return self._event(
                conn, consent_id, EventKind.WITHDRAWN, when, method.value, who, clean_note(note)
            )

        return self.db.transaction(write)

    @audited("withdraw_for_party", "citizen", first_arg)
    def withdraw_for_party(
        self,
        citizen_id: str,
        organisation: str,
        at: datetime,
        method: Method,
        by_whom: str,
        note: str = "",
    ) -> list[ConsentEvent]:
        """Withdrawal per recipient (R-002-17): every record for ``organisation`` still in
        force is withdrawn at ``at``; refused when there is none."""

        def write(conn: Connection) -> list[ConsentEvent]:
            found = [
                record
                for record, events in repo.with_events_for_citizen(conn, citizen_id)
                if same_name(record.party.organisation, organisation)
                and status_on(record, events, self.now())
                in (ConsentStatus.ACTIVE, ConsentStatus.NOT_YET)
            ]
            if not found:
                raise ValidationError(
                    "organisation",
                    translate("Consents", "There is no valid consent for this organisation."),
                )
            return [self.withdraw(record.id, at, method, by_whom, note) for record in found]

        return self.db.transaction(write)

    @audited("renew", "consent_record", first_arg)
    def renew(self, consent_id: str, valid_until: date, by_whom: str = "") -> ConsentEvent:
        """A new end date: after the current one, within one year of today; never after a
        withdrawal, a refusal or an entry in error."""

        def write(conn: Connection) -> ConsentEvent:
            record, events = self._load(conn, consent_id)
            check_renewal(record, events, valid_until, self.now())
            who = " ".join(by_whom.split()) or record.grantor
            return self._event(
                conn, consent_id, EventKind.RENEWED, self.now(), "", who, "", valid_until
            )

        return self.db.transaction(write)

    @audited("entered_in_error", "consent_record", first_arg)
    def mark_entered_in_error(self, consent_id: str, reason: str) -> ConsentEvent:
        """The record should never have been made; it never covered anything."""

        def write(conn: Connection) -> ConsentEvent:
            record, events = self._load(conn, consent_id)
            if status_on(record, events, self.now()) is ConsentStatus.ENTERED_IN_ERROR:
                raise ValidationError(
                    "consent", translate("Consents", "This consent is already marked as an error.")
                )
            text = clean_text("reason", reason, translate("Consents", "the reason"))
            return self._event(
                conn, consent_id, EventKind.ENTERED_IN_ERROR, self.now(), "",
                self.trail.actor, text,
            )  # fmt: skip

        return self.db.transaction(write)

    def expire_due(self) -> int:
        """Write an ``expired`` event for every permit whose end date has passed and that has
        none yet; returns how many (idempotent; housekeeping may call it)."""
        at = self.now()

        def write(conn: Connection) -> int:
            count = 0
            for citizen_id in repo.citizens_with_records(conn):
                for record, events in repo.with_events_for_citizen(conn, citizen_id):
                    expired = status_on(record, events, at) is ConsentStatus.EXPIRED
                    if expired and not any(e.kind is EventKind.EXPIRED for e in events):
                        self._event(conn, record.id, EventKind.EXPIRED, at, "", "", "")
                        self.trail.record("expire", "consent_record", record.id)
                        count += 1
            return count

        return self.db.transaction(write)

    # -- R-002-17: a withdrawn domain -------------------------------------------------------------
    def withdraw_domain(self, intake_id: str, domain: str) -> str:
        """Withdraw the agreement to ``domain`` (it then takes no entries) and flag it for
        deletion review with a task; returns the task id. One transaction."""

        def write(conn: Connection) -> str:
            IntakeService(self.db, self.trail, self.profile, self.now).withdraw_domain(
                intake_id, domain
            )
            citizen = papers.citizen_of_intake(conn, intake_id)
            task = self.tasks.add(
                "review_withdrawn_domain",
                self.today() + timedelta(days=DELETION_REVIEW_DAYS),
                citizen.id if citizen else None,
                intake_id,
                domain,
                False,
                f"review_withdrawn_domain:{intake_id}:{domain}",
            )
            return task.id

        return self.db.transaction(write)

    # -- reading ---------------------------------------------------------------------------------
    def history(self, citizen_id: str) -> list[ConsentHistory]:
        """Every record of the citizen, oldest first, with all its events and its status now."""
        at = self.now()
        rows = self.db.run(lambda c: repo.with_events_for_citizen(c, citizen_id))
        return [ConsentHistory(r, tuple(ev), status_on(r, ev, at)) for r, ev in rows]

    def for_intake(self, intake_id: str) -> list[ConsentHistory]:
        at = self.now()

        def read(conn: Connection) -> list[ConsentHistory]:
            return [
                ConsentHistory(r, tuple(ev), status_on(r, ev, at))
                for r in repo.records_for_intake(conn, intake_id)
                for ev in (repo.events_for(conn, r.id),)
            ]

        return self.db.run(read)

    def get(self, consent_id: str) -> ConsentHistory | None:
        def read(conn: Connection) -> ConsentHistory | None:
            record = repo.get_record(conn, consent_id)
            if record is None:
                return None
            events = tuple(repo.events_for(conn, consent_id))
            return ConsentHistory(record, events, status_on(record, events, self.now()))

        return self.db.run(read)

    def verify(self, consent_id: str) -> bool:
        """True when the stored record still matches its integrity hash."""
        record = self.db.run(lambda c: repo.get_record(c, consent_id))
        return record is not None and intact(record)

    def template_version(self, method: Method, language: str) -> str:
        """The version of the paper the citizen gets: the form, or the oral confirmation."""
        text = self.profile.document(ORAL_CONFIRMATION if method is Method.MONDELING else FORM)
        return (text.version(language) or "") if text else ""

    # -- internals -------------------------------------------------------------------------------
    def _write(
        self,
        conn: Connection,
        intake_id: str | None,
        request_id: str | None,
        terms: ConsentTerms,
        decision: Decision,
        attestation: str,
        template_version: str,
        language: str,
        valid_from: date | None,
        supersedes: str | None,
        version: int,
    ) -> ConsentRecord:
        citizen = papers.citizen_of_intake(conn, intake_id) if intake_id else None
        if citizen is None:
            raise ValidationError(
                "intake", translate("Consent", "This conversation is no longer in the vault.")
            )
        start = valid_from or self.today()
        problems = check_terms(terms, self.today())
        problems += check_decision(terms, decision, attestation, start)
        if problems:
            raise TermsRefused(problems)
        now = self.now()
        words = " ".join(attestation.split())
        if is_oral_permit(terms, decision):
            words = oral_attestation(terms, words, now, self.trail.actor)
        record = ConsentRecord(
            self.new_id(), citizen.id, intake_id, request_id, supersedes, version, terms.kind,
            terms.direction, terms.controller, terms.party, terms.items, terms.purpose, None,
            terms.law, terms.grantor, terms.capacity, terms.method, words, decision,
            template_version or self.template_version(terms.method, language), language, start,
            terms.valid_until, now, self.trail.actor,
        )  # fmt: skip
        record = replace(record, integrity_hash=integrity_hash(record))
        repo.insert_record(conn, record)
        if decision is Decision.PERMIT:
            by_whom = terms.grantor
            self._event(conn, record.id, EventKind.GIVEN, now, terms.method.value, by_whom, "")
        return record

    def _event(
        self, conn: Connection, consent_id: str, kind: EventKind, at: datetime, method: str,
        by_whom: str, note: str, valid_until: date | None = None,
    ) -> ConsentEvent:  # fmt: skip
        event = ConsentEvent(consent_id, 0, kind, at, method, by_whom, valid_until, note, "")
        return repo.append_event(conn, replace(event, worker_id=self.trail.actor))

    def _load(
        self, conn: Connection, consent_id: str
    ) -> tuple[ConsentRecord, Sequence[ConsentEvent]]:
        record = repo.get_record(conn, consent_id)
        if record is None:
            raise ValidationError(
                "consent", translate("Consents", "This consent is no longer in the vault.")
            )
        return record, repo.events_for(conn, consent_id)
