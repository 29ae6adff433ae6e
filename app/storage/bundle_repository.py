"""SQL for bundles (migration 0015): the vault's identities, the export and import logs, pinned
sender keys, and the table-driven copy of one citizen's rows for a hand-over.

The copy is driven by :data:`OVERDRACHT` and :data:`VERVANGING`: for each table, which rows
belong to the citizen. Personal notes, drafts, audit rows, settings and other citizens' rows
are in neither list, so they can never travel; an import writes only tables its kind lists and
only columns the table has. Functions take the connection (the caller's transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.storage.db import Connection

INTAKES = "SELECT i.id FROM intake i JOIN dossier d ON d.id = i.dossier_id WHERE d.citizen_id = :c"
_BY_INTAKE = f"intake_id IN ({INTAKES})"
_NOTES = (
    "citizen_id = :c AND compartment IN ('dossier', 'werkdossier', 'vertrouwelijk')"
    f" AND (intake_id IS NULL OR intake_id IN ({INTAKES}))"
)
# What travels with an agreement-only substitution: agreements (notes of kind afspraak).
_AGREEMENTS = (
    "citizen_id = :c AND compartment = 'dossier' AND kind = 'afspraak'"
    f" AND (intake_id IS NULL OR intake_id IN ({INTAKES}))"
)
_CONSENTS = "consent_id IN (SELECT id FROM consent_record WHERE citizen_id = :c)"
_OPEN_TASKS = "citizen_id = :c AND status <> 'done'"

# (table, rows of the citizen :c), parents before children. Never: persoonlijk notes, drafts,
# audit_event, settings, household links (another member's data, R-003-17).
OVERDRACHT: tuple[tuple[str, str], ...] = (
    ("citizen", "id = :c"),
    ("dossier", "citizen_id = :c"),
    ("intake", "dossier_id IN (SELECT id FROM dossier WHERE citizen_id = :c)"),
    ("information_handover", _BY_INTAKE),
    ("help_request", _BY_INTAKE),
    ("domain_decision", _BY_INTAKE),
    ("zrm_score", _BY_INTAKE),
    ("limitation", _BY_INTAKE),
    ("network_person", _BY_INTAKE),
    ("medical_advice", _BY_INTAKE),
    ("medical_document", _BY_INTAKE),
    ("medical_request", _BY_INTAKE),
    ("onderzoek_item", _BY_INTAKE),
    ("identity_check", _BY_INTAKE),
    ("first_contact_extra", _BY_INTAKE),
    ("intake_present", _BY_INTAKE),
    ("process_event", _BY_INTAKE),
    ("triage_moment", _BY_INTAKE),
    ("triage", _BY_INTAKE),
    ("meldcode_signal", _BY_INTAKE),
    ("other_registration", _BY_INTAKE),
    ("consent_request", _BY_INTAKE),
    ("citizen_view", _BY_INTAKE),
    ("note", _NOTES),
    ("note_version", f"note_id IN (SELECT id FROM note WHERE {_NOTES})"),  # noqa: S608
    ("representative", "citizen_id = :c"),
    ("incapacity", "citizen_id = :c"),
    ("refusal", "citizen_id = :c"),
    ("escalation", "citizen_id = :c"),
    ("third_party_request", "citizen_id = :c"),
    ("consent_record", "citizen_id = :c"),
    ("consent_event", _CONSENTS),
    ("disclosure", "citizen_id = :c"),
    ("task", _OPEN_TASKS),
)
# The named vaste vervanger gets open tasks, agreements, consents and contact data only.
VERVANGING: tuple[tuple[str, str], ...] = (
    ("citizen", "id = :c"),
    ("dossier", "citizen_id = :c"),
    ("intake", "dossier_id IN (SELECT id FROM dossier WHERE citizen_id = :c)"),
    ("help_request", _BY_INTAKE),
    ("network_person", _BY_INTAKE),
    ("note", _AGREEMENTS),
    ("representative", "citizen_id = :c"),
    ("consent_record", "citizen_id = :c"),
    ("consent_event", _CONSENTS),
    ("task", _OPEN_TASKS),
)
TABLES = {"overdracht": OVERDRACHT, "vervanging": VERVANGING}


@dataclass(frozen=True)
class TableRows:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


# -- identities --------------------------------------------------------------------------------
def identity(conn: Connection, kind: str) -> tuple[str, str, str | None, str | None] | None:
    """(age secret, age public, sign secret hex, sign public hex) of ``kind`` or None."""
    row = conn.execute(
        "SELECT age_secret, age_public, sign_secret, sign_public FROM vault_identity"
        " WHERE kind = ?",
        (kind,),
    ).fetchone()
    return (row[0], row[1], row[2], row[3]) if row else None


def put_identity(
    conn: Connection,
    kind: str,
    age_secret: str,
    age_public: str,
    sign_secret: str | None,
    sign_public: str | None,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO vault_identity (kind, age_secret, age_public, sign_secret,"
        " sign_public, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, age_secret, age_public, sign_secret, sign_public, at.isoformat()),
    )


def vault_meta(conn: Connection) -> tuple[str, str]:
    """(vault id, owner worker id) from the meta table."""
    rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    return str(rows.get("vault_id", "")), str(rows.get("worker_id", ""))


def pinned_key(conn: Connection, vault_id: str) -> str | None:
    row = conn.execute(
        "SELECT sign_public FROM bundle_sender_key WHERE vault_id = ?", (vault_id,)
    ).fetchone()
    return str(row[0]) if row else None


def pin_key(conn: Connection, vault_id: str, sign_public: str, at: datetime) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO bundle_sender_key (vault_id, sign_public, first_seen)"
        " VALUES (?, ?, ?)",
        (vault_id, sign_public, at.isoformat()),
    )


# -- logs --------------------------------------------------------------------------------------
def insert_export(conn: Connection, values: dict[str, Any]) -> None:
    cols = (
        "id", "citizen_id", "kind", "scope", "recipient_kind", "recipient_id", "items", "rows",
        "valid_until", "disclosure_id", "sha256", "created_at", "worker_id",
    )  # fmt: skip
    conn.execute(
        f"INSERT INTO bundle_export ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
        tuple(values[c] for c in cols),
    )


def exports_for(conn: Connection, citizen_id: str) -> list[tuple[str, str, str, str]]:
    """(id, kind, recipient id, created_at) of the citizen's exports, newest first."""
    rows = conn.execute(
        "SELECT id, kind, recipient_id, created_at FROM bundle_export WHERE citizen_id = ?"
        " ORDER BY created_at DESC",
        (citizen_id,),
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def import_known(conn: Connection, bundle_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM bundle_import WHERE bundle_id = ?", (bundle_id,))
    return row.fetchone() is not None


def insert_import(
    conn: Connection,
    bundle_id: str,
    kind: str,
    citizen_id: str,
    sender: tuple[str, str],
    rows: int,
    valid_until: date | None,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO bundle_import (bundle_id, kind, citizen_id, sender_worker_id,"
        " sender_vault_id, rows, valid_until, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bundle_id, kind, citizen_id, sender[0], sender[1], rows,
            valid_until.isoformat() if valid_until else None, at.isoformat(),
        ),
    )  # fmt: skip


def expired_substitutions(conn: Connection, today: date) -> list[tuple[str, str]]:
    """(bundle id, citizen id) of substitutions whose end date lies before ``today``."""
    rows = conn.execute(
        "SELECT bundle_id, citizen_id FROM bundle_import WHERE kind = 'vervanging'"
        " AND purged_at IS NULL AND valid_until < ?",
        (today.isoformat(),),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def purge_substitution(conn: Connection, bundle_id: str, citizen_id: str, at: datetime) -> int:
    """Delete the substituted citizen (everything cascades); mark the import purged."""
    gone = conn.execute("DELETE FROM citizen WHERE id = ?", (citizen_id,)).rowcount
    conn.execute(
        "UPDATE bundle_import SET purged_at = ? WHERE bundle_id = ?", (at.isoformat(), bundle_id)
    )
    return int(gone)


# -- the row copy ------------------------------------------------------------------------------
def columns_of(conn: Connection, table: str) -> tuple[list[str], set[str]]:
    """Stored (not generated) columns of ``table`` and those that are NOT NULL."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [r[1] for r in info], {r[1] for r in info if r[3] and not r[5]}


def rows_of_citizen(conn: Connection, kind: str, citizen_id: str) -> list[TableRows]:
    """The citizen's rows for a hand-over of ``kind``; references to rows that do not travel
    are set to NULL, or the row stays behind when the reference is required."""
    found: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for table, where in TABLES[kind]:
        cols, _ = columns_of(conn, table)
        if not cols:  # a table this schema does not have
            continue
        quoted = ", ".join(f'"{c}"' for c in cols)
        sql = f'SELECT {quoted} FROM "{table}" WHERE {where}'  # noqa: S608
        rows = conn.execute(sql, {"c": citizen_id}).fetchall()
        found[table] = (cols, [list(r) for r in rows])
    _cut_dangling(conn, found)
    return [
        TableRows(t, tuple(cols), tuple(tuple(r) for r in rows))
        for t, (cols, rows) in found.items()
    ]


def _cut_dangling(conn: Connection, found: dict[str, tuple[list[str], list[list[Any]]]]) -> None:
    changed = True
    while changed:
        changed = False
        for table, (cols, rows) in found.items():
            _, required = columns_of(conn, table)
            for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
                target, source, target_col = fk[2], fk[3], fk[4] or "id"
                if source not in cols:
                    continue
                present = _values(found, target, target_col)
                at = cols.index(source)
                keep: list[list[Any]] = []
                for row in rows:
                    if row[at] is None or row[at] in present:
                        keep.append(row)
                    elif source in required:
                        changed = True  # the parent stays behind, so does the row
                    else:
                        row[at] = None
                        keep.append(row)
                rows[:] = keep


def _values(found: dict[str, tuple[list[str], list[list[Any]]]], table: str, col: str) -> set[Any]:
    if table not in found or col not in found[table][0]:
        return set()
    at = found[table][0].index(col)
    return {r[at] for r in found[table][1]}


def insert_rows(conn: Connection, kind: str, tables: Sequence[TableRows]) -> int:
    """Insert rows of a hand-over of ``kind``: only listed tables, only known columns, in the
    list's order. Raises ``ValueError`` for anything else (the caller rolls back)."""
    allowed = [t for t, _ in TABLES[kind]]
    by_name = {t.table: t for t in tables}
    if set(by_name) - set(allowed):
        raise ValueError("table")
    count = 0
    for table in allowed:
        part = by_name.get(table)
        if part is None or not part.rows:
            continue
        cols, _ = columns_of(conn, table)
        if not set(part.columns) <= set(cols):
            raise ValueError("column")
        quoted = ", ".join(f'"{c}"' for c in part.columns)
        marks = ", ".join("?" * len(part.columns))
        for row in part.rows:
            if len(row) != len(part.columns):
                raise ValueError("row")
            conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', tuple(row))  # noqa: S608
            count += 1
    return count


def citizen_exists(conn: Connection, citizen_id: str, case_number: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM citizen WHERE id = ? OR case_number = ?", (citizen_id, case_number)
    ).fetchone()
    return row is not None


def dossier_rows(conn: Connection, citizen_id: str) -> list[tuple[Any, ...]]:
    """(id, law, role, controller, basis_art6, basis_art9, created_at) of each dossier."""
    rows = conn.execute(
        "SELECT id, law, role, controller, basis_art6, basis_art9, created_at FROM dossier"
        " WHERE citizen_id = ? ORDER BY created_at",
        (citizen_id,),
    ).fetchall()
    return [tuple(r) for r in rows]


def mark_handed_over(conn: Connection, citizen_id: str, at: datetime) -> int:
    sql = "UPDATE intake SET status = 'overgedragen', closed_at = coalesce(closed_at, :at)"
    cursor = conn.execute(
        f"{sql} WHERE id IN ({INTAKES})",
        {"c": citizen_id, "at": at.isoformat()},
    )
    return int(cursor.rowcount)
