"""Repositories: SQL in, dataclasses out. Each runs its statements on the database thread."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from app.domain.citizen import Citizen, Note
from app.storage.db import Connection, Database


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _citizen(row: tuple[Any, ...]) -> Citizen:
    dob = date.fromisoformat(row[3]) if row[3] else None
    return Citizen(row[0], row[1], row[2], dob, _dt(row[4]), _dt(row[5]))


def _note(row: tuple[Any, ...]) -> Note:
    return Note(row[0], row[1], row[2], _dt(row[3]), _dt(row[4]))


_CITIZEN_COLUMNS = "id, case_number, name, date_of_birth, created_at, updated_at"


def citizen_in(conn: Connection, citizen_id: str) -> Citizen | None:
    """One citizen, read inside the caller's transaction."""
    row = conn.execute(
        f"SELECT {_CITIZEN_COLUMNS} FROM citizen WHERE id = ?",  # noqa: S608
        (citizen_id,),
    ).fetchone()
    return _citizen(row) if row else None


class SettingsRepository:
    """Typed key/value settings stored as JSON inside the encrypted database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.run(
            lambda c: c.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        )
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        payload = json.dumps(value, ensure_ascii=False)
        self._db.transaction(
            lambda c: c.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, payload),
            )
        )

    def delete(self, key: str) -> None:
        self._db.transaction(lambda c: c.execute("DELETE FROM settings WHERE key = ?", (key,)))


class CitizenRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def next_sequence(self, conn: Connection, year: int) -> int:
        row = conn.execute(
            "SELECT count(*) FROM citizen WHERE case_number LIKE ?", (f"KT-{year:04d}-%",)
        ).fetchone()
        return int(row[0]) + 1

    def insert(self, conn: Connection, citizen: Citizen) -> None:
        conn.execute(
            f"INSERT INTO citizen ({_CITIZEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                citizen.id,
                citizen.case_number,
                citizen.name,
                citizen.date_of_birth.isoformat() if citizen.date_of_birth else None,
                citizen.created_at.isoformat(),
                citizen.updated_at.isoformat(),
            ),
        )

    def get(self, citizen_id: str) -> Citizen | None:
        return self._db.run(lambda c: citizen_in(c, citizen_id))

    def search(self, text: str, limit: int = 200, born: str = "") -> list[Citizen]:
        """Match name (any part), case number or date of birth (ISO ``born``)."""
        pattern = f"%{text.strip()}%"
        rows = self._db.run(
            lambda c: c.execute(
                f"SELECT {_CITIZEN_COLUMNS} FROM citizen"  # noqa: S608
                " WHERE name LIKE ? OR case_number LIKE ? OR date_of_birth = ?"
                " ORDER BY name COLLATE NOCASE LIMIT ?",
                (pattern, pattern, born or text.strip(), limit),
            ).fetchall()
        )
        return [_citizen(r) for r in rows]

    def count(self) -> int:
        return int(self._db.run(lambda c: c.execute("SELECT count(*) FROM citizen").fetchone()[0]))


class NoteRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, conn: Connection, note: Note) -> None:
        conn.execute(
            "INSERT INTO note (id, citizen_id, body, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                note.id,
                note.citizen_id,
                note.body,
                note.created_at.isoformat(),
                note.updated_at.isoformat(),
            ),
        )

    def delete(self, conn: Connection, note_id: str) -> int:
        return int(conn.execute("DELETE FROM note WHERE id = ?", (note_id,)).rowcount)

    def for_citizen(self, citizen_id: str) -> list[Note]:
        rows = self._db.run(
            lambda c: c.execute(
                "SELECT id, citizen_id, body, created_at, updated_at FROM note"
                " WHERE citizen_id = ? ORDER BY created_at, id",
                (citizen_id,),
            ).fetchall()
        )
        return [_note(r) for r in rows]

    def ids(self) -> set[str]:
        return {r[0] for r in self._db.run(lambda c: c.execute("SELECT id FROM note").fetchall())}
