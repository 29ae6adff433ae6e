"""The SQLCipher connection and the one thread that owns it.

sqlcipher3 connections are bound to the thread that made them, and PRAGMAs such as ``key`` and
``secure_delete`` are per connection. So exactly one :class:`Database` thread opens the
connection, runs every statement, and closes it; the GUI and background tasks hand it work
through a queue and wait for the result. :meth:`Database.close` waits for queued work first,
so a lock never cuts a transaction in half.

A vault opened by unlock holds its writes back until the integrity check has read the whole file
(``app.storage.write_gate``); reads go on meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from app.domain.citizen import ValidationError
from app.i18n import translate
from app.storage.errors import (
    DamageFoundAfterUnlock,
    DatabaseDamaged,
    DiskFull,
    FolderNotWritable,
    VaultError,
)
from app.storage.write_gate import (
    GateState,
    WriteGate,
    diagnose,
    integrity_problems,
    open_reader,
    summary,
    wal_has_frames,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
Connection = Any  # sqlcipher3.Connection (untyped extension module)

SQLITE_HEADER = b"SQLite format 3\x00"


_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_READ", "SQLITE_IOERR_SHORT_READ")
_NOT_WRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")


def is_damage(exc: Exception) -> bool:
    """SQLite found the file itself bad (a page fails its HMAC, the tree is broken)."""
    return str(getattr(exc, "sqlite_errorname", "") or "").startswith(_DAMAGE)


def sqlite_error_to_vault_error(exc: Exception) -> VaultError:
    """Map a SQLite error to the worker-facing message (disk full, unwritable, damaged).

    Uses SQLite's extended error name where the driver gives one (a failed write, e.g. past
    ``RLIMIT_FSIZE`` or on a full disk, is an ``SQLITE_IOERR_*`` or ``SQLITE_FULL``; a read
    error is damage), else the message text.
    """
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    detail = name or type(exc).__name__
    if name.startswith(_DAMAGE):
        return DatabaseDamaged(detail=detail)
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")):
        return DiskFull(detail=detail)
    if name.startswith(_NOT_WRITABLE):
        return FolderNotWritable(detail=detail)
    if "disk is full" in text or "disk i/o error" in text:
        return DiskFull(detail=detail)
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return FolderNotWritable(detail=detail)
    return DatabaseDamaged(detail=detail)


def unstorable_text() -> ValidationError:
    """SQLite stores text as UTF-8, and a lone surrogate (half of a broken character, possible
    in pasted text, a file or a script, never typed) has no UTF-8 form: the statement fails
    before anything is written. Every form refuses it the same way, as bad input."""
    return ValidationError(
        "text",
        translate(
            "Validation",
            "The text holds a broken character (from copying and pasting) that cannot be "
            "stored. Type that part again.",
        ),
    )


def connect(path: Path, key: bytes) -> Connection:
    """Open ``path`` with the raw 256-bit ``key`` and the vault's PRAGMAs.

    Reads the schema once so a wrong key or damaged header fails here, before anything writes.
    Must run on the thread that will own the connection. A failure raises the worker-facing
    :class:`VaultError` (damage told apart from truncation by ``write_gate.diagnose``) and
    removes the empty ``-wal``/``-shm`` this attempt created, so the folder is as it was.
    """
    sidecars = _sidecars(path)
    had_sidecars = [s.exists() for s in sidecars]
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise DatabaseDamaged(detail="journal mode")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.Error as exc:
        error = sqlite_error_to_vault_error(exc)
        if is_damage(exc):
            error = diagnose(conn, path, error.detail or "")
        conn.close()
        _remove_new_sidecars(sidecars, had_sidecars)
        raise error from exc
    except Exception:
        conn.close()
        raise
    return conn


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _remove_new_sidecars(sidecars: tuple[Path, Path], existed: list[bool]) -> None:
    """After a failed open: drop a ``-wal``/``-shm`` pair this attempt created, if the log is
    empty (SQLite leaves them when the shared-memory file could not be sized, e.g. disk full)."""
    wal, shm = sidecars
    if any(existed) or not wal.exists() or wal.stat().st_size:
        return
    for created in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            created.unlink()


def _savepoint(conn: Connection, fn: Callable[[Connection], T]) -> T:
    conn.execute("SAVEPOINT nested")
    try:
        result = fn(conn)
    except BaseException:
        conn.execute("ROLLBACK TO nested")
        conn.execute("RELEASE nested")
        raise
    conn.execute("RELEASE nested")
    return result


class _HeldWrite(Exception):
    """A write outside ``transaction()`` met ``query_only`` while the check ran."""


class Database:
    """Owns one SQLCipher connection on a dedicated thread.

    ``run(fn)`` executes ``fn(connection)`` on that thread and returns its result (re-raising
    its exception); ``submit(fn)`` returns a Future. ``transaction(fn)`` wraps ``fn`` in
    ``BEGIN IMMEDIATE … COMMIT`` and rolls back on any error. Never pass widgets to ``fn``.

    Calls made from the database thread itself (a service method running inside another
    transaction) run directly, and a nested ``transaction`` becomes a SAVEPOINT, so a change and
    its audit event commit together.

    With ``hold_writes`` (unlock) the connection starts ``query_only`` and a read-only second
    connection is opened for the integrity check; :meth:`after_check` keeps writes for when it
    has passed and :meth:`start_check` starts it. Until then :meth:`transaction` waits; after a
    failed check it raises :class:`~app.storage.errors.DamageFoundAfterUnlock` for good.
    """

    def __init__(self, path: Path, key: bytes, hold_writes: bool = False) -> None:
        self.path = path
        self._queue: queue.Queue[tuple[Callable[[Connection], Any], Future[Any]] | None] = (
            queue.Queue()
        )
        self._closed = False
        self._submit_lock = threading.Lock()
        self._conn: Connection | None = None
        self.gate = WriteGate(held=hold_writes)
        self.checks_before_writes = hold_writes
        self._query_only = hold_writes  # read and changed on the database thread only
        self._reader: Connection | None = None  # the check's connection, closed last or first
        self._reader_lock = threading.Lock()
        self._checker: threading.Thread | None = None
        ready: Future[None] = Future()
        self._thread = threading.Thread(
            target=self._main, args=(bytes(key), ready), name="keukentafel-db", daemon=True
        )
        self._thread.start()
        ready.result()  # re-raises a failure to open

    def _main(self, key: bytes, ready: Future[None]) -> None:
        try:
            conn = connect(self.path, key)
        except Exception as exc:
            ready.set_exception(exc)
            return
        if self._query_only:
            try:
                conn.execute("PRAGMA query_only = ON")
            except sqlcipher3.Error as exc:
                conn.close()
                ready.set_exception(sqlite_error_to_vault_error(exc))
                return
            with contextlib.suppress(sqlcipher3.Error):  # no reader: checked in line
                self._reader = open_reader(self.path, key)
        del key
        self._conn = conn
        ready.set_result(None)
        try:
            while True:
                item = self._queue.get()
                if item is None:
                    break
                fn, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(conn))
                except BaseException as exc:  # handed to the caller's thread
                    future.set_exception(exc)
        finally:
            self._conn = None
            self._close_connections(conn)

    def _close_connections(self, conn: Connection) -> None:
        """Close the main connection and the check's reader, in the order that keeps the files.

        SQLite checkpoints the ``-wal`` into the database when the last connection closes. When
        this session changed nothing (a refused unlock, a failed check, ``inspect_only``) but an
        older ``-wal`` holds frames, the read-only reader closes last: a read-only connection
        never checkpoints, so ``vault.db`` and its ``-wal`` keep their bytes (the ``-shm`` index,
        no data, stays beside them). Otherwise the main connection closes last and tidies up.
        """
        if self._checker is not None:
            self._checker.join()
        with self._reader_lock:
            reader, self._reader = self._reader, None
        if reader is not None and conn.total_changes == 0 and wal_has_frames(self.path):
            conn.close()
            reader.close()
            return
        if reader is not None:
            reader.close()
        conn.close()

    def _on_db_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def submit(self, fn: Callable[[Connection], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._submit_lock:
            if self._closed:
                raise RuntimeError("database is closed")
            self._queue.put((fn, future))
        return future

    def run(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn(connection)`` on the database thread and wait for the result.

        A write made here (not through :meth:`transaction`) while the integrity check after
        unlock runs fails on ``query_only`` before it changes anything; it then waits for the
        check like a transaction does and runs again, so the outcome never depends on timing.
        """
        if self._on_db_thread():
            return fn(self._conn)
        try:
            try:
                return self.submit(lambda conn: self._guarded(fn, conn)).result()
            except _HeldWrite:
                self.gate.wait()
                return self.submit(fn).result()
        except UnicodeEncodeError as exc:
            raise unstorable_text() from exc

    def _guarded(self, fn: Callable[[Connection], T], conn: Connection) -> T:
        held = self._query_only
        try:
            return fn(conn)
        except sqlcipher3.OperationalError as exc:
            if held and getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY":
                raise _HeldWrite from exc
            raise

    def transaction(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` inside one write transaction; map storage failures to vault errors.

        Waits while the integrity check after unlock runs; raises ``DamageFoundAfterUnlock``
        once it has failed. A file found damaged during a write shuts the gate as well.
        """
        if self._on_db_thread() and self.gate.state is GateState.HELD and self._checker is None:
            # The check has not started (or runs in line): waiting here would never end.
            raise RuntimeError("write before the integrity check has started")
        self.gate.wait()  # on the database thread too: the check needs only its own thread

        def wrapped(conn: Connection) -> T:
            self._allow_writes(conn)
            if conn.in_transaction:
                return _savepoint(conn, fn)
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return result

        try:
            return self.run(wrapped)
        except sqlcipher3.DatabaseError as exc:
            if type(exc) not in (sqlcipher3.OperationalError, sqlcipher3.DatabaseError):
                raise  # IntegrityError and the like: the caller's to handle
            error = sqlite_error_to_vault_error(exc)
            if is_damage(exc) and isinstance(error, DatabaseDamaged):
                self.gate.shut(error)
            raise error from exc

    def _allow_writes(self, conn: Connection) -> None:
        if self._query_only:
            conn.execute("PRAGMA query_only = OFF")
            self._query_only = False

    # -- the integrity check that holds writes back (``app.storage.write_gate``) ------------
    def after_check(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the database thread as the first write once the check has passed.

        Call before :meth:`start_check`. ``fn`` is dropped when the check fails; its own error
        (a full disk) is logged and raised by :meth:`wait_writable`.
        """
        if not self.gate.hold_back(fn) and self.gate.state is GateState.OPEN:
            self.run(lambda _conn: fn())

    def start_check(self) -> None:
        """Start the integrity check on its own thread (in line when no reader could open)."""
        if self.gate.state is not GateState.HELD or self._checker is not None:
            return
        if self._reader is None:
            self._verdict(self.run(integrity_problems))
            return
        self._checker = threading.Thread(
            target=self._check, name="keukentafel-db-check", daemon=True
        )
        self._checker.start()

    def _check(self) -> None:
        reader = self._reader
        try:
            problems = integrity_problems(reader)
        except sqlcipher3.Error as exc:  # interrupted by close(), or the reader failed
            problems = [f"check failed: {getattr(exc, 'sqlite_errorname', type(exc).__name__)}"]
        self._verdict(problems)

    def _verdict(self, problems: list[str]) -> None:
        if problems:
            if self.gate.shut(DamageFoundAfterUnlock(detail=summary(problems))):
                logger.error("integrity check found damage: %s", summary(problems))
            return
        self.gate.open(self._queue_held_back)

    def _queue_held_back(self) -> None:
        """Called under the gate's lock: the held-back writes go first in the queue."""
        held_back = self.gate.take_held_back()

        def first(conn: Connection) -> None:
            try:  # whatever fails here, first_done is set: wait_writable never hangs
                self._allow_writes(conn)
                for fn in held_back:
                    fn()
            except Exception as exc:
                logger.error("writes held back at unlock failed: %s", type(exc).__name__)
                self.gate.first_error = exc
            finally:
                self.gate.first_done.set()

        self._queue.put((first, Future()))

    def wait_writable(self) -> None:
        """Block until the check has passed and the held-back writes are done.

        Raises ``DamageFoundAfterUnlock`` when the check found damage, the held-back writes'
        error (``DiskFull``), or ``RuntimeError`` when the database closed first.
        """
        self.gate.verdict()

    def close(self) -> None:
        """Finish queued work, then close the connection and end the thread.

        A check still running is interrupted (or, where SQLite cannot stop it, waited for).
        """
        with self._submit_lock:
            if self._closed:
                return
            self._closed = True
            if self.gate.close():
                with self._reader_lock:
                    if self._reader is not None:
                        self._reader.interrupt()
            self._queue.put(None)
        self._thread.join()

    @property
    def closed(self) -> bool:
        return self._closed
