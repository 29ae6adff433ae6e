"""SQL for ``other_registration``: registrations elsewhere that the worker knows of (R-002-28)
and where a case-meeting report is kept (R-003-12). Ids and short descriptions only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.storage.db import Connection

KINDS = ("registratie", "casusoverleg_verslag")
_COLUMNS = "id, intake_id, kind, organisation, description, kept_by, recorded_at, worker_id"


@dataclass(frozen=True)
class OtherRegistration:
    id: str
    intake_id: str
    kind: str  # registratie | casusoverleg_verslag
    organisation: str  # who holds the other record (or took part in the case meeting)
    description: str  # what it is, in a few words; never its content
    kept_by: str  # where, or by whom, it is kept
    recorded_at: datetime
    worker_id: str


def add(conn: Connection, item: OtherRegistration) -> None:
    conn.execute(
        f"INSERT INTO other_registration ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            item.id,
            item.intake_id,
            item.kind,
            item.organisation,
            item.description,
            item.kept_by,
            item.recorded_at.isoformat(),
            item.worker_id,
        ),
    )


def remove(conn: Connection, registration_id: str) -> bool:
    cur = conn.execute("DELETE FROM other_registration WHERE id = ?", (registration_id,))
    return bool(cur.rowcount == 1)


def get(conn: Connection, registration_id: str) -> OtherRegistration | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM other_registration WHERE id = ?",  # noqa: S608
        (registration_id,),
    ).fetchone()
    return _row(row) if row else None


def for_intake(conn: Connection, intake_id: str) -> list[OtherRegistration]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM other_registration WHERE intake_id = ?"  # noqa: S608
        " ORDER BY recorded_at, id",
        (intake_id,),
    ).fetchall()
    return [_row(r) for r in rows]


def intake_exists(conn: Connection, intake_id: str) -> bool:
    return conn.execute("SELECT 1 FROM intake WHERE id = ?", (intake_id,)).fetchone() is not None


def _row(r: tuple[object, ...]) -> OtherRegistration:
    return OtherRegistration(
        id=str(r[0]),
        intake_id=str(r[1]),
        kind=str(r[2]),
        organisation=str(r[3]),
        description=str(r[4]),
        kept_by=str(r[5]),
        recorded_at=datetime.fromisoformat(str(r[6])),
        worker_id=str(r[7]),
    )
