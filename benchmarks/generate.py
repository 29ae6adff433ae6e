"""Build realistic fictional vaults for the benchmarks: N citizens with about 20 notes each.

Names are generated from invented syllables, so no real person can appear. Rows go in through
the same repositories the app uses, inside large transactions to keep generation quick.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.crypto import TEST_KDF
from app.domain.citizen import Citizen, Note, case_number
from app.services import session as session_mod
from app.services.session import WorkerIdentity
from app.storage.db import Connection
from app.storage.repositories import CitizenRepository, NoteRepository

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "do", "ga", "ho")
PASSPHRASE = "benchmark passphrase for fictional vaults"
WORKER = WorkerIdentity("w-bench", "Bench Werker", "Wmo-consulent", "Team Bench")


def fictional_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def build(folder: Path, citizens: int, notes_per_citizen: int = 20, seed: int = 7) -> Path:
    """Create a vault in ``folder`` with ``citizens`` fictional citizens; return the folder."""
    rng = random.Random(seed)
    session = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    repo_c = CitizenRepository(session.vault.db)
    repo_n = NoteRepository(session.vault.db)
    start = datetime(2024, 1, 1, tzinfo=UTC)

    def batch(conn: Connection, first: int, last: int) -> None:
        for i in range(first, last):
            at = start + timedelta(minutes=i)
            dob = date(1930, 1, 1) + timedelta(days=rng.randint(0, 30_000))
            citizen = Citizen(
                uuid.uuid4().hex, case_number(2024, i + 1), fictional_name(rng), dob, at, at
            )
            repo_c.insert(conn, citizen)
            for j in range(notes_per_citizen):
                body = " ".join(rng.choice(SYLLABLES) * 3 for _ in range(rng.randint(20, 120)))
                note_at = at + timedelta(seconds=j)
                repo_n.insert(conn, Note(uuid.uuid4().hex, citizen.id, body, note_at, note_at))

    step = 500
    for first in range(0, citizens, step):
        session.vault.db.transaction(lambda c, f=first: batch(c, f, min(f + step, citizens)))
    session.lock()
    return folder
