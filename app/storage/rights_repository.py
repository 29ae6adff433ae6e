"""SQL for rights requests (migration 0016) and the item lookups a deletion on request needs.

``restricted(conn, citizen_id)`` is the one question sharing asks before a disclosure or a
bundle: is a restriction of use (AVG art. 18) active for this citizen?
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.rights import Capacity, Decision, DestructionLaw, RightKind, RightsRequest
from app.storage.db import Connection

_COLUMNS = (
    "id, citizen_id, kind, received_on, capacity, requester_name, minor_consent,"
    " destruction_law, due_on, scope, extended_to, extension_reason, extension_notice_on,"
    " decision, decided_on, refusal_reason, remedy_text, lifted_on, worker_id"
)


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _request(r: tuple[object, ...]) -> RightsRequest:
    return RightsRequest(
        id=str(r[0]),
        citizen_id=str(r[1]),
        kind=RightKind(str(r[2])),
        received_on=date.fromisoformat(str(r[3])),
        capacity=Capacity(str(r[4])),
        requester_name=str(r[5]) if r[5] is not None else None,
        minor_consent=bool(r[6]),
        destruction_law=DestructionLaw(str(r[7])) if r[7] else None,
        due_on=date.fromisoformat(str(r[8])),
        scope=str(r[9]),
        extended_to=_day(r[10]),
        extension_reason=str(r[11]),
        extension_notice_on=_day(r[12]),
        decision=Decision(str(r[13])) if r[13] else None,
        decided_on=_day(r[14]),
        refusal_reason=str(r[15]),
        remedy_text=str(r[16]),
        lifted_on=_day(r[17]),
        worker_id=str(r[18]),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def insert(conn: Connection, request: RightsRequest, created_at: datetime) -> None:
    conn.execute(
        f"INSERT INTO rights_request ({_COLUMNS}, created_at)"  # noqa: S608
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            request.id,
            request.citizen_id,
            request.kind.value,
            request.received_on.isoformat(),
            request.capacity.value,
            request.requester_name,
            int(request.minor_consent),
            request.destruction_law.value if request.destruction_law else None,
            request.due_on.isoformat(),
            request.scope,
            _iso(request.extended_to),
            request.extension_reason,
            _iso(request.extension_notice_on),
            request.decision.value if request.decision else None,
            _iso(request.decided_on),
            request.refusal_reason,
            request.remedy_text,
            _iso(request.lifted_on),
            request.worker_id,
            created_at.isoformat(),
        ),
    )


def get(conn: Connection, request_id: str) -> RightsRequest | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM rights_request WHERE id = ?",  # noqa: S608
        (request_id,),
    ).fetchone()
    return _request(row) if row else None


def for_citizen(conn: Connection, citizen_id: str) -> list[RightsRequest]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM rights_request WHERE citizen_id = ?"  # noqa: S608
        " ORDER BY received_on DESC, created_at DESC",
        (citizen_id,),
    ).fetchall()
    return [_request(r) for r in rows]


def open_requests(conn: Connection) -> list[RightsRequest]:
    """Undecided requests, the earliest first date first (index ``rights_request_open``)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM rights_request WHERE decision IS NULL"  # noqa: S608
        " ORDER BY due_on, id"
    ).fetchall()
    return [_request(r) for r in rows]


def set_extension(
    conn: Connection, request_id: str, extended_to: date, reason: str, notice_on: date | None
) -> None:
    conn.execute(
        "UPDATE rights_request SET extended_to = ?, extension_reason = ?, extension_notice_on = ?"
        " WHERE id = ?",
        (extended_to.isoformat(), reason, _iso(notice_on), request_id),
    )


def set_notice(conn: Connection, request_id: str, on: date) -> None:
    conn.execute(
        "UPDATE rights_request SET extension_notice_on = ? WHERE id = ?",
        (on.isoformat(), request_id),
    )


def set_decision(
    conn: Connection,
    request_id: str,
    decision: Decision,
    on: date,
    reason: str,
    remedy: str,
) -> None:
    conn.execute(
        "UPDATE rights_request SET decision = ?, decided_on = ?, refusal_reason = ?,"
        " remedy_text = ? WHERE id = ?",
        (decision.value, on.isoformat(), reason, remedy, request_id),
    )


def set_lifted(conn: Connection, request_id: str, on: date) -> None:
    conn.execute(
        "UPDATE rights_request SET lifted_on = ? WHERE id = ?", (on.isoformat(), request_id)
    )


def restricted(conn: Connection, citizen_id: str) -> bool:
    """Whether a restriction of use (AVG art. 18) is active: sharing must stop."""
    row = conn.execute(
        "SELECT 1 FROM rights_request WHERE citizen_id = ? AND kind = 'beperking'"
        " AND lifted_on IS NULL AND decision IN ('toegewezen', 'deels_toegewezen') LIMIT 1",
        (citizen_id,),
    ).fetchone()
    return row is not None


# -- items a deletion on request may name --------------------------------------------------------
ITEM_TABLES = {
    "note": "note",
    "network_person": "network_person",
    "limitation": "limitation",
    "medical_advice": "medical_advice",
}


def item_owner(conn: Connection, kind: str, item_id: str) -> tuple[str, str] | None:
    """(intake id, citizen id) of an item, or None when it is gone or not a deletable kind."""
    table = ITEM_TABLES.get(kind)
    if table is None:
        return None
    row = conn.execute(
        f"SELECT i.id, d.citizen_id FROM {table} x JOIN intake i ON i.id = x.intake_id"  # noqa: S608
        " JOIN dossier d ON d.id = i.dossier_id WHERE x.id = ?",
        (item_id,),
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def intake_ids(conn: Connection, citizen_id: str) -> list[str]:
    """The citizen's conversations, oldest first (to list their notes for a correction)."""
    rows = conn.execute(
        "SELECT i.id FROM intake i JOIN dossier d ON d.id = i.dossier_id"
        " WHERE d.citizen_id = ? ORDER BY i.started_at",
        (citizen_id,),
    ).fetchall()
    return [str(r[0]) for r in rows]
