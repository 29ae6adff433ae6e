"""Read-only SQL for the parts of the inzage-overzicht the other repositories do not read (issue
10: the overview must hold everything this vault keeps about one citizen; R-003-05, R-000-37).

Each function returns plain rows: the column aliases are the overview's field keys (see
``app/services/papers/inzage_registers.py``), so the SQL says which stored column becomes which
printed line. Consents, sharing, case meetings, signals, rights requests and the details of
tasks and papers are read in ``inzage_citizen_reads``. Every read starts from one citizen or one
of that citizen's conversations; another household member's rows are never selected. Nothing
here writes.
"""

from __future__ import annotations

import json
from typing import Any

from app.storage.db import Connection

Row = dict[str, Any]


def select(conn: Connection, sql: str, *args: object) -> list[Row]:
    """The rows of ``sql``, each as {column alias: value}."""
    cursor = conn.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def json_ids(ids: list[str]) -> str:
    """Ids as a JSON array, for ``IN (SELECT value FROM json_each(?))``."""
    return json.dumps(sorted(set(ids)))


# -- one conversation ---------------------------------------------------------------------------
def intake_extras(conn: Connection, intake_id: str) -> Row:
    """Where and with whom the conversation was held, and its state."""
    rows = select(
        conn,
        "SELECT place, present, minors, status, concerns_answer AS concerns, reviewed_at,"
        " purge_after FROM intake WHERE id = ?",
        intake_id,
    )
    return rows[0] if rows else {}


def information(conn: Connection, intake_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT sheet_version, language AS sheet_language, format AS sheet_format,"
        " acknowledgement, reason AS acknowledgement_reason"
        " FROM information_handover WHERE intake_id = ?",
        intake_id,
    )


def present(conn: Connection, intake_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT role AS present_role, name, confidentiality FROM intake_present"
        " WHERE intake_id = ? ORDER BY recorded_at, id",
        intake_id,
    )


def domain_choices(conn: Connection, intake_id: str) -> list[Row]:
    """Why a domain beyond the help request was raised, and the citizen's answer."""
    return select(
        conn,
        "SELECT domain, trigger, concern, indication_reason, proportionality_reason,"
        " answered_at AS answered_on, withdrawn_at AS withdrawn_on FROM domain_decision"
        " WHERE intake_id = ? ORDER BY domain",
        intake_id,
    )


def medical_requests(conn: Connection, intake_id: str) -> list[Row]:
    rows = select(
        conn,
        "SELECT created_at AS asked_on, practice, professional, adviser, questions, purpose,"
        " law, known, valid_until, grantor, capacity AS grantor_capacity"
        " FROM medical_request WHERE intake_id = ? ORDER BY created_at, id",
        intake_id,
    )
    for row in rows:
        row["questions"] = tuple(json.loads(row["questions"]))
    return rows


def registrations(conn: Connection, intake_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT kind AS registration, organisation, description, kept_by"
        " FROM other_registration WHERE intake_id = ? ORDER BY recorded_at, id",
        intake_id,
    )


def process_events(conn: Connection, intake_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT event, on_date AS on_day, detail FROM process_event WHERE intake_id = ?"
        " ORDER BY on_date, event",
        intake_id,
    )


def lookups(conn: Connection, intake_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT source AS lookup_source, reason, on_date AS on_day FROM manual_lookup"
        " WHERE intake_id = ? ORDER BY on_date, id",
        intake_id,
    )


def moved_notes(conn: Connection, intake_id: str) -> list[Row]:
    """Notes copied from the wijkteam's file into this conversation, with the judgement."""
    return select(
        conn,
        "SELECT t.judged_on, t.judged_by, t.judgement FROM role_transfer t"
        " JOIN note n ON n.id = t.to_note_id WHERE n.intake_id = ? ORDER BY t.recorded_at, t.id",
        intake_id,
    )


def triage(conn: Connection, intake_id: str) -> list[tuple[Row, list[Row]]]:
    """Triage moments with their per-domain answers; answers outside a moment stand alone."""
    moments = select(
        conn,
        "SELECT id, at AS on_day, kind AS triage_kind, decision AS triage_decision, necessary,"
        " passed_on FROM triage_moment WHERE intake_id = ? ORDER BY at, id",
        intake_id,
    )
    answers = select(
        conn,
        "SELECT moment_id, at AS on_day, domain, decision AS verdict FROM triage"
        " WHERE intake_id = ? ORDER BY at, domain",
        intake_id,
    )
    found: list[tuple[Row, list[Row]]] = []
    for moment in moments:
        moment_id = moment.pop("id")
        found.append((moment, [a for a in answers if a["moment_id"] == moment_id]))
    found += [({"on_day": a["on_day"]}, [a]) for a in answers if a["moment_id"] is None]
    for _, rows in found:
        for a in rows:
            a.pop("moment_id")
            a.pop("on_day")
    return found


