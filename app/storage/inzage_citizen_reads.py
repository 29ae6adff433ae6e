"""Read-only SQL for the inzage-overzicht, the citizen's side (issue 10; R-003-05, R-000-37):
consent decisions and open consent questions, third parties' requests, case meetings, signals,
rights requests, copies of the file, and the details of tasks and papers. The column aliases
are the overview's field keys, as in ``inzage_reads``. Nothing here writes.
"""

from __future__ import annotations

import json

from app.storage.db import Connection
from app.storage.inzage_reads import Row, json_ids, select


def consent_records(conn: Connection, citizen_id: str) -> list[tuple[Row, list[Row]]]:
    """The citizen's consent decisions (every version) with their events."""
    records = select(
        conn,
        "SELECT id, recorded_at AS on_day, decision AS consent_decision, kind AS consent_kind,"
        " direction, controller, organisation, party_role, person, items, purpose, law,"
        " grantor, capacity AS grantor_capacity, method, attestation, template_version,"
        " language AS sheet_language, valid_from, valid_until FROM consent_record"
        " WHERE citizen_id = ? ORDER BY recorded_at, id",
        citizen_id,
    )
    events = select(
        conn,
        "SELECT consent_id, at AS on_day, kind AS consent_event, method, by_whom, valid_until,"
        " note FROM consent_event WHERE consent_id IN (SELECT value FROM json_each(?))"
        " ORDER BY consent_id, seq",
        json_ids([r["id"] for r in records]),
    )
    found = []
    for record in records:
        record["items"] = tuple(json.loads(record["items"]))
        own = [e for e in events if e["consent_id"] == record["id"]]
        for e in own:
            e.pop("consent_id")
        record.pop("id")
        found.append((record, own))
    return found


def open_consent_requests(conn: Connection, intake_ids: list[str]) -> list[Row]:
    """Consents asked that have no recorded answer yet (an answered one is a consent record)."""
    rows = select(
        conn,
        "SELECT r.created_at AS asked_on, r.kind AS consent_kind, r.direction, r.controller,"
        " r.organisation, r.party_role, r.person, r.items, r.purpose, r.law, r.answer_to,"
        " r.grantor, r.capacity AS grantor_capacity, r.method, r.valid_until"
        " FROM consent_request r WHERE r.intake_id IN (SELECT value FROM json_each(?))"
        " AND NOT EXISTS (SELECT 1 FROM consent_record c WHERE c.request_id = r.id)"
        " ORDER BY r.created_at, r.id",
        json_ids(intake_ids),
    )
    for row in rows:
        row["items"] = tuple(json.loads(row["items"]))
    return rows


def third_party_requests(conn: Connection, citizen_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT received_on, organisation, role, person, asked, channel, discussed_on,"
        " discussed_how, outcome AS request_outcome FROM third_party_request"
        " WHERE citizen_id = ? ORDER BY received_on, id",
        citizen_id,
    )


def case_meetings(conn: Connection, citizen_id: str) -> list[tuple[Row, list[Row]]]:
    """Case meetings about the citizen, each with participants, limits and agreements."""
    meetings = select(
        conn,
        "SELECT id, held_on, type AS meeting_type, purpose, informed_on, informed_how,"
        " attendance, discussion, safety_ground, objected_at AS objected_on, override_text,"
        " override_at AS override_on, identifiers_reason, discussed_at AS meeting_done_on,"
        " feedback_on, feedback_how, outcome, purged_at AS purged_on FROM case_meeting"
        " WHERE citizen_id = ? ORDER BY held_on, id",
        citizen_id,
    )
    ids = json_ids([m["id"] for m in meetings])
    parts = select(
        conn,
        "SELECT meeting_id, organisation || CASE WHEN role <> '' THEN ' (' || role || ')'"
        " ELSE '' END || ': ' || task_ground AS participant FROM case_meeting_participant"
        " WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY meeting_id, seq",
        ids,
    )
    limits = select(
        conn,
        "SELECT meeting_id, domain, words AS limit_words FROM case_meeting_limit"
        " WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY meeting_id, id",
        ids,
    )
    deals = select(
        conn,
        "SELECT meeting_id, action AS agreement FROM case_meeting_agreement"
        " WHERE meeting_id IN (SELECT value FROM json_each(?)) ORDER BY meeting_id, recorded_at",
        ids,
    )
    found = []
    for meeting in meetings:
        own = [r for r in (*parts, *limits, *deals) if r["meeting_id"] == meeting["id"]]
        for r in own:
            r.pop("meeting_id")
        meeting.pop("id")
        found.append((meeting, own))
    return found


def signals(conn: Connection, citizen_id: str) -> list[Row]:
    """A third party's concern about the citizen. The reporter's name and the reason a third
    person is not told stay out: they are another person's data (see the module docstring of
    ``app/services/papers/inzage_registers.py``)."""
    return select(
        conn,
        "SELECT received_on, task_ground AS signal_ground, person_name, concern, reporter_role,"
        " category AS signal_category, review_on, keep_until, not_informed_reason FROM signal"
        " WHERE citizen_id = ? ORDER BY received_on, id",
        citizen_id,
    )


def rights_requests(conn: Connection, citizen_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT received_on, kind AS right_kind, capacity AS rights_capacity,"
        " requester_name AS requester, destruction_law, scope AS request_scope, due_on,"
        " extended_to, extension_reason, extension_notice_on AS notice_on,"
        " decision AS rights_decision, decided_on, refusal_reason, remedy_text, lifted_on"
        " FROM rights_request WHERE citizen_id = ? ORDER BY received_on, id",
        citizen_id,
    )


def exports(conn: Connection, citizen_id: str) -> list[Row]:
    return select(
        conn,
        "SELECT created_at AS on_day, kind AS export_kind, scope AS export_scope,"
        " recipient_kind, recipient_id AS recipient, valid_until FROM bundle_export"
        " WHERE citizen_id = ? ORDER BY created_at, id",
        citizen_id,
    )


def task_extras(conn: Connection, task_ids: list[str]) -> dict[str, Row]:
    rows = select(
        conn,
        "SELECT id, postponed_to, postpone_reason, done_at AS done_on, done_note FROM task"
        " WHERE id IN (SELECT value FROM json_each(?))",
        json_ids(task_ids),
    )
    return {r.pop("id"): r for r in rows}


def papers(conn: Connection, citizen_id: str, intake_ids: list[str]) -> list[Row]:
    """Papers handed over to the citizen, also those recorded on one of their conversations."""
    return select(
        conn,
        "SELECT id, recorded_at, document, version, language, delivery, number,"
        " preprinted_number, posted_on, printed_at FROM paper_issue WHERE citizen_id = ?"
        " OR intake_id IN (SELECT value FROM json_each(?)) ORDER BY recorded_at, number",
        citizen_id,
        json_ids(intake_ids),
    )
