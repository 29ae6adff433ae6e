"""Physical deletion: a citizen's rows go, and the freed pages are overwritten and compacted.

Deleted must mean gone from the file (R-000-39, R-002-26). Three things make that true:

* ``PRAGMA secure_delete = ON`` (set on every connection, ``app.storage.db``) overwrites the
  content of a deleted row in the page where it lived;
* any FTS5 index gets ``secure-delete`` so its segments drop the old terms as well;
* :func:`compact` checkpoints the write-ahead log into the database and truncates it (and checks
  that the ``-wal`` file is then empty), runs ``VACUUM`` so freed pages and free-list leftovers
  are rebuilt away, and checkpoints again; it also deletes any migration backup a crash left
  beside the database (a full copy of the file from before the deletion).

``tests/app/test_physical_deletion.py`` proves it page by page (``docs/physical-deletion.md``).

A citizen's rows hang off ``citizen`` with ``ON DELETE CASCADE`` (dossier, intake and all intake
content, tasks, consents, disclosures, meetings, signals, bundles sent); :func:`erase_citizen`
removes the few rows that are keyed by the citizen without a foreign key (drafts, bundle
imports) and then the citizen row. The audit log keeps one content-free line (the id, the
action and a row count), written by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.storage import fault_points
from app.storage.atomic import fsync_dir
from app.storage.db import Connection

# Rows keyed by the citizen but without a foreign key to ``citizen``.
_LOOSE_ROWS = (
    "DELETE FROM draft WHERE view_key IN (?, ?)",
    "DELETE FROM bundle_import WHERE citizen_id = ?",
)


@dataclass(frozen=True)
class CompactReport:
    """What :func:`compact` found: the ``-wal`` file's size after the final checkpoint."""

    wal_bytes: int
    pages_before: int
    pages_after: int
    backups_removed: int = 0

    @property
    def wal_empty(self) -> bool:
        return self.wal_bytes == 0


def fts5_tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
    ).fetchall()
    return [str(r[0]) for r in rows]


def enable_fts5_secure_delete(conn: Connection) -> None:
    """FTS5 keeps deleted terms in its segments until merged unless ``secure-delete`` is on."""
    for table in fts5_tables(conn):
        conn.execute(
            f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 1)"  # noqa: S608
        )


def erase_citizen(conn: Connection, citizen_id: str) -> int:
    """Delete one citizen and everything hanging off them; return the number of rows deleted.

    Runs inside the caller's transaction. Raises ``LookupError`` when the citizen is unknown.
    """
    if conn.execute("SELECT 1 FROM citizen WHERE id = ?", (citizen_id,)).fetchone() is None:
        raise LookupError(citizen_id)
    enable_fts5_secure_delete(conn)
    before = conn.total_changes
    conn.execute(_LOOSE_ROWS[0], (f"citizen:{citizen_id}", f"intake:{citizen_id}"))
    conn.execute(_LOOSE_ROWS[1], (citizen_id,))
    conn.execute("DELETE FROM citizen WHERE id = ?", (citizen_id,))
    fault_points.reach("erase.rows_deleted")
    return int(conn.total_changes - before)


def remove_backups(db_path: Path) -> int:
    """Delete migration backups (``vault.db.pre-migration-v*.bak``) beside the database.

    A backup is a full copy of the file from before a migration: it still holds whatever was
    erased since. The migration deletes its own backup once verified; one left behind by a crash
    must not outlive an erasure. Returns the number of files removed.
    """
    removed = 0
    for stale in db_path.parent.glob(f"{db_path.name}.pre-migration-v*.bak"):
        stale.unlink(missing_ok=True)
        removed += 1
    if removed:
        fsync_dir(db_path.parent)
    return removed


def wal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def compact(conn: Connection, db_path: Path, vacuum: bool = True) -> CompactReport:
    """Checkpoint, VACUUM and checkpoint again; report the ``-wal`` size (0 when it worked).

    ``vacuum=False`` only checkpoints: with ``secure_delete`` on, that already overwrites the
    deleted rows in the file (the deletion proof passes without VACUUM), and it takes
    milliseconds instead of seconds on a large vault, so the housekeeping after every unlock
    uses it; an erasure of whole dossiers vacuums as well.
    Must run outside a transaction on the connection's own thread (``Database.run``).
    """
    if conn.in_transaction:
        raise RuntimeError("compact needs to run outside a transaction")
    fault_points.reach("compact.start")
    pages_before = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if vacuum:
        conn.execute("VACUUM")
        fault_points.reach("compact.vacuumed")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    pages_after = int(conn.execute("PRAGMA page_count").fetchone()[0])
    wal = wal_path(db_path)
    size = wal.stat().st_size if wal.exists() else 0
    if busy:
        size = max(size, 1)  # a reader held the log: not proven empty
    fault_points.reach("compact.before_backup_removal")
    return CompactReport(size, pages_before, pages_after, remove_backups(db_path))
