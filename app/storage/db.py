"""The SQLCipher connection and the one thread that owns it.

sqlcipher3 connections are bound to the thread that made them, and PRAGMAs such as ``key`` and
``secure_delete`` are per connection. So exactly one :class:`Database` thread opens the
connection, runs every statement, and closes it; the GUI and background tasks hand it work
through a queue and wait for the result. :meth:`Database.close` waits for queued work first,
so a lock never cuts a transaction in half.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from app.storage.errors import DatabaseDamaged, DiskFull, FolderNotWritable, VaultError

logger = logging.getLogger(__name__)

T = TypeVar("T")
Connection = Any  # sqlcipher3.Connection (untyped extension module)

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_error_to_vault_error(exc: Exception) -> VaultError:
    """Map a SQLite error to the worker-facing message (disk full, unwritable, damaged)."""
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o error" in text:
        return DiskFull(detail=type(exc).__name__)
    if "readonly" in text or "unable to open" in text or "read-only" in text:
        return FolderNotWritable(detail=type(exc).__name__)
    return DatabaseDamaged(detail=type(exc).__name__)


def connect(path: Path, key: bytes) -> Connection:
    """Open ``path`` with the raw 256-bit ``key`` and the vault's PRAGMAs.

    Reads the schema once so a wrong key or damaged header fails here, before anything writes.
    Must run on the thread that will own the connection.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlcipher3.DatabaseError("journal mode")
        conn.execute("PRAGMA synchronous = FULL")
    except Exception:
        conn.close()
        raise
    return conn


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


class Database:
    """Owns one SQLCipher connection on a dedicated thread.

    ``run(fn)`` executes ``fn(connection)`` on that thread and returns its result (re-raising
    its exception); ``submit(fn)`` returns a Future. ``transaction(fn)`` wraps ``fn`` in
    ``BEGIN IMMEDIATE … COMMIT`` and rolls back on any error. Never pass widgets to ``fn``.

    Calls made from the database thread itself (a service method running inside another
    transaction) run directly, and a nested ``transaction`` becomes a SAVEPOINT, so a change and
    its audit event commit together.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._queue: queue.Queue[tuple[Callable[[Connection], Any], Future[Any]] | None] = (
            queue.Queue()
        )
        self._closed = False
        self._conn: Connection | None = None
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
            conn.close()

    def _on_db_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def submit(self, fn: Callable[[Connection], T]) -> Future[T]:
        if self._closed:
            raise RuntimeError("database is closed")
        future: Future[T] = Future()
        self._queue.put((fn, future))
        return future

    def run(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn(connection)`` on the database thread and wait for the result."""
        if self._on_db_thread():
            return fn(self._conn)
        return self.submit(fn).result()

    def transaction(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` inside one write transaction; map storage failures to vault errors."""

        def wrapped(conn: Connection) -> T:
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
        except sqlcipher3.OperationalError as exc:
            raise sqlite_error_to_vault_error(exc) from exc

    def close(self) -> None:
        """Finish queued work, then close the connection and end the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()

    @property
    def closed(self) -> bool:
        return self._closed
