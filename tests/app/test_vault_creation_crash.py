"""Issue 10, crash points: a crash while a new vault is created never strands the worker.

``create_vault`` writes ``vault.key`` and then renames the staging database into place. A crash
between the two used to leave a key file without a database ("no vault here" at unlock, "a
vault is already here" at creation). Unlock now finishes the rename when the staging file is the
one the key file was made for, and leaves any other leftover alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.crypto import TEST_KDF
from app.storage import errors, fault_points
from app.storage.vault import VaultPaths, create_vault, unlock
from tests.app.conftest import PASSPHRASE
from tests.support.files import fingerprint


class Crash(BaseException):
    """Stands in for SIGKILL: no ``except Exception`` or cleanup in create_vault catches it."""


@pytest.fixture
def crash_after_key_written() -> Iterator[None]:
    def handler(name: str) -> None:
        if name == "create.key_written":
            raise Crash(name)

    fault_points.install(handler)
    yield
    fault_points.install(None)


def _crashed_create(folder: Path) -> None:
    folder.mkdir()
    with pytest.raises(Crash):
        create_vault(folder, PASSPHRASE, "w-test", TEST_KDF)


def test_a_crash_between_key_file_and_database_is_finished_at_unlock(
    tmp_path: Path, crash_after_key_written: None
) -> None:
    folder = tmp_path / "vault"
    _crashed_create(folder)
    paths = VaultPaths(folder)
    assert paths.key.exists()
    assert not paths.db.exists()  # the stranded state the crash leaves
    fault_points.install(None)
    vault = unlock(folder, PASSPHRASE)
    try:
        assert vault.integrity_check()
        assert vault.actor == "w-test"
    finally:
        vault.lock()
    assert sorted(p.name for p in folder.glob("vault.db.new*")) == []


def test_a_staging_file_of_another_vault_is_left_alone(
    tmp_path: Path, crash_after_key_written: None
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _crashed_create(first)
    _crashed_create(second)
    # swap in the other creation's staging file: its salt does not match this key file
    (first / "vault.db.new").write_bytes((second / "vault.db.new").read_bytes())
    before = fingerprint(first)
    fault_points.install(None)
    with pytest.raises(errors.VaultMissing):
        unlock(first, PASSPHRASE)
    assert fingerprint(first) == before


def test_a_temporary_key_file_left_by_a_crashed_passphrase_change_is_removed_at_unlock(
    locked_vault: Path,
) -> None:
    """A kill between writing the new key file and renaming it leaves ``.vault.key.<pid>.tmp``
    (the data key wrapped under a passphrase that never took effect): the next unlock deletes
    it; a locked vault that is only inspected keeps it."""
    paths = VaultPaths(locked_vault)
    stale = locked_vault / ".vault.key.4242.tmp"
    stale.write_bytes(paths.key.read_bytes())
    unlock(locked_vault, PASSPHRASE, inspect_only=True).lock()
    assert stale.exists()
    unlock(locked_vault, PASSPHRASE).lock()
    assert not stale.exists()
    assert paths.key.exists()
