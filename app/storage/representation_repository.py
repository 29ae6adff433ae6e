"""SQL for representatives, people present at an intake, refusals, lack of capacity and
escalations (migration 0005).

Functions take the connection (they run inside the caller's transaction on the database
thread). Rules live in ``app/domain/representation.py`` and ``app/domain/refusals.py``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from app.domain.refusals import (
    Confidentiality,
    Escalation,
    EscalationTarget,
    Incapacity,
    PresentPerson,
    PresentRole,
    Refusal,
    RefusalKind,
)
from app.domain.representatives import Act, AuthoritySeen, Representative, RepresentativeKind
from app.storage.db import Connection


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# -- representatives ---------------------------------------------------------------------------
_REP = (
    "SELECT id, citizen_id, kind, name, contact, scope, acts, since, seen, reference, ended_on"
    " FROM representative"
)


def _representative(row: tuple[Any, ...]) -> Representative:
    return Representative(
        row[0], row[1], RepresentativeKind(row[2]), row[3], row[4], row[5],
        frozenset(Act(a) for a in json.loads(row[6])), _day(row[7]), AuthoritySeen(row[8]),
        row[9], _day(row[10]),
    )  # fmt: skip


def insert_representative(
    conn: Connection, rep: Representative, at: datetime, worker_id: str
) -> None:
    conn.execute(
        "INSERT INTO representative (id, citizen_id, kind, name, contact, scope, acts, since,"
        " seen, reference, recorded_at, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            rep.id, rep.citizen_id, rep.kind.value, rep.name, rep.contact, rep.scope,
            json.dumps(sorted(a.value for a in rep.acts)), _iso(rep.since), rep.seen.value,
            rep.reference, at.isoformat(), worker_id,
        ),
    )  # fmt: skip


def get_representative(conn: Connection, representative_id: str) -> Representative | None:
    row = conn.execute(f"{_REP} WHERE id = ?", (representative_id,)).fetchone()
    return _representative(row) if row else None


def representatives(conn: Connection, citizen_id: str) -> list[Representative]:
    rows = conn.execute(
        f"{_REP} WHERE citizen_id = ? ORDER BY ended_on IS NOT NULL, recorded_at, rowid",
        (citizen_id,),
    ).fetchall()
    return [_representative(r) for r in rows]


def end_representative(conn: Connection, representative_id: str, on: date) -> int:
    return int(
        conn.execute(
            "UPDATE representative SET ended_on = ? WHERE id = ? AND ended_on IS NULL",
            (on.isoformat(), representative_id),
        ).rowcount
    )


# -- people present ----------------------------------------------------------------------------
def insert_present(conn: Connection, person: PresentPerson, at: datetime, worker_id: str) -> None:
    conn.execute(
        "INSERT INTO intake_present (id, intake_id, role, name, agreed, confidentiality,"
        " recorded_at, worker_id) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
        (
            person.id, person.intake_id, person.role.value, person.name,
            person.confidentiality.value if person.confidentiality else None,
            at.isoformat(), worker_id,
        ),
    )  # fmt: skip


def present(conn: Connection, intake_id: str) -> list[PresentPerson]:
    rows = conn.execute(
        "SELECT id, intake_id, role, name, confidentiality FROM intake_present"
        " WHERE intake_id = ? ORDER BY recorded_at, rowid",
        (intake_id,),
    ).fetchall()
    return [
        PresentPerson(r[0], r[1], PresentRole(r[2]), r[3], Confidentiality(r[4]) if r[4] else None)
        for r in rows
    ]


def delete_present(conn: Connection, intake_id: str, present_id: str) -> int:
    conn.execute(
        "DELETE FROM citizen_view WHERE intake_id = ? AND object_type = 'present'"
        " AND object_id = ?",
        (intake_id, present_id),
    )
    return int(
        conn.execute(
            "DELETE FROM intake_present WHERE id = ? AND intake_id = ?", (present_id, intake_id)
        ).rowcount
    )


# -- refusals ----------------------------------------------------------------------------------
def insert_refusal(conn: Connection, refusal: Refusal, at: datetime, worker_id: str) -> None:
    conn.execute(
        "INSERT INTO refusal (id, citizen_id, intake_id, kind, what, on_date, recorded_at,"
        " worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            refusal.id, refusal.citizen_id, refusal.intake_id, refusal.kind.value, refusal.what,
            refusal.on.isoformat(), at.isoformat(), worker_id,
        ),
    )  # fmt: skip


def refusals(conn: Connection, citizen_id: str) -> list[Refusal]:
    rows = conn.execute(
        "SELECT id, citizen_id, intake_id, kind, what, on_date FROM refusal"
        " WHERE citizen_id = ? ORDER BY on_date, recorded_at, rowid",
        (citizen_id,),
    ).fetchall()
    return [
        Refusal(r[0], r[1], r[2], RefusalKind(r[3]), r[4], date.fromisoformat(r[5])) for r in rows
    ]


def purge_intake(conn: Connection, intake_id: str) -> None:
    """An intake's content is purged: its refusals keep the fact and the date, not the words."""
    conn.execute("UPDATE refusal SET what = '', purged = 1 WHERE intake_id = ?", (intake_id,))


