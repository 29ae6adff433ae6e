"""SQL for ``consent_record`` and ``consent_event`` (migration 0011): records in, dataclasses out.

Records are never updated (a trigger refuses it); events are appended with the next ``seq``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    Decision,
    EventKind,
)
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.storage.db import Connection

_RECORD = (
    "id, citizen_id, intake_id, request_id, supersedes, version, kind, direction, controller,"
    " organisation, party_role, person, items, purpose, help_request_id, law, grantor, capacity,"
    " method, attestation, decision, template_version, language, valid_from, valid_until,"
    " recorded_at, worker_id, integrity_hash"
)
_EVENT = "consent_id, seq, kind, at, method, by_whom, valid_until, note, worker_id"

RecordWithEvents = tuple[ConsentRecord, Sequence[ConsentEvent]]


def insert_record(conn: Connection, r: ConsentRecord) -> None:
    conn.execute(
        f"INSERT INTO consent_record ({_RECORD}) VALUES ({', '.join('?' * 28)})",  # noqa: S608
        (
            r.id, r.citizen_id, r.intake_id, r.request_id, r.supersedes, r.version, r.kind.value,
            r.direction.value, r.controller, r.party.organisation, r.party.role, r.party.person,
            json.dumps(list(r.items), ensure_ascii=False), r.purpose, r.help_request_id, r.law,
            r.grantor, r.capacity.value, r.method.value, r.attestation, r.decision.value,
            r.template_version, r.language, r.valid_from.isoformat(), r.valid_until.isoformat(),
            r.recorded_at.isoformat(), r.worker_id, r.integrity_hash,
        ),
    )  # fmt: skip


def append_event(conn: Connection, event: ConsentEvent) -> ConsentEvent:
    """Append ``event`` with the next sequence number for its record; returns it as stored."""
    (last,) = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM consent_event WHERE consent_id = ?",
        (event.consent_id,),
    ).fetchone()
    stored = ConsentEvent(
        event.consent_id, int(last) + 1, event.kind, event.at, event.method, event.by_whom,
        event.valid_until, event.note, event.worker_id,
    )  # fmt: skip
    conn.execute(
        f"INSERT INTO consent_event ({_EVENT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (
            stored.consent_id, stored.seq, stored.kind.value, stored.at.isoformat(),
            stored.method, stored.by_whom,
            stored.valid_until.isoformat() if stored.valid_until else None, stored.note,
            stored.worker_id,
        ),
    )  # fmt: skip
    return stored


def get_record(conn: Connection, consent_id: str) -> ConsentRecord | None:
    row = conn.execute(
        f"SELECT {_RECORD} FROM consent_record WHERE id = ?",  # noqa: S608
        (consent_id,),
    ).fetchone()
    return _record(row) if row else None


def records_for_citizen(conn: Connection, citizen_id: str) -> list[ConsentRecord]:
    rows = conn.execute(
        f"SELECT {_RECORD} FROM consent_record WHERE citizen_id = ?"  # noqa: S608
        " ORDER BY recorded_at, id",
        (citizen_id,),
    ).fetchall()
    return [_record(r) for r in rows]


def records_for_intake(conn: Connection, intake_id: str) -> list[ConsentRecord]:
    rows = conn.execute(
        f"SELECT {_RECORD} FROM consent_record WHERE intake_id = ?"  # noqa: S608
        " ORDER BY recorded_at, id",
        (intake_id,),
    ).fetchall()
    return [_record(r) for r in rows]


def citizens_with_records(conn: Connection) -> list[str]:
    """The ids of the citizens that have any consent record (for the expiry run)."""
    rows = conn.execute("SELECT DISTINCT citizen_id FROM consent_record").fetchall()
    return [str(r[0]) for r in rows]


def events_for(conn: Connection, consent_id: str) -> list[ConsentEvent]:
    rows = conn.execute(
        f"SELECT {_EVENT} FROM consent_event WHERE consent_id = ? ORDER BY seq",  # noqa: S608
        (consent_id,),
    ).fetchall()
    return [_event(r) for r in rows]


def with_events_for_citizen(conn: Connection, citizen_id: str) -> list[RecordWithEvents]:
    """Every record of the citizen with its events: what a ground check needs in one read."""
    records = records_for_citizen(conn, citizen_id)
    by_id: dict[str, list[ConsentEvent]] = {r.id: [] for r in records}
    rows = conn.execute(
        f"SELECT {', '.join('e.' + c.strip() for c in _EVENT.split(','))}"  # noqa: S608
        " FROM consent_event e JOIN consent_record r ON r.id = e.consent_id"
        " WHERE r.citizen_id = ? ORDER BY e.consent_id, e.seq",
        (citizen_id,),
    ).fetchall()
    for row in rows:
        by_id[str(row[0])].append(_event(row))
    return [(r, tuple(by_id[r.id])) for r in records]


def _record(r: tuple[object, ...]) -> ConsentRecord:
    def opt(value: object) -> str | None:
        return None if value is None else str(value)

    return ConsentRecord(
        id=str(r[0]),
        citizen_id=str(r[1]),
        intake_id=opt(r[2]),
        request_id=opt(r[3]),
        supersedes=opt(r[4]),
        version=int(str(r[5])),
        kind=ConsentKind(str(r[6])),
        direction=Direction(str(r[7])),
        controller=str(r[8]),
        party=Party(str(r[9]), str(r[10]), str(r[11])),
        items=tuple(str(i) for i in json.loads(str(r[12]))),
        purpose=str(r[13]),
        help_request_id=opt(r[14]),
        law=str(r[15]),
        grantor=str(r[16]),
        capacity=GrantorCapacity(str(r[17])),
        method=Method(str(r[18])),
        attestation=str(r[19]),
        decision=Decision(str(r[20])),
        template_version=str(r[21]),
        language=str(r[22]),
        valid_from=date.fromisoformat(str(r[23])),
        valid_until=date.fromisoformat(str(r[24])),
        recorded_at=datetime.fromisoformat(str(r[25])),
        worker_id=str(r[26]),
        integrity_hash=str(r[27]),
    )


def _event(r: tuple[object, ...]) -> ConsentEvent:
    return ConsentEvent(
        consent_id=str(r[0]),
        seq=int(str(r[1])),
        kind=EventKind(str(r[2])),
        at=datetime.fromisoformat(str(r[3])),
        method=str(r[4]),
        by_whom=str(r[5]),
        valid_until=date.fromisoformat(str(r[6])) if r[6] is not None else None,
        note=str(r[7]),
        worker_id=str(r[8]),
    )
