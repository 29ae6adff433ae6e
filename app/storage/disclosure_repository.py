"""SQL for disclosures (append-only), third-party requests and what the catalogue needs.

Functions take the connection (they run inside the caller's transaction on the database
thread). Rules live in ``app/domain/disclosure.py``; this module only stores and reads.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from app.domain.consent_terms import Direction
from app.domain.disclosure import (
    Channel,
    Disclosure,
    DisclosureDraft,
    ExceptionReason,
    GroundKind,
    RequestOutcome,
    SharedItem,
    ThirdPartyRequest,
)
from app.domain.selection import InfoKind, Special
from app.storage.db import Connection


def worker_named(conn: Connection, worker_id: str) -> tuple[str, str] | None:
    """(name, role) of this vault's own worker from the settings, when ``worker_id`` is it."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'worker'").fetchone()
    data = json.loads(row[0]) if row else None
    if not isinstance(data, dict) or data.get("id") != worker_id or not data.get("name"):
        return None
    return (str(data["name"]), str(data.get("role", "")))


_COLUMNS = (
    "id, citizen_id, intake_id, at, direction, organisation, role, person, items, info,"
    " purpose, ground, channel, consent_id, statutory_recipient_id, legal_ground, reason,"
    " minimum_data, citizen_told_on, parents_told_on, postpone_reason, review_on,"
    " justification, second_person, against_will, flagged, corrects, third_party_request_id,"
    " recorded_at, worker_id"
)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def insert_disclosure(conn: Connection, entry: Disclosure) -> None:
    d = entry.draft
    items = [
        {"key": i.key, "label": i.label, "info": i.info.value, "special": i.special.value,
         "ground": i.ground, "consent_id": i.consent_id, "covered_as": i.covered_as}
        for i in d.items
    ]  # fmt: skip
    values = (
        entry.id, d.citizen_id, d.intake_id, d.at.isoformat(), d.direction.value,
        d.organisation, d.role, d.person, json.dumps(items, ensure_ascii=False), d.info.value,
        d.purpose, d.ground.value, d.channel.value, d.consent_id, d.statutory_recipient_id,
        d.legal_ground, d.reason.value if d.reason else None, d.minimum_data,
        _day(d.citizen_told_on), _day(d.parents_told_on), d.postpone_reason, _day(d.review_on),
        d.justification, d.second_person, int(d.against_will), int(d.flagged), d.corrects,
        d.third_party_request_id, entry.recorded_at.isoformat(), entry.worker_id,
    )  # fmt: skip
    marks = ", ".join("?" * len(values))
    conn.execute(f"INSERT INTO disclosure ({_COLUMNS}) VALUES ({marks})", values)  # noqa: S608


def _disclosure(r: tuple[Any, ...]) -> Disclosure:
    items = tuple(
        SharedItem(
            i["key"],
            i["label"],
            InfoKind(i["info"]),
            Special(i["special"]),
            i["ground"],
            i["consent_id"],
            i.get("covered_as", ""),
        )
        for i in json.loads(r[8])
    )
    draft = DisclosureDraft(
        citizen_id=r[1], intake_id=r[2], at=datetime.fromisoformat(r[3]),
        direction=Direction(r[4]), organisation=r[5], role=r[6], person=r[7], items=items,
        purpose=r[10], ground=GroundKind(r[11]), channel=Channel(r[12]), consent_id=r[13],
        statutory_recipient_id=r[14], legal_ground=r[15],
        reason=ExceptionReason(r[16]) if r[16] else None, minimum_data=r[17],
        citizen_told_on=_date(r[18]), parents_told_on=_date(r[19]), postpone_reason=r[20],
        review_on=_date(r[21]), justification=r[22], second_person=r[23],
        against_will=bool(r[24]), corrects=r[26], third_party_request_id=r[27],
    )  # fmt: skip
    return Disclosure(r[0], draft, datetime.fromisoformat(r[28]), r[29])


def get_disclosure(conn: Connection, disclosure_id: str) -> Disclosure | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM disclosure WHERE id = ?",  # noqa: S608
        (disclosure_id,),
    ).fetchone()
    return _disclosure(row) if row else None


def disclosures_for(conn: Connection, citizen_id: str) -> list[Disclosure]:
    """The citizen's log, in the order the shares happened (then recorded)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM disclosure WHERE citizen_id = ?"  # noqa: S608
        " ORDER BY at, recorded_at, rowid",
        (citizen_id,),
    ).fetchall()
    return [_disclosure(r) for r in rows]


def flagged_count(conn: Connection, since: datetime | None = None) -> int:
    """Entries shared against the citizen's will or without their knowledge (R-001-23)."""
    row = conn.execute(
        "SELECT count(*) FROM disclosure WHERE flagged = 1 AND at >= ?",
        ((since.isoformat() if since else ""),),
    ).fetchone()
    return int(row[0])


# -- third-party requests ----------------------------------------------------------------------
_REQUEST = (
    "id, citizen_id, organisation, role, person, asked, received_on, channel, discussed_on,"
    " discussed_how, outcome, recorded_at, worker_id"
)


def insert_request(conn: Connection, r: ThirdPartyRequest) -> None:
    conn.execute(
        f"INSERT INTO third_party_request ({_REQUEST})"  # noqa: S608
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r.id, r.citizen_id, r.organisation, r.role, r.person, r.asked,
            r.received_on.isoformat(), r.channel, _day(r.discussed_on), r.discussed_how,
            r.outcome.value, r.recorded_at.isoformat(), r.worker_id,
        ),
    )  # fmt: skip


def _request(r: tuple[Any, ...]) -> ThirdPartyRequest:
    return ThirdPartyRequest(
        r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]), r[7], _date(r[8]), r[9],
        RequestOutcome(r[10]), datetime.fromisoformat(r[11]), r[12],
    )  # fmt: skip


def get_request(conn: Connection, request_id: str) -> ThirdPartyRequest | None:
    row = conn.execute(
        f"SELECT {_REQUEST} FROM third_party_request WHERE id = ?",  # noqa: S608
        (request_id,),
    ).fetchone()
    return _request(row) if row else None


def requests_for(conn: Connection, citizen_id: str) -> list[ThirdPartyRequest]:
    rows = conn.execute(
        f"SELECT {_REQUEST} FROM third_party_request WHERE citizen_id = ?"  # noqa: S608
        " ORDER BY received_on, recorded_at",
        (citizen_id,),
    ).fetchall()
    return [_request(r) for r in rows]


def set_discussed(conn: Connection, request_id: str, on: date, how: str) -> int:
    return int(
        conn.execute(
            "UPDATE third_party_request SET discussed_on = ?, discussed_how = ? WHERE id = ?",
            (on.isoformat(), how, request_id),
        ).rowcount
    )


def set_outcome(conn: Connection, request_id: str, outcome: RequestOutcome) -> int:
    return int(
        conn.execute(
            "UPDATE third_party_request SET outcome = ? WHERE id = ?",
            (outcome.value, request_id),
        ).rowcount
    )
