"""R-002-21 / R-001-21: client data stays inside the encrypted database.

After a scripted use of the app, the sentinel name appears in no file of the vault folder, the
temp folder or the log folder, before and after a lock. The positive control writes the
sentinel on purpose and must be found, so the scanner cannot pass by seeing nothing.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

from app import log as app_log
from app.crypto import TEST_KDF
from app.services import session as session_mod
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.files import SENTINEL, scan


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    logs = tmp_path / "logs"
    app_log.configure(logs, logging.DEBUG)
    yield {"vault": tmp_path / "vault", "temp": temp, "logs": logs}
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def test_r002_21_positive_control_finds_a_planted_sentinel(folders: dict[str, Path]) -> None:
    (folders["temp"] / "planted.txt").write_text(SENTINEL)
    logging.getLogger("test").warning("planted %s", "x" + SENTINEL)
    hits = scan(list(folders.values()))
    assert folders["temp"] / "planted.txt" in hits
    assert any(h.parent == folders["logs"] for h in hits)


def test_r002_21_r001_21_no_sentinel_outside_the_database(folders: dict[str, Path]) -> None:
    s = session_mod.create(folders["vault"], PASSPHRASE, WORKER, TEST_KDF)
    citizen = s.caseload.add_citizen(SENTINEL, "01-01-1950")
    note = s.caseload.add_note(citizen.id, f"{SENTINEL} vertelt over de trap en de buren.")
    s.caseload.edit_note(note.id, f"{SENTINEL} vertelt over de trap.")
    s.drafts.save(f"citizen:{citizen.id}", "note", f"Nog over {SENTINEL}", 3)
    s.caseload.search("Zzyzx")
    s.vault.db.run(lambda c: c.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
    assert scan(list(folders.values())) == []  # before the lock, WAL included
    s.lock()
    assert scan(list(folders.values())) == []
    s = session_mod.unlock(folders["vault"], PASSPHRASE)
    assert s.caseload.search("Zzyzx")[0].name == SENTINEL  # it really was stored
    s.lock()
    assert scan(list(folders.values())) == []


def test_log_filter_redacts_what_looks_like_personal_data(folders: dict[str, Path]) -> None:
    logging.getLogger("test").info("bsn %s", "123456782")
    logging.getLogger("test").info("mail %s", "iemand@example.org")
    text = (folders["logs"] / "keukentafel.log").read_text("utf-8")
    assert "123456782" not in text
    assert "example.org" not in text
    assert text.count("[redacted") == 2


def test_r002_24_diagnostics_hold_no_client_data(
    folders: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main as cli_main

    s = session_mod.create(folders["vault"], PASSPHRASE, WORKER, TEST_KDF)
    s.caseload.add_citizen(SENTINEL)
    s.lock()
    assert cli_main(["selftest"]) == 0
    out = capsys.readouterr()
    assert "SQLCipher" in out.out
    assert SENTINEL not in out.out + out.err
    assert scan([folders["logs"], folders["temp"]]) == []
