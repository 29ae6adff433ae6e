"""The hash-chained, append-only audit log.

Each event holds ids and actions only (never content) and the SHA-256 of the previous event,
so removing, changing or reordering any event breaks the chain from that point on.
``verify_chain`` names the first broken link. The database refuses UPDATE and DELETE on the
table (triggers in migration 0001); the chain catches edits made around SQLite.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.storage.db import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    count: int
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_broken_seq: int | None = None
    reason: str = ""


def event_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    count: int,
) -> str:
    canonical = json.dumps(
        [prev_hash, seq, at, actor, action, object_type, object_id, count],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    actor: str,
    action: str,
    object_type: str = "",
    object_id: str = "",
    count: int = 1,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AuditEvent:
    """Append one event inside the caller's transaction (or autocommit)."""
    row = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = now().astimezone(UTC).isoformat(timespec="seconds")
    digest = event_hash(prev, seq, at, actor, action, object_type, object_id, count)
    conn.execute(
        "INSERT INTO audit_event (seq, at, actor, action, object_type, object_id, count,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, object_type, object_id, count, prev, digest),
    )
    return AuditEvent(seq, at, actor, action, object_type, object_id, count, prev, digest)


def events(conn: Connection, limit: int | None = None) -> list[AuditEvent]:
    sql = (
        "SELECT seq, at, actor, action, object_type, object_id, count, prev_hash, hash"
        " FROM audit_event ORDER BY seq"
    )
    rows = conn.execute(sql + (f" DESC LIMIT {int(limit)}" if limit else "")).fetchall()
    return [AuditEvent(*row) for row in rows]


def head(conn: Connection) -> str:
    row = conn.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def verify_chain(conn: Connection) -> ChainReport:
    """Walk the chain from the start; report the first event whose link or hash is wrong."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    cursor = conn.execute(
        "SELECT seq, at, actor, action, object_type, object_id, count, prev_hash, hash"
        " FROM audit_event ORDER BY seq"
    )
    for row in cursor:
        event = AuditEvent(*row)
        count += 1
        if event.seq != expected_seq:
            return ChainReport(False, count, expected_seq, "missing event")
        if event.prev_hash != prev:
            return ChainReport(False, count, event.seq, "previous hash does not match")
        digest = event_hash(
            event.prev_hash,
            event.seq,
            event.at,
            event.actor,
            event.action,
            event.object_type,
            event.object_id,
            event.count,
        )
        if digest != event.hash:
            return ChainReport(False, count, event.seq, "event was changed")
        prev = event.hash
        expected_seq += 1
    return ChainReport(True, count)
