"""The vault: encrypted at rest, no plaintext key on disk, re-keying, recovery, migrations."""

from __future__ import annotations

import base64
from pathlib import Path

import pyrage
import pytest

from app import crypto
from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.storage import audit, errors, keyfile, migrate
from app.storage.vault import (
    VaultPaths,
    change_passphrase,
    create_vault,
    unlock,
    unlock_with_recovery,
)
from tests.app.conftest import PASSPHRASE, WORKER
from tests.support.files import SENTINEL, fingerprint, scan


def _data_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    kf = keyfile.read(folder / "vault.key")
    kek = crypto.derive_key(passphrase, kf.kdf_salt, kf.kdf)
    return crypto.unwrap_key(kf.nonce, kf.ciphertext, kek, kf.aad())


def test_r003_14_r000_42_database_encrypted_and_no_plaintext_key_on_disk(
    vault_folder: Path,
) -> None:
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF)
    c = s.caseload.add_citizen(SENTINEL)
    s.caseload.add_note(c.id, f"{SENTINEL} vertelt over de trap.")
    s.lock()
    db = (vault_folder / "vault.db").read_bytes()
    assert not db.startswith(b"SQLite format 3")
    key = _data_key(vault_folder)
    for path in vault_folder.iterdir():
        data = path.read_bytes()
        assert key not in data
        assert key.hex().encode() not in data
        assert base64.b64encode(key) not in data
        assert PASSPHRASE.encode() not in data
    assert scan([vault_folder]) == []


def test_r002_21_scanner_positive_control(tmp_path: Path) -> None:
    (tmp_path / "leak.txt").write_text(f"hier staat {SENTINEL}", encoding="utf-16-le")
    assert scan([tmp_path]) == [tmp_path / "leak.txt"]


def test_round_trip_keeps_notes(vault_folder: Path) -> None:
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF)
    c = s.caseload.add_citizen("Jan Voorbeeld", "12-04-1941")
    note = s.caseload.add_note(c.id, "Eerste notitie.")
    s.lock()
    s = session_mod.unlock(vault_folder, PASSPHRASE)
    citizen, notes = s.caseload.open_citizen(c.id)
    assert citizen.name == "Jan Voorbeeld"
    assert [n.id for n in notes] == [note.id]
    s.lock()


def test_pragmas_on_the_connection(session: session_mod.Session) -> None:
    def read(conn: object) -> tuple[str, int, int, int]:
        c = conn  # type: ignore[assignment]
        return (
            c.execute("PRAGMA journal_mode").fetchone()[0],  # type: ignore[attr-defined]
            c.execute("PRAGMA synchronous").fetchone()[0],  # type: ignore[attr-defined]
            c.execute("PRAGMA secure_delete").fetchone()[0],  # type: ignore[attr-defined]
            c.execute("PRAGMA foreign_keys").fetchone()[0],  # type: ignore[attr-defined]
        )

    assert session.vault.db.run(read) == ("wal", 2, 1, 1)  # synchronous 2 = FULL


def test_change_passphrase_rewraps_only(locked_vault: Path) -> None:
    db_before = fingerprint(locked_vault)["vault.db"]
    change_passphrase(locked_vault, PASSPHRASE, "nieuwe lange zin voor de kluis", TEST_KDF)
    assert fingerprint(locked_vault)["vault.db"] == db_before
    with pytest.raises(errors.WrongPassphrase):
        unlock(locked_vault, PASSPHRASE)
    unlock(locked_vault, "nieuwe lange zin voor de kluis").lock()


def test_change_passphrase_with_wrong_old_passphrase_changes_nothing(locked_vault: Path) -> None:
    before = fingerprint(locked_vault)
    with pytest.raises(errors.WrongPassphrase):
        change_passphrase(locked_vault, "fout", "nieuwe lange zin voor de kluis", TEST_KDF)
    assert fingerprint(locked_vault) == before


def test_r001_18_recovery_needs_a_reason_is_logged_and_shown_to_the_owner(
    vault_folder: Path,
) -> None:
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    s = session_mod.create(vault_folder, PASSPHRASE, WORKER, TEST_KDF, recipient)
    s.lock()
    with pytest.raises(errors.WrongPassphrase):
        unlock_with_recovery(vault_folder, str(pyrage.x25519.Identity.generate()), "test")
    with pytest.raises(ValueError, match="reason"):
        unlock_with_recovery(vault_folder, str(identity), "  ")
    vault = unlock_with_recovery(vault_folder, str(identity), "Werker langdurig ziek")
    vault.lock()
    s = session_mod.unlock(vault_folder, PASSPHRASE)
    notice = s.take_recovery_notice()
    assert notice is not None
    assert notice.reason == "Werker langdurig ziek"
    assert s.take_recovery_notice() is None  # shown once
    actions = [e.action for e in s.vault.db.run(audit.events)]
    assert "recovery_unlock" in actions
    s.lock()


