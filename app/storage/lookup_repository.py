"""SQL for manual lookups and role transfers (migration 0019)."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.lookups import LookupSource, ManualLookup, RoleTransfer
from app.storage.db import Connection


def insert_lookup(conn: Connection, lookup: ManualLookup) -> None:
    conn.execute(
        "INSERT INTO manual_lookup (id, intake_id, source, reason, on_date, recorded_at,"
        " worker_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            lookup.id,
            lookup.intake_id,
            lookup.source.value,
            lookup.reason,
            lookup.on.isoformat(),
            lookup.recorded_at.isoformat(),
            lookup.worker_id,
        ),
    )


def lookups(conn: Connection, intake_id: str) -> list[ManualLookup]:
    rows = conn.execute(
        "SELECT id, intake_id, source, reason, on_date, recorded_at, worker_id"
        " FROM manual_lookup WHERE intake_id = ? ORDER BY on_date, recorded_at",
        (intake_id,),
    ).fetchall()
    return [
        ManualLookup(
            r[0],
            r[1],
            LookupSource(r[2]),
            r[3],
            date.fromisoformat(r[4]),
            datetime.fromisoformat(r[5]),
            r[6],
        )
        for r in rows
    ]


def insert_transfer(conn: Connection, transfer: RoleTransfer) -> None:
    conn.execute(
        "INSERT INTO role_transfer (id, from_note_id, to_note_id, judgement, judged_by,"
        " judged_on, recorded_at, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            transfer.id,
            transfer.from_note_id,
            transfer.to_note_id,
            transfer.judgement,
            transfer.judged_by,
            transfer.judged_on.isoformat(),
            transfer.recorded_at.isoformat(),
            transfer.worker_id,
        ),
    )


def transfer_into(conn: Connection, note_id: str) -> RoleTransfer | None:
    """The judgement that brought ``note_id`` into the toeleiding, if it came that way."""
    row = conn.execute(
        "SELECT id, from_note_id, to_note_id, judgement, judged_by, judged_on, recorded_at,"
        " worker_id FROM role_transfer WHERE to_note_id = ?",
        (note_id,),
    ).fetchone()
    if row is None:
        return None
    return RoleTransfer(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        date.fromisoformat(row[5]),
        datetime.fromisoformat(row[6]),
        row[7],
    )
