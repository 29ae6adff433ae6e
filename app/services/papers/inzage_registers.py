"""The registers of the inzage-overzicht, read from the vault (issue 10; R-003-05, R-000-37).

What the conversation parts and the lists of ``app/services/papers/inzage.py`` do not already
print: who was present, why a domain was raised, questions to a GP, other registrations, the
procedure's steps, manual look-ups, notes moved between roles, triage moments, retention
decisions; and for the citizen: representatives in full, the household plan, refusals,
incapacity, escalations, visits, consent decisions and open consent questions, third parties'
requests, case meetings, signals, rights requests and copies sent to the case system.

Left out on purpose, each for a reason the completeness test (``tests/app/
test_inzage_complete.py``) names per column: ids, hashes and bookkeeping times; meldcode
signals (see ``app/documents/inzage.py``); and in a signal the reporter's name and the reason a
third person is not told: they are another person's data, which AVG art. 15 lid 4 and UAVG
art. 41 let the controller withhold, a decision made per request by a person, not by this paper.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.documents.compose import PaperContext
from app.documents.inzage_registers import Field, Register
from app.domain.disclosure import Disclosure
from app.domain.profile import Law
from app.domain.visit_records import IdentityCheck
from app.storage import inzage_citizen_reads as sharing
from app.storage import inzage_reads as reads
from app.storage.db import Connection

Row = dict[str, Any]

# Field keys whose value is a date (an ISO date, or a moment of which the day is printed).
DATES = frozenset(
    {
        "answered_on", "asked_on", "assessed_on", "confirmed_on", "decided_on", "discussed_on",
        "done_on", "due_on", "ended_on", "expires_on", "extended_to", "feedback_on", "held_on",
        "informed_on", "judged_on", "keep_until", "lifted_on", "local_until", "meeting_done_on",
        "notice_on", "objected_on", "on_day", "override_on", "parents_told_on", "posted_on",
        "postponed_to", "printed_on", "purge_after", "purged_on", "received_on", "review_on",
        "reviewed_at", "since", "told_on", "valid_from", "valid_until", "verified_on",
        "withdrawn_on",
    }
)  # fmt: skip
# Field keys whose value is a code -> the list of words the paper prints it with.
_OWN_WORDS = (
    "acknowledgement", "attendance", "block", "channel", "confidentiality", "consent_decision",
    "consent_event", "consent_kind", "direction", "discussion", "domain", "escalation",
    "export_kind", "export_scope", "grantor_capacity", "id_doc", "info", "lookup_source",
    "meeting_type", "method", "present_role", "reason_code", "refusal", "registration",
    "relation", "representative", "request_outcome", "retention_decision", "right_kind",
    "rights_capacity", "rights_decision", "seen", "signal_category", "status", "trigger",
    "triage_decision", "triage_kind", "verdict",
)  # fmt: skip
CODES: dict[str, str] = {key: key for key in _OWN_WORDS} | {
    "act": "act",
    "acts": "act",
    "against_will": "flag",
    "destruction_law": "law",
    "fact_adults": "answer",
    "fact_carer": "answer",
    "fact_minors": "answer",
    "feedback_how": "method",
    "minors": "answer",
}


def fields(row: Row) -> tuple[Field, ...]:
    """The row's filled columns as fields, in the row's order (empty ones are left out)."""
    found = []
    for key, value in row.items():
        if value is None or value in ("", ()):
            continue
        if key in DATES:
            try:
                found.append(Field(key, date.fromisoformat(str(value)[:10])))
            except ValueError:  # a malformed stored date: shown as stored, not a crash
                found.append(Field(key, str(value)))
        else:
            found.append(Field(key, value, CODES.get(key, "")))
    return tuple(found)


# Whose data each register holds (R-004-28; AVG art. 15 lid 4). A register whose entries name or
# quote a private person other than the citizen is flagged: the machine-readable copy marks
# each of its entries ``"third_party": true`` so the worker asks that person's consent or makes
# the data unreadable before the copy leaves. Professionals and organisations named in their
# work (a GP, a recipient, a colleague) are not flagged: who holds or received the data is the
# citizen's to know (art. 15 lid 1 c). Every register key is in exactly one of the two tables;
# ``tests/app/test_inzage_third_party.py`` fails on a register without a decision.
THIRD_PARTY: dict[str, str] = {
    "present": "who else was at the conversation, by name (a carer, an interpreter)",
    "representatives": "a representative's name, contact details and mandate",
    "household": "the plan and facts of the whole household: the other members, children, carer",
    "third_party_requests": "who asked about the citizen (organisation, person) and what",
    "case_meetings": (
        "participants from other organisations, what each may hear, and a safety ground that "
        "may concern another person (a partner, a child)"
    ),
    "signals": "a third party's report: the reporter's role and words may point to the reporter",
}
OWN_DATA: dict[str, str] = {
    "identity": "the citizen's own ID document, checked by a worker",
    "information": "the information sheet the citizen was given",
    "domain_choices": "why a life domain was raised with the citizen",
    "medical_requests": (
        "questions about the citizen to their own doctor; the doctor and adviser are named in "
        "their work, the grantor is the citizen or acts in their name"
    ),
    "registrations": "where else the citizen is registered, and by which organisation",
    "process": "the steps of the citizen's procedure",
    "lookups": "look-ups about the citizen",
    "moved_notes": "a colleague's judgement on moving the citizen's note",
    "triage": "the worker's triage of the citizen's domains",
    "retention": "how long the citizen's data are kept",
    "refusals": "the citizen's own refusals",
    "incapacities": "an assessment of the citizen, by a named professional",
    "escalations": "escalations about the citizen",
    "visits": "time and place of a visit; a shared visit names no one else",
    "consents": (
        "the citizen's consent decisions; the other party is a recipient (art. 15 lid 1 c), "
        "the grantor is the citizen or acts in their name"
    ),
    "consents_open": "consents asked of the citizen, as above",
    "rights_requests": "the citizen's rights requests; a requester acts in the citizen's name",
    "exports": "copies of the file sent to a colleague or the case system",
}


def register(key: str, entries: tuple[tuple[Field, ...], ...]) -> Register:
    """A register, flagged as other people's data when :data:`THIRD_PARTY` says so."""
    return Register(key, entries, key in THIRD_PARTY)


