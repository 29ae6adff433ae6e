"""Rows of migration 0018: review sessions with their sample, and privacy incidents.

Ids, dates, counts and the reviewer's name and role only; an incident holds categories and the
worker's own description (checked for citizen names by the service before it gets here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from app.storage.db import Connection


@dataclass(frozen=True)
class ReviewSession:
    id: str
    reviewer_id: str
    reviewer_name: str
    reviewer_role: str
    period_from: date
    period_to: date
    seed: str
    population: int
    drawn: int
    started_at: datetime
    ended_at: datetime | None
    worker_id: str


@dataclass(frozen=True)
class IncidentRow:
    id: str
    kind: str
    happened_on: date
    discovered_at: datetime
    categories: tuple[str, ...]
    citizens_estimate: int
    what_happened: str
    measures: str
    reported_to: str
    reported_at: datetime | None
    task_id: str | None
    recorded_at: datetime
    worker_id: str


_SESSION = (
    "SELECT id, reviewer_id, reviewer_name, reviewer_role, period_from, period_to, seed,"
    " population, drawn, started_at, ended_at, worker_id FROM review_session"
)
_INCIDENT = (
    "SELECT id, kind, happened_on, discovered_at, categories, citizens_estimate, what_happened,"
    " measures, reported_to, reported_at, task_id, recorded_at, worker_id FROM privacy_incident"
)


def _session(r: tuple[object, ...]) -> ReviewSession:
    return ReviewSession(
        str(r[0]), str(r[1]), str(r[2]), str(r[3]),
        date.fromisoformat(str(r[4])), date.fromisoformat(str(r[5])), str(r[6]),
        int(str(r[7])), int(str(r[8])), datetime.fromisoformat(str(r[9])),
        datetime.fromisoformat(str(r[10])) if r[10] else None, str(r[11]),
    )  # fmt: skip


def insert_session(conn: Connection, s: ReviewSession, sample: list[str]) -> None:
    conn.execute(
        "INSERT INTO review_session (id, reviewer_id, reviewer_name, reviewer_role, period_from,"
        " period_to, seed, population, drawn, started_at, ended_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            s.id, s.reviewer_id, s.reviewer_name, s.reviewer_role, s.period_from.isoformat(),
            s.period_to.isoformat(), s.seed, s.population, s.drawn, s.started_at.isoformat(),
            None, s.worker_id,
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO review_sample (session_id, position, citizen_id) VALUES (?, ?, ?)",
        [(s.id, i, c) for i, c in enumerate(sample, start=1)],
    )


def get_session(conn: Connection, session_id: str) -> ReviewSession | None:
    row = conn.execute(_SESSION + " WHERE id = ?", (session_id,)).fetchone()
    return _session(row) if row else None


def sessions(conn: Connection) -> list[ReviewSession]:
    return [_session(r) for r in conn.execute(_SESSION + " ORDER BY started_at, id").fetchall()]


def sample(conn: Connection, session_id: str) -> list[tuple[str, str, int]]:
    """(citizen id, case number, times opened) in draw order; erased dossiers drop out."""
    rows = conn.execute(
        "SELECT s.citizen_id, c.case_number, s.opened FROM review_sample s"
        " JOIN citizen c ON c.id = s.citizen_id WHERE s.session_id = ? ORDER BY s.position",
        (session_id,),
    ).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


def mark_opened(conn: Connection, session_id: str, citizen_id: str) -> bool:
    cursor = conn.execute(
        "UPDATE review_sample SET opened = opened + 1 WHERE session_id = ? AND citizen_id = ?",
        (session_id, citizen_id),
    )
    return int(cursor.rowcount) == 1


def end_session(conn: Connection, session_id: str, at: datetime) -> bool:
    cursor = conn.execute(
        "UPDATE review_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
        (at.isoformat(), session_id),
    )
    return int(cursor.rowcount) == 1


# -- privacy incidents -------------------------------------------------------------------------
def insert_incident(conn: Connection, i: IncidentRow) -> None:
    conn.execute(
        "INSERT INTO privacy_incident (id, kind, happened_on, discovered_at, categories,"
        " citizens_estimate, what_happened, measures, reported_to, reported_at, task_id,"
        " recorded_at, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            i.id, i.kind, i.happened_on.isoformat(), i.discovered_at.isoformat(),
            json.dumps(list(i.categories)), i.citizens_estimate, i.what_happened, i.measures,
            i.reported_to, i.reported_at.isoformat() if i.reported_at else None, i.task_id,
            i.recorded_at.isoformat(), i.worker_id,
        ),
    )  # fmt: skip


def set_reported(
    conn: Connection, incident_id: str, to: str, at: datetime, measures: str | None
) -> bool:
    cursor = conn.execute(
        "UPDATE privacy_incident SET reported_to = ?, reported_at = ?,"
        " measures = coalesce(?, measures) WHERE id = ?",
        (to, at.isoformat(), measures, incident_id),
    )
    return int(cursor.rowcount) == 1


def get_incident(conn: Connection, incident_id: str) -> IncidentRow | None:
    row = conn.execute(_INCIDENT + " WHERE id = ?", (incident_id,)).fetchone()
    return _incident(row) if row else None


def incidents(conn: Connection) -> list[IncidentRow]:
    return [_incident(r) for r in conn.execute(_INCIDENT + " ORDER BY recorded_at DESC")]


def _incident(r: tuple[object, ...]) -> IncidentRow:
    return IncidentRow(
        str(r[0]), str(r[1]), date.fromisoformat(str(r[2])),
        datetime.fromisoformat(str(r[3])), tuple(json.loads(str(r[4]))), int(str(r[5])),
        str(r[6]), str(r[7]), str(r[8]), datetime.fromisoformat(str(r[9])) if r[9] else None,
        str(r[10]) if r[10] else None, datetime.fromisoformat(str(r[11])), str(r[12]),
    )  # fmt: skip


def citizen_words(conn: Connection) -> list[str]:
    """Every citizen name and case number in the vault: what an incident text must not hold."""
    rows = conn.execute("SELECT name, case_number FROM citizen").fetchall()
    return [str(v) for r in rows for v in r if v]
