"""SQL for dossiers, intakes, the information handover, help requests and the domain gate.

Functions take the connection (they run inside the caller's transaction on the database thread)
and return dataclasses. Rules live in ``app/domain``; this module only stores and reads.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from app.domain.assessment import ZrmScore
from app.domain.intake import Acknowledgement, Handover, HelpRequest, Intake, IntakeMode
from app.domain.scope import Instemming, Trigger
from app.storage.db import Connection


def insert_dossier(
    conn: Connection,
    dossier_id: str,
    citizen_id: str,
    law: str,
    role: str,
    controller: str,
    basis_art6: str,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO dossier (id, citizen_id, law, role, controller, basis_art6, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (dossier_id, citizen_id, law, role, controller, basis_art6, at.isoformat()),
    )


def insert_intake(conn: Connection, intake: Intake, place: str, present: list[str]) -> None:
    conn.execute(
        "INSERT INTO intake (id, dossier_id, started_at, place, mode, present, minors, status,"
        " mapping_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            intake.id,
            intake.dossier_id,
            intake.started_at.isoformat(),
            place,
            intake.mode.value,
            json.dumps(present),
            intake.minors,
            intake.status,
            intake.mapping_version,
        ),
    )


def get_intake(conn: Connection, intake_id: str) -> Intake | None:
    row = conn.execute(
        "SELECT i.id, i.dossier_id, d.citizen_id, i.started_at, i.mode, i.minors, i.status,"
        " i.mapping_version FROM intake i JOIN dossier d ON d.id = i.dossier_id WHERE i.id = ?",
        (intake_id,),
    ).fetchone()
    if row is None:
        return None
    return Intake(
        row[0],
        row[1],
        row[2],
        datetime.fromisoformat(row[3]),
        IntakeMode(row[4]),
        row[5],
        row[6],
        row[7],
    )


def insert_handover(conn: Connection, intake_id: str, handover: Handover) -> None:
    conn.execute(
        "INSERT INTO information_handover (intake_id, sheet_version, language, format,"
        " checklist, acknowledgement, reason, recorded_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            intake_id,
            handover.sheet_version,
            handover.language,
            handover.format,
            json.dumps(list(handover.checklist)),
            handover.acknowledgement.value,
            handover.reason,
            handover.recorded_at.isoformat(),
            handover.worker_id,
        ),
    )


def has_handover(conn: Connection, intake_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM information_handover WHERE intake_id = ?", (intake_id,)
    ).fetchone()
    return row is not None


def get_handover(conn: Connection, intake_id: str) -> Handover | None:
    row = conn.execute(
        "SELECT sheet_version, language, format, checklist, acknowledgement, reason,"
        " recorded_at, worker_id FROM information_handover WHERE intake_id = ?",
        (intake_id,),
    ).fetchone()
    if row is None:
        return None
    return Handover(
        row[0],
        row[1],
        row[2],
        tuple(json.loads(row[3])),
        Acknowledgement(row[4]),
        row[5],
        datetime.fromisoformat(row[6]),
        row[7],
    )


def insert_help_request(conn: Connection, request: HelpRequest) -> None:
    conn.execute(
        "INSERT INTO help_request (id, intake_id, words, type_id, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            request.id,
            request.intake_id,
            request.words,
            request.type_id,
            request.created_at.isoformat(),
        ),
    )


def help_requests(conn: Connection, intake_id: str) -> list[HelpRequest]:
    rows = conn.execute(
        "SELECT id, intake_id, words, type_id, created_at FROM help_request"
        " WHERE intake_id = ? ORDER BY created_at, id",
        (intake_id,),
    ).fetchall()
    return [HelpRequest(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4])) for r in rows]


def insert_proposal(
    conn: Connection,
    intake_id: str,
    domain: str,
    trigger: Trigger,
    concern: str,
    indication: str,
    proportionality: str,
    worker_id: str,
) -> None:
    conn.execute(
        "INSERT INTO domain_decision (intake_id, domain, trigger, concern, indication_reason,"
        " proportionality_reason, worker_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (intake_id, domain, trigger.value, concern, indication, proportionality, worker_id),
    )


def store_answer(conn: Connection, intake_id: str, record: Instemming) -> None:
    conn.execute(
        "UPDATE domain_decision SET agreed = ?, answered_at = ?, worker_id = ?"
        " WHERE intake_id = ? AND domain = ?",
        (int(record.agreed), record.at.isoformat(), record.worker_id, intake_id, record.domain),
    )


def store_withdrawal(conn: Connection, intake_id: str, domain: str, at: datetime) -> None:
    conn.execute(
        "UPDATE domain_decision SET withdrawn_at = ? WHERE intake_id = ? AND domain = ?",
        (at.isoformat(), intake_id, domain),
    )


def decisions(conn: Connection, intake_id: str) -> list[tuple[object, ...]]:
    """Raw decision rows in the order they were made."""
    return list(
        conn.execute(
            "SELECT domain, trigger, concern, indication_reason, proportionality_reason, agreed,"
            " answered_at, worker_id, withdrawn_at FROM domain_decision WHERE intake_id = ?"
            " ORDER BY rowid",
            (intake_id,),
        ).fetchall()
    )


def upsert_score(conn: Connection, intake_id: str, score: ZrmScore) -> None:
    conn.execute(
        "INSERT INTO zrm_score (intake_id, domain, value, basis, on_date) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (intake_id, domain) DO UPDATE SET value = excluded.value,"
        " basis = excluded.basis, on_date = excluded.on_date",
        (intake_id, score.domain, score.value, score.basis, score.on.isoformat()),
    )


def scores(conn: Connection, intake_id: str) -> list[ZrmScore]:
    rows = conn.execute(
        "SELECT domain, value, basis, on_date FROM zrm_score WHERE intake_id = ?", (intake_id,)
    ).fetchall()
    return [ZrmScore(r[0], int(r[1]), r[2], date.fromisoformat(r[3])) for r in rows]


def dossier_of(conn: Connection, intake_id: str) -> tuple[str, str, str | None]:
    """(law, role, art. 9 ground) of the intake's dossier."""
    row = conn.execute(
        "SELECT d.law, d.role, d.basis_art9 FROM dossier d JOIN intake i ON i.dossier_id = d.id"
        " WHERE i.id = ?",
        (intake_id,),
    ).fetchone()
    return (row[0], row[1], row[2])


def set_basis_art9(conn: Connection, intake_id: str, basis: str) -> None:
    conn.execute(
        "UPDATE dossier SET basis_art9 = ? WHERE basis_art9 IS NULL AND id ="
        " (SELECT dossier_id FROM intake WHERE id = ?)",
        (basis, intake_id),
    )


def intakes_for(conn: Connection, citizen_id: str) -> list[Intake]:
    rows = conn.execute(
        "SELECT i.id FROM intake i JOIN dossier d ON d.id = i.dossier_id WHERE d.citizen_id = ?"
        " ORDER BY i.started_at DESC",
        (citizen_id,),
    ).fetchall()
    found = (get_intake(conn, r[0]) for r in rows)
    return [i for i in found if i is not None]
