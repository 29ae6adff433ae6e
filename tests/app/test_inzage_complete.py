"""The inzage-overzicht holds everything the vault keeps about the citizen (issue 10; R-003-05,
R-000-37; AVG art. 15).

One fictional citizen is filled through the services with a marker word in every free-text
field (``tests/support/inzage_world.py``). The test then walks the database from that citizen's
row along every foreign key (and the two links up to a shared household and a shared visit), and
asks of every stored TEXT value that it is in the overview, the very object the paper and the
machine-readable copy are made from, unless its column is on the commented lists below. A new
table or column then fails here until someone decides: print it, or say here why not.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.crypto import TEST_KDF
from app.documents.texts import documents_dir
from app.domain import (
    case_meeting,
    consent_record,
    consent_terms,
    disclosure,
    household,
    intake,
    lookups,
    refusals,
    representatives,
    retention,
    rights,
    scope,
    signal,
    triage,
    visit_records,
)
from app.domain.closing import IntakeStatus
from app.domain.selection import InfoKind
from app.services import session as session_mod
from app.services.bundles.schema import Kind, Scope
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.papers import inzage as inzage_paper
from app.services.papers.inzage_registers import CODES
from app.services.rights_inzage import copy_document
from app.services.session import Session, WorkerIdentity
from app.storage import inzage_reads
from app.storage.db import Connection
from tests.support import inzage_world
from tests.support.intake import Clock
from tests.support.pdf import pdf_text

DOC = "inzage-overzicht"
PASSPHRASE = "paars tractor zingt onder water"
ANNA = WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Team Noord")  # on the roster

# -- what is left out, and why ------------------------------------------------------------------
IDS = "a key linking rows; it holds no words about the person"
WRITTEN = "when the row was written: bookkeeping; the access log prints every change with its time"
WRITTEN_COLUMNS = frozenset({"created_at", "updated_at", "recorded_at", "added_at", "decided_at"})
ID_COLUMNS = frozenset({"id", "refers_to", "supersedes", "corrects", "source_key"})
ANOTHER_PERSON = (
    "another person's data (the reporter, a third person): AVG art. 15 lid 4 and UAVG art. 41 "
    "let the controller withhold it; a person decides that per request, not this paper"
)
EXCLUDED: dict[tuple[str, str], str] = {
    ("note", "role"): "the hat is the role of the dossier the note is printed under",
    ("intake", "mapping_version"): "version of the agency's type-to-domain table, not about you",
    ("information_handover", "checklist"): (
        "the fixed points of the information sheet said aloud; the sheet's version is printed"
    ),
    ("citizen_view", "object_type"): "which entry the view belongs to; it is printed beside it",
    ("identity_check", "verified_by"): "a worker's roster id, printed as the worker's name",
    ("onderzoek_item", "on_date"): "the day an answer was typed; the answer is printed",
    ("medical_document", "disposed_at"): "the moment of handing back; what happened is printed",
    ("process_event", "event"): "a step's code, printed as the procedure's label for it",
    ("task", "kind"): "a task's code, printed as its title",
    ("paper_issue", "document"): "a paper's code, printed as its title",
    ("bundle_export", "recipient_kind"): "colleague or case system: the recipient is named",
    ("bundle_export", "sha256"): "a checksum of the encrypted file",
    ("consent_record", "integrity_hash"): "a checksum of the record",
    ("case_meeting", "ready_at"): "the worker's own step (meeting ready), in the access log",
    ("case_meeting_limit", "item_key"): "a catalogue key; the limit's own words are printed",
    ("case_meeting_agreement", "items"): (
        "catalogue keys; an agreement that gives data is a disclosure, printed with its items"
    ),
    ("visit", "contact_name"): (
        "a new contact's name on a visit without a citizen (a visit names a citizen or a new "
        "contact, never both), so never on a visit linked to this citizen"
    ),
    ("signal", "reporter_name"): ANOTHER_PERSON,
    ("signal", "third_person_reason"): ANOTHER_PERSON,
}
# JSON columns: each string inside must be printed (keys named here are codes or ids).
JSON_COLUMNS: dict[tuple[str, str], frozenset[str]] = {
    ("disclosure", "items"): frozenset({"key", "info", "special", "consent_id"}),
    ("intake", "present"): frozenset(),
    ("medical_request", "questions"): frozenset(),
    ("consent_record", "items"): frozenset(),
    ("consent_request", "items"): frozenset(),
    ("representative", "acts"): frozenset(),
}
LEFT_OUT_TABLES = {
    "meldcode_signal": (
        "a restricted record outside every output (DESIGN section 1); AVG art. 23 with UAVG "
        "art. 41 lets the controller limit access to protect another person, decided per request"
    ),
}
NOT_ABOUT_ONE_CITIZEN = {
    "meta": "the vault's own settings",
    "settings": "the organisation's and worker's settings",
    "agency_profile": "the agency's signed profile",
    "vault_identity": "the vault's keys",
    "bundle_sender_key": "colleagues' signing keys",
    "audit_event": (
        "the access log: printed for this citizen's ids (time, worker, action, kind of object); "
        "it holds no content, its ids and hashes are the chain's bookkeeping"
    ),
    "privacy_incident": "categories and rough numbers, never a name (migration 0018)",
    "review_session": "the reviewer's session; the citizen's link (review_sample) is ids only",
    "draft": (
        "unsaved typing, keyed by screen: saved it becomes a note (printed), else it is discarded"
    ),
    "bundle_import": (
        "bookkeeping of a copy received from a colleague; what it brought is printed where it lives"
    ),
}
# Rows the citizen shares with others: read upwards from the citizen's own link row only.
UP_LINKS = {
    "household": ("household_member", "household_id"),
    "visit": ("visit_citizen", "visit_id"),
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(T.*)?$")


def decision(table: str, column: str) -> str | None:
    """Why a column is left out of the overview, or None: it must be printed."""
    if column in ID_COLUMNS or column.endswith("_id"):
        return IDS
    if column in WRITTEN_COLUMNS:
        return WRITTEN
    return EXCLUDED.get((table, column))


# -- walking the vault --------------------------------------------------------------------------
def _schema(
    conn: Connection,
) -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str, str, str]]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {t: [(c[1], c[2]) for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    links = [
        (t, f[3], f[2], f[4]) for t in tables for f in conn.execute(f"PRAGMA foreign_key_list({t})")
    ]  # (child, child column, parent, parent column)
    return columns, links


def _below_citizen(links: list[tuple[str, str, str, str]]) -> set[str]:
    found, todo = {"citizen"}, ["citizen"]
    while todo:
        parent = todo.pop()
        for child, _, p, _ in links:
            if p == parent and child not in found:
                found.add(child)
                todo.append(child)
    return found


def walk(conn: Connection, citizen_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row linked to the citizen: down every foreign key, and up the shared links."""
    columns, links = _schema(conn)
    rows: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[str, int]] = set()
    todo = [("citizen", "id", citizen_id, True)]
    while todo:
        table, column, value, down = todo.pop()
        names = [c for c, _ in columns[table]]
        listed = ", ".join(f'"{n}"' for n in names)
        sql = f"SELECT rowid, {listed} FROM {table} WHERE {column} = ?"  # noqa: S608 - schema
        for found in conn.execute(sql, (value,)).fetchall():
            if (table, found[0]) in seen:
                continue
            seen.add((table, found[0]))
            row = dict(zip(names, found[1:], strict=True))
            rows.setdefault(table, []).append(row)
            for parent, (child, key) in UP_LINKS.items():
                if table == child:
                    todo.append((parent, "id", row[key], False))
            if down:
                todo += [
                    (child, ccol, row[pcol], True)
                    for child, ccol, parent, pcol in links
                    if parent == table and row[pcol] is not None
                ]
    return rows


