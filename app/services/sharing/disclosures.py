"""Use cases of the disclosure log (issue 7; DESIGN section 1 "Sharing"; R-003-04, R-003-19,
R-000-27, R-000-29, R-001-23).

A share is recorded only when its ground holds (``app.domain.disclosure_rules.check_draft``)
and every item comes from the citizen's own catalogue, so a disclosure is always about one
citizen and never holds a personal or confidential note. The catalogue decides what an item
is (dat or wat, special or not), not the caller. Entries are never edited: :meth:`correct`
writes a new entry naming the earlier one. A postponed telling creates a
``review_postponed_telling`` task, a safety reason an ``explain_sharing`` task. Audit events
hold ids and counts only.

:meth:`DisclosureService.record_in` runs inside another service's transaction (a bundle or a
case-meeting export records its disclosure together with its own change).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from app.domain.citizen import ValidationError
from app.domain.consent_terms import Problem
from app.domain.disclosure import (
    REQUEST_CHANNELS,
    SAFETY_REASONS,
    Disclosure,
    DisclosureDraft,
    GroundKind,
    RequestOutcome,
    SharedItem,
    ThirdPartyRequest,
    covering_consents,
    statutory,
)
from app.domain.disclosure_rules import check_draft
from app.domain.profile import AgencyProfile
from app.domain.selection import Item
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.services.sharing.catalogue import catalogue_for_citizen
from app.services.tasks import TaskService
from app.storage import audit
from app.storage import consent_record_repository as consent_repo
from app.storage import disclosure_repository as repo
from app.storage import rights_repository as rights_repo
from app.storage.db import Connection, Database
from app.storage.repositories import citizen_in

EXPLAIN_WITHIN_DAYS = 7


class DisclosureRefused(ValidationError):
    """The share may not be recorded; ``problems`` names every reason, ``str()`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].field, "\n".join(p.message for p in problems))
        self.problems = tuple(problems)


def restricted_message() -> str:
    """The refusal while the citizen's restriction of use is active (also stops bundles)."""
    return translate(
        "Disclosure",
        "The citizen asked to restrict the use of their data (AVG art. 18). Nothing is shared "
        "while that lasts, except on a listed exception.",
    )


class DisclosureService:
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

    # -- recording -----------------------------------------------------------------------------
    def record(self, draft: DisclosureDraft) -> Disclosure:
        """Check and write one entry (with its tasks and audit event) in one transaction."""
        return self.db.transaction(lambda c: self.record_in(c, draft))

    def correct(self, disclosure_id: str, draft: DisclosureDraft) -> Disclosure:
        """A new entry that corrects ``disclosure_id``; the earlier entry stays as it was."""
        return self.record(replace(draft, corrects=disclosure_id))

    def record_in(
        self, conn: Connection, draft: DisclosureDraft, extra: Sequence[Item] = ()
    ) -> Disclosure:
        """As :meth:`record`, inside the caller's transaction; raises :class:`DisclosureRefused`
        with every problem and writes nothing then."""
        checked, problems = self.checked_in(conn, draft, extra)
        if problems:
            raise DisclosureRefused(problems)
        entry = Disclosure(self.new_id(), checked, self.now(), self.trail.actor)
        repo.insert_disclosure(conn, entry)
        if checked.third_party_request_id is not None:
            repo.set_outcome(conn, checked.third_party_request_id, RequestOutcome.GIVEN)
        self._tasks(entry)
        audit.append(
            conn, self.trail.actor, "create", "disclosure", entry.id, len(checked.items), self.now
        )
        return entry

    def problems(self, draft: DisclosureDraft) -> list[Problem]:
        """What would stop ``draft`` now, without writing anything (for the dialog)."""
        return self.db.run(lambda c: self.checked_in(c, draft)[1])

    def checked_in(
        self, conn: Connection, draft: DisclosureDraft, extra: Sequence[Item] = ()
    ) -> tuple[DisclosureDraft, list[Problem]]:
        """The draft as it would be stored (items as the catalogue knows them, the covering
        consent per item, the statutory ground filled in) and every problem with it.

        ``extra``: items only the caller may offer (the archive export's contributed
        werkdossier notes, ``app.services.retention_archive``)."""
        if citizen_in(conn, draft.citizen_id) is None:
            return draft, [
                Problem("citizen", translate("Disclosure", "This citizen no longer exists."))
            ]
        problems: list[Problem] = []
        if draft.ground is not GroundKind.UITZONDERING and rights_repo.restricted(
            conn, draft.citizen_id
        ):  # AVG art. 18 lid 2: only another person's protection goes on (a listed exception)
            problems.append(Problem("citizen", restricted_message()))
        known = {i.key: i for i in catalogue_for_citizen(conn, draft.citizen_id, self.profile)}
        known |= {i.key: i for i in extra if i.key not in known}
        earlier = repo.get_disclosure(conn, draft.corrects) if draft.corrects else None
        if draft.corrects and (earlier is None or earlier.draft.citizen_id != draft.citizen_id):
            problems.append(
                Problem("corrects", translate("Disclosure", "The entry to correct is gone."))
            )
        if earlier is not None:  # a correction may name what left then, gone since
            known |= {i.key: _as_item(i) for i in earlier.draft.items if i.key not in known}
        items: list[SharedItem] = []
        for item in draft.items:
            source = known.get(item.key)
            if source is None:
                problems.append(
                    Problem("items", translate("Disclosure", "An item cannot be shared from here."))
                )
            else:
                items.append(SharedItem.of(source, item.ground, item.covered_as))
        checked = replace(draft, items=tuple(items), purpose=draft.purpose.strip())
        if checked.ground is GroundKind.WETTELIJK and not checked.legal_ground.strip():
            recipient = statutory(self.profile, checked.statutory_recipient_id)
            basis = recipient.legal_basis if recipient else "AVG art. 6 lid 1 sub e"
            checked = replace(checked, legal_ground=basis)
        consents = consent_repo.with_events_for_citizen(conn, draft.citizen_id)
        problems += check_draft(checked, consents, self.profile, self.today())
        if checked.ground is GroundKind.TOESTEMMING:
            covered = covering_consents(checked, consents)
            items = [replace(i, consent_id=getattr(covered.get(i.key), "id", None)) for i in items]
            checked = replace(checked, items=tuple(items))
        problems += self._request_problems(conn, checked)
        return checked, problems

    def _request_problems(self, conn: Connection, draft: DisclosureDraft) -> list[Problem]:
        """Nothing is given on a third party's request before it was discussed (R-000-28)."""
        if draft.third_party_request_id is None:
            return []
        request = repo.get_request(conn, draft.third_party_request_id)
        if request is None or request.citizen_id != draft.citizen_id:
            return [Problem("request", translate("Disclosure", "That request is gone."))]
        if request.discussed_on is None:
            return [
                Problem(
                    "request",
                    translate(
                        "Disclosure",
                        "First discuss the request with the citizen and record that.",
                    ),
                )
            ]
        return []

    def _tasks(self, entry: Disclosure) -> None:
        d = entry.draft
        tasks = TaskService(self.db, self.trail, self.now, self.new_id)
        if d.ground is not GroundKind.UITZONDERING:
            return
        if d.postponed and d.review_on is not None:
            tasks.add(
                "review_postponed_telling",
                d.review_on,
                d.citizen_id,
                d.intake_id,
                entry.id,
                source_key=f"disclosure:{entry.id}:review",
            )
        if d.reason in SAFETY_REASONS:
            soon = self.today() + timedelta(days=EXPLAIN_WITHIN_DAYS)
            due = d.review_on if d.postponed and d.review_on else soon
            tasks.add(
                "explain_sharing",
                due,
                d.citizen_id,
                d.intake_id,
                entry.id,
                source_key=f"disclosure:{entry.id}:explain",
            )

    # -- third-party requests (R-000-28) -------------------------------------------------------
    def log_request(
        self,
        citizen_id: str,
        organisation: str,
        asked: str,
        received_on: date,
        channel: str,
        role: str = "",
        person: str = "",
    ) -> ThirdPartyRequest:
        """A third party asked for data about the citizen: logged before anything else."""
        problems = [
            Problem(f, m)
            for f, ok, m in (
                ("recipient", organisation.strip(), translate("Disclosure", "Name who asked.")),
                ("asked", asked.strip(), translate("Disclosure", "Write down what was asked.")),
                (
                    "channel",
                    channel in REQUEST_CHANNELS,
                    translate("Disclosure", "Choose how it came in."),
                ),
                (
                    "received_on",
                    received_on <= self.today(),
                    translate("Disclosure", "That date lies ahead."),
                ),
            )
            if not ok
        ]
        if problems:
            raise DisclosureRefused(problems)
        request = ThirdPartyRequest(
            self.new_id(),
            citizen_id,
            organisation.strip(),
            role.strip(),
            person.strip(),
            asked.strip(),
            received_on,
            channel,
            None,
            "",
            RequestOutcome.OPEN,
            self.now(),
            self.trail.actor,
        )
        self._write(lambda c: repo.insert_request(c, request), "create", request.id)
        return request

    def record_discussed(self, request_id: str, on: date, how: str) -> None:
        """When and how the request was discussed with the citizen."""
        if not how.strip() or on > self.today():
            raise ValidationError(
                "discussed",
                translate("Disclosure", "Write down how it was discussed, on a date up to today."),
            )
        self._write(
            lambda c: repo.set_discussed(c, request_id, on, how.strip()), "discuss", request_id
        )

    def close_request(self, request_id: str, outcome: RequestOutcome) -> None:
        """Refused or withdrawn (a request is 'given' by recording the disclosure)."""
        if outcome not in (RequestOutcome.REFUSED, RequestOutcome.WITHDRAWN):
            raise ValidationError(
                "outcome", translate("Disclosure", "Choose refused or withdrawn.")
            )
        self._write(lambda c: repo.set_outcome(c, request_id, outcome), "close", request_id)

    def requests_for(self, citizen_id: str) -> list[ThirdPartyRequest]:
        return self.db.run(lambda c: repo.requests_for(c, citizen_id))

    def _write(self, work: Callable[[Connection], object], action: str, object_id: str) -> None:
        def unit(conn: Connection) -> None:
            work(conn)
            audit.append(
                conn, self.trail.actor, action, "third_party_request", object_id, 1, self.now
            )

        self.db.transaction(unit)

    # -- reading -------------------------------------------------------------------------------
    def for_citizen(self, citizen_id: str) -> list[Disclosure]:
        """The citizen's log, corrections as entries of their own (R-003-04)."""
        return self.db.run(lambda c: repo.disclosures_for(c, citizen_id))

    def catalogue(self, citizen_id: str) -> list[Item]:
        return self.db.run(lambda c: catalogue_for_citizen(c, citizen_id, self.profile))

    def recipients_for(self, citizen_id: str) -> list[tuple[str, str]]:
        """(organisation, role) of everyone who received data about the citizen, first
        share first, each once (for telling the citizen of a correction, R-003-23)."""
        seen: dict[tuple[str, str], None] = {}
        for entry in self.for_citizen(citizen_id):
            seen.setdefault((entry.draft.organisation, entry.draft.role), None)
        return list(seen)

    def flagged_count(self, since: datetime | None = None) -> int:
        """Shares against the citizen's will or without their knowledge (R-001-23)."""
        return self.db.run(lambda c: repo.flagged_count(c, since))


def _as_item(shared: SharedItem) -> Item:
    return Item(shared.key, shared.label, shared.info, "", shared.special)
