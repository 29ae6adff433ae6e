"""SQL for case meetings, their participants, the citizen's limits and the agreements
(migration 0013; issue 7). Functions run inside the caller's transaction; rules live in
``app/domain/case_meeting.py``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from app.domain.case_meeting import (
    Agreement,
    Attendance,
    CaseMeeting,
    Discussion,
    FeedbackHow,
    MeetingType,
    Participant,
    SharingLimit,
)
from app.storage.db import Connection

_COLUMNS = (
    "id, citizen_id, intake_id, type, purpose, held_on, informed_on, informed_how, attendance,"
    " attendance_discussed, limits_recorded, discussion, safety_ground, ready_at, objected_at,"
    " override_text, override_at, identifiers, identifiers_reason, discussed_at, feedback_on,"
    " feedback_how, outcome, purged_at"
)
# Columns a service may set with :func:`update` (never the id, citizen or creation fields).
_SETTABLE = frozenset(_COLUMNS.replace(" ", "").split(",")) - {"id", "citizen_id", "type"}


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _t(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _meeting(r: tuple[Any, ...]) -> CaseMeeting:
    return CaseMeeting(
        r[0], r[1], r[2], MeetingType(r[3]), r[4], date.fromisoformat(r[5]), _d(r[6]), r[7],
        Attendance(r[8]) if r[8] else None, bool(r[9]), bool(r[10]),
        Discussion(r[11]) if r[11] else None, r[12], _t(r[13]), _t(r[14]), r[15], _t(r[16]),
        bool(r[17]), r[18], _t(r[19]), _d(r[20]), FeedbackHow(r[21]) if r[21] else None, r[22],
        _t(r[23]),
    )  # fmt: skip


def insert_meeting(conn: Connection, m: CaseMeeting, now: datetime, worker_id: str) -> None:
    conn.execute(
        "INSERT INTO case_meeting (id, citizen_id, intake_id, type, purpose, held_on,"
        " created_at, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (m.id, m.citizen_id, m.intake_id, m.type.value, m.purpose, m.held_on.isoformat(),
         now.isoformat(), worker_id),
    )  # fmt: skip


def get_meeting(conn: Connection, meeting_id: str) -> CaseMeeting | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM case_meeting WHERE id = ?",  # noqa: S608
        (meeting_id,),
    ).fetchone()
    return _meeting(row) if row else None


def meetings_for(conn: Connection, citizen_id: str) -> list[CaseMeeting]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM case_meeting WHERE citizen_id = ?"  # noqa: S608
        " ORDER BY held_on DESC, created_at DESC",
        (citizen_id,),
    ).fetchall()
    return [_meeting(r) for r in rows]


def update(conn: Connection, meeting_id: str, **values: object) -> None:
    """Set the named columns; values are dates, datetimes, enums, bools or text."""
    unknown = set(values) - _SETTABLE
    if unknown:
        raise ValueError(f"not settable: {sorted(unknown)}")
    params: list[object] = []
    for value in values.values():
        if isinstance(value, bool):
            params.append(int(value))
        elif isinstance(value, date | datetime):
            params.append(value.isoformat())
        else:
            params.append(value)
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(
        f"UPDATE case_meeting SET {assignments} WHERE id = ?",  # noqa: S608
        (*params, meeting_id),
    )


def to_purge(conn: Connection, held_before: date) -> list[CaseMeeting]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM case_meeting"  # noqa: S608
        " WHERE purged_at IS NULL AND held_on < ? ORDER BY held_on",
        (held_before.isoformat(),),
    ).fetchall()
    return [_meeting(r) for r in rows]


def purge_details(conn: Connection, meeting_id: str, outcome: str, at: datetime) -> None:
    """Drop participants (with their limits and agreements) and every free text; keep the
    outcome line, type and date."""
    conn.execute("DELETE FROM case_meeting_limit WHERE meeting_id = ?", (meeting_id,))
    conn.execute("DELETE FROM case_meeting_participant WHERE meeting_id = ?", (meeting_id,))
    conn.execute(
        "UPDATE case_meeting SET purpose = '', informed_how = '', safety_ground = '',"
        " discussion = CASE WHEN discussion = 'veiligheid' THEN NULL ELSE discussion END,"
        " override_text = CASE WHEN override_at IS NULL THEN '' ELSE '-' END,"
        " identifiers_reason = CASE WHEN identifiers = 1 THEN '-' ELSE '' END,"
        " outcome = ?, purged_at = ? WHERE id = ?",
        (outcome, at.isoformat(), meeting_id),
    )


# -- participants ------------------------------------------------------------------------------
def insert_participant(conn: Connection, p: Participant) -> None:
    seq = conn.execute(
        "SELECT coalesce(max(seq), 0) + 1 FROM case_meeting_participant WHERE meeting_id = ?",
        (p.meeting_id,),
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO case_meeting_participant (id, meeting_id, organisation, role, task_ground,"
        " adviser, statutory_recipient_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (p.id, p.meeting_id, p.organisation, p.role, p.task_ground, int(p.adviser),
         p.statutory_recipient_id, seq),
    )  # fmt: skip


def participants(conn: Connection, meeting_id: str) -> list[Participant]:
    rows = conn.execute(
        "SELECT id, meeting_id, organisation, role, task_ground, adviser, statutory_recipient_id"
        " FROM case_meeting_participant WHERE meeting_id = ? ORDER BY seq",
        (meeting_id,),
    ).fetchall()
    return [Participant(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]


# -- limits ------------------------------------------------------------------------------------
def replace_limits(conn: Connection, meeting_id: str, limits: list[SharingLimit]) -> None:
    conn.execute("DELETE FROM case_meeting_limit WHERE meeting_id = ?", (meeting_id,))
    conn.executemany(
        "INSERT INTO case_meeting_limit (id, meeting_id, participant_id, domain, item_key, words)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(x.id, meeting_id, x.participant_id, x.domain, x.item_key, x.words) for x in limits],
    )
    conn.execute("UPDATE case_meeting SET limits_recorded = 1 WHERE id = ?", (meeting_id,))


def limits(conn: Connection, meeting_id: str) -> list[SharingLimit]:
    rows = conn.execute(
        "SELECT id, meeting_id, participant_id, domain, item_key, words FROM case_meeting_limit"
        " WHERE meeting_id = ? ORDER BY rowid",
        (meeting_id,),
    ).fetchall()
    return [SharingLimit(*r) for r in rows]


# -- agreements --------------------------------------------------------------------------------
def insert_agreement(conn: Connection, a: Agreement) -> None:
    conn.execute(
        "INSERT INTO case_meeting_agreement (id, meeting_id, participant_id, action, items,"
        " disclosure_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (a.id, a.meeting_id, a.participant_id, a.action, json.dumps(list(a.items)),
         a.disclosure_id, a.recorded_at.isoformat()),
    )  # fmt: skip


def agreements(conn: Connection, meeting_id: str) -> list[Agreement]:
    rows = conn.execute(
        "SELECT id, meeting_id, participant_id, action, items, disclosure_id, recorded_at"
        " FROM case_meeting_agreement WHERE meeting_id = ? ORDER BY recorded_at, rowid",
        (meeting_id,),
    ).fetchall()
    return [
        Agreement(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5],
                  datetime.fromisoformat(r[6]))
        for r in rows
    ]  # fmt: skip


def agreement_count(conn: Connection, meeting_id: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM case_meeting_agreement WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()
    return int(row[0])
