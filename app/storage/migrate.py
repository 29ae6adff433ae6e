"""Numbered SQL migrations, applied in order and recorded in ``PRAGMA user_version``.

Each ``NNNN_name.sql`` runs in one transaction together with the version bump, so a crash
leaves the old schema or the new one. Before migrating an existing vault the encrypted file is
copied aside; the copy is deleted once the migration is verified, so it cannot keep data that
is later erased. A vault whose version is newer than the code is refused, untouched.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from app.storage import fault_points
from app.storage.atomic import fsync_dir
from app.storage.db import Connection
from app.storage.errors import MigrationFailed, SchemaTooNew

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """Every migration shipped with the code, in version order, without gaps."""
    folder = resources.files("app.storage").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering gap at {migration.name}")
    return found


def latest_version() -> int:
    return len(available_migrations())


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.pre-migration-v{version}.bak")


def migrate(
    conn: Connection,
    db_path: Path,
    migrations: list[Migration] | None = None,
    hook: Callable[[str], None] | None = None,
) -> int:
    """Bring the open database to the newest schema; return the number of steps applied.

    ``hook`` is called at named points (for crash tests); it must not touch the database.
    The same points reach :mod:`app.storage.fault_points` as ``migrate.<name>``.
    """

    def point(name: str) -> None:
        if hook:
            hook(name)
        fault_points.reach(f"migrate.{name}")

    migrations = available_migrations() if migrations is None else migrations
    current = schema_version(conn)
    newest = migrations[-1].version if migrations else 0
    if current > newest:
        raise SchemaTooNew(detail=f"{current}>{newest}")
    pending = [m for m in migrations if m.version > current]
    if not pending:
        _remove_stale_backups(db_path)
        return 0
    backup = None
    if current > 0:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backup = backup_path(db_path, current)
        shutil.copyfile(db_path, backup)
        fsync_dir(db_path.parent)
        point("after_backup")
    for migration in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(migration.sql):
                conn.execute(statement)
            point(f"inside_{migration.version:04d}")
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            logger.error("migration %s failed: %s", migration.name, type(exc).__name__)
            raise MigrationFailed(detail=migration.name) from exc
        logger.info("migration %s applied", migration.name)
    _verify(conn, newest)
    point("before_backup_removal")
    if backup is not None:
        with contextlib.suppress(FileNotFoundError):
            backup.unlink()
        # A crash between two steps of an earlier run left that run's backup behind too.
        _remove_stale_backups(db_path)
        fsync_dir(db_path.parent)
    return len(pending)


def _remove_stale_backups(db_path: Path) -> None:
    """Delete backups a crash left behind after a migration that did commit."""
    for stale in db_path.parent.glob(f"{db_path.name}.pre-migration-v*.bak"):
        stale.unlink()
        logger.info("stale migration backup removed")


def _verify(conn: Connection, expected: int) -> None:
    if schema_version(conn) != expected:
        raise MigrationFailed(detail="version")
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise MigrationFailed(detail="quick_check")
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise MigrationFailed(detail="foreign_key_check")


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements (triggers keep their inner semicolons)."""
    import sqlite3  # only for complete_statement(); the connection is sqlcipher3

    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
