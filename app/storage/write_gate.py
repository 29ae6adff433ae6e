"""Writes wait until the vault file has passed its integrity check.

Unlock reads only the pages it needs, so a flipped bit elsewhere in ``vault.db`` shows only
when ``PRAGMA cipher_integrity_check`` has checked the HMAC of every page: 0.85 s on the
10,000-citizen vault (189 MB), more than the 0.3 s unlock goal. Unlock therefore does not wait
for it. The check runs on a second, read-only connection on its own thread (WAL lets a reader
work beside the main connection), so the home screen reads at once, and every write waits at
this gate until the check has passed. Until then the main connection is also ``query_only``, a
second net under the gate.

If the check finds damage the gate shuts for good: every write raises
:class:`~app.storage.errors.DamageFoundAfterUnlock`, and ``vault.db``, its ``-wal`` and the key
file keep their bytes (the closing order in :class:`~app.storage.db.Database` keeps SQLite from
checkpointing an old ``-wal`` into the damaged file). The UI then locks.

The check covers the main file only: the write-ahead log has its own frame checksums, and SQLite
ignores a damaged frame and every frame after it.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from app.storage.errors import (
    DamageFoundAfterUnlock,
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseTruncated,
)

Connection = Any  # sqlcipher3.Connection (untyped extension module)

PAGE_SIZE = 4096  # SQLCipher 4's default cipher_page_size; the vault never changes it


class GateState(enum.Enum):
    OPEN = "open"  # writes go through
    HELD = "held"  # the integrity check runs: writes wait
    SHUT = "shut"  # the check found damage: writes are refused for good
    CLOSED = "closed"  # the database closed before the check ended


class WriteGate:
    """The state above, shared by the database thread, the check thread and every writer.

    Writes held back at unlock (the unlock events) wait here in order and go to the database
    queue, through ``enqueue``, before any writer that waited can queue its own work.
    """

    def __init__(self, held: bool) -> None:
        self._cond = threading.Condition()
        self._state = GateState.HELD if held else GateState.OPEN
        self._held_back: list[Callable[[], None]] = []
        self.damage: DatabaseDamaged | None = None
        self.first_error: Exception | None = None  # the held-back writes failed (disk full)
        self.first_done = threading.Event()  # the held-back writes have run
        if not held:
            self.first_done.set()

    @property
    def state(self) -> GateState:
        with self._cond:
            return self._state

    def hold_back(self, fn: Callable[[], None]) -> bool:
        """Keep ``fn`` for when the gate opens; False when it is not held (any more)."""
        with self._cond:
            if self._state is GateState.HELD:
                self._held_back.append(fn)
                return True
            return False

    def take_held_back(self) -> list[Callable[[], None]]:
        with self._cond:
            found, self._held_back = self._held_back, []
            return found

    def open(self, enqueue: Callable[[], None]) -> bool:
        """The check passed: ``enqueue`` the held-back writes, then let writers through."""
        with self._cond:
            if self._state is not GateState.HELD:
                return False
            enqueue()
            self._state = GateState.OPEN
            self._cond.notify_all()
            return True

    def shut(self, damage: DatabaseDamaged) -> bool:
        """Refuse every write from now on (damage found); False when already shut or closed."""
        with self._cond:
            if self._state in (GateState.SHUT, GateState.CLOSED):
                return False
            self._state = GateState.SHUT
            self.damage = damage
            self._held_back = []
            self._cond.notify_all()
        self.first_done.set()
        return True

    def close(self) -> bool:
        """The database closes; True when the check had not ended (waiters are released)."""
        with self._cond:
            if self._state is not GateState.HELD:
                return False
            self._state = GateState.CLOSED
            self._held_back = []
            self._cond.notify_all()
        self.first_done.set()
        return True

    def wait(self) -> None:
        """Block while the check runs; raise when writes are refused."""
        with self._cond:
            self._cond.wait_for(lambda: self._state is not GateState.HELD)
            state = self._state
        if state is GateState.SHUT:
            raise self.damage or DamageFoundAfterUnlock()
        if state is GateState.CLOSED:
            raise RuntimeError("database is closed")

    def verdict(self) -> None:
        """Wait for the check and the held-back writes; raise what went wrong."""
        self.wait()
        self.first_done.wait()
        if self.first_error is not None:
            raise self.first_error


def open_reader(path: Path, key: bytes) -> Connection:
    """A read-only connection for the check; any thread may use (and interrupt) it.

    Read-only connections never checkpoint, so closing it last keeps ``vault.db`` as it is.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        # A first read joins the -wal (the check itself reads the raw file), so that while this
        # connection is open the main one is not the last and never checkpoints on closing.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


def integrity_problems(conn: Connection) -> list[str]:
    """``cipher_integrity_check``: one line per damaged page (page numbers, never content)."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def summary(problems: list[str]) -> str:
    """A short, content-free detail for logs: how many pages and the first line."""
    return f"{len(problems)} problem(s): {problems[0][:80]}" if problems else "ok"


def wal_has_frames(db_path: Path) -> bool:
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False


def size_problem(db_path: Path) -> DatabaseDamaged | None:
    """Empty, or not a whole number of pages: told before any key is derived."""
    size = db_path.stat().st_size
    if size == 0:
        return DatabaseEmpty(detail="0 bytes")
    if size % PAGE_SIZE:
        return DatabaseTruncated(detail="partial page")
    return None


def diagnose(conn: Connection, db_path: Path, detail: str) -> DatabaseDamaged:
    """Why a file that the right key should open does not: cut short, or damaged.

    Runs on the failed connection before it closes (reads the whole file once, so only on this
    failure path). Every page with a valid HMAC while SQLite still finds the file corrupt means
    pages are missing at the end: SQLite refuses a file shorter than its header says.
    """
    found = size_problem(db_path)
    if found is not None:
        return found
    try:
        problems = integrity_problems(conn)
    except sqlcipher3.Error:
        return DatabaseDamaged(detail=detail)
    if any("invalid size" in line for line in problems):
        return DatabaseTruncated(detail=summary(problems))
    if problems or wal_has_frames(db_path):
        return DatabaseDamaged(detail=summary(problems) if problems else detail)
    return DatabaseTruncated(detail="pages missing")