def _wanted(table: str, column: str, value: str) -> list[str]:
    """The strings of one stored value the overview must hold."""
    if (table, column) in JSON_COLUMNS:
        skip = JSON_COLUMNS[(table, column)]
        data = json.loads(value)
        items = data if isinstance(data, list) else [data]
        strings = []
        for item in items:
            if isinstance(item, dict):
                strings += [v for k, v in item.items() if k not in skip and isinstance(v, str)]
            elif isinstance(item, str):
                strings.append(item)
        return [s for s in strings if s]
    if _DAY.match(value):
        return [value[:10]]  # a date, or a moment of which the overview holds the day
    return [value]


def missing(conn: Connection, citizen_id: str, overview_text: str) -> list[str]:
    """Every stored value about the citizen the overview does not hold (and is not excused)."""
    columns, _ = _schema(conn)
    found = []
    for table, rows in walk(conn, citizen_id).items():
        if table in LEFT_OUT_TABLES:
            continue
        for column, kind in columns[table]:
            if kind != "TEXT" or decision(table, column):
                continue
            for row in rows:
                value = row[column]
                if not value:
                    continue
                for wanted in _wanted(table, column, value):
                    if json.dumps(wanted, ensure_ascii=False)[1:-1] not in overview_text:
                        found.append(f"{table}.{column}: {wanted[:60]!r}")
    return found


