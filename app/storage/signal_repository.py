"""SQL for signals (migration 0014; issue 7). Functions run inside the caller's transaction;
rules live in ``app/domain/signal.py``. Deleting an unfounded signal removes its row and its
tasks; nothing of its content is kept anywhere.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.domain.signal import Category, Signal
from app.storage.db import Connection

_COLUMNS = (
    "id, citizen_id, task_ground, person_name, concern, reporter_role, reporter_name, category,"
    " keep_until, review_on, informed, not_informed_reason, third_person, third_person_reason,"
    " received_on, created_at, worker_id"
)


def _signal(r: tuple[Any, ...]) -> Signal:
    return Signal(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], Category(r[7]),
        date.fromisoformat(r[8]) if r[8] else None, date.fromisoformat(r[9]),
        None if r[10] is None else bool(r[10]), r[11], bool(r[12]), r[13],
        date.fromisoformat(r[14]), datetime.fromisoformat(r[15]), r[16],
    )  # fmt: skip


def insert(conn: Connection, s: Signal) -> None:
    conn.execute(
        f"INSERT INTO signal ({_COLUMNS}) VALUES ({', '.join('?' * 17)})",  # noqa: S608
        (s.id, s.citizen_id, s.task_ground, s.person_name, s.concern, s.reporter_role,
         s.reporter_name, s.category.value, s.keep_until.isoformat() if s.keep_until else None,
         s.review_on.isoformat(), None if s.informed is None else int(s.informed),
         s.not_informed_reason, int(s.third_person), s.third_person_reason,
         s.received_on.isoformat(), s.created_at.isoformat(), s.worker_id),
    )  # fmt: skip


def get(conn: Connection, signal_id: str) -> Signal | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM signal WHERE id = ?",  # noqa: S608
        (signal_id,),
    ).fetchone()
    return _signal(row) if row else None


def all_signals(conn: Connection) -> list[Signal]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM signal ORDER BY review_on, id"  # noqa: S608
    ).fetchall()
    return [_signal(r) for r in rows]


def set_informed(conn: Connection, signal_id: str, informed: bool, reason: str) -> None:
    conn.execute(
        "UPDATE signal SET informed = ?, not_informed_reason = ? WHERE id = ?",
        (int(informed), reason, signal_id),
    )


def set_category(
    conn: Connection, signal_id: str, category: Category, keep_until: date | None, review_on: date
) -> None:
    conn.execute(
        "UPDATE signal SET category = ?, keep_until = ?, review_on = ? WHERE id = ?",
        (category.value, keep_until.isoformat() if keep_until else None, review_on.isoformat(),
         signal_id),
    )  # fmt: skip


def delete(conn: Connection, signal_id: str) -> int:
    """The signal and every task generated for it (source key ``signal:<id>:…``)."""
    conn.execute(
        "DELETE FROM task WHERE object_id = ? AND source_key LIKE ?",
        (signal_id, f"signal:{signal_id}:%"),
    )
    return int(conn.execute("DELETE FROM signal WHERE id = ?", (signal_id,)).rowcount)
