"""Drafts: what the worker is typing, kept encrypted so a lock or crash never loses a word.

The UI saves a draft at most two seconds after the last keystroke and on lock, keyed by the
view and the field (ids only, never a name); after unlock it restores text and cursor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.storage.db import Database


@dataclass(frozen=True)
class Draft:
    view_key: str
    field_key: str
    text: str
    cursor: int
    updated_at: datetime


class DraftService:
    def __init__(
        self, db: Database, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._db = db
        self._now = now

    def save(self, view_key: str, field_key: str, text: str, cursor: int) -> None:
        """Store or replace the draft; an empty text removes it."""
        if not text:
            self.discard(view_key, field_key)
            return
        at = self._now().isoformat()
        self._db.transaction(
            lambda c: c.execute(
                "INSERT INTO draft (view_key, field_key, text, cursor, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (view_key, field_key) DO UPDATE SET"
                " text = excluded.text, cursor = excluded.cursor, updated_at = excluded.updated_at",
                (view_key, field_key, text, max(0, min(cursor, len(text))), at),
            )
        )

    def all(self) -> list[Draft]:
        rows = self._db.run(
            lambda c: c.execute(
                "SELECT view_key, field_key, text, cursor, updated_at FROM draft"
                " ORDER BY updated_at DESC"
            ).fetchall()
        )
        return [Draft(r[0], r[1], r[2], int(r[3]), datetime.fromisoformat(r[4])) for r in rows]

    def get(self, view_key: str, field_key: str) -> Draft | None:
        for draft in self.all():
            if draft.view_key == view_key and draft.field_key == field_key:
                return draft
        return None

    def discard(self, view_key: str, field_key: str) -> None:
        self._db.transaction(
            lambda c: c.execute(
                "DELETE FROM draft WHERE view_key = ? AND field_key = ?", (view_key, field_key)
            )
        )
