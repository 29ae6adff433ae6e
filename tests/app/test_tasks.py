"""The one task list (issue 5): idempotent generated tasks, states in words, postponement with a
reason that never hides a legal deadline, the home-screen list, and the tasks other parts make:
inform a network person (R-004-17, R-003-18) and review the scope of open files (R-002-10)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.profile import AgencyProfile, Casework
from app.domain.tasks import Status, TaskState, kind_label, register_kind
from app.i18n import QT_TRANSLATE_NOOP
from app.services.housekeeping import run_purges
from app.services.session import Session
from app.services.tasks import TaskService
from app.storage import audit
from tests.support.intake import Clock, informed_intake, intakes

TODAY = date(2026, 11, 23)


def _tasks(session: Session, clock: Clock) -> TaskService:
    return TaskService(session.vault.db, session.trail, clock)


def _count(session: Session, sql: str, *args: object) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql, args).fetchone()[0]))


def test_a_generated_task_is_made_once_per_source_and_audited_once(session: Session) -> None:
    tasks = _tasks(session, Clock())
    citizen = session.caseload.add_citizen("Jan Voorbeeld")
    first = tasks.add("review_signal", TODAY, citizen.id, source_key="signal:1")
    again = tasks.add("review_signal", TODAY + timedelta(days=9), citizen.id, source_key="signal:1")
    assert again == first
    assert _count(session, "SELECT count(*) FROM task") == 1
    events = [e for e in session.vault.db.run(audit.events) if e.object_type == "task"]
    assert [(e.action, e.object_id) for e in events] == [("create", first.id)]
    with pytest.raises(ValueError, match="unknown task kind"):
        tasks.add("make_coffee", TODAY)


def test_task_states_in_words_open_overdue_postponed_done(session: Session) -> None:
    clock = Clock()
    tasks = _tasks(session, clock)
    task = tasks.add("review_signal", TODAY)
    assert task.state_on(TODAY) is TaskState.OPEN
    assert task.state_on(TODAY + timedelta(days=1)) is TaskState.OVERDUE
    moved = tasks.postpone(task.id, TODAY + timedelta(days=7), "Inwoner is op vakantie")
    assert moved.state_on(TODAY + timedelta(days=3)) is TaskState.POSTPONED
    done = tasks.done(task.id, "Gebeld")
    assert (done.state_on(TODAY + timedelta(days=30)), done.done_note) == (TaskState.DONE, "Gebeld")
    words = [s.label for s in TaskState]
    assert words == ["open", "overdue", "postponed", "done"]  # te laat, uitgesteld, gedaan


def test_postponing_needs_a_reason_and_a_later_date(session: Session) -> None:
    clock = Clock()
    tasks = _tasks(session, clock)
    task = tasks.add("review_signal", TODAY + timedelta(days=5))
    for until, reason, field in (
        (TODAY + timedelta(days=9), "   ", "reason"),
        (TODAY + timedelta(days=5), "Later bellen", "until"),  # not later than the due date
        (TODAY + timedelta(days=2), "Later bellen", "until"),
    ):
        with pytest.raises(ValidationError) as error:
            tasks.postpone(task.id, until, reason)
        assert error.value.field == field
    assert tasks.get(task.id) == task  # nothing half-written
    overdue = tasks.add("review_signal", TODAY - timedelta(days=10))
    with pytest.raises(ValidationError):  # an overdue task moves to today or later, not back
        tasks.postpone(overdue.id, TODAY - timedelta(days=1), "Vergeten")
    assert tasks.postpone(overdue.id, TODAY, "Vandaag alsnog").postponed_to == TODAY
    tasks.done(task.id)
    with pytest.raises(ValidationError):
        tasks.postpone(task.id, TODAY + timedelta(days=30), "Te laat bedacht")
    with pytest.raises(ValidationError):
        tasks.done(task.id)


def test_postponing_never_hides_a_statutory_deadline(session: Session) -> None:
    tasks = _tasks(session, Clock())
    legal = tasks.add("deadline:wmo:onderzoek", TODAY + timedelta(days=2), statutory=True)
    plain = tasks.add("review_signal", TODAY + timedelta(days=2))
    for task in (legal, plain):
        tasks.postpone(task.id, TODAY + timedelta(days=10), "Wacht op informatie van de huisarts")
    after_legal_date = TODAY + timedelta(days=3)
    assert tasks.get(legal.id).state_on(after_legal_date) is TaskState.OVERDUE  # type: ignore[union-attr]
    assert tasks.get(plain.id).state_on(after_legal_date) is TaskState.POSTPONED  # type: ignore[union-attr]
    assert tasks.overdue_count(after_legal_date) == 1
    assert tasks.overdue_count(TODAY + timedelta(days=11)) == 2


def test_the_open_list_puts_overdue_first_then_by_date_with_name_and_case_number(
    session: Session,
) -> None:
    tasks = _tasks(session, Clock())
    ans = session.caseload.add_citizen("Ans Proef")
    bert = session.caseload.add_citizen("Bert Proef")
    later = tasks.add("review_signal", TODAY + timedelta(days=20), ans.id)
    soon = tasks.add("rights_request", TODAY + timedelta(days=2), bert.id)
    late = tasks.add("case_meeting_feedback", TODAY - timedelta(days=3), bert.id)
    gone = tasks.add("review_signal", TODAY - timedelta(days=9), ans.id)
    legal = tasks.add("deadline:wmo:beschikking", TODAY - timedelta(days=1), ans.id, statutory=True)
    tasks.postpone(legal.id, TODAY + timedelta(days=30), "Aanvulling gevraagd")
    tasks.done(gone.id)
    rows = tasks.open_rows(TODAY)
    assert [r.task.id for r in rows] == [late.id, legal.id, soon.id, later.id]
    assert [r.state for r in rows] == [
        TaskState.OVERDUE, TaskState.OVERDUE, TaskState.OPEN, TaskState.OPEN,
    ]  # fmt: skip
    assert (rows[0].citizen_name, rows[0].case_number) == ("Bert Proef", bert.case_number)
    assert tasks.open_rows(TODAY, limit=2) == rows[:2]
    assert [t.id for t in tasks.for_citizen(ans.id)] == [gone.id, legal.id, later.id]


def test_a_task_row_holds_no_personal_data_and_goes_with_its_citizen(session: Session) -> None:
    kit = intakes(session, now=Clock())
    intake_id = informed_intake(kit, name="Zeldzaam Achternaamtest")
    person = kit.records.add_network_person(intake_id, "Nicht Achternaamtest", "nicht")
    rows = session.vault.db.run(lambda c: c.execute("SELECT * FROM task").fetchall())
    assert len(rows) == 1
    assert not any("Achternaamtest" in str(value) for value in rows[0])
    assert person.id in rows[0]  # the object is named by id only
    citizen_id = kit.service.get(intake_id).citizen_id  # type: ignore[union-attr]
    session.vault.db.transaction(
        lambda c: c.execute("DELETE FROM citizen WHERE id = ?", (citizen_id,))
    )
    assert _count(session, "SELECT count(*) FROM task") == 0


def test_r004_17_r003_18_recording_a_network_person_creates_an_inform_task(
    session: Session,
) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    tasks = _tasks(session, clock)
    intake_id = informed_intake(kit)
    person = kit.records.add_network_person(intake_id, "Piet Proef", "buurman", "", "boodschappen")
    citizen_id = kit.service.get(intake_id).citizen_id  # type: ignore[union-attr]
    (task,) = tasks.for_citizen(citizen_id)
    assert (task.kind, task.object_id, task.intake_id) == (
        "inform_network_person", person.id, intake_id,
    )  # fmt: skip
    assert task.due_on == clock().date() + timedelta(days=14)
    assert tasks.label(task) == "Tell a network person that their data were recorded"
    # Refused input records neither the person nor a task (one transaction).
    with pytest.raises(ValidationError):
        kit.records.add_network_person(intake_id, "Piet Proef", "buurman", "111222333")
    assert len(tasks.for_citizen(citizen_id)) == 1


def test_r004_17_the_inform_term_comes_from_the_agency_profile(session: Session) -> None:
    def thirty_days(profile: AgencyProfile) -> AgencyProfile:
        return replace(profile, casework=Casework(inform_network_person_days=30))

    clock = Clock()
    kit = intakes(session, now=clock, adjust=thirty_days)
    intake_id = informed_intake(kit)
    kit.records.add_network_person(intake_id, "Piet Proef", "buurman")
    (task,) = _tasks(session, clock).for_intake(intake_id)
    assert task.due_on == clock().date() + timedelta(days=30)


def test_r002_10_open_files_get_a_scope_review_task_at_the_agency_interval(
    session: Session,
) -> None:
    clock = Clock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    kit = intakes(session, now=clock)
    tasks = _tasks(session, clock)
    open_id = informed_intake(kit, name="Ans Proef")
    closed_id = informed_intake(kit, name="Bert Proef")
    kit.review.close(closed_id, IntakeStatus.NOT_PURSUED)
    start = clock().date()
    assert tasks.review_scopes(90, start + timedelta(days=89)) == 0
    assert tasks.review_scopes(90, start + timedelta(days=90)) == 1
    assert tasks.review_scopes(90, start + timedelta(days=95)) == 0  # idempotent
    (task,) = [t for t in tasks.for_intake(open_id) if t.kind == "review_scope"]
    assert (task.due_on, task.status) == (start + timedelta(days=90), Status.OPEN)
    assert tasks.for_intake(closed_id) == []
    # Samen terugkijken reviews the scope: the open task is done, the next one comes later.
    clock.value += timedelta(days=100)
    kit.review.start_review(open_id)
    kit.review.finish_review(open_id)
    assert tasks.review_scopes(90, clock().date()) == 0
    assert tasks.get(task.id).status is Status.DONE  # type: ignore[union-attr]
    assert tasks.review_scopes(90, clock().date() + timedelta(days=90)) == 1


def test_r002_10_scope_reviews_run_with_the_housekeeping_after_unlock(session: Session) -> None:
    clock = Clock(session.now())
    kit = intakes(session, now=clock)
    informed_intake(kit)
    assert run_purges(session).scope_reviews_due == 0
    session.now = lambda: clock.value + timedelta(days=90)  # demo profile: every 90 days
    assert run_purges(session).scope_reviews_due == 1
    assert run_purges(session).scope_reviews_due == 0


def test_kinds_come_from_a_registry_later_parts_extend(session: Session) -> None:
    register_kind("test_only_kind", QT_TRANSLATE_NOOP("TaskKind", "Task made by a test"))
    task = _tasks(session, Clock()).add("test_only_kind", TODAY)
    assert kind_label(task.kind) == "Task made by a test"
    assert kind_label("deadline:wmo:onderzoek") == "Onderzoek and verslag (6 weeks)"
    with pytest.raises(ValueError, match="procedures"):
        register_kind("deadline:x", "x")


def test_the_open_list_walks_its_index_at_10000_citizens(session: Session) -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC).isoformat()

    def fill(conn: object) -> None:
        citizens = [(f"c{i}", f"KT-2026-{i:05d}", f"Proef {i}", now, now) for i in range(10_000)]
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT INTO citizen (id, case_number, name, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            citizens,
        )
        rows = [
            (f"t{i}", "review_signal", f"c{i % 10_000}",
             (TODAY + timedelta(days=(i * 7919) % 200 - 100)).isoformat(),
             "done" if i % 3 == 0 else "open", now if i % 3 == 0 else None, now)
            for i in range(30_000)
        ]  # fmt: skip
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT INTO task (id, kind, citizen_id, due_on, status, done_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    session.vault.db.transaction(fill)
    tasks = _tasks(session, Clock())
    plan = session.vault.db.run(
        lambda c: c.execute(
            "EXPLAIN QUERY PLAN SELECT t.id FROM task AS t LEFT JOIN citizen AS c"
            " ON c.id = t.citizen_id WHERE t.status <> 'done' ORDER BY t.late_after, t.id LIMIT 200"
        ).fetchall()
    )
    text = " ".join(str(row[-1]) for row in plan)
    assert "task_open" in text
    assert "TEMP B-TREE" not in text
    started = time.perf_counter()
    rows = tasks.open_rows(TODAY)
    count = tasks.overdue_count(TODAY)
    elapsed = time.perf_counter() - started
    assert len(rows) == 200
    assert rows[0].state is TaskState.OVERDUE
    assert count == _count(
        session,
        "SELECT count(*) FROM task WHERE status <> 'done' AND due_on < ?",
        TODAY.isoformat(),
    )
    assert elapsed < 0.5  # measured about 10 ms; generous for slow CI machines
