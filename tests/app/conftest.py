from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.services.session import Session, WorkerIdentity

PASSPHRASE = "paars tractor zingt onder water"
WORKER = WorkerIdentity("w-test", "Testa Werker", "Wmo-consulent", "Team Test")


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_folder: Path) -> Iterator[Session]:
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF)
    yield s
    if not s.locked:
        s.lock()


@pytest.fixture
def locked_vault(vault_folder: Path) -> Path:
    """A vault with one citizen and one note, locked again."""
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF)
    citizen = s.caseload.add_citizen("Jan Voorbeeld", "12-04-1941")
    s.caseload.add_note(citizen.id, "Eerste notitie.")
    s.lock()
    return vault_folder
