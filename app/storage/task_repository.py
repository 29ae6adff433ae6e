"""SQL for the one task list, the procedure events and the scope-review lookup (issue 5).

Functions take the connection and run inside the caller's transaction on the database thread.
Rules live in ``app/domain/tasks.py`` and ``app/domain/procedure.py``; this module stores and
reads. The open list walks the partial index ``task_open`` so the home screen stays fast at a
caseload of 10,000 citizens.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.domain.procedure import RecordedEvent
from app.domain.tasks import Status, Task
from app.storage.db import Connection

_COLUMNS = (
    "id, kind, citizen_id, intake_id, object_id, source_key, due_on, statutory, status,"
    " postponed_to, postpone_reason, done_at, done_note, created_at"
)
_T_COLUMNS = ", ".join(f"t.{c.strip()}" for c in _COLUMNS.split(","))


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _task(row: tuple[Any, ...]) -> Task:
    return Task(
        id=row[0],
        kind=row[1],
        citizen_id=row[2],
        intake_id=row[3],
        object_id=row[4],
        source_key=row[5],
        due_on=date.fromisoformat(row[6]),
        statutory=bool(row[7]),
        status=Status(row[8]),
        postponed_to=_date(row[9]),
        postpone_reason=row[10],
        done_at=datetime.fromisoformat(row[11]) if row[11] else None,
        done_note=row[12],
        created_at=datetime.fromisoformat(row[13]),
    )


# -- tasks -------------------------------------------------------------------------------------
def insert(conn: Connection, task: Task) -> None:
    conn.execute(
        f"INSERT INTO task ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            task.id,
            task.kind,
            task.citizen_id,
            task.intake_id,
            task.object_id,
            task.source_key,
            task.due_on.isoformat(),
            int(task.statutory),
            task.status.value,
            task.postponed_to.isoformat() if task.postponed_to else None,
            task.postpone_reason,
            task.done_at.isoformat() if task.done_at else None,
            task.done_note,
            task.created_at.isoformat(),
        ),
    )


def get(conn: Connection, task_id: str) -> Task | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM task WHERE id = ?", (task_id,)).fetchone()  # noqa: S608
    return _task(row) if row else None


def by_source(conn: Connection, source_key: str) -> Task | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM task WHERE source_key = ?",  # noqa: S608
        (source_key,),
    ).fetchone()
    return _task(row) if row else None


def set_done(conn: Connection, task_id: str, at: datetime, note: str) -> None:
    conn.execute(
        "UPDATE task SET status = 'done', done_at = ?, done_note = ? WHERE id = ?",
        (at.isoformat(), note, task_id),
    )


def reopen(conn: Connection, task_id: str) -> None:
    """Back to open (or postponed, when a postponement stands): the event that met it is gone."""
    conn.execute(
        "UPDATE task SET done_at = NULL, done_note = '',"
        " status = CASE WHEN postponed_to IS NULL THEN 'open' ELSE 'postponed' END"
        " WHERE id = ? AND status = 'done'",
        (task_id,),
    )


def set_postponed(conn: Connection, task_id: str, until: date, reason: str) -> None:
    conn.execute(
        "UPDATE task SET status = 'postponed', postponed_to = ?, postpone_reason = ? WHERE id = ?",
        (until.isoformat(), reason, task_id),
    )


def move_due(conn: Connection, task_id: str, due_on: date) -> None:
    """A corrected source moves the date; a postponement it overtakes no longer stands."""
    day = due_on.isoformat()
    conn.execute(
        "UPDATE task SET due_on = ?1,"
        " status = CASE WHEN status = 'postponed' AND postponed_to <= ?1 THEN 'open'"
        " ELSE status END,"
        " postponed_to = CASE WHEN postponed_to <= ?1 THEN NULL ELSE postponed_to END"
        " WHERE id = ?2",
        (day, task_id),
    )


def delete(conn: Connection, task_id: str) -> None:
    conn.execute("DELETE FROM task WHERE id = ?", (task_id,))


def open_rows(conn: Connection, today: date, limit: int) -> list[tuple[Task, str, str]]:
    """Open tasks with the citizen's name and case number: te laat first, then by date."""
    del today  # late_after orders te laat (before today) first by construction
    rows = conn.execute(
        f"SELECT {_T_COLUMNS}, coalesce(c.name, ''), coalesce(c.case_number, '')"  # noqa: S608
        " FROM task AS t LEFT JOIN citizen AS c ON c.id = t.citizen_id"
        " WHERE t.status <> 'done' ORDER BY t.late_after, t.id LIMIT ?",
        (limit,),
    ).fetchall()
    return [(_task(r[:14]), r[14], r[15]) for r in rows]


def overdue_count(conn: Connection, today: date) -> int:
    row = conn.execute(
        "SELECT count(*) FROM task WHERE status <> 'done' AND late_after < ?",
        (today.isoformat(),),
    ).fetchone()
    return int(row[0])


def for_citizen(conn: Connection, citizen_id: str) -> list[Task]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM task WHERE citizen_id = ? ORDER BY due_on, id",  # noqa: S608
        (citizen_id,),
    ).fetchall()
    return [_task(r) for r in rows]


def for_intake(conn: Connection, intake_id: str) -> list[Task]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM task WHERE intake_id = ? ORDER BY due_on, id",  # noqa: S608
        (intake_id,),
    ).fetchall()
    return [_task(r) for r in rows]


def open_of_kind(conn: Connection, kind: str) -> list[Task]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM task WHERE kind = ? AND status <> 'done'",  # noqa: S608
        (kind,),
    ).fetchall()
    return [_task(r) for r in rows]


# -- procedure events --------------------------------------------------------------------------
def upsert_event(conn: Connection, event: RecordedEvent) -> None:
    conn.execute(
        "INSERT INTO process_event (intake_id, event, on_date, detail, recorded_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (intake_id, event) DO UPDATE SET"
        " on_date = excluded.on_date, detail = excluded.detail,"
        " recorded_at = excluded.recorded_at, worker_id = excluded.worker_id",
        (
            event.intake_id,
            event.event,
            event.on.isoformat(),
            event.detail,
            event.recorded_at.isoformat(),
            event.worker_id,
        ),
    )


def events(conn: Connection, intake_id: str) -> list[RecordedEvent]:
    rows = conn.execute(
        "SELECT intake_id, event, on_date, detail, recorded_at, worker_id FROM process_event"
        " WHERE intake_id = ? ORDER BY on_date, event",
        (intake_id,),
    ).fetchall()
    return [
        RecordedEvent(
            r[0], r[1], date.fromisoformat(r[2]), r[3], datetime.fromisoformat(r[4]), r[5]
        )
        for r in rows
    ]


def delete_event(conn: Connection, intake_id: str, event: str) -> int:
    cursor = conn.execute(
        "DELETE FROM process_event WHERE intake_id = ? AND event = ?", (intake_id, event)
    )
    return int(cursor.rowcount)


# -- the scope review (R-002-10) ---------------------------------------------------------------
def open_intakes_reviewed(conn: Connection) -> list[tuple[str, str, datetime]]:
    """``(intake_id, citizen_id, start or samen terugkijken)`` of every intake not closed yet.

    Triage moments count as reviews too: ``triage_repository.last_scope_reviews`` has those.
    """
    rows = conn.execute(
        "SELECT i.id, d.citizen_id, max(i.started_at, coalesce(i.reviewed_at, ''))"
        " FROM intake AS i JOIN dossier AS d ON d.id = i.dossier_id WHERE i.closed_at IS NULL"
    ).fetchall()
    return [(r[0], r[1], datetime.fromisoformat(r[2])) for r in rows]
