"""Every unlock failure gets its own message and leaves every file byte-identical."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.storage import errors
from app.storage.vault import VaultPaths, create_vault, unlock, unlock_with_key
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.files import fingerprint


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _messages_are_distinct() -> None:
    classes = [
        errors.WrongPassphrase,
        errors.KeyFileMissing,
        errors.KeyFileDamaged,
        errors.KeyFileMismatch,
        errors.DatabaseDamaged,
        errors.NotAVault,
        errors.SchemaTooNew,
        errors.FolderNotWritable,
        errors.DiskFull,
        errors.VaultExists,
    ]
    texts = {str(cls()) for cls in classes}
    assert len(texts) == len(classes)


def test_each_failure_has_its_own_message() -> None:
    _messages_are_distinct()


def test_r003_14_wrong_passphrase_is_refused_and_files_unchanged(locked_vault: Path) -> None:
    before = fingerprint(locked_vault)
    with pytest.raises(errors.WrongPassphrase):
        unlock(locked_vault, "niet het goede wachtwoord")
    after = fingerprint(locked_vault)
    after.pop("vault.failures")  # the content-free failure counter is the only new file
    assert after == before


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("missing", errors.KeyFileMissing),
        ("truncated", errors.KeyFileDamaged),
        ("bitflip_ciphertext", errors.KeyFileDamaged),
        ("bitflip_json", errors.KeyFileDamaged),
        ("empty", errors.KeyFileDamaged),
    ],
)
def test_damaged_key_file_is_told_apart_from_wrong_passphrase(
    locked_vault: Path, damage: str, expected: type[errors.VaultError]
) -> None:
    key = VaultPaths(locked_vault).key
    data = key.read_bytes()
    if damage == "missing":
        key.unlink()
    elif damage == "truncated":
        key.write_bytes(data[: len(data) // 2])
    elif damage == "bitflip_ciphertext":
        index = data.index(b'"ciphertext": "') + 20
        mutated = bytearray(data)
        mutated[index] = ord("A") if mutated[index] != ord("A") else ord("B")
        key.write_bytes(bytes(mutated))
    elif damage == "bitflip_json":
        _flip(key, 0)
    else:
        key.write_bytes(b"")
    before = fingerprint(locked_vault)
    with pytest.raises(expected):
        unlock(locked_vault, PASSPHRASE)
    assert fingerprint(locked_vault) == before


def test_key_file_of_another_vault_is_a_mismatch(locked_vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    create_vault(other, PASSPHRASE, "w-other", TEST_KDF).lock()
    shutil.copyfile(other / "vault.key", locked_vault / "vault.key")
    before = fingerprint(locked_vault)
    with pytest.raises(errors.KeyFileMismatch):
        unlock(locked_vault, PASSPHRASE)
    assert fingerprint(locked_vault) == before


def test_damaged_database_with_right_passphrase(locked_vault: Path) -> None:
    db = VaultPaths(locked_vault).db
    _flip(db, 200)  # inside page 1, after the 16-byte salt: the page HMAC fails
    before = fingerprint(locked_vault)
    with pytest.raises(errors.DatabaseDamaged):
        unlock(locked_vault, PASSPHRASE)
    assert fingerprint(locked_vault) == before


def test_plain_sqlite_file_is_not_a_vault(locked_vault: Path) -> None:
    db = VaultPaths(locked_vault).db
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = fingerprint(locked_vault)
    with pytest.raises(errors.NotAVault):
        unlock(locked_vault, PASSPHRASE)
    assert fingerprint(locked_vault) == before


def test_missing_database_is_never_replaced_by_a_new_one(locked_vault: Path) -> None:
    VaultPaths(locked_vault).db.unlink()
    before = fingerprint(locked_vault)
    with pytest.raises(errors.VaultMissing):
        unlock(locked_vault, PASSPHRASE)
    with pytest.raises(errors.VaultExists):
        create_vault(locked_vault, PASSPHRASE, "w-new", TEST_KDF)
    assert fingerprint(locked_vault) == before


def test_create_refuses_to_overwrite_an_existing_vault(locked_vault: Path) -> None:
    before = fingerprint(locked_vault)
    with pytest.raises(errors.VaultExists):
        session_mod.create(locked_vault, PASSPHRASE, WORKER, TEST_KDF)
    assert fingerprint(locked_vault) == before


def test_schema_from_a_newer_version_is_refused_untouched(locked_vault: Path) -> None:
    session = session_mod.unlock(locked_vault, PASSPHRASE)
    session.vault.db.run(lambda c: c.execute("PRAGMA user_version = 999"))
    session.vault.db.run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    session.vault.db.close()
    before = fingerprint(locked_vault)
    with pytest.raises(errors.SchemaTooNew):
        unlock(locked_vault, PASSPHRASE)
    after = fingerprint(locked_vault)
    assert {k: v for k, v in after.items() if k != "vault.failures"} == before


def test_unwritable_folder_is_reported(tmp_path: Path) -> None:
    # Root ignores permission bits, so use a path whose parent is a regular file.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(errors.FolderNotWritable):
        create_vault(blocker / "vault", PASSPHRASE, "w", TEST_KDF)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(errors.FolderNotWritable):
            create_vault(folder, PASSPHRASE, "w", TEST_KDF)
    finally:
        folder.chmod(0o700)


def test_raw_key_of_another_vault_is_a_damaged_database_not_a_new_vault(
    locked_vault: Path,
) -> None:
    before = fingerprint(locked_vault)
    with pytest.raises(errors.DatabaseDamaged):
        unlock_with_key(locked_vault, os.urandom(32))
    assert fingerprint(locked_vault) == before
