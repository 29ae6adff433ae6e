"""Crashes lose no committed note; a full disk loses nothing already saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import crypto
from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.storage import keyfile
from app.storage.vault import unlock_with_key
from tests.app.conftest import PASSPHRASE, WORKER

ROOT = Path(__file__).resolve().parents[2]
CRASH_ROUNDS = 25  # `make soak` (issue 10) runs 200+


def _data_key(folder: Path) -> bytes:
    kf = keyfile.read(folder / "vault.key")
    kek = crypto.derive_key(PASSPHRASE, kf.kdf_salt, kf.kdf)
    return crypto.unwrap_key(kf.nonce, kf.ciphertext, kek, kf.aad())


@pytest.fixture
def vault_with_citizen(tmp_path: Path) -> tuple[Path, bytes]:
    folder = tmp_path / "vault"
    s = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF)
    s.caseload.add_citizen("Jan Voorbeeld")
    s.lock()
    return folder, _data_key(folder)


def _writer(folder: Path, key: bytes, seed: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer", str(folder), key.hex(), str(seed), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_r000_42_sigkill_loses_no_committed_note(vault_with_citizen: tuple[Path, bytes]) -> None:
    folder, key = vault_with_citizen
    rng = random.Random(20261123)
    printed: set[str] = set()
    for round_no in range(CRASH_ROUNDS):
        proc = _writer(folder, key, round_no)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        printed.update(line for line in out.split() if len(line) == 32)
        vault = unlock_with_key(folder, key)
        try:
            assert vault.integrity_check()
            assert vault.db.run(lambda c: c.execute("PRAGMA quick_check").fetchone()[0]) == "ok"
            stored = {
                r[0] for r in vault.db.run(lambda c: c.execute("SELECT id FROM note").fetchall())
            }
        finally:
            vault.lock()
        missing = printed - stored
        assert not missing, f"round {round_no}: {len(missing)} committed notes lost"
    assert printed, "the writer never committed a note: the test proved nothing"


def test_disk_full_is_reported_and_keeps_saved_notes(
    vault_with_citizen: tuple[Path, bytes],
) -> None:
    folder, key = vault_with_citizen
    limit = (folder / "vault.db").stat().st_size + 256 * 1024
    proc = _writer(folder, key, 1, str(limit))
    out, err = proc.communicate(timeout=120)
    lines = out.split("\n")
    assert "diskfull disk_full" in lines, err[-2000:]
    saved = {line for line in lines if len(line) == 32}
    assert saved
    vault = unlock_with_key(folder, key)
    try:
        assert vault.integrity_check()
        stored = {r[0] for r in vault.db.run(lambda c: c.execute("SELECT id FROM note").fetchall())}
    finally:
        vault.lock()
    assert saved <= stored
