"""Read-only SQL for the verslag and the inzage-overzicht (issue 6): what the other repositories
do not already read. Nothing here writes.

``consent_requests`` reads the consent register of migration 0010 (the requests put to the
citizen; their decisions and withdrawals arrive with issue 7).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from app.storage.db import Connection


@dataclass(frozen=True)
class IntakeFacts:
    intake_id: str
    citizen_id: str
    law: str
    role: str
    controller: str
    basis_art6: str
    basis_art9: str
    started_at: datetime
    mode: str
    status: str
    closed_at: datetime | None
    close_note: str
    household_plan: bool  # the citizen is in a household with a shared plan


@dataclass(frozen=True)
class DossierRow:
    id: str
    law: str
    role: str
    controller: str
    basis_art6: str
    basis_art9: str
    created_at: datetime
    intake_ids: tuple[str, ...]


@dataclass(frozen=True)
class TaskRow:
    id: str
    kind: str
    due_on: date
    status: str
    done_at: datetime | None


@dataclass(frozen=True)
class AccessEvent:
    at: datetime
    actor: str
    action: str
    object_type: str


@dataclass(frozen=True)
class ConsentRow:
    """One consent asked (the request as put to the citizen; decisions come with issue 7)."""

    id: str
    recipient: str  # the named organisation, and the person there when named
    purpose: str
    valid_until: date
    on: date
    method: str  # mondeling | schriftelijk


def intake_facts(conn: Connection, intake_id: str) -> IntakeFacts | None:
    row = conn.execute(
        "SELECT i.id, d.citizen_id, d.law, d.role, d.controller, d.basis_art6,"
        " coalesce(d.basis_art9, ''), i.started_at, i.mode, i.status, i.closed_at, i.close_note,"
        " EXISTS (SELECT 1 FROM household_member m JOIN household h ON h.id = m.household_id"
        "   WHERE m.citizen_id = d.citizen_id AND trim(h.plan_label || h.plan_text) <> '')"
        " FROM intake i JOIN dossier d ON d.id = i.dossier_id WHERE i.id = ?",
        (intake_id,),
    ).fetchone()
    if row is None:
        return None
    return IntakeFacts(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        datetime.fromisoformat(row[7]),
        row[8],
        row[9],
        datetime.fromisoformat(row[10]) if row[10] else None,
        row[11] or "",
        bool(row[12]),
    )


def dossiers(conn: Connection, citizen_id: str) -> list[DossierRow]:
    """Every dossier of one citizen, oldest first, with its intakes (oldest first)."""
    rows = conn.execute(
        "SELECT d.id, d.law, d.role, d.controller, d.basis_art6, coalesce(d.basis_art9, ''),"
        " d.created_at, (SELECT json_group_array(id) FROM (SELECT i.id FROM intake i"
        "   WHERE i.dossier_id = d.id ORDER BY i.started_at, i.id))"
        " FROM dossier d WHERE d.citizen_id = ? ORDER BY d.created_at, d.id",
        (citizen_id,),
    ).fetchall()
    return [
        DossierRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            datetime.fromisoformat(r[6]),
            tuple(json.loads(r[7])),
        )
        for r in rows
    ]


def tasks_about(conn: Connection, citizen_id: str) -> list[TaskRow]:
    """Tasks about the citizen or one of their intakes (never another person's)."""
    rows = conn.execute(
        "SELECT t.id, t.kind, t.due_on, t.status, t.done_at FROM task t"
        " WHERE t.citizen_id = ? OR t.intake_id IN (SELECT i.id FROM intake i"
        "   JOIN dossier d ON d.id = i.dossier_id WHERE d.citizen_id = ?)"
        " ORDER BY t.due_on, t.id",
        (citizen_id, citizen_id),
    ).fetchall()
    return [
        TaskRow(
            r[0],
            r[1],
            date.fromisoformat(r[2]),
            r[3],
            datetime.fromisoformat(r[4]) if r[4] else None,
        )
        for r in rows
    ]


def access_events(conn: Connection, object_ids: list[str]) -> list[AccessEvent]:
    """Audit events about these objects (who, when, which action; the log holds no content)."""
    rows = conn.execute(
        "SELECT at, actor, action, object_type FROM audit_event"
        " WHERE object_id IN (SELECT value FROM json_each(?)) ORDER BY seq",
        (json.dumps(sorted(set(object_ids))),),
    ).fetchall()
    return [AccessEvent(datetime.fromisoformat(r[0]), r[1], r[2], r[3]) for r in rows]


def object_ids(conn: Connection, intake_ids: list[str]) -> list[str]:
    """The ids of every row these intakes own that the audit log may name."""
    found: list[str] = []
    for table in ("note", "help_request", "network_person", "limitation", "medical_advice"):
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM {table} WHERE intake_id IN (SELECT value FROM json_each(?))",  # noqa: S608
                (json.dumps(intake_ids),),
            ).fetchall()
        ]
    found += [
        r[0]
        for r in conn.execute(
            "SELECT id FROM medical_document WHERE intake_id IN (SELECT value FROM json_each(?))",
            (json.dumps(intake_ids),),
        ).fetchall()
    ]
    return found


def has_consent_register(conn: Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'consent_request'"
    ).fetchone()
    return row is not None


def consent_requests(conn: Connection, intake_ids: list[str]) -> list[ConsentRow] | None:
    """Consents asked in these intakes, oldest first; None without a consent register (a vault
    before migration 0010), so a paper then claims nothing either way."""
    if not has_consent_register(conn):
        return None
    rows = conn.execute(
        "SELECT id, organisation, person, purpose, valid_until, created_at, method"
        " FROM consent_request WHERE intake_id IN (SELECT value FROM json_each(?))"
        " ORDER BY created_at, id",
        (json.dumps(intake_ids),),
    ).fetchall()
    return [
        ConsentRow(
            r[0],
            f"{r[1]} ({r[2]})" if r[2] else r[1],
            r[3],
            date.fromisoformat(r[4]),
            datetime.fromisoformat(r[5]).date(),
            r[6],
        )
        for r in rows
    ]
