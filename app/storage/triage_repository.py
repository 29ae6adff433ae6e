"""SQL for triage: the per-domain ``triage`` rows (migration 0003) and the triage moments they
belong to (migration 0006), and the time of an intake's last scope review.

Functions take the connection (they run inside the caller's transaction on the database
thread). Rules live in ``app/domain/triage.py``.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.triage import TriageDecision, TriageKind, TriageMoment, Verdict
from app.storage.db import Connection


def insert_triage(
    conn: Connection,
    intake_id: str,
    domain: str,
    decision: str,
    at: datetime,
    worker: str,
    moment_id: str | None = None,
) -> None:
    """One domain's "nodig"/"verwijderd"; ``moment_id`` None for a single domain reviewed in
    the conversation (the domain page), outside a triage moment."""
    conn.execute(
        "INSERT INTO triage (intake_id, domain, decision, at, worker_id, moment_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (intake_id, domain, decision, at.isoformat(), worker, moment_id),
    )


def insert_moment(conn: Connection, moment: TriageMoment) -> None:
    conn.execute(
        "INSERT INTO triage_moment (id, intake_id, kind, decision, necessary, passed_on, at,"
        " worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            moment.id,
            moment.intake_id,
            moment.kind.value,
            moment.decision.value,
            moment.necessary,
            moment.passed_on,
            moment.at.isoformat(),
            moment.worker_id,
        ),
    )
    for domain, verdict in moment.verdicts.items():
        insert_triage(
            conn, moment.intake_id, domain, verdict.value, moment.at, moment.worker_id, moment.id
        )


def moments(conn: Connection, intake_id: str) -> list[TriageMoment]:
    """The intake's triage moments, oldest first, each with its per-domain verdicts."""
    rows = conn.execute(
        "SELECT id, intake_id, kind, decision, necessary, passed_on, at, worker_id"
        " FROM triage_moment WHERE intake_id = ? ORDER BY at, rowid",
        (intake_id,),
    ).fetchall()
    found = []
    for r in rows:
        verdicts = conn.execute(
            "SELECT domain, decision FROM triage WHERE moment_id = ? ORDER BY rowid", (r[0],)
        ).fetchall()
        found.append(
            TriageMoment(
                r[0],
                r[1],
                TriageKind(r[2]),
                TriageDecision(r[3]),
                r[4],
                r[5],
                datetime.fromisoformat(r[6]),
                r[7],
                {d: Verdict(v) for d, v in verdicts},
            )
        )
    return found


def last_scope_review(conn: Connection, intake_id: str) -> datetime | None:
    """When the intake's domain scope was last reviewed at a triage moment (R-002-10).

    Only a whole moment counts: a single domain triaged in the conversation is no review of the
    scope. None when no moment was recorded (the caller falls back to the start or review date).
    """
    row = conn.execute(
        "SELECT max(at) FROM triage_moment WHERE intake_id = ?", (intake_id,)
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def last_scope_reviews(conn: Connection) -> dict[str, datetime]:
    """``last_scope_review`` for every intake that has a moment, in one query."""
    rows = conn.execute(
        "SELECT intake_id, max(at) FROM triage_moment GROUP BY intake_id"
    ).fetchall()
    return {r[0]: datetime.fromisoformat(r[1]) for r in rows}
