"""Consent records as a use case: decision, new version, withdrawal, renewal, error, expiry and
withdrawal per recipient or domain (issue 7).

Every name is fictional; the clock is injected (Monday 23 November 2026, 10:00 UTC).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.consent_record import ConsentStatus, Decision, EventKind, covering
from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
)
from app.domain.scope import Trigger
from app.services.consent_requests import ConsentRequestService, TermsRefused
from app.services.consents import ConsentService
from app.services.housekeeping import run_purges
from app.services.session import Session
from app.services.tasks import TaskService
from app.storage import audit
from app.storage import consent_record_repository as repo
from tests.support.intake import Clock, Intakes, informed_intake, intakes

GP = "Huisartsenpraktijk Centrum Voorbeeldstad"
QUESTION = "Kan mevrouw zonder hulp tien minuten lopen?"
PURPOSE = "Beoordelen welke hulp bij het lopen past"


@dataclass
class Kit:
    kit: Intakes
    clock: Clock
    consents: ConsentService
    requests: ConsentRequestService
    intake_id: str


@pytest.fixture
def k(session: Session) -> Kit:
    clock = Clock()
    kit = intakes(session, clock)
    profile = kit.service.profile
    db, trail = session.vault.db, session.trail
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    return Kit(
        kit,
        clock,
        ConsentService(db, trail, profile, clock),
        ConsentRequestService(db, trail, profile, clock),
        intake_id,
    )


def gp_terms(**changes: object) -> ConsentTerms:
    base = ConsentTerms(
        kind=ConsentKind.GEHEIMHOUDING,
        direction=Direction.OPVRAGEN,
        controller="",
        party=Party(GP, "huisarts"),
        items=(QUESTION,),
        purpose=PURPOSE,
        law="Wmo 2015 art. 5.1.1 lid 5",
        valid_until=date(2027, 2, 28),
        grantor="Fictief Voorbeeld",
        capacity=GrantorCapacity.INWONER,
        method=Method.MONDELING,
        necessity=True,
        subsidiarity=True,
        proportionality=True,
        explained=True,
        answer_to="Medisch adviseur gemeente Voorbeeldstad",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def oral_permit(k: Kit) -> str:
    form = k.requests.create(k.intake_id, gp_terms())
    return k.consents.record_decision(
        form.id, Decision.PERMIT, Method.MONDELING, "Mevrouw zei ja tegen deze ene vraag."
    ).id


def citizen_of(k: Kit, consent_id: str) -> str:
    entry = k.consents.get(consent_id)
    assert entry is not None
    return entry.record.citizen_id


def count_records(k: Kit) -> int:
    return len(k.kit.session.vault.db.run(lambda c: repo.records_for_intake(c, k.intake_id)))


def test_r004_08_oral_permit_records_mondeling_date_time_worker_and_scope(k: Kit) -> None:
    form = k.requests.create(k.intake_id, gp_terms())
    with pytest.raises(TermsRefused) as refused:
        k.consents.record_decision(form.id, Decision.PERMIT, Method.MONDELING, "  ")
    assert [p.field for p in refused.value.problems] == ["attestation"]
    assert count_records(k) == 0
    made = k.consents.record_decision(form.id, Decision.PERMIT, Method.MONDELING, "Ja, akkoord.")
    local = k.clock().astimezone()
    for part in ("mondeling", f"{local:%Y-%m-%d %H:%M}", "w-test", QUESTION, "Ja, akkoord."):
        assert part in made.attestation
    assert made.request_id == form.id
    assert made.version == 1
    assert made.template_version == "2026.1"  # the profile's bevestiging-mondelinge-toestemming
    history = k.consents.get(made.id)
    assert history is not None
    assert history.status is ConsentStatus.ACTIVE
    assert [(e.kind, e.method) for e in history.events] == [(EventKind.GIVEN, "mondeling")]
    assert k.consents.verify(made.id)


def test_r001_11_r000_25_r004_06_unticked_or_generic_terms_refused_and_nothing_written(
    k: Kit,
) -> None:
    bad = gp_terms(
        party=Party("Alle instanties in de wijk"),
        necessity=False,
        explained=False,
        method=Method.SCHRIFTELIJK,
    )
    with pytest.raises(TermsRefused) as refused:
        k.consents.record_terms(k.intake_id, bad, Decision.PERMIT)
    fields = {p.field for p in refused.value.problems}
    assert {"organisation", "necessity", "explained"} <= fields
    assert "too general" in str(refused.value)
    assert count_records(k) == 0
    assert k.requests.list_for(k.intake_id) == []


def test_r000_27_a_refusal_is_a_record_that_never_covers(k: Kit) -> None:
    made = k.consents.record_terms(k.intake_id, gp_terms(method=Method.SCHRIFTELIJK), Decision.DENY)
    history = k.consents.history(made.citizen_id)
    assert [(h.record.id, h.status, h.events) for h in history] == [
        (made.id, ConsentStatus.REFUSED, ())
    ]
    assert made.template_version == "2026.1"
    assert made.attestation == ""
    rows = [(h.record, h.events) for h in history]
    assert covering(rows, GP, Direction.OPVRAGEN, QUESTION, k.clock()) is None
    with pytest.raises(ValidationError, match="refused"):
        k.consents.withdraw(made.id, k.clock(), Method.MONDELING, "de inwoner")


def test_r004_07_a_change_of_purpose_is_a_new_version_and_withdraws_the_old(k: Kit) -> None:
    first = oral_permit(k)
    k.clock.value += timedelta(hours=1)
    changed = gp_terms(purpose="Beoordelen of een scootmobiel nodig is")
    second = k.consents.new_version(first, changed, attestation="Ja, ook hiervoor.")
    assert (second.supersedes, second.version) == (first, 2)
    old = k.consents.get(first)
    assert old is not None
    assert old.status is ConsentStatus.WITHDRAWN
    assert old.events[-1].at == k.clock()
    assert [h.record.version for h in k.consents.for_intake(k.intake_id)] == [1, 2]
    public = {name for name in vars(ConsentService) if not name.startswith("_")}
    assert not {n for n in public if n.startswith(("edit", "update", "change"))}
    with pytest.raises(ValidationError, match="already been withdrawn"):
        k.consents.new_version(first, changed, attestation="Nog eens.")


def test_r001_12_r004_09_oral_withdrawal_blocks_later_shares_keeps_earlier_and_shows_history(
    k: Kit,
) -> None:
    consent_id = oral_permit(k)
    before = k.clock() + timedelta(hours=1)
    k.clock.value += timedelta(days=2)
    withdrawn_at = k.clock() - timedelta(hours=3)  # told by phone this morning
    with pytest.raises(ValidationError):
        k.consents.withdraw(consent_id, withdrawn_at, Method.MONDELING, " ")
    with pytest.raises(ValidationError, match="withdrawal"):
        k.consents.withdraw(consent_id, k.clock() + timedelta(days=1), Method.MONDELING, "x")
    k.consents.withdraw(consent_id, withdrawn_at, Method.MONDELING, "de inwoner", "Belde op.")
    history = k.consents.history(citizen_of(k, consent_id))
    rows = [(h.record, h.events) for h in history]
    assert covering(rows, GP, Direction.OPVRAGEN, QUESTION, before) is not None
    assert covering(rows, GP, Direction.OPVRAGEN, QUESTION, k.clock()) is None
    (entry,) = history
    assert entry.status is ConsentStatus.WITHDRAWN
    assert [(e.kind, e.by_whom) for e in entry.events] == [
        (EventKind.GIVEN, "Fictief Voorbeeld"),
        (EventKind.WITHDRAWN, "de inwoner"),
    ]
    with pytest.raises(ValidationError, match="already been withdrawn"):
        k.consents.withdraw(consent_id, k.clock(), Method.SCHRIFTELIJK, "de inwoner")


def test_renewal_within_one_year_and_never_after_withdrawal(k: Kit) -> None:
    consent_id = oral_permit(k)
    with pytest.raises(ValidationError, match="one year"):
        k.consents.renew(consent_id, date(2027, 12, 31))
    with pytest.raises(ValidationError, match="after the current one"):
        k.consents.renew(consent_id, date(2027, 1, 31))
    k.consents.renew(consent_id, date(2027, 5, 31))
    k.clock.value = datetime(2027, 4, 1, 10, tzinfo=UTC)
    entry = k.consents.get(consent_id)
    assert entry is not None
    assert entry.status is ConsentStatus.ACTIVE
    k.consents.withdraw(consent_id, k.clock(), Method.SCHRIFTELIJK, "de inwoner")
    with pytest.raises(ValidationError, match="already been withdrawn"):
        k.consents.renew(consent_id, date(2027, 6, 30))


def test_entered_in_error_never_applied_and_cannot_be_withdrawn(k: Kit) -> None:
    consent_id = oral_permit(k)
    with pytest.raises(ValidationError):
        k.consents.mark_entered_in_error(consent_id, "")
    k.consents.mark_entered_in_error(consent_id, "Verkeerde inwoner gekozen.")
    entry = k.consents.get(consent_id)
    assert entry is not None
    assert entry.status is ConsentStatus.ENTERED_IN_ERROR
    with pytest.raises(ValidationError, match="entered in error"):
        k.consents.withdraw(consent_id, k.clock(), Method.MONDELING, "de inwoner")
    with pytest.raises(ValidationError, match="already marked"):
        k.consents.mark_entered_in_error(consent_id, "Nog eens.")


def test_expire_due_writes_one_expired_event_once(k: Kit) -> None:
    consent_id = oral_permit(k)
    assert k.consents.expire_due() == 0
    k.clock.value = datetime(2027, 3, 2, 9, tzinfo=UTC)
    assert k.consents.expire_due() == 1
    assert k.consents.expire_due() == 0
    entry = k.consents.get(consent_id)
    assert entry is not None
    assert entry.status is ConsentStatus.EXPIRED
    assert [e.kind for e in entry.events] == [EventKind.GIVEN, EventKind.EXPIRED]


def test_r002_17_withdrawal_per_recipient_withdraws_every_valid_consent_for_that_party(
    k: Kit,
) -> None:
    gp_one = oral_permit(k)
    gp_two = k.consents.record_terms(
        k.intake_id, gp_terms(items=("Kan mevrouw zelf een trap op?",)), Decision.PERMIT,
        attestation="Ja.",
    ).id  # fmt: skip
    other = k.consents.record_terms(
        k.intake_id,
        gp_terms(
            party=Party("Woonstichting Voorbeeldstad", "woningcorporatie"),
            kind=ConsentKind.AVG,
            items=("Of de woning een traplift kan krijgen",),
            answer_to="",
            method=Method.SCHRIFTELIJK,
        ),
        Decision.PERMIT,
    ).id
    events = k.consents.withdraw_for_party(
        citizen_of(k, gp_one),
        GP.lower(),
        k.clock(),
        Method.MONDELING,
        "de inwoner",
    )
    assert {e.consent_id for e in events} == {gp_one, gp_two}
    status = {h.record.id: h.status for h in k.consents.for_intake(k.intake_id)}
    assert status == {
        gp_one: ConsentStatus.WITHDRAWN,
        gp_two: ConsentStatus.WITHDRAWN,
        other: ConsentStatus.ACTIVE,
    }
    with pytest.raises(ValidationError, match="no valid consent"):
        k.consents.withdraw_for_party(
            citizen_of(k, other),
            GP,
            k.clock(),
            Method.MONDELING,
            "de inwoner",
        )


def test_r002_17_withdrawn_domain_takes_no_entries_and_is_flagged_for_deletion_review(
    k: Kit,
) -> None:
    service = k.kit.service
    service.propose_domain(k.intake_id, "financien", Trigger.CITIZEN_RAISED, "Rekeningen")
    service.answer_domain(k.intake_id, "financien", True)
    assert service.scope(k.intake_id).accepts_content("financien")
    task_id = k.consents.withdraw_domain(k.intake_id, "financien")
    assert not service.scope(k.intake_id).accepts_content("financien")
    tasks = TaskService(k.kit.session.vault.db, k.kit.session.trail, k.clock)
    task = tasks.get(task_id)
    assert task is not None
    assert (task.kind, task.intake_id, task.object_id) == (
        "review_withdrawn_domain",
        k.intake_id,
        "financien",
    )
    assert task.due_on == date(2026, 12, 7)
    with pytest.raises(ValidationError):
        k.consents.withdraw_domain(k.intake_id, "financien")
    assert [t.id for t in tasks.for_intake(k.intake_id) if t.kind == task.kind] == [task_id]


def test_consent_audit_events_carry_ids_only(k: Kit) -> None:
    consent_id = oral_permit(k)
    k.consents.withdraw(consent_id, k.clock(), Method.MONDELING, "de inwoner", "Belde op.")
    events = k.kit.session.vault.db.run(lambda c: audit.events(c))
    mine = [e for e in events if e.object_type == "consent_record"]
    assert [(e.action, e.object_id) for e in mine] == [
        ("create", consent_id),
        ("withdraw", consent_id),
    ]
    text = " ".join(f"{e.action} {e.object_type} {e.object_id}" for e in events)
    for content in ("Fictief", "lopen", "Belde", "inwoner"):
        assert content not in text


def test_housekeeping_after_unlock_writes_the_expired_event_once(k: Kit) -> None:
    """The unlock housekeeping (``run_purges``) marks consents past their end date expired."""
    consent_id = oral_permit(k)
    session = k.kit.session
    assert run_purges(session).consents_expired == 0
    session.now = lambda: k.clock.value + timedelta(days=400)
    assert run_purges(session).consents_expired == 1
    assert run_purges(session).consents_expired == 0
    entry = k.consents.get(consent_id)
    assert entry is not None
    assert [e.kind for e in entry.events][-1] is EventKind.EXPIRED