def test_failed_unlocks_are_counted_and_logged_at_next_unlock(locked_vault: Path) -> None:
    for _ in range(3):
        with pytest.raises(errors.WrongPassphrase):
            unlock(locked_vault, "fout wachtwoord")
    s = session_mod.unlock(locked_vault, PASSPHRASE)
    assert s.failed_attempts == 3
    s.vault.db.wait_writable()  # the unlock events wait for the integrity check (issue 10)
    events = s.vault.db.run(audit.events)
    failed = [e for e in events if e.action == "unlock_failed"]
    assert failed[-1].count == 3
    assert not (locked_vault / "vault.failures").exists()
    s.lock()


def test_migration_backup_is_removed_after_verification(tmp_path: Path) -> None:
    shipped = migrate.available_migrations()
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, "w", TEST_KDF).lock()
    extra = migrate.Migration(len(shipped) + 1, "9999_extra.sql", "CREATE TABLE extra (x TEXT);")
    seen: list[bool] = []
    db_path = VaultPaths(folder).db

    def hook(point: str) -> None:
        if point == "after_backup":
            seen.append(migrate.backup_path(db_path, len(shipped)).exists())

    vault = unlock(folder, PASSPHRASE)
    vault.db.wait_writable()  # writes wait for the integrity check after unlock (issue 10)
    vault.db.run(lambda c: migrate.migrate(c, db_path, [*shipped, extra], hook))
    assert seen == [True]
    assert not list(folder.glob("*.bak"))
    assert vault.db.run(migrate.schema_version) == len(shipped) + 1
    vault.lock()


def test_crash_inside_a_migration_leaves_the_old_schema(tmp_path: Path) -> None:
    shipped = migrate.available_migrations()
    folder = tmp_path / "vault"
    create_vault(folder, PASSPHRASE, "w", TEST_KDF).lock()
    extra = migrate.Migration(len(shipped) + 1, "9999_extra.sql", "CREATE TABLE extra (x TEXT);")
    db_path = VaultPaths(folder).db

    def hook(point: str) -> None:
        if point.startswith("inside_"):
            raise RuntimeError("simulated crash")

    vault = unlock(folder, PASSPHRASE)
    vault.db.wait_writable()  # else the write fails on query_only, not at the hook (issue 10)
    with pytest.raises(errors.MigrationFailed):
        vault.db.run(lambda c: migrate.migrate(c, db_path, [*shipped, extra], hook))
    assert vault.db.run(migrate.schema_version) == len(shipped)
    tables = vault.db.run(
        lambda c: [r[0] for r in c.execute("SELECT name FROM sqlite_master").fetchall()]
    )
    assert "extra" not in tables
    vault.lock()


def test_shipped_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in migrate.available_migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_real_kdf_calibration_meets_the_floor() -> None:
    params = crypto.calibrate(target_seconds=0.5, max_seconds=1.0)
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 1


def test_r000_43_r003_14_each_worker_vault_opens_only_with_its_own_passphrase(
    tmp_path: Path,
) -> None:
    a = session_mod.create(tmp_path / "a", PASSPHRASE, WORKER, TEST_KDF)
    a.caseload.add_citizen("Burger van A")
    a.lock()
    other = session_mod.WorkerIdentity("w-b", "Werker B", "Wmo-consulent", "Team Test")
    b = session_mod.create(tmp_path / "b", "een heel andere lange zin", other, TEST_KDF)
    b.caseload.add_citizen("Burger van B")
    b.lock()
    with pytest.raises(errors.WrongPassphrase):
        unlock(tmp_path / "b", PASSPHRASE)
    a = session_mod.unlock(tmp_path / "a", PASSPHRASE)
    assert [c.name for c in a.caseload.search("")] == ["Burger van A"]
    assert a.trail.actor == "w-test"
    a.lock()


def test_session_change_passphrase_is_checked_and_audited(session: session_mod.Session) -> None:
    from app.domain.citizen import ValidationError

    with pytest.raises(ValidationError):
        session.change_passphrase(PASSPHRASE, "kort", TEST_KDF)
    with pytest.raises(errors.WrongPassphrase):
        session.change_passphrase("fout", "nieuwe lange zin voor de kluis", TEST_KDF)
    session.change_passphrase(PASSPHRASE, "nieuwe lange zin voor de kluis", TEST_KDF)
    assert session.vault.db.run(audit.events)[-1].action == "passphrase_changed"
    folder = session.vault.paths.folder
    session.lock()
    session_mod.unlock(folder, "nieuwe lange zin voor de kluis").lock()
