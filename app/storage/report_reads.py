"""Read-only SQL for the content-free reports (issue 8; R-000-44, R-000-48, R-002-23).

The access report reads the audit chain by period and resolves each event's object to the
citizen it belongs to (the log itself holds ids only). The quality report reads counts and
flags per intake. Nothing here writes, and nothing returned is content: ids, dates, versions,
yes/no flags. The one exception is :func:`consent_parties`, which reads the named party of each
consent so the service can *check* it; the party never leaves the service.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.storage.audit import AuditEvent
from app.storage.db import Connection

# Tables whose rows carry the citizen directly, or through the intake, or through a meeting.
_BY_CITIZEN = (
    "note", "consent_record", "disclosure", "case_meeting", "signal", "bundle_export",
    "paper_issue", "task", "refusal", "representative", "escalation", "incapacity",
    "third_party_request", "dossier", "rights_request", "dossier_handover",
)  # fmt: skip
_BY_INTAKE = (
    "help_request", "network_person", "limitation", "medical_advice", "medical_document",
    "intake_present", "other_registration", "medical_request", "meldcode_signal",
    "consent_request",
)  # fmt: skip
_BY_MEETING = ("case_meeting_participant", "case_meeting_agreement")


@dataclass(frozen=True)
class Substitution:
    """A dossier imported under substitution: it stays assigned to the original worker."""

    citizen_id: str
    original_worker: str
    valid_until: date | None
    imported_at: datetime


@dataclass(frozen=True)
class ReviewWindow:
    id: str
    reviewer_name: str
    reviewer_role: str
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class IntakeRow:
    """One intake's facts for the quality report (no content)."""

    started_at: datetime
    worker_id: str
    sheet_version: str | None
    checklist: tuple[str, ...]
    type_ids: tuple[str, ...]
    decisions: tuple[tuple[str, bool | None, bool], ...]  # (domain, agreed, withdrawn)
    scored: tuple[str, ...]


def _columns(conn: Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()}


def events_between(
    conn: Connection, start: datetime, end: datetime, actor: str | None = None
) -> list[AuditEvent]:
    """Audit events with ``start <= at < end`` (UTC text comparison), oldest first."""
    sql = (
        "SELECT seq, at, actor, action, object_type, object_id, count, prev_hash, hash"
        " FROM audit_event WHERE at >= ? AND at < ?"
    )
    args: list[str] = [_utc(start), _utc(end)]
    if actor:
        sql += " AND actor = ?"
        args.append(actor)
    return [AuditEvent(*r) for r in conn.execute(sql + " ORDER BY seq", args).fetchall()]


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def citizens_of(conn: Connection, object_ids: list[str]) -> dict[str, str]:
    """Map each object id the log names to the citizen it belongs to (if it still exists)."""
    ids = json.dumps(sorted(set(object_ids)))
    found: dict[str, str] = {}
    wanted = "(SELECT value FROM json_each(?))"
    for row in conn.execute(f"SELECT id, id FROM citizen WHERE id IN {wanted}", (ids,)):  # noqa: S608
        found[row[0]] = row[1]
    parts: list[str] = []
    for table in _BY_CITIZEN:
        if {"id", "citizen_id"} <= _columns(conn, table):
            parts.append(f"SELECT id, citizen_id FROM {table} WHERE id IN {wanted}")  # noqa: S608
    for table in _BY_INTAKE:
        if {"id", "intake_id"} <= _columns(conn, table):
            parts.append(
                f"SELECT t.id, d.citizen_id FROM {table} t JOIN intake i ON i.id = t.intake_id"  # noqa: S608
                f" JOIN dossier d ON d.id = i.dossier_id WHERE t.id IN {wanted}"
            )
    parts.append(
        "SELECT i.id, d.citizen_id FROM intake i JOIN dossier d ON d.id = i.dossier_id"  # noqa: S608
        f" WHERE i.id IN {wanted}"
    )
    for table in _BY_MEETING:
        if _columns(conn, table):
            parts.append(
                f"SELECT t.id, m.citizen_id FROM {table} t JOIN case_meeting m"  # noqa: S608
                f" ON m.id = t.meeting_id WHERE t.id IN {wanted}"
            )
    parts.append("SELECT bundle_id, citizen_id FROM bundle_import WHERE bundle_id IN " + wanted)  # noqa: S608
    for sql in parts:
        for row in conn.execute(sql, (ids,)).fetchall():
            if row[1]:
                found.setdefault(str(row[0]), str(row[1]))
    return found


