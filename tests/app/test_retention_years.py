"""THE retention test of issue 8: an injected clock runs from 2026 to 2042 over a generated
vault of open, handed-over, not-pursued, never-handed-over and jeugdhulp dossiers (with personal
notes and case meetings). At every step: what is due is exactly what the law and the agency's
settings say, reviews come yearly, nothing is destroyed without the worker's confirmation, and
after a confirmation nothing of those citizens is left in any table, with one content-free audit
line each (R-000-40, R-000-41, R-001-24, R-002-27, R-003-13, R-004-15). All names fictional."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.domain.case_meeting import MeetingType
from app.domain.closing import IntakeStatus
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law
from app.domain.retention import Block, BlockDecision, Decision
from app.services.case_meetings import CaseMeetingService
from app.services.housekeeping import run_purges
from app.services.retention import RetentionService
from app.services.tasks import TaskService
from app.storage import audit
from app.storage.db import Connection, Database
from tests.support.bundles import Worker, worker
from tests.support.intake import Clock, informed_intake

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
HANDOVER_ON = date(2027, 2, 1)
DECIDE = {
    "handed": (Decision.ARCHIVE, Decision.CONTRIBUTED, Decision.DESTROY, None),
    "kept": (Decision.KEEP_HERE, Decision.DESTROY, Decision.DESTROY, None),
    "regie": (Decision.KEEP_HERE, Decision.DESTROY, Decision.KEEP_YEARS, 4),
    "jeugd": (Decision.KEEP_HERE, Decision.DESTROY, Decision.DESTROY, None),
}
COUNTS = {"open": 5, "handed": 5, "not_pursued": 5, "kept": 5, "regie": 3, "jeugd": 3}
NEVER_HANDED = ("not_pursued", "kept", "regie", "jeugd")


def _decisions(kind: str) -> tuple[BlockDecision, ...]:
    dossier, work, regie, years = DECIDE[kind]
    return (
        BlockDecision(Block.DOSSIER, dossier),
        BlockDecision(Block.WERKDOSSIER, work),
        BlockDecision(Block.REGIE, regie, years),
    )


def _citizen(w: Worker, retention: RetentionService, kind: str, n: int) -> tuple[str, str]:
    name = f"Tijdreiziger {kind} {n}"
    law = Law.JEUGDWET if kind == "jeugd" else Law.WMO
    intake_id = informed_intake(w.kit, law=law, name=name)
    intake = w.kit.service.get(intake_id)
    assert intake is not None
    day = START.date()
    add = w.kit.records.add_note
    add(intake_id, f"Feit over {name}.", NoteKind.FACT, NoteSource.CITIZEN, day)
    add(intake_id, f"Werkaantekening {name}.", NoteKind.FACT, NoteSource.WORKER, day,
        compartment=Compartment.WORK)  # fmt: skip
    add(intake_id, f"Geheugensteun {name}.", NoteKind.FACT, NoteSource.WORKER, day,
        compartment=Compartment.PERSONAL)  # fmt: skip
    meetings = CaseMeetingService(
        w.session.vault.db, w.session.trail, w.kit.service.profile, w.session.now
    )
    meetings.create(intake.citizen_id, MeetingType.INTERN, f"Overleg {name}", day, intake_id)
    if kind == "not_pursued":
        retention.close_case(intake_id, IntakeStatus.NOT_PURSUED)
    elif kind != "open":
        retention.close_case(
            intake_id, IntakeStatus.BROKEN_OFF, _decisions(kind), True, "Inwoner stopt"
        )
    return intake.citizen_id, name


def _expected_due(kind: str, on: date) -> bool:
    if kind == "handed":
        return on >= HANDOVER_ON + timedelta(days=30)
    if kind in ("not_pursued", "kept"):
        return on >= date(2041, 11, 23)  # Wmo: 15 years from the dossier's newest date
    if kind == "regie":
        return on >= date(2030, 11, 23)  # regie kept 4 years after closing
    return False  # open; jeugdhulp: 20 years, 2046


def _leftovers(conn: Connection, ids: frozenset[str], names: frozenset[str]) -> list[str]:
    """Every table and column that still holds one of ``ids`` (audit excepted: it keeps the
    id of the erase line) or any part of ``names`` (the audit included)."""
    found: list[str] = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()]  # fmt: skip
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]
        for column in columns:
            values = conn.execute(f"SELECT {column} FROM {table}").fetchall()  # noqa: S608
            for (value,) in values:
                text = str(value)
                if table != "audit_event" and text in ids:
                    found.append(f"{table}.{column}")
                if any(name in text for name in names):
                    found.append(f"{table}.{column} (name)")
    return found


def test_r000_40_r002_27_retention_runs_years_forward_over_a_generated_vault(
    tmp_path: Path,
) -> None:
    clock = Clock(START)
    w = worker(tmp_path, "w-anna", clock)
    db, trail = w.session.vault.db, w.session.trail
    retention = RetentionService(db, trail, w.kit.service.profile, clock)
    tasks = TaskService(db, trail, clock)
    people: dict[str, tuple[str, str]] = {}  # citizen id -> (kind, name)
    for kind, count in COUNTS.items():
        for n in range(count):
            citizen, name = _citizen(w, retention, kind, n)
            people[citizen] = (kind, name)
    destroyed: set[str] = set()
    erased_ids: set[str] = set()

    steps = [date(2026, 12, 10), date(2027, 1, 10), HANDOVER_ON, date(2027, 3, 5)]
    steps += [date(year, 11, 24) for year in range(2027, 2043)]
    for day in steps:
        clock.value = datetime.combine(day, START.timetz())
        if day == HANDOVER_ON:
            for citizen, (kind, _) in people.items():
                if kind == "handed":
                    retention.confirm_handover(citizen, day)
        reviews_before = _open_reviews(tasks, people, destroyed)
        report = run_purges(w.session)
        present = set(people) - destroyed
        # Nothing is destroyed without the worker's confirmation.
        assert _citizens(db) == present, day
        expected = {c for c in present if _expected_due(people[c][0], day)}
        due = retention.due()
        assert {d.citizen_id for d in due} == expected, day
        assert report.destruction_due == len(expected)
        # Yearly reviews for dossiers never handed over (the worker then reviews them).
        never = {c for c in present if people[c][0] in NEVER_HANDED}
        anniversary = day.month == 11 and day.year > 2026
        assert report.retention_reviews == (len(never) if anniversary else 0), day
        assert _open_reviews(tasks, people, destroyed) == reviews_before | (
            never if anniversary else set()
        )
        for task in tasks.open_rows(day):
            if task.task.kind == "review_retention":
                tasks.done(task.task.id, "Nog nodig")
        if day >= date(2027, 1, 10):  # personal notes expired after their 30 days (R-004-15)
            assert _count(db, "SELECT count(*) FROM note WHERE compartment = 'persoonlijk'") == 0
        if day >= date(2027, 3, 5):  # meeting details purged after 90 days (R-003-13)
            assert _count(db, "SELECT count(*) FROM case_meeting WHERE purged_at IS NULL") == 0
        if expected:  # the worker confirms the whole list at once
            before = {c: _rows_of(db, c) for c in expected}
            ids = frozenset().union(*before.values())
            control = (ids, frozenset(people[c][1] for c in expected))
            assert db.run(lambda c, check=control: _leftovers(c, *check))  # positive control
            result = retention.destroy(sorted(expected))
            assert result.citizens == len(expected)
            assert result.compact.wal_empty
            destroyed |= expected
            erased_ids |= set().union(*before.values())
            check = (frozenset(erased_ids), frozenset(people[c][1] for c in destroyed))
            assert db.run(lambda c, check=check: _leftovers(c, *check)) == []
            assert _citizens(db) == set(people) - destroyed

    lines = [e for e in db.run(lambda c: audit.events(c)) if e.action.startswith("erase_")]
    assert sorted(e.object_id for e in lines) == sorted(destroyed)  # one line per citizen
    for e in lines:
        kind = people[e.object_id][0]
        assert e.action == ("erase_handover" if kind == "handed" else "erase_retention")
        assert e.object_type == "citizen"
        assert e.count > 0
    assert {people[c][0] for c in set(people) - destroyed} == {"open", "jeugd"}
    assert db.run(lambda c: audit.verify_chain(c)).ok


def _citizens(db: Database) -> set[str]:
    rows = db.run(lambda c: c.execute("SELECT id FROM citizen").fetchall())
    return {r[0] for r in rows}


def _count(db: Database, sql: str) -> int:
    return int(db.run(lambda c: c.execute(sql).fetchone()[0]))


def _rows_of(db: Database, citizen_id: str) -> set[str]:
    """The citizen's own ids and those of their dossiers and intakes."""
    sql = (
        "SELECT d.id, i.id FROM dossier d LEFT JOIN intake i ON i.dossier_id = d.id"
        " WHERE d.citizen_id = ?"
    )
    rows = db.run(lambda c: c.execute(sql, (citizen_id,)).fetchall())
    return {citizen_id} | {r[0] for r in rows} | {r[1] for r in rows if r[1]}


def _open_reviews(
    tasks: TaskService, people: dict[str, tuple[str, str]], gone: set[str]
) -> set[str]:
    return {
        c for c in set(people) - gone
        if any(t.kind == "review_retention" and t.status.value != "done"
               for t in tasks.for_citizen(c))
    }  # fmt: skip