def _register(key: str, rows: list[Row]) -> Register:
    return register(key, tuple(fields(r) for r in rows))


def worker_name(ctx: PaperContext, worker_id: str) -> str:
    worker = ctx.profile.worker(worker_id)
    return f"{worker.name} ({worker.role})" if worker else worker_id


# -- one conversation ---------------------------------------------------------------------------
def conversation(
    conn: Connection, ctx: PaperContext, intake_id: str, law: str
) -> tuple[Register, ...]:
    procedure = ctx.profile.procedure(Law(law))
    events = reads.process_events(conn, intake_id)
    for e in events:
        spec = procedure.event(e["event"]) if procedure else None
        e["event"] = spec.label.text() if spec else e["event"]
    triage = [
        fields(moment) + tuple(f for answer in answers for f in fields(answer))
        for moment, answers in reads.triage(conn, intake_id)
    ]
    return (
        _register("present", reads.present(conn, intake_id)),
        _register("information", reads.information(conn, intake_id)),
        _register("domain_choices", reads.domain_choices(conn, intake_id)),
        _register("medical_requests", reads.medical_requests(conn, intake_id)),
        _register("registrations", reads.registrations(conn, intake_id)),
        _register("process", events),
        _register("lookups", reads.lookups(conn, intake_id)),
        _register("moved_notes", reads.moved_notes(conn, intake_id)),
        register("triage", tuple(triage)),
        _register("retention", reads.retention(conn, intake_id)),
    )


def identity(ctx: PaperContext, check: IdentityCheck | None) -> Register:
    """What was checked of an ID document (never a copy), and by whom."""
    if check is None:
        return register("identity", ())
    entry = (
        Field("id_doc", check.doc_type.value, "id_doc"),
        Field("doc_number", check.doc_number),
        Field("expires_on", check.expires_on),
        Field("verified_by", worker_name(ctx, check.verified_by)),
        Field("verified_on", check.verified_at),
    )
    return register("identity", (entry,))


# -- the citizen --------------------------------------------------------------------------------
def citizen(
    conn: Connection, ctx: PaperContext, citizen_id: str, intake_ids: list[str]
) -> tuple[Register, ...]:
    consents = [
        fields(record) + tuple(f for event in events for f in fields(event))
        for record, events in sharing.consent_records(conn, citizen_id)
    ]
    meetings = [
        fields(meeting) + tuple(f for part in parts for f in fields(part))
        for meeting, parts in sharing.case_meetings(conn, citizen_id)
    ]
    exports = sharing.exports(conn, citizen_id)
    for e in exports:
        kind = e.pop("recipient_kind")
        if kind == "medewerker":
            e["recipient"] = worker_name(ctx, e["recipient"])
        else:
            e["recipient"] = ctx.profile.paper.case_system or e["recipient"]
    return (
        _register("representatives", reads.representatives(conn, citizen_id)),
        _register("household", reads.household(conn, citizen_id)),
        _register("refusals", reads.refusals(conn, citizen_id)),
        _register("incapacities", reads.incapacities(conn, citizen_id)),
        _register("escalations", reads.escalations(conn, citizen_id)),
        _register("visits", reads.visits(conn, citizen_id)),
        register("consents", tuple(consents)),
        _register("consents_open", sharing.open_consent_requests(conn, intake_ids)),
        _register("third_party_requests", sharing.third_party_requests(conn, citizen_id)),
        register("case_meetings", tuple(meetings)),
        _register("signals", sharing.signals(conn, citizen_id)),
        _register("rights_requests", sharing.rights_requests(conn, citizen_id)),
        _register("exports", exports),
    )


def disclosure_details(d: Disclosure) -> tuple[Field, ...]:
    """What the one-line entry of a share leaves out: person, channel, exception and telling."""
    x = d.draft
    row: Row = {
        "direction": x.direction.value,
        "person": x.person,
        "info": x.info.value,
        "channel": x.channel.value,
        "legal_ground": x.legal_ground,
        "reason_code": x.reason.value if x.reason else None,
        "minimum_data": x.minimum_data,
        "told_on": x.citizen_told_on.isoformat() if x.citizen_told_on else None,
        "parents_told_on": x.parents_told_on.isoformat() if x.parents_told_on else None,
        "postpone_reason": x.postpone_reason,
        "review_on": x.review_on.isoformat() if x.review_on else None,
        "justification": x.justification,
        "second_person": x.second_person,
        "against_will": "yes" if x.against_will else None,
        "item_grounds": tuple(f"{i.label}: {i.ground}" for i in x.items if i.ground),
        "covered_as": tuple(i.covered_as for i in x.items if i.covered_as),
    }
    return fields(row)
