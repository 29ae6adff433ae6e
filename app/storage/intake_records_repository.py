"""SQL for what a visit records besides notes, and for an intake's review, close and purge.

Functions take the connection (they run inside the caller's transaction on the database
thread). Rules live in ``app/domain``; this module only stores and reads.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from app.domain.visit_records import (
    Disposition,
    DocumentSource,
    IdDocument,
    IdentityCheck,
    Limitation,
    MedicalAdvice,
    MedicalDocument,
    MeldcodeKind,
    MeldcodeSignal,
    NetworkPerson,
)
from app.storage import representation_repository
from app.storage.db import Connection

# Tables an intake's content lives in, each keyed by intake_id. The intake row, its dossier,
# the information handover and the meldcode signals are not content (see purge_content).
CONTENT_TABLES = (
    "note",
    "help_request",
    "domain_decision",
    "zrm_score",
    "citizen_view",
    "first_contact_extra",
    "identity_check",
    "network_person",
    "limitation",
    "medical_advice",
    "medical_document",
    "onderzoek_item",
    "triage",
    "triage_moment",  # its texts are content; triage rows go with it (migration 0006)
    "intake_present",  # people present (migration 0005)
    "process_event",  # procedure dates and the spoed reason (migration 0004); tasks stay
)


# -- intake columns ----------------------------------------------------------------------------
def intake_state(conn: Connection, intake_id: str) -> dict[str, str | None]:
    row = conn.execute(
        "SELECT status, concerns_answer, reviewed_at, closed_at, close_note, purge_after"
        " FROM intake WHERE id = ?",
        (intake_id,),
    ).fetchone()
    keys = ("status", "concerns_answer", "reviewed_at", "closed_at", "close_note", "purge_after")
    return dict(zip(keys, row, strict=True)) if row else {}


def set_intake(conn: Connection, intake_id: str, **values: str | None) -> None:
    allowed = {"status", "concerns_answer", "reviewed_at", "closed_at", "close_note", "purge_after"}
    for key, value in values.items():
        if key not in allowed:
            raise KeyError(key)
        conn.execute(f"UPDATE intake SET {key} = ? WHERE id = ?", (value, intake_id))  # noqa: S608


# -- first-contact extras and identity ---------------------------------------------------------
def set_extra(conn: Connection, intake_id: str, field: str, value: str) -> None:
    conn.execute(
        "INSERT INTO first_contact_extra (intake_id, field, value) VALUES (?, ?, ?)"
        " ON CONFLICT (intake_id, field) DO UPDATE SET value = excluded.value",
        (intake_id, field, value),
    )


def extras(conn: Connection, intake_id: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT field, value FROM first_contact_extra WHERE intake_id = ?", (intake_id,)
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def set_identity(conn: Connection, intake_id: str, check: IdentityCheck) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO identity_check (intake_id, doc_type, doc_number, expires_on,"
        " verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            intake_id,
            check.doc_type.value,
            check.doc_number,
            check.expires_on.isoformat(),
            check.verified_by,
            check.verified_at.isoformat(),
        ),
    )


def identity(conn: Connection, intake_id: str) -> IdentityCheck | None:
    row = conn.execute(
        "SELECT doc_type, doc_number, expires_on, verified_by, verified_at FROM identity_check"
        " WHERE intake_id = ?",
        (intake_id,),
    ).fetchone()
    if row is None:
        return None
    return IdentityCheck(
        IdDocument(row[0]),
        row[1],
        date.fromisoformat(row[2]),
        row[3],
        date.fromisoformat(row[4]),
    )


# -- network, limitations, advice --------------------------------------------------------------
def insert_network_person(conn: Connection, person: NetworkPerson, at: datetime) -> None:
    conn.execute(
        "INSERT INTO network_person (id, intake_id, name, relation, contact, support,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            person.id,
            person.intake_id,
            person.name,
            person.relation,
            person.contact,
            person.support,
            at.isoformat(),
        ),
    )


def network_persons(conn: Connection, intake_id: str) -> list[NetworkPerson]:
    rows = conn.execute(
        "SELECT id, intake_id, name, relation, contact, support FROM network_person"
        " WHERE intake_id = ? ORDER BY created_at, id",
        (intake_id,),
    ).fetchall()
    return [NetworkPerson(*r) for r in rows]


def insert_limitation(conn: Connection, item: Limitation, worker_id: str) -> None:
    conn.execute(
        "INSERT INTO limitation (id, intake_id, domain, description, source, on_date, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            item.id,
            item.intake_id,
            item.domain,
            item.description,
            item.source,
            item.on.isoformat(),
            worker_id,
        ),
    )


def limitations(conn: Connection, intake_id: str) -> list[Limitation]:
    rows = conn.execute(
        "SELECT id, intake_id, domain, description, source, on_date FROM limitation"
        " WHERE intake_id = ? ORDER BY on_date, rowid",
        (intake_id,),
    ).fetchall()
    return [Limitation(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5])) for r in rows]


def insert_advice(conn: Connection, advice: MedicalAdvice) -> None:
    conn.execute(
        "INSERT INTO medical_advice (id, intake_id, conclusion, on_date) VALUES (?, ?, ?, ?)",
        (advice.id, advice.intake_id, advice.conclusion, advice.on.isoformat()),
    )


def advices(conn: Connection, intake_id: str) -> list[MedicalAdvice]:
    rows = conn.execute(
        "SELECT id, intake_id, conclusion, on_date FROM medical_advice WHERE intake_id = ?"
        " ORDER BY on_date, rowid",
        (intake_id,),
    ).fetchall()
    return [MedicalAdvice(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]


# -- documents seen ----------------------------------------------------------------------------
def insert_document(conn: Connection, doc: MedicalDocument) -> None:
    conn.execute(
        "INSERT INTO medical_document (id, intake_id, seen_on, source_type, disposition,"
        " citizen_informed) VALUES (?, ?, ?, ?, ?, ?)",
        (
            doc.id,
            doc.intake_id,
            doc.seen_on.isoformat(),
            doc.source_type.value,
            doc.disposition.value if doc.disposition else None,
            int(doc.citizen_informed),
        ),
    )


def set_disposition(
    conn: Connection,
    intake_id: str,
    doc_id: str,
    disposition: Disposition,
    informed: bool,
    at: datetime,
) -> int:
    return int(
        conn.execute(
            "UPDATE medical_document SET disposition = ?, citizen_informed = ?, disposed_at = ?"
            " WHERE id = ? AND intake_id = ?",
            (disposition.value, int(informed), at.isoformat(), doc_id, intake_id),
        ).rowcount
    )


def documents(conn: Connection, intake_id: str) -> list[MedicalDocument]:
    rows = conn.execute(
        "SELECT id, intake_id, seen_on, source_type, disposition, citizen_informed"
        " FROM medical_document WHERE intake_id = ? ORDER BY seen_on, rowid",
        (intake_id,),
    ).fetchall()
    return [
        MedicalDocument(
            r[0],
            r[1],
            date.fromisoformat(r[2]),
            DocumentSource(r[3]),
            Disposition(r[4]) if r[4] else None,
            bool(r[5]),
        )
        for r in rows
    ]


# -- Wmo onderzoek and meldcode --------------------------------------------------------------
def set_onderzoek(conn: Connection, intake_id: str, item: str, text: str, on: date) -> None:
    conn.execute(
        "INSERT INTO onderzoek_item (intake_id, item, text, on_date) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (intake_id, item) DO UPDATE SET text = excluded.text,"
        " on_date = excluded.on_date",
        (intake_id, item, text, on.isoformat()),
    )


def onderzoek(conn: Connection, intake_id: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT item, text FROM onderzoek_item WHERE intake_id = ?", (intake_id,)
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def insert_meldcode(conn: Connection, signal: MeldcodeSignal, at: datetime, worker: str) -> None:
    steps = {k: v.isoformat() for k, v in signal.steps.items()}
    conn.execute(
        "INSERT INTO meldcode_signal (id, intake_id, kind, signs, steps, recorded_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            signal.id,
            signal.intake_id,
            signal.kind.value,
            signal.signs,
            json.dumps(steps),
            at.isoformat(),
            worker,
        ),
    )


def add_meldcode_steps(
    conn: Connection, intake_id: str, signal_id: str, steps: dict[str, date]
) -> int:
    """Add steps taken; a step already recorded keeps its first date."""
    row = conn.execute(
        "SELECT steps FROM meldcode_signal WHERE id = ? AND intake_id = ?", (signal_id, intake_id)
    ).fetchone()
    if row is None:
        return 0
    merged = {k: v.isoformat() for k, v in steps.items()} | json.loads(row[0])
    return int(
        conn.execute(
            "UPDATE meldcode_signal SET steps = ? WHERE id = ?", (json.dumps(merged), signal_id)
        ).rowcount
    )


def meldcode_signals(conn: Connection, intake_id: str) -> list[MeldcodeSignal]:
    rows = conn.execute(
        "SELECT id, intake_id, kind, signs, steps FROM meldcode_signal WHERE intake_id = ?"
        " ORDER BY recorded_at, id",
        (intake_id,),
    ).fetchall()
    return [
        MeldcodeSignal(
            r[0],
            r[1],
            MeldcodeKind(r[2]),
            r[3],
            {k: date.fromisoformat(v) for k, v in json.loads(r[4]).items()},
        )
        for r in rows
    ]


# -- deletion ----------------------------------------------------------------------------------
_BY_ID = {
    "network_person": "network_person",
    "limitation": "limitation",
    "medical_advice": "medical_advice",
}


def delete_by_id(conn: Connection, intake_id: str, kind: str, item_id: str) -> int:
    table = _BY_ID[kind]
    conn.execute(
        "DELETE FROM citizen_view WHERE intake_id = ? AND object_type = ? AND object_id = ?",
        (intake_id, kind, item_id),
    )
    sql = f"DELETE FROM {table} WHERE id = ? AND intake_id = ?"  # noqa: S608
    return int(conn.execute(sql, (item_id, intake_id)).rowcount)


def delete_domain_content(conn: Connection, intake_id: str, domain: str) -> int:
    """Notes, limitations and the score of one domain: deleted, not hidden."""
    conn.execute(
        "UPDATE note SET refers_to = NULL WHERE refers_to IN"
        " (SELECT id FROM note WHERE intake_id = ? AND domain = ?)",
        (intake_id, domain),
    )
    conn.execute(
        "DELETE FROM citizen_view WHERE object_type = 'note' AND object_id IN"
        " (SELECT id FROM note WHERE intake_id = ? AND domain = ?)",
        (intake_id, domain),
    )
    conn.execute(
        "DELETE FROM citizen_view WHERE intake_id = ?"
        " AND ((object_type = 'score' AND object_id = ?)"
        " OR (object_type = 'limitation' AND object_id IN"
        " (SELECT id FROM limitation WHERE intake_id = ? AND domain = ?)))",
        (intake_id, domain, intake_id, domain),
    )
    removed = 0
    for table in ("note", "limitation", "zrm_score"):
        removed += conn.execute(
            f"DELETE FROM {table} WHERE intake_id = ? AND domain = ?",  # noqa: S608
            (intake_id, domain),
        ).rowcount
    return removed


def purge_content(conn: Connection, intake_id: str) -> None:
    """Everything but the contact registration (intake row, dossier, handover, meldcode)."""
    conn.execute("UPDATE note SET refers_to = NULL WHERE intake_id = ?", (intake_id,))
    conn.execute(
        "UPDATE intake SET concerns_answer = NULL, close_note = '' WHERE id = ?", (intake_id,)
    )
    for table in CONTENT_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE intake_id = ?", (intake_id,))  # noqa: S608
    representation_repository.purge_intake(conn, intake_id)  # refusals keep fact and date


def due_for_purge(conn: Connection, now: datetime) -> list[str]:
    rows = conn.execute(
        "SELECT id FROM intake WHERE status = 'niet_doorgezet' AND purge_after IS NOT NULL"
        " AND purge_after <= ?",
        (now.isoformat(),),
    ).fetchall()
    return [r[0] for r in rows]