# -- the world ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, inzage_world.World]]:
    folder = tmp_path_factory.mktemp("inzage")
    clock = Clock(inzage_world.NOW)
    session = session_mod.create(folder / "vault", PASSPHRASE, ANNA, TEST_KDF, now=clock)
    built = inzage_world.build(session, folder, clock)
    yield session, built
    session.lock()


def _service(session: Session, w: inzage_world.World, personal: bool) -> PaperService:
    profile = w.kit.service.profile
    profile = replace(profile, paper=replace(profile.paper, personal_notes_in_inzage=personal))
    return PaperService(session.vault.db, session.trail, profile, SOURCES, w.clock)


def overview_text(session: Session, w: inzage_world.World, personal: bool = True) -> str:
    """The machine-readable copy's JSON: the overview object, every field in it."""
    service = _service(session, w, personal)
    request = PaperRequest(DOC, "nl", citizen_id=w.citizen_id)
    ctx = service.context(request)
    data = session.vault.db.run(lambda c: inzage_paper.overview(c, request, ctx))
    made = datetime(2026, 11, 23, tzinfo=UTC)
    return json.dumps(copy_document(data, made), ensure_ascii=False)


# -- the tests ----------------------------------------------------------------------------------
def test_r003_05_r000_37_every_stored_value_about_the_citizen_is_in_the_overview(
    world: tuple[Session, inzage_world.World],
) -> None:
    session, w = world
    text = overview_text(session, w)
    assert session.vault.db.run(lambda c: missing(c, w.citizen_id, text)) == []


def test_r003_05_every_table_and_column_has_a_decision_and_is_filled(
    world: tuple[Session, inzage_world.World],
) -> None:
    """A new table or column fails here: it is either filled in the world (and then printed or
    excused column by column) or named as not being about one citizen."""
    session, w = world

    def check(conn: Connection) -> tuple[list[str], list[str], list[str]]:
        columns, links = _schema(conn)
        below = _below_citizen(links)
        undecided = sorted(
            set(columns) - below - set(UP_LINKS) - set(NOT_ABOUT_ONE_CITIZEN) - {"sqlite_sequence"}
        )
        rows = walk(conn, w.citizen_id)
        unfilled = [
            f"{t}.{c}"
            for t in sorted((below | set(UP_LINKS)) - set(LEFT_OUT_TABLES))
            for c, kind in columns[t]
            if kind == "TEXT" and not decision(t, c) and not any(r[c] for r in rows.get(t, []))
        ]
        stale = [
            f"{t}.{c}"
            for t, c in (*EXCLUDED, *JSON_COLUMNS)
            if c not in {name for name, _ in columns.get(t, [])}
        ]
        return undecided, unfilled, stale

    undecided, unfilled, stale = session.vault.db.run(check)
    assert undecided == [], f"tables without a decision (walk them, or say why not): {undecided}"
    assert unfilled == [], f"columns tests/support/inzage_world.py leaves empty: {unfilled}"
    assert stale == [], f"exclusions naming a column that no longer exists: {stale}"