def case_numbers(conn: Connection, citizen_ids: list[str]) -> dict[str, str]:
    rows = conn.execute(
        "SELECT id, case_number FROM citizen WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(citizen_ids))),),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def citizen_by_case_number(conn: Connection, case_number: str) -> str | None:
    row = conn.execute(
        "SELECT id FROM citizen WHERE case_number = ?", (case_number.strip(),)
    ).fetchone()
    return str(row[0]) if row else None


def substitutions(conn: Connection) -> dict[str, Substitution]:
    """Dossiers held under substitution (not yet purged), by citizen."""
    rows = conn.execute(
        "SELECT citizen_id, sender_worker_id, valid_until, imported_at FROM bundle_import"
        " WHERE kind = 'vervanging' AND purged_at IS NULL ORDER BY imported_at"
    ).fetchall()
    return {
        str(r[0]): Substitution(
            str(r[0]),
            str(r[1]),
            date.fromisoformat(r[2]) if r[2] else None,
            datetime.fromisoformat(r[3]),
        )
        for r in rows
    }


def review_windows(conn: Connection) -> list[ReviewWindow]:
    rows = conn.execute(
        "SELECT id, reviewer_name, reviewer_role, started_at, ended_at FROM review_session"
        " ORDER BY started_at"
    ).fetchall()
    return [
        ReviewWindow(
            r[0],
            r[1],
            r[2],
            datetime.fromisoformat(r[3]),
            datetime.fromisoformat(r[4]) if r[4] else None,
        )
        for r in rows
    ]


# -- quality -----------------------------------------------------------------------------------
def intake_rows(conn: Connection) -> list[IntakeRow]:
    """Every intake with its facts; the service filters by period (times carry offsets)."""
    rows = conn.execute(
        "SELECT i.id, i.started_at,"
        " coalesce((SELECT a.actor FROM audit_event a WHERE a.action = 'create'"
        "   AND a.object_type = 'intake' AND a.object_id = i.id ORDER BY a.seq LIMIT 1), ''),"
        " h.sheet_version, coalesce(h.checklist, '[]'),"
        " (SELECT json_group_array(type_id) FROM help_request r WHERE r.intake_id = i.id),"
        " (SELECT json_group_array(json_array(x.domain, x.agreed, x.withdrawn_at IS NOT NULL))"
        "   FROM domain_decision x WHERE x.intake_id = i.id),"
        " (SELECT json_group_array(z.domain) FROM zrm_score z WHERE z.intake_id = i.id)"
        " FROM intake i LEFT JOIN information_handover h ON h.intake_id = i.id"
        " ORDER BY i.started_at, i.id"
    ).fetchall()
    found = []
    for r in rows:
        decisions = tuple(
            (str(d), None if a is None else bool(a), bool(w)) for d, a, w in json.loads(r[6])
        )
        found.append(
            IntakeRow(
                datetime.fromisoformat(r[1]),
                str(r[2]),
                r[3],
                tuple(json.loads(r[4])),
                tuple(json.loads(r[5])),
                decisions,
                tuple(json.loads(r[7])),
            )
        )
    return found


def consent_parties(conn: Connection) -> list[tuple[datetime, str, str]]:
    """(recorded at, worker, named organisation) of every consent record, for the check."""
    rows = conn.execute(
        "SELECT recorded_at, worker_id, organisation FROM consent_record ORDER BY recorded_at"
    ).fetchall()
    return [(datetime.fromisoformat(r[0]), str(r[1]), str(r[2])) for r in rows]


def meeting_rows(conn: Connection) -> list[tuple[date, str, bool]]:
    """(held on, worker, attendance discussed) of every case meeting."""
    rows = conn.execute(
        "SELECT held_on, worker_id, attendance_discussed FROM case_meeting ORDER BY held_on"
    ).fetchall()
    return [(date.fromisoformat(r[0][:10]), str(r[1]), bool(r[2])) for r in rows]


def actions_between(
    conn: Connection, action: str, start: datetime, end: datetime
) -> list[tuple[str, int]]:
    """(actor, count) of one audit action in the period (e.g. medical warnings shown)."""
    rows = conn.execute(
        "SELECT actor, sum(count) FROM audit_event WHERE action = ? AND at >= ? AND at < ?"
        " GROUP BY actor ORDER BY actor",
        (action, _utc(start), _utc(end)),
    ).fetchall()
    return [(str(r[0]), int(r[1])) for r in rows]


def citizens_with_intake_between(conn: Connection) -> list[tuple[str, datetime]]:
    """(citizen, intake started) pairs: the population a review sample is drawn from."""
    rows = conn.execute(
        "SELECT d.citizen_id, i.started_at FROM intake i JOIN dossier d ON d.id = i.dossier_id"
        " ORDER BY d.citizen_id"
    ).fetchall()
    return [(str(r[0]), datetime.fromisoformat(r[1])) for r in rows]
