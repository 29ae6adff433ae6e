"""Note save in the vault against plain sqlite3 on the same schema, size (notes and audit
events) and PRAGMAs, without encryption: one note and one audit row per transaction,
interleaved so both share the noise."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from app.storage.vault import unlock_with_key


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


_NOTE_INSERT = (
    "INSERT INTO note (id, citizen_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
)


class PlainStore:
    """Plain sqlite3 on the same schema (all migrations), same PRAGMAs and size, no encryption."""

    def __init__(self, folder: Path, rows: int) -> None:
        from app.storage.migrate import _statements, available_migrations

        self.conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            "foreign_keys = ON",
        ):
            self.conn.execute(f"PRAGMA {pragma}")
        for migration in available_migrations():
            for statement in _statements(migration.sql):
                self.conn.execute(statement)
        self.now = datetime.now(UTC).isoformat()
        self.conn.execute(
            "INSERT INTO citizen VALUES (?, ?, ?, ?, ?, ?)",
            ("c1", "KT-2024-00001", "Kalo Mine", None, self.now, self.now),
        )
        self.conn.execute("BEGIN")
        self.seq = 0
        for _ in range(rows):
            self.conn.execute(
                _NOTE_INSERT,
                (uuid.uuid4().hex, "c1", "kakaka " * 60, self.now, self.now),
            )
        for _ in range(rows * 11 // 10):  # as in a generated vault: an event per row
            self._audit()
        self.conn.execute("COMMIT")

    def _audit(self) -> None:
        """One audit row after reading the chain's last link, as ``app.storage.audit`` does."""
        last = self.conn.execute(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        self.seq = (last[0] if last else 0) + 1
        self.conn.execute(
            "INSERT INTO audit_event (seq, at, actor, action, prev_hash, hash)"
            " VALUES (?, ?, 'w', 'create', ?, ?)",
            (self.seq, self.now, last[1] if last else "", uuid.uuid4().hex),
        )

    def save_note(self, body: str) -> None:
        """One note and one audit row in one transaction, as the app does."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            _NOTE_INSERT,
            (uuid.uuid4().hex, "c1", body, self.now, self.now),
        )
        self._audit()
        self.conn.execute("COMMIT")


def note_saves(
    folder: Path, key: bytes, rows: int, n: int = 3000
) -> tuple[list[float], list[float]]:
    """Note-save times in the vault and in plain sqlite3, interleaved to share the noise."""
    from app.services.session import Session

    vault = unlock_with_key(folder, key)
    session = Session(vault)
    citizen = session.caseload.search("")[0]
    ours, plain = [], []
    with tempfile.TemporaryDirectory() as tmp:
        store = PlainStore(Path(tmp), rows)
        for i in range(n):
            body = f"benchmark notitie {i} " * 20
            t0 = time.perf_counter()
            session.caseload.add_note(citizen.id, body)
            t1 = time.perf_counter()
            store.save_note(body)
            t2 = time.perf_counter()
            ours.append(t1 - t0)
            plain.append(t2 - t1)
        store.conn.close()
    vault.lock()
    return ours, plain