def test_r003_05_the_check_fails_when_a_stored_field_is_dropped(
    world: tuple[Session, inzage_world.World], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk can fail: without the conversation's place (the gap issue 10 found) it names it."""
    session, w = world
    original = inzage_reads.intake_extras

    def without_place(conn: Connection, intake_id: str) -> dict[str, Any]:
        return {k: v for k, v in original(conn, intake_id).items() if k != "place"}

    monkeypatch.setattr(inzage_reads, "intake_extras", without_place)
    text = overview_text(session, w)
    gaps = session.vault.db.run(lambda c: missing(c, w.citizen_id, text))
    assert gaps == ["intake.place: 'MKPLAATS keukentafel thuis'"]


@pytest.mark.parametrize(
    ("language", "personal"), [("nl", True), ("nl-easy", False), ("en", False)]
)
def test_r003_05_r000_37_r003_22_the_paper_prints_every_marker(
    world: tuple[Session, inzage_world.World], language: str, personal: bool
) -> None:
    """Every marker word reaches the printed paper; restricted and other people's data never;
    personal work notes (in a conversation or the file) follow the agency setting."""
    session, w = world
    service = _service(session, w, personal)
    text = pdf_text(service.render(PaperRequest(DOC, language, citizen_id=w.citizen_id)).pdf)

    def shown(markers: list[str]) -> list[str]:  # whole words: MKFEIT is not MKFEITNIEUW
        return [m for m in markers if re.search(rf"(?<![A-Z0-9]){m}(?![A-Z0-9])", text)]

    found = shown(w.markers)
    assert [m for m in w.markers if m not in found] == []
    assert shown(w.never) == []
    assert shown(w.personal) == (w.personal if personal else [])
    assert shown(["MKHUISGENOOT"]) == []  # the other household member, not even by name


# Every code the overview may hold, by the list of words the paper prints it with.
CODE_VALUES: dict[str, set[str]] = {
    "answer": {*(m.value for m in scope.Minors), *(a.value for a in household.FactAnswer)},
    "status": {s.value for s in IntakeStatus},
    "flag": {"yes"},
    "present_role": {r.value for r in refusals.PresentRole},
    "confidentiality": {c.value for c in refusals.Confidentiality},
    "acknowledgement": {a.value for a in intake.Acknowledgement},
    "id_doc": {d.value for d in visit_records.IdDocument},
    "trigger": {t.value for t in scope.Trigger},
    "grantor_capacity": {c.value for c in consent_terms.GrantorCapacity},
    "registration": {"registratie", "casusoverleg_verslag"},  # migration 0009
    "lookup_source": {s.value for s in lookups.LookupSource},
    "triage_kind": {k.value for k in triage.TriageKind},
    "triage_decision": {d.value for d in triage.TriageDecision},
    "verdict": {v.value for v in triage.Verdict},
    "block": {b.value for b in retention.Block},
    "retention_decision": {d.value for d in retention.Decision},
    "representative": {k.value for k in representatives.RepresentativeKind},
    "act": {a.value for a in representatives.Act},
    "seen": {s.value for s in representatives.AuthoritySeen},
    "relation": {r.value for r in household.Relation},
    "refusal": {k.value for k in refusals.RefusalKind},
    "escalation": {t.value for t in refusals.EscalationTarget},
    "consent_decision": {d.value for d in consent_record.Decision},
    "consent_kind": {k.value for k in consent_terms.ConsentKind},
    "direction": {d.value for d in consent_terms.Direction},
    "method": {m.value for m in consent_terms.Method},
    "consent_event": {e.value for e in consent_record.EventKind},
    "channel": {c.value for c in disclosure.Channel}
    | {"mondeling", "telefonisch", "schriftelijk", "e-mail", "beveiligd_kanaal"},  # 0012
    "request_outcome": {o.value for o in disclosure.RequestOutcome},
    "meeting_type": {t.value for t in case_meeting.MeetingType},
    "attendance": {a.value for a in case_meeting.Attendance},
    "discussion": {d.value for d in case_meeting.Discussion},
    "signal_category": {c.value for c in signal.Category},
    "right_kind": {k.value for k in rights.RightKind},
    "rights_capacity": {c.value for c in rights.Capacity},
    "rights_decision": {d.value for d in rights.Decision},
    "law": {law.value for law in rights.DestructionLaw},
    "export_kind": {k.value for k in Kind},
    "export_scope": {s.value for s in Scope},
    "info": {i.value for i in InfoKind},
    "reason_code": {r.value for r in disclosure.ExceptionReason},
}


@pytest.mark.parametrize("language", ["nl", "nl-easy", "en"])
def test_r003_05_every_code_has_words_in_every_paper_language(language: str) -> None:
    path = next((documents_dir() / DOC).glob(f"{language}-2*.toml"))
    text = tomllib.loads(path.read_text(encoding="utf-8"))["text"]
    assert set(CODES.values()) - {"domain"} == set(CODE_VALUES)
    absent = [
        f"{k}_{v}" for k, values in CODE_VALUES.items() for v in values if f"{k}_{v}" not in text
    ]
    assert absent == []


def test_the_walk_finds_the_citizens_rows_only(
    world: tuple[Session, inzage_world.World],
) -> None:
    session, w = world
    rows = session.vault.db.run(lambda c: walk(c, w.citizen_id))
    assert [r["id"] for r in rows["citizen"]] == [w.citizen_id]
    assert {r["citizen_id"] for r in rows["household_member"]} == {w.citizen_id}
    assert len(rows["household"]) == 1  # shared, read upwards; the other member's link is not
