"""SQL for ``consent_request`` and ``medical_request`` (migration 0010): checked requests in,
dataclasses out. Lists are stored as JSON arrays of strings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
)
from app.domain.medical_request import MedicalRequest
from app.storage.db import Connection

_CONSENT = (
    "id, intake_id, kind, direction, controller, organisation, party_role, person, items,"
    " purpose, law, valid_until, answer_to, grantor, capacity, method, necessity, subsidiarity,"
    " proportionality, explained, created_at, worker_id"
)
_MEDICAL = (
    "id, intake_id, practice, professional, adviser, questions, purpose, law, known,"
    " valid_until, grantor, capacity, explained, created_at, worker_id"
)


@dataclass(frozen=True)
class ConsentRequest:
    id: str
    intake_id: str
    terms: ConsentTerms
    created_at: datetime
    worker_id: str


@dataclass(frozen=True)
class StoredMedicalRequest:
    id: str
    intake_id: str
    request: MedicalRequest
    created_at: datetime
    worker_id: str


def insert_consent(conn: Connection, row: ConsentRequest) -> None:
    t = row.terms
    conn.execute(
        f"INSERT INTO consent_request ({_CONSENT}) VALUES ({', '.join('?' * 22)})",  # noqa: S608
        (
            row.id, row.intake_id, t.kind.value, t.direction.value, t.controller,
            t.party.organisation, t.party.role, t.party.person, json.dumps(list(t.items)),
            t.purpose, t.law, t.valid_until.isoformat(), t.answer_to, t.grantor,
            t.capacity.value, t.method.value, int(t.necessity), int(t.subsidiarity),
            int(t.proportionality), int(t.explained), row.created_at.isoformat(), row.worker_id,
        ),
    )  # fmt: skip


def consent_requests(conn: Connection, intake_id: str) -> list[ConsentRequest]:
    rows = conn.execute(
        f"SELECT {_CONSENT} FROM consent_request WHERE intake_id = ?"  # noqa: S608
        " ORDER BY created_at, id",
        (intake_id,),
    ).fetchall()
    return [_consent(r) for r in rows]


def get_consent(conn: Connection, request_id: str) -> ConsentRequest | None:
    row = conn.execute(
        f"SELECT {_CONSENT} FROM consent_request WHERE id = ?",  # noqa: S608
        (request_id,),
    ).fetchone()
    return _consent(row) if row else None


def _consent(r: tuple[object, ...]) -> ConsentRequest:
    terms = ConsentTerms(
        kind=ConsentKind(str(r[2])),
        direction=Direction(str(r[3])),
        controller=str(r[4]),
        party=Party(str(r[5]), str(r[6]), str(r[7])),
        items=tuple(str(i) for i in json.loads(str(r[8]))),
        purpose=str(r[9]),
        law=str(r[10]),
        valid_until=date.fromisoformat(str(r[11])),
        answer_to=str(r[12]),
        grantor=str(r[13]),
        capacity=GrantorCapacity(str(r[14])),
        method=Method(str(r[15])),
        necessity=bool(r[16]),
        subsidiarity=bool(r[17]),
        proportionality=bool(r[18]),
        explained=bool(r[19]),
    )
    return ConsentRequest(
        str(r[0]), str(r[1]), terms, datetime.fromisoformat(str(r[20])), str(r[21])
    )


def insert_medical(conn: Connection, row: StoredMedicalRequest) -> None:
    m = row.request
    conn.execute(
        f"INSERT INTO medical_request ({_MEDICAL}) VALUES ({', '.join('?' * 15)})",  # noqa: S608
        (
            row.id, row.intake_id, m.practice, m.professional, m.adviser,
            json.dumps(list(m.questions)), m.purpose, m.law, m.known, m.valid_until.isoformat(),
            m.grantor, m.capacity.value, int(m.explained), row.created_at.isoformat(),
            row.worker_id,
        ),
    )  # fmt: skip


def medical_requests(conn: Connection, intake_id: str) -> list[StoredMedicalRequest]:
    rows = conn.execute(
        f"SELECT {_MEDICAL} FROM medical_request WHERE intake_id = ?"  # noqa: S608
        " ORDER BY created_at, id",
        (intake_id,),
    ).fetchall()
    return [_medical(r) for r in rows]


def get_medical(conn: Connection, request_id: str) -> StoredMedicalRequest | None:
    row = conn.execute(
        f"SELECT {_MEDICAL} FROM medical_request WHERE id = ?",  # noqa: S608
        (request_id,),
    ).fetchone()
    return _medical(row) if row else None


def _medical(r: tuple[object, ...]) -> StoredMedicalRequest:
    request = MedicalRequest(
        practice=str(r[2]),
        professional=str(r[3]),
        adviser=str(r[4]),
        questions=tuple(str(q) for q in json.loads(str(r[5]))),
        purpose=str(r[6]),
        law=str(r[7]),
        known=str(r[8]),
        valid_until=date.fromisoformat(str(r[9])),
        grantor=str(r[10]),
        capacity=GrantorCapacity(str(r[11])),
        explained=bool(r[12]),
    )
    return StoredMedicalRequest(
        str(r[0]), str(r[1]), request, datetime.fromisoformat(str(r[13])), str(r[14])
    )
