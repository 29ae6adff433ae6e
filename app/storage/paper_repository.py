"""SQL for ``paper_issue``: which paper, version and language reached a citizen, and how."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import Citizen
from app.storage.db import Connection
from app.storage.repositories import citizen_in

_COLUMNS = (
    "id, number, document, version, language, large_print, citizen_id, intake_id, subject_id,"
    " delivery, preprinted_number, posted_on, recorded_at, printed_at, worker_id"
)


@dataclass(frozen=True)
class PaperIssue:
    id: str
    number: str
    document: str
    version: str
    language: str
    large_print: bool
    citizen_id: str | None
    intake_id: str | None
    subject_id: str
    delivery: str  # geprint | opgeslagen | voorgedrukt | wachtrij | per_post
    preprinted_number: str
    posted_on: date | None
    recorded_at: datetime
    printed_at: datetime | None
    worker_id: str


def add(conn: Connection, issue: PaperIssue) -> None:
    conn.execute(
        f"INSERT INTO paper_issue ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",  # noqa: S608
        (
            issue.id,
            issue.number,
            issue.document,
            issue.version,
            issue.language,
            int(issue.large_print),
            issue.citizen_id,
            issue.intake_id,
            issue.subject_id,
            issue.delivery,
            issue.preprinted_number,
            issue.posted_on.isoformat() if issue.posted_on else None,
            issue.recorded_at.isoformat(),
            issue.printed_at.isoformat() if issue.printed_at else None,
            issue.worker_id,
        ),
    )


def for_citizen(conn: Connection, citizen_id: str) -> list[PaperIssue]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM paper_issue WHERE citizen_id = ?"  # noqa: S608
        " ORDER BY recorded_at, number",
        (citizen_id,),
    ).fetchall()
    return [_row(r) for r in rows]


def for_intake(conn: Connection, intake_id: str) -> list[PaperIssue]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM paper_issue WHERE intake_id = ?"  # noqa: S608
        " ORDER BY recorded_at, number",
        (intake_id,),
    ).fetchall()
    return [_row(r) for r in rows]


def queued(conn: Connection) -> list[PaperIssue]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM paper_issue"  # noqa: S608
        " WHERE delivery = 'wachtrij' AND printed_at IS NULL"
        " ORDER BY recorded_at, number"
    ).fetchall()
    return [_row(r) for r in rows]


def get(conn: Connection, issue_id: str) -> PaperIssue | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM paper_issue WHERE id = ?",  # noqa: S608
        (issue_id,),
    ).fetchone()
    return _row(row) if row else None


def mark_printed(conn: Connection, issue_id: str, at: datetime) -> bool:
    cur = conn.execute(
        "UPDATE paper_issue SET printed_at = ? WHERE id = ? AND delivery = 'wachtrij'"
        " AND printed_at IS NULL",
        (at.isoformat(), issue_id),
    )
    return bool(cur.rowcount == 1)


def _row(r: tuple[object, ...]) -> PaperIssue:
    return PaperIssue(
        id=str(r[0]),
        number=str(r[1]),
        document=str(r[2]),
        version=str(r[3]),
        language=str(r[4]),
        large_print=bool(r[5]),
        citizen_id=str(r[6]) if r[6] is not None else None,
        intake_id=str(r[7]) if r[7] is not None else None,
        subject_id=str(r[8]),
        delivery=str(r[9]),
        preprinted_number=str(r[10]),
        posted_on=date.fromisoformat(str(r[11])) if r[11] else None,
        recorded_at=datetime.fromisoformat(str(r[12])),
        printed_at=datetime.fromisoformat(str(r[13])) if r[13] else None,
        worker_id=str(r[14]),
    )


def citizen_of_intake(conn: Connection, intake_id: str) -> Citizen | None:
    row = conn.execute(
        "SELECT d.citizen_id FROM intake i JOIN dossier d ON d.id = i.dossier_id WHERE i.id = ?",
        (intake_id,),
    ).fetchone()
    return citizen_in(conn, row[0]) if row else None


def role_of_citizen(conn: Connection, citizen_id: str) -> str | None:
    """The role of the citizen's newest dossier (the controller of a paper about them all)."""
    row = conn.execute(
        "SELECT role FROM dossier WHERE citizen_id = ? ORDER BY created_at DESC, id LIMIT 1",
        (citizen_id,),
    ).fetchone()
    return str(row[0]) if row else None
