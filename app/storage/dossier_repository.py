"""SQL for dossiers as a whole and the intakes in them, as herindicatie reads them.

Functions take the connection (they run inside the caller's transaction on the database
thread). Content of an earlier intake is read with the intake repositories; the selection rule
(same law and role, not purged) is ``app/domain/herindicatie.py``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.herindicatie import Dossier, PastIntake
from app.domain.profile import Law, Role
from app.storage.db import Connection

_PAST = (
    "SELECT i.id, i.dossier_id, d.law, d.role, i.started_at, i.status, i.closed_at,"
    " i.purge_after FROM intake i JOIN dossier d ON d.id = i.dossier_id"
)


def get_dossier(conn: Connection, dossier_id: str) -> Dossier | None:
    row = conn.execute(
        "SELECT id, citizen_id, law, role, created_at FROM dossier WHERE id = ?", (dossier_id,)
    ).fetchone()
    if row is None:
        return None
    return Dossier(row[0], row[1], Law(row[2]), Role(row[3]), datetime.fromisoformat(row[4]))


def dossiers_for(conn: Connection, citizen_id: str) -> list[Dossier]:
    rows = conn.execute(
        "SELECT id FROM dossier WHERE citizen_id = ? ORDER BY created_at DESC, id", (citizen_id,)
    ).fetchall()
    found = (get_dossier(conn, r[0]) for r in rows)
    return [d for d in found if d is not None]


def past_intake(conn: Connection, intake_id: str) -> PastIntake | None:
    row = conn.execute(f"{_PAST} WHERE i.id = ?", (intake_id,)).fetchone()
    return _past(row) if row else None


def past_intakes(conn: Connection, citizen_id: str, law: Law, role: Role) -> list[PastIntake]:
    """The citizen's intakes under ``law`` in ``role`` (uses the dossier_citizen index)."""
    rows = conn.execute(
        f"{_PAST} WHERE d.citizen_id = ? AND d.law = ? AND d.role = ? ORDER BY i.started_at DESC",
        (citizen_id, law.value, role.value),
    ).fetchall()
    return [_past(r) for r in rows]


def _past(row: tuple[Any, ...]) -> PastIntake:
    return PastIntake(
        row[0],
        row[1],
        Law(row[2]),
        Role(row[3]),
        datetime.fromisoformat(row[4]),
        row[5],
        datetime.fromisoformat(row[6]) if row[6] else None,
        row[7],
    )
