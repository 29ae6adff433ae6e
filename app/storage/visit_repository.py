"""SQL for the agenda (``visit``, ``visit_citizen``): one query per screen, names joined in."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from app.domain.agenda import Visit, VisitRow
from app.storage.db import Connection

_SELECT = (
    "SELECT v.id, v.on_date, v.at_time, v.place, v.contact_name,"
    " vc.citizen_id, c.name, c.case_number"
    " FROM visit v"
    " LEFT JOIN visit_citizen vc ON vc.visit_id = v.id"
    " LEFT JOIN citizen c ON c.id = vc.citizen_id"
)


def insert(conn: Connection, visit: Visit, created_at: str, worker_id: str) -> None:
    conn.execute(
        "INSERT INTO visit (id, on_date, at_time, place, contact_name, created_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            visit.id,
            visit.on_date.isoformat(),
            visit.at_time.strftime("%H:%M") if visit.at_time else "",
            visit.place,
            visit.contact_name,
            created_at,
            worker_id,
        ),
    )
    conn.executemany(
        "INSERT INTO visit_citizen (visit_id, citizen_id, position) VALUES (?, ?, ?)",
        [(visit.id, cid, n) for n, cid in enumerate(visit.citizen_ids)],
    )


def delete(conn: Connection, visit_id: str) -> int:
    return int(conn.execute("DELETE FROM visit WHERE id = ?", (visit_id,)).rowcount)


def attach_citizen(conn: Connection, visit_id: str, citizen_id: str) -> int:
    """The new contact became a citizen: the visit now points at the dossier, not a name."""
    changed = conn.execute(
        "UPDATE visit SET contact_name = '' WHERE id = ? AND contact_name <> ''", (visit_id,)
    ).rowcount
    if changed:
        conn.execute(
            "INSERT INTO visit_citizen (visit_id, citizen_id, position) VALUES (?, ?, 0)",
            (visit_id, citizen_id),
        )
    return int(changed)


def citizens_exist(conn: Connection, citizen_ids: tuple[str, ...]) -> bool:
    if not citizen_ids:
        return True
    marks = ", ".join("?" for _ in citizen_ids)
    row = conn.execute(
        f"SELECT count(*) FROM citizen WHERE id IN ({marks})",  # noqa: S608 - placeholders only
        citizen_ids,
    ).fetchone()
    return int(row[0]) == len(citizen_ids)


def _rows(raw: list[tuple[Any, ...]]) -> list[VisitRow]:
    grouped: dict[str, tuple[tuple[Any, ...], list[tuple[str, str, str]]]] = {}
    for row in raw:
        head, people = grouped.setdefault(row[0], (row, []))
        if row[5] is not None:
            people.append((row[5], row[6], row[7]))
    result = []
    for head, people in grouped.values():
        at = time.fromisoformat(head[2]) if head[2] else None
        visit = Visit(
            head[0], date.fromisoformat(head[1]), at, head[3], head[4], tuple(p[0] for p in people)
        )
        result.append(VisitRow(visit, tuple(people)))
    return result


def between(conn: Connection, first: date, last: date) -> list[VisitRow]:
    raw = conn.execute(
        f"{_SELECT} WHERE v.on_date BETWEEN ? AND ?"
        " ORDER BY v.on_date, v.at_time = '', v.at_time, v.id, vc.position",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    return _rows(raw)


def get(conn: Connection, visit_id: str) -> VisitRow | None:
    raw = conn.execute(
        f"{_SELECT} WHERE v.id = ? ORDER BY vc.position",
        (visit_id,),
    ).fetchall()
    rows = _rows(raw)
    return rows[0] if rows else None


def for_citizen(conn: Connection, citizen_id: str, first: date) -> list[VisitRow]:
    raw = conn.execute(
        f"{_SELECT} WHERE v.on_date >= ? AND v.id IN"  # noqa: S608 - constant text
        " (SELECT visit_id FROM visit_citizen WHERE citizen_id = ?)"
        " ORDER BY v.on_date, v.at_time, v.id, vc.position",
        (first.isoformat(), citizen_id),
    ).fetchall()
    return _rows(raw)


def delete_before(conn: Connection, day: date) -> int:
    return int(conn.execute("DELETE FROM visit WHERE on_date < ?", (day.isoformat(),)).rowcount)