# -- lack of capacity --------------------------------------------------------------------------
_INCAPACITY = (
    "SELECT id, citizen_id, intake_id, act, details, assessed_by, assessed_on,"
    " representative_id, ended_on FROM incapacity"
)


def _incapacity(row: tuple[Any, ...]) -> Incapacity:
    return Incapacity(
        row[0], row[1], row[2], Act(row[3]), row[4], row[5], date.fromisoformat(row[6]),
        row[7], _day(row[8]),
    )  # fmt: skip


def insert_incapacity(conn: Connection, item: Incapacity, at: datetime, worker_id: str) -> None:
    conn.execute(
        "INSERT INTO incapacity (id, citizen_id, intake_id, act, details, assessed_by,"
        " assessed_on, representative_id, recorded_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.id, item.citizen_id, item.intake_id, item.act.value, item.details,
            item.assessed_by, item.assessed_on.isoformat(), item.representative_id,
            at.isoformat(), worker_id,
        ),
    )  # fmt: skip


def get_incapacity(conn: Connection, incapacity_id: str) -> Incapacity | None:
    row = conn.execute(f"{_INCAPACITY} WHERE id = ?", (incapacity_id,)).fetchone()
    return _incapacity(row) if row else None


def incapacities(conn: Connection, citizen_id: str) -> list[Incapacity]:
    rows = conn.execute(
        f"{_INCAPACITY} WHERE citizen_id = ? ORDER BY assessed_on, recorded_at, rowid",
        (citizen_id,),
    ).fetchall()
    return [_incapacity(r) for r in rows]


def end_incapacity(conn: Connection, incapacity_id: str, on: date) -> int:
    return int(
        conn.execute(
            "UPDATE incapacity SET ended_on = ? WHERE id = ? AND ended_on IS NULL",
            (on.isoformat(), incapacity_id),
        ).rowcount
    )


# -- escalation --------------------------------------------------------------------------------
def insert_escalation(conn: Connection, item: Escalation, at: datetime) -> None:
    conn.execute(
        "INSERT INTO escalation (id, citizen_id, intake_id, target, reason, on_date,"
        " against_will, second_worker_id, recorded_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.id, item.citizen_id, item.intake_id, item.target.value, item.reason,
            item.on.isoformat(), int(item.against_will), item.second_worker_id, at.isoformat(),
            item.worker_id,
        ),
    )  # fmt: skip


def escalations(conn: Connection, citizen_id: str) -> list[Escalation]:
    rows = conn.execute(
        "SELECT id, citizen_id, intake_id, target, reason, on_date, against_will,"
        " second_worker_id, worker_id FROM escalation WHERE citizen_id = ?"
        " ORDER BY on_date, recorded_at, rowid",
        (citizen_id,),
    ).fetchall()
    return [_escalation(r) for r in rows]


def _escalation(r: tuple[Any, ...]) -> Escalation:
    target, on, against = EscalationTarget(r[3]), date.fromisoformat(r[5]), bool(r[6])
    return Escalation(r[0], r[1], r[2], target, r[4], on, against, r[7], r[8])


def count_against_will(conn: Connection, since: date) -> int:
    row = conn.execute(
        "SELECT count(*) FROM escalation WHERE against_will = 1 AND on_date >= ?",
        (since.isoformat(),),
    ).fetchone()
    return int(row[0])


def intake_citizen(conn: Connection, intake_id: str) -> str | None:
    row = conn.execute(
        "SELECT d.citizen_id FROM intake i JOIN dossier d ON d.id = i.dossier_id WHERE i.id = ?",
        (intake_id,),
    ).fetchone()
    return str(row[0]) if row else None


def date_of_birth(conn: Connection, citizen_id: str) -> tuple[bool, date | None]:
    """(exists, date of birth) of a citizen."""
    row = conn.execute("SELECT date_of_birth FROM citizen WHERE id = ?", (citizen_id,)).fetchone()
    return (row is not None, _day(row[0]) if row else None)