def retention(conn: Connection, intake_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT block, decision AS retention_decision, keep_until FROM retention_block"
        " WHERE intake_id = ? ORDER BY block",
        intake_id,
    )


# -- the citizen --------------------------------------------------------------------------------
def file_notes(conn: Connection, citizen_id: str) -> list[Row]:
    """Notes in the citizen's file outside any conversation (written from the citizen's page)."""
    return select(
        conn,
        "SELECT id, body, kind, compartment, source, coalesce(on_date, created_at) AS on_day,"
        " domain FROM note WHERE citizen_id = ? AND intake_id IS NULL ORDER BY created_at, id",
        citizen_id,
    )


def handovers(conn: Connection, citizen_id: str) -> dict[str, Row]:
    rows = select(
        conn,
        "SELECT dossier_id, confirmed_on, local_until FROM dossier_handover WHERE citizen_id = ?",
        citizen_id,
    )
    return {r.pop("dossier_id"): r for r in rows}


def representatives(conn: Connection, citizen_id: str) -> list[Row]:
    rows = select(
        conn,
        "SELECT kind AS representative, name, contact, scope, acts, since, seen, reference,"
        " ended_on FROM representative WHERE citizen_id = ? ORDER BY recorded_at, id",
        citizen_id,
    )
    for row in rows:
        row["acts"] = tuple(json.loads(row["acts"]))
    return rows


def refusals(conn: Connection, citizen_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT on_date AS on_day, kind AS refusal, what FROM refusal WHERE citizen_id = ?"
        " ORDER BY on_date, id",
        citizen_id,
    )


def incapacities(conn: Connection, citizen_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT assessed_on, act, details, assessed_by, ended_on FROM incapacity"
        " WHERE citizen_id = ? ORDER BY assessed_on, id",
        citizen_id,
    )


def escalations(conn: Connection, citizen_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT on_date AS on_day, target AS escalation, reason,"
        " CASE against_will WHEN 1 THEN 'yes' ELSE '' END AS against_will"
        " FROM escalation WHERE citizen_id = ? ORDER BY on_date, id",
        citizen_id,
    )


def household(conn: Connection, citizen_id: str) -> list[Row]:
    """This citizen's own link (relation, reason) and the shared plan; never other members."""
    return select(
        conn,
        "SELECT m.relation, m.reason, h.plan_label, h.plan_text, h.minors AS fact_minors,"
        " h.adults AS fact_adults, h.carer AS fact_carer FROM household_member m"
        " JOIN household h ON h.id = m.household_id WHERE m.citizen_id = ?"
        " ORDER BY m.added_at, h.id",
        citizen_id,
    )


def visits(conn: Connection, citizen_id: str) -> list[Row]:
    """Planned visits; another person visited in the same slot is not named."""
    return select(
        conn,
        "SELECT v.on_date AS on_day, v.at_time, v.place, v.contact_name FROM visit v"
        " JOIN visit_citizen vc ON vc.visit_id = v.id WHERE vc.citizen_id = ?"
        " ORDER BY v.on_date, v.at_time, v.id",
        citizen_id,
    )


def object_ids(conn: Connection, citizen_id: str, intake_ids: list[str]) -> list[str]:
    """Ids of the rows the audit log may name besides those ``paper_reads.object_ids`` finds
    (for the access log): the citizen's own rows, and a conversation's extra rows."""
    found: list[str] = []
    for table in (
        "note",
        "refusal",
        "incapacity",
        "escalation",
        "case_meeting",
        "signal",
        "rights_request",
        "third_party_request",
        "disclosure",
        "consent_record",
        "bundle_export",
        "paper_issue",
    ):
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM {table} WHERE citizen_id = ?",  # noqa: S608 - fixed names
                (citizen_id,),
            ).fetchall()
        ]
    for table in (
        "intake_present",
        "manual_lookup",
        "medical_request",
        "other_registration",
        "consent_request",
    ):
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM {table}"  # noqa: S608 - fixed names
                " WHERE intake_id IN (SELECT value FROM json_each(?))",
                (json_ids(intake_ids),),
            ).fetchall()
        ]
    found += [
        r[0]
        for r in conn.execute(
            "SELECT household_id FROM household_member WHERE citizen_id = ?"
            " UNION SELECT visit_id FROM visit_citizen WHERE citizen_id = ?",
            (citizen_id, citizen_id),
        ).fetchall()
    ]
    return found
