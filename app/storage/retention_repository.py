"""SQL for retention (migration 0017): the dates each dossier's due date is computed from, the
case system's confirmed receipt, the block decisions made at closing, and the werkdossier mark
"contributed to the decision". Functions take the connection (the caller's transaction).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.storage.db import Connection

EDITABLE = ("open", "terugkijken")


@dataclass(frozen=True)
class DossierRow:
    """One dossier with the dates retention needs; no content."""

    id: str
    citizen_id: str
    law: str
    created: date
    intake_starts: tuple[date, ...]
    last_closed: date | None
    open: bool
    all_handed_over: bool  # every intake ``overgedragen`` (a colleague took it over)
    confirmed_on: date | None  # the case system confirmed receipt
    regie_until: date | None


def _day(text: str | None) -> date | None:
    return datetime.fromisoformat(text).date() if text else None


_DOSSIERS = (
    "SELECT d.id, d.citizen_id, d.law, d.created_at, h.confirmed_on, i.started_at,"
    " i.status, i.closed_at, r.keep_until"
    " FROM dossier d LEFT JOIN intake i ON i.dossier_id = d.id"
    " LEFT JOIN dossier_handover h ON h.dossier_id = d.id"
    " LEFT JOIN retention_block r ON r.intake_id = i.id AND r.block = 'regie'"
)


@dataclass
class _Acc:
    citizen: str
    law: str
    created: date
    confirmed: date | None
    starts: list[date] = field(default_factory=list)
    closed: list[date] = field(default_factory=list)
    regie: list[date] = field(default_factory=list)
    open: bool = False
    handed: bool = True

    def row(self, dossier_id: str) -> DossierRow:
        return DossierRow(
            dossier_id, self.citizen, self.law, self.created, tuple(self.starts),
            max(self.closed, default=None), self.open, bool(self.starts) and self.handed,
            self.confirmed, max(self.regie, default=None),
        )  # fmt: skip


def dossiers(conn: Connection, citizen_ids: list[str] | None = None) -> list[DossierRow]:
    """Every dossier (or those of ``citizen_ids``) with its intakes' dates, in one query."""
    where = ""
    params: list[str] = []
    if citizen_ids is not None:
        where = f"WHERE d.citizen_id IN ({','.join('?' * len(citizen_ids))})"
        params = list(citizen_ids)
    sql = f"{_DOSSIERS} {where} ORDER BY d.id"
    rows = conn.execute(sql, params).fetchall()
    found: dict[str, _Acc] = {}
    for d_id, citizen, law, created, confirmed, started, status, closed, regie in rows:
        acc = found.get(d_id)
        if acc is None:
            acc = found[d_id] = _Acc(citizen, law, _day(created) or date.min, _day(confirmed))
        if started is None:
            continue
        acc.starts.append(datetime.fromisoformat(started).date())
        if closed:
            acc.closed.append(datetime.fromisoformat(closed).date())
        if regie:
            acc.regie.append(date.fromisoformat(regie))
        acc.open = acc.open or status in EDITABLE
        acc.handed = acc.handed and status == "overgedragen"
    return [acc.row(d_id) for d_id, acc in found.items()]


def citizen_labels(conn: Connection, citizen_ids: list[str]) -> dict[str, tuple[str, str]]:
    """(case number, name) per citizen: for the worker's own screen, never for the log."""
    if not citizen_ids:
        return {}
    marks = ",".join("?" * len(citizen_ids))
    rows = conn.execute(
        f"SELECT id, case_number, name FROM citizen WHERE id IN ({marks})",  # noqa: S608
        citizen_ids,
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


# -- the case system's confirmation ------------------------------------------------------------
def insert_handover(
    conn: Connection,
    dossier_id: str,
    citizen_id: str,
    confirmed_on: date,
    local_until: date,
    at: datetime,
    worker_id: str,
) -> None:
    conn.execute(
        "INSERT INTO dossier_handover (dossier_id, citizen_id, confirmed_on, local_until,"
        " recorded_at, worker_id) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (dossier_id) DO UPDATE SET confirmed_on = excluded.confirmed_on,"
        " local_until = excluded.local_until, recorded_at = excluded.recorded_at,"
        " worker_id = excluded.worker_id",
        (dossier_id, citizen_id, confirmed_on.isoformat(), local_until.isoformat(),
         at.isoformat(), worker_id),
    )  # fmt: skip


def mark_closed_handed_over(conn: Connection, dossier_id: str, at: datetime) -> int:
    """Closed intakes of the dossier become ``overgedragen`` (niet doorgezet ones stay)."""
    cursor = conn.execute(
        "UPDATE intake SET status = 'overgedragen', closed_at = coalesce(closed_at, ?)"
        " WHERE dossier_id = ? AND status IN ('afgerond', 'afgebroken')",
        (at.isoformat(), dossier_id),
    )
    return int(cursor.rowcount)


# -- block decisions -------------------------------------------------------------------------
def insert_block(
    conn: Connection,
    intake_id: str,
    block: str,
    decision: str,
    years: int | None,
    keep_until: date | None,
    at: datetime,
    worker_id: str,
) -> None:
    conn.execute(
        "INSERT INTO retention_block (intake_id, block, decision, years, keep_until,"
        " decided_at, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (intake_id, block, decision, years, keep_until.isoformat() if keep_until else None,
         at.isoformat(), worker_id),
    )  # fmt: skip


def blocks(conn: Connection, intake_id: str) -> dict[str, tuple[str, int | None]]:
    rows = conn.execute(
        "SELECT block, decision, years FROM retention_block WHERE intake_id = ?", (intake_id,)
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


# -- werkdossier ---------------------------------------------------------------------------------
def note_compartment(conn: Connection, note_id: str) -> str | None:
    row = conn.execute(
        "SELECT compartment FROM note WHERE id = ? AND intake_id IS NOT NULL", (note_id,)
    ).fetchone()
    return str(row[0]) if row else None


def set_contributed(conn: Connection, note_id: str, flag: bool) -> None:
    conn.execute("UPDATE note SET contributed_to_decision = ? WHERE id = ?", (int(flag), note_id))


def contributed_notes(conn: Connection, intake_id: str) -> set[str]:
    rows = conn.execute(
        "SELECT id FROM note WHERE intake_id = ? AND compartment = 'werkdossier'"
        " AND contributed_to_decision = 1",
        (intake_id,),
    ).fetchall()
    return {r[0] for r in rows}
