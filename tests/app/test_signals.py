"""Signals (issue 7): the task it falls under and minimal data, the contact and review tasks,
whether the person was told, third-person material, and deletion when unfounded. Every name
is fictional; the clock is injected (Monday 23 November 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from app.domain.citizen import ValidationError
from app.domain.signal import CONTACT_WITHIN_DAYS, Category, SignalDraft
from app.services.profiles import install_profile, shipped_profiles
from app.services.session import Session
from app.services.signals import SignalService
from app.services.tasks import TaskService
from app.storage import audit
from app.storage.db import Connection
from tests.support.intake import Clock

MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 23)
NAME = "Kees Signaalvoorbeeld"
CONCERN = "Buurvrouw ziet hem al weken niet meer buiten komen; post stapelt zich op."


@pytest.fixture
def service(session: Session) -> SignalService:
    profile = install_profile(session, next(c for c in shipped_profiles() if c.demo)).profile
    return SignalService(session.vault.db, session.trail, profile, Clock(MONDAY))


def draft(**changes: object) -> SignalDraft:
    base = SignalDraft(
        task_ground="Wmo 2015 art. 2.3.2 (melding via een derde)",
        person_name=NAME,
        concern=CONCERN,
        reporter_role="buurvrouw",
        category=Category.ACT,
        review_on=date(2026, 12, 7),
        received_on=TODAY,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def tasks_of(service: SignalService, signal_id: str) -> dict[str, date]:
    rows = service.db.run(
        lambda c: c.execute(
            "SELECT kind, due_on FROM task WHERE object_id = ?", (signal_id,)
        ).fetchall()
    )
    return {kind: date.fromisoformat(due) for kind, due in rows}


def _everything(conn: Connection) -> str:
    tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    rows = [conn.execute(f"SELECT * FROM {t}").fetchall() for (t,) in tables]  # noqa: S608
    return repr(rows)


def test_r004_25_task_ground_and_minimal_data_required(service: SignalService) -> None:
    with pytest.raises(ValidationError) as error:
        service.open(draft(task_ground=" "))
    assert error.value.field == "task_ground"
    with pytest.raises(ValidationError) as error:
        service.open(draft(concern="Zijn BSN is 111222333 volgens de buurvrouw"))
    assert error.value.field == "concern"
    with pytest.raises(ValidationError) as error:
        service.open(draft(concern="Heeft een uitkering en komt niet rond"))
    assert error.value.field == "concern"
    with pytest.raises(ValidationError):
        service.open(draft(concern="x" * 301))
    assert service.signals() == []


def test_r004_25_contact_task_promptly_and_review_task(service: SignalService) -> None:
    signal = service.open(draft())
    assert signal.reporter_name == ""  # the reporter by role, a name only if given
    assert tasks_of(service, signal.id) == {
        "contact_signal_person": date(2026, 11, 23 + CONTACT_WITHIN_DAYS),
        "review_signal": date(2026, 12, 7),
    }


def test_r001_22_category_with_forced_review_and_keep_until(service: SignalService) -> None:
    with pytest.raises(ValidationError) as error:
        service.open(draft(review_on=TODAY))
    assert error.value.field == "review_on"
    with pytest.raises(ValidationError) as error:
        service.open(draft(category=Category.KEEP))
    assert error.value.field == "keep_until"
    with pytest.raises(ValidationError) as error:
        service.open(
            draft(category=Category.KEEP, keep_until=date(2026, 12, 1), review_on=date(2027, 1, 5))
        )
    assert error.value.field == "review_on"
    kept = service.open(draft(category=Category.KEEP, keep_until=date(2027, 2, 1)))
    assert kept.keep_until == date(2027, 2, 1)
    service.review(kept.id, Category.DESTROY, date(2026, 12, 21))
    stored = service.get(kept.id)
    assert stored is not None
    assert stored.category is Category.DESTROY
    assert stored.keep_until is None
    open_reviews = service.db.run(
        lambda c: c.execute(
            "SELECT due_on FROM task WHERE object_id = ? AND kind = 'review_signal'"
            " AND status <> 'done'",
            (kept.id,),
        ).fetchall()
    )
    assert open_reviews == [("2026-12-21",)]


def test_r001_22_informed_or_why_not(service: SignalService) -> None:
    signal = service.open(draft())
    with pytest.raises(ValidationError):
        service.record_informed(signal.id, False, "")
    service.record_informed(signal.id, False, "Nog geen contact gekregen")
    stored = service.get(signal.id)
    assert stored is not None
    assert stored.informed is False
    assert stored.not_informed_reason == "Nog geen contact gekregen"
    service.record_informed(signal.id, True)
    tasks = TaskService(service.db, service.trail, service.now)
    contact = tasks.by_source(f"signal:{signal.id}:contact")
    assert contact is not None
    assert contact.status.value == "done"


def test_r003_18_third_person_material_needs_inform_task_or_reason(
    service: SignalService,
) -> None:
    flagged = service.open(draft(third_person=True))
    assert "inform_third_person" in tasks_of(service, flagged.id)
    reasoned = service.open(
        draft(third_person=True, third_person_reason="Informeren brengt de melder in gevaar")
    )
    assert "inform_third_person" not in tasks_of(service, reasoned.id)
    stored = service.get(reasoned.id)
    assert stored is not None
    assert stored.third_person
    assert stored.third_person_reason == "Informeren brengt de melder in gevaar"


def test_r001_22_r004_25_unfounded_signal_deleted_completely(service: SignalService) -> None:
    signal = service.open(draft(third_person=True))
    service.close_unfounded(signal.id)
    assert service.get(signal.id) is None
    assert tasks_of(service, signal.id) == {}
    events = service.db.run(audit.events)
    deleted = [e for e in events if e.action == "delete_unfounded"]
    assert [(e.object_type, e.object_id) for e in deleted] == [("signal", signal.id)]
    dump = service.db.run(_everything)
    assert NAME not in dump
    assert "post stapelt" not in dump
    with pytest.raises(ValidationError):
        service.close_unfounded(signal.id)
