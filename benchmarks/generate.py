"""Build realistic fictional vaults for the benchmarks: N citizens with about 20 notes each,
tasks, visits, consents, disclosures and an audit event for every row (``generate_sharing``).

Names are generated from invented syllables, so no real person can appear. Rows go in through
the same repositories the app uses, inside large transactions to keep generation quick.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app.crypto import TEST_KDF
from app.domain.agenda import Visit
from app.domain.citizen import Citizen, Note, case_number
from app.domain.tasks import Status, Task
from app.services import session as session_mod
from app.services.session import WorkerIdentity
from app.storage import task_repository as task_repo
from app.storage import visit_repository as visit_repo
from app.storage.db import Connection
from app.storage.repositories import CitizenRepository, NoteRepository
from benchmarks.generate_sharing import audit_events, sharing

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "do", "ga", "ho")
PASSPHRASE = "benchmark passphrase for fictional vaults"
WORKER = WorkerIdentity("w-bench", "Bench Werker", "Wmo-consulent", "Team Bench")


def fictional_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def casework(conn: Connection, citizen_id: str, today: date, rng: random.Random) -> None:
    """A caseload's dated duties: three tasks per citizen (some done, some overdue) and, for
    one citizen in twenty, a visit in the coming week."""
    now = datetime.now(UTC)
    for n in range(3):
        done = rng.random() < 0.5
        task = Task(
            uuid.uuid4().hex, "review_scope", citizen_id, None, None, None,
            today + timedelta(days=rng.randint(-20, 60)), n == 0,
            Status.DONE if done else Status.OPEN, None, "", now if done else None, "", now,
        )  # fmt: skip
        task_repo.insert(conn, task)
    if rng.random() < 0.05:
        day = today + timedelta(days=rng.randint(0, 6))
        visit = Visit(
            uuid.uuid4().hex, day, time(rng.randint(8, 17), 0), "Thuis", "", (citizen_id,)
        )
        visit_repo.insert(conn, visit, now.isoformat(), WORKER.id)


def build(folder: Path, citizens: int, notes_per_citizen: int = 20, seed: int = 7) -> Path:
    """Create a vault in ``folder`` with ``citizens`` fictional citizens; return the folder."""
    rng = random.Random(seed)
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    repo_c = CitizenRepository(session.vault.db)
    repo_n = NoteRepository(session.vault.db)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    today = datetime.now(UTC).astimezone().date()

    def batch(conn: Connection, first: int, last: int) -> None:
        for i in range(first, last):
            at = start + timedelta(minutes=i)
            dob = date(1930, 1, 1) + timedelta(days=rng.randint(0, 30_000))
            citizen = Citizen(
                uuid.uuid4().hex, case_number(2024, i + 1), fictional_name(rng), dob, at, at
            )
            repo_c.insert(conn, citizen)
            events = [("create", "citizen", citizen.id)]
            for j in range(notes_per_citizen):
                body = " ".join(rng.choice(SYLLABLES) * 3 for _ in range(rng.randint(20, 120)))
                note_at = at + timedelta(seconds=j)
                note = Note(uuid.uuid4().hex, citizen.id, body, note_at, note_at)
                repo_n.insert(conn, note)
                events.append(("create", "note", note.id))
            casework(conn, citizen.id, today, rng)
            events += sharing(conn, citizen.id, WORKER.id, at, rng)
            audit_events(conn, WORKER.id, at, events)

    step = 500
    for first in range(0, citizens, step):
        session.vault.db.transaction(lambda c, f=first: batch(c, f, min(f + step, citizens)))
    session.lock()
    return folder
