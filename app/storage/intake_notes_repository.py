"""SQL for an intake's notes, their earlier versions and the citizen's own views.

Functions take the connection (they run inside the caller's transaction on the database
thread). Rules live in ``app/domain/notes.py``; this module only stores and reads.
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.intake import Compartment, NoteKind
from app.domain.notes import IntakeNote, NoteSource, NoteVersion
from app.storage.db import Connection

_COLUMNS = (
    "n.id, n.intake_id, n.citizen_id, n.domain, n.kind, n.compartment, n.source, n.on_date,"
    " n.role, n.refers_to, n.special, n.body, n.created_at, n.updated_at, n.worker_id"
)


def _note(row: tuple[object, ...]) -> IntakeNote:
    return IntakeNote(
        id=str(row[0]),
        intake_id=str(row[1]),
        citizen_id=str(row[2]),
        domain=None if row[3] is None else str(row[3]),
        kind=NoteKind(str(row[4])),
        compartment=Compartment(str(row[5])),
        source=NoteSource(str(row[6])),
        on=date.fromisoformat(str(row[7])),
        role=str(row[8] or ""),
        refers_to=None if row[9] is None else str(row[9]),
        special=bool(row[10]),
        body=str(row[11]),
        created_at=datetime.fromisoformat(str(row[12])),
        updated_at=datetime.fromisoformat(str(row[13])),
        worker_id=str(row[14]),
    )


def insert_note(conn: Connection, note: IntakeNote) -> None:
    conn.execute(
        "INSERT INTO note (id, intake_id, citizen_id, domain, kind, compartment, source,"
        " on_date, role, refers_to, special, body, created_at, updated_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            note.id,
            note.intake_id,
            note.citizen_id,
            note.domain,
            note.kind.value,
            note.compartment.value,
            note.source.value,
            note.on.isoformat(),
            note.role or None,
            note.refers_to,
            int(note.special),
            note.body,
            note.created_at.isoformat(),
            note.updated_at.isoformat(),
            note.worker_id,
        ),
    )


def get_note(conn: Connection, note_id: str) -> IntakeNote | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM note n WHERE n.id = ? AND n.intake_id IS NOT NULL",  # noqa: S608
        (note_id,),
    ).fetchone()
    return _note(row) if row else None


def notes(conn: Connection, intake_id: str) -> list[IntakeNote]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM note n WHERE n.intake_id = ?"  # noqa: S608
        " ORDER BY n.created_at, n.id",
        (intake_id,),
    ).fetchall()
    return [_note(r) for r in rows]


def correct_note(
    conn: Connection, old: IntakeNote, body: str, kind: NoteKind, at: datetime, worker_id: str
) -> None:
    """Keep the old wording as a version, then store the new one."""
    keep_version(conn, old.id, old.body, old.kind.value, at, worker_id)
    conn.execute(
        "UPDATE note SET body = ?, kind = ?, updated_at = ? WHERE id = ?",
        (body, kind.value, at.isoformat(), old.id),
    )


def keep_version(
    conn: Connection, note_id: str, body: str, kind: str, at: datetime, worker_id: str
) -> None:
    """Store an earlier wording as the note's next version: what stood there, until when, and
    who replaced it (a correction never erases what was written before)."""
    version = conn.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM note_version WHERE note_id = ?", (note_id,)
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO note_version (note_id, version, body, kind, replaced_at, worker_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (note_id, version, body, kind, at.isoformat(), worker_id),
    )


def rewrite_note(conn: Connection, note_id: str, body: str, at: datetime, worker_id: str) -> bool:
    """A note edited from the citizen's file keeps its earlier wording as a version, as a
    correction in a conversation does; an unchanged text stores nothing. False: no such note."""
    row = conn.execute("SELECT body, kind FROM note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        return False
    if row[0] != body:
        keep_version(conn, note_id, row[0], row[1], at, worker_id)
        conn.execute(
            "UPDATE note SET body = ?, updated_at = ? WHERE id = ?",
            (body, at.isoformat(), note_id),
        )
    return True


def versions(conn: Connection, note_id: str) -> list[NoteVersion]:
    rows = conn.execute(
        "SELECT note_id, version, body, kind, replaced_at, worker_id FROM note_version"
        " WHERE note_id = ? ORDER BY version",
        (note_id,),
    ).fetchall()
    return [
        NoteVersion(r[0], int(r[1]), r[2], NoteKind(r[3]), datetime.fromisoformat(r[4]), r[5])
        for r in rows
    ]


def referring_notes(conn: Connection, note_id: str) -> int:
    return int(
        conn.execute("SELECT count(*) FROM note WHERE refers_to = ?", (note_id,)).fetchone()[0]
    )


def delete_note(conn: Connection, note_id: str) -> int:
    """Delete a note physically; interpretations resting on it lose the reference first."""
    conn.execute("UPDATE note SET refers_to = NULL WHERE refers_to = ?", (note_id,))
    conn.execute(
        "DELETE FROM citizen_view WHERE object_type = 'note' AND object_id = ?", (note_id,)
    )
    return int(conn.execute("DELETE FROM note WHERE id = ?", (note_id,)).rowcount)


def expired_personal_notes(conn: Connection, before: datetime) -> list[str]:
    rows = conn.execute(
        "SELECT id FROM note WHERE compartment = 'persoonlijk' AND created_at < ?",
        (before.isoformat(),),
    ).fetchall()
    return [r[0] for r in rows]


# -- the citizen's own view ------------------------------------------------------------------
def set_citizen_view(
    conn: Connection, intake_id: str, object_type: str, object_id: str, text: str, at: datetime
) -> None:
    conn.execute(
        "INSERT INTO citizen_view (intake_id, object_type, object_id, text, recorded_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (intake_id, object_type, object_id)"
        " DO UPDATE SET text = excluded.text, recorded_at = excluded.recorded_at",
        (intake_id, object_type, object_id, text, at.isoformat()),
    )


def citizen_views(conn: Connection, intake_id: str) -> dict[tuple[str, str], str]:
    rows = conn.execute(
        "SELECT object_type, object_id, text FROM citizen_view WHERE intake_id = ?",
        (intake_id,),
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def delete_citizen_view(conn: Connection, intake_id: str, object_type: str, object_id: str) -> None:
    conn.execute(
        "DELETE FROM citizen_view WHERE intake_id = ? AND object_type = ? AND object_id = ?",
        (intake_id, object_type, object_id),
    )
