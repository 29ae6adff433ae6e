"""Create, unlock, lock and re-key a vault: ``vault.db`` (SQLCipher 4) plus ``vault.key``.

Every failure raises a :class:`~app.storage.errors.VaultError` with its own message and leaves
the database, its ``-wal`` and the key file byte-identical. A new vault is never created over
an existing one. The passphrase only unwraps the data key; changing it rewrites the key file.

Unlock returns before the whole file is checked: writes (the unlock events first) wait until
``cipher_integrity_check`` has passed (``app.storage.write_gate``), so a damaged page that unlock
did not read never gets written around.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from app import crypto
from app.storage import audit, fault_points, keyfile
from app.storage.atomic import probe_writable
from app.storage.db import SQLITE_HEADER, Database, is_damage, sqlite_error_to_vault_error
from app.storage.errors import (
    DamageFoundAfterUnlock,
    DatabaseDamaged,
    DatabaseTruncated,
    KeyFileDamaged,
    KeyFileMismatch,
    KeyFileMissing,
    NotAVault,
    SchemaTooNew,
    TooManyAttempts,
    VaultError,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from app.storage.failed_unlocks import FailedUnlockCounter
from app.storage.migrate import latest_version, migrate, schema_version
from app.storage.vault_paths import VaultPaths
from app.storage.vault_staging import (
    finish_interrupted_create,
    remove_staging,
    remove_stale_key_copies,
    staging_path,
)
from app.storage.write_gate import diagnose, size_problem

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class OpenVault:
    """An unlocked vault. The data key lives only inside the database thread's connection."""

    def __init__(self, paths: VaultPaths, db: Database, vault_id: str, now: Clock) -> None:
        self.paths = paths
        self.db = db
        self.vault_id = vault_id
        self.now = now
        self.failed_attempts_since_last_unlock = 0

    @property
    def actor(self) -> str:
        def read(conn: sqlcipher3.Connection) -> str:
            row = conn.execute("SELECT value FROM meta WHERE key = 'worker_id'").fetchone()
            return str(row[0]) if row else "unknown"

        return self.db.run(read)

    def audit(
        self, action: str, object_type: str = "", object_id: str = "", count: int = 1
    ) -> None:
        actor = self.actor
        self.db.transaction(
            lambda c: audit.append(c, actor, action, object_type, object_id, count, self.now)
        )

    def integrity_check(self) -> bool:
        """Whether every page passes ``cipher_integrity_check`` (call off the GUI thread).

        For a vault opened by unlock this is the verdict of the check that holds writes back:
        it waits for it, and raises the error of the held-back unlock events (``DiskFull``).
        """
        if self.db.checks_before_writes:
            try:
                self.db.wait_writable()
            except DamageFoundAfterUnlock:
                return False
            return True
        rows = self.db.run(lambda c: c.execute("PRAGMA cipher_integrity_check").fetchall())
        return not rows

    @property
    def damaged(self) -> bool:
        """The check after unlock (or a write) found the file damaged: writes are refused."""
        return self.db.gate.damage is not None

    def lock(self) -> None:
        """Write the lock event, finish queued work, close the connection and drop the key."""
        if self.db.closed:
            return
        with contextlib.suppress(VaultError):
            self.audit("lock")
        self.db.close()

    @property
    def locked(self) -> bool:
        return self.db.closed


def create_vault(
    folder: Path,
    passphrase: str,
    worker_id: str,
    kdf: crypto.KdfParams,
    recovery_recipient: str | None = None,
    now: Clock = _utcnow,
) -> OpenVault:
    """Create a new vault in ``folder`` and return it unlocked.

    Refuses when a vault (or a part of one) is already there.
    """
    paths = VaultPaths(folder)
    probe_writable(folder)
    if paths.exists():
        raise VaultExists
    data_key = crypto.new_data_key()
    vault_id = uuid.uuid4().hex
    staging = staging_path(paths)
    remove_staging(staging)
    try:
        db = Database(staging, data_key)
        try:
            db.run(lambda c: migrate(c, staging))

            def init(conn: sqlcipher3.Connection) -> None:
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                conn.execute("INSERT INTO meta (key, value) VALUES ('worker_id', ?)", (worker_id,))
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                    (now().isoformat(timespec="seconds"),),
                )
                audit.append(conn, worker_id, "vault_created", "vault", vault_id, now=now)

            db.transaction(init)
            db.run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
        finally:
            db.close()
    except sqlcipher3.Error as exc:
        remove_staging(staging)
        raise sqlite_error_to_vault_error(exc) from exc
    except VaultError:
        remove_staging(staging)
        raise
    db_salt = staging.read_bytes()[:16]
    salt = crypto.new_salt()
    kek = crypto.derive_key(passphrase, salt, kdf)
    draft = keyfile.KeyFile(vault_id, db_salt, kdf, salt, b"", b"")
    nonce, ct = crypto.wrap_key(data_key, kek, draft.aad())
    recovery = None
    if recovery_recipient:
        recovery = keyfile.RecoveryWrap(
            recovery_recipient, crypto.wrap_to_recipient(data_key, recovery_recipient)
        )
    key_file = keyfile.KeyFile(vault_id, db_salt, kdf, salt, nonce, ct, recovery)
    try:
        keyfile.write(paths.key, key_file)
        fault_points.reach("create.key_written")
        os.replace(staging, paths.db)
    except (OSError, VaultError):
        remove_staging(staging)
        raise
    logger.info("vault created")
    return _open(paths, data_key, key_file, now, record_unlock=True)


def read_key_file(paths: VaultPaths) -> keyfile.KeyFile:
    """Read the key file and check that it belongs to the database beside it."""
    if not paths.db.exists():
        if not paths.key.exists():
            raise VaultMissing
        if not finish_interrupted_create(paths, keyfile.read(paths.key).db_salt):
            raise VaultMissing(detail="database missing")
    try:
        with paths.db.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseDamaged(detail=exc.strerror) from exc
    if header == SQLITE_HEADER:
        raise NotAVault(detail="plain sqlite")
    key_file = keyfile.read(paths.key)
    damage = size_problem(paths.db)  # empty, or cut inside a page: before any key derivation
    if damage is not None:
        raise damage
    if len(header) < 16:
        raise DatabaseTruncated(detail="short file")
    if header != key_file.db_salt:
        if _bits_apart(header, key_file.db_salt) <= 2:  # a flipped bit, not another vault
            raise DatabaseDamaged(detail="salt")
        raise KeyFileMismatch(detail="salt")
    return key_file


def _bits_apart(a: bytes, b: bytes) -> int:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).bit_count()


def unlock(
    folder: Path,
    passphrase: str,
    now: Clock = _utcnow,
    inspect_only: bool = False,
) -> OpenVault:
    """Unwrap the data key with ``passphrase`` and open the vault in ``folder``.

    ``inspect_only`` (for ``keukentafel audit verify``) neither migrates nor writes events.
    """
    paths = VaultPaths(folder)
    key_file = read_key_file(paths)
    counter = FailedUnlockCounter(paths.failures, now)
    wait = counter.seconds_to_wait()
    if wait:
        raise TooManyAttempts(wait)
    try:
        data_key = _unwrap_with_passphrase(key_file, passphrase)
    except WrongPassphrase:
        counter.record_failure()
        logger.info("unlock failed: wrong passphrase")
        raise
    vault = _open(paths, data_key, key_file, now, not inspect_only, not inspect_only)
    if not inspect_only:
        remove_stale_key_copies(paths)
    return vault


def unlock_with_key(folder: Path, data_key: bytes, now: Clock = _utcnow) -> OpenVault:
    """Open with the raw data key (tests, benchmarks, recovery)."""
    paths = VaultPaths(folder)
    return _open(paths, data_key, read_key_file(paths), now, record_unlock=True)


def unlock_with_recovery(
    folder: Path, identity: str, reason: str, now: Clock = _utcnow
) -> OpenVault:
    """Open with the agency's recovery identity (break-glass).

    Needs a reason; the opening is written to the audit chain and the owner is told, with the
    time and the reason, at their next unlock.
    """
    if not reason.strip():
        raise ValueError("a recovery needs a reason")
    paths = VaultPaths(folder)
    key_file = read_key_file(paths)
    data_key = _unwrap_with_recovery(key_file, identity)
    vault = _open(paths, data_key, key_file, now, record_unlock=False)
    try:
        vault.audit("recovery_unlock", "vault", vault.vault_id)
        notice = {"at": now().isoformat(timespec="seconds"), "reason": reason.strip()}
        vault.db.transaction(
            lambda c: c.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('notice.recovery_used', ?)",
                (json.dumps(notice),),
            )
        )
    except BaseException:
        vault.lock()  # damage found after unlock or a full disk: close, never leave it open
        raise
    return vault


def _open(
    paths: VaultPaths,
    data_key: bytes,
    key_file: keyfile.KeyFile,
    now: Clock,
    record_unlock: bool,
    migrate_schema: bool = True,
) -> OpenVault:
    """Open with writes held back, run the cheap checks, start the full check in the background.

    The unlock events (and removing a backup an interrupted migration left) wait for the check.
    A pending migration waits for it first (once per update, ~1 s at 10,000 citizens): a
    damaged file is never migrated. ``inspect_only`` (no events, no migration) writes nothing.
    """
    db = Database(paths.db, data_key, hold_writes=True)  # raises the worker-facing VaultError
    vault = OpenVault(paths, db, key_file.vault_id, now)
    try:
        if db.run(_read_vault_id) != key_file.vault_id:
            raise KeyFileMismatch(detail="vault id")
        version = db.run(schema_version)
        if version > latest_version():
            raise SchemaTooNew(detail=f"{version}>{latest_version()}")
        if migrate_schema and version < latest_version():
            _check_then_migrate(db, paths)
        elif migrate_schema:  # nothing to migrate: only removes a backup a crash left
            db.after_check(lambda: _remove_stale_backups(db, paths))
        if record_unlock:
            _record_unlock(vault, now)
        db.start_check()
    except sqlcipher3.Error as exc:
        error = sqlite_error_to_vault_error(exc)
        if is_damage(exc):
            error = db.run(lambda c: diagnose(c, paths.db, str(error.detail)))
        db.close()
        raise error from exc
    except BaseException:
        db.close()
        raise
    return vault


def _check_then_migrate(db: Database, paths: VaultPaths) -> None:
    db.start_check()
    try:
        db.wait_writable()
    except DamageFoundAfterUnlock as exc:
        raise DatabaseDamaged(detail=exc.detail) from exc
    db.run(lambda c: migrate(c, paths.db))


def _remove_stale_backups(db: Database, paths: VaultPaths) -> None:
    db.run(lambda c: migrate(c, paths.db))


def _record_unlock(vault: OpenVault, now: Clock) -> None:
    """The unlock events (and failed attempts since the last one), once the check passed."""
    failures = FailedUnlockCounter(vault.paths.failures, now)
    missed = failures.state().count
    vault.failed_attempts_since_last_unlock = missed

    def write() -> None:
        if missed:
            vault.audit("unlock_failed", "vault", vault.vault_id, count=missed)
            failures.take()
        vault.audit("unlock", "vault", vault.vault_id)

    vault.db.after_check(write)


def _read_vault_id(conn: sqlcipher3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.OperationalError:
        return None  # no meta table: not one of ours
    return str(row[0]) if row else None


def change_passphrase(
    folder: Path, old: str, new: str, kdf: crypto.KdfParams, now: Clock = _utcnow
) -> None:
    """Re-wrap the data key under ``new``; the database itself is not touched."""
    paths = VaultPaths(folder)
    key_file = read_key_file(paths)
    _rewrap(paths, key_file, _unwrap_with_passphrase(key_file, old), new, kdf)
    logger.info("passphrase changed")


def reset_passphrase_with_recovery(
    folder: Path, identity: str, new: str, kdf: crypto.KdfParams
) -> None:
    """Wrap the data key under a new passphrase, using the agency's recovery identity."""
    paths = VaultPaths(folder)
    key_file = read_key_file(paths)
    _rewrap(paths, key_file, _unwrap_with_recovery(key_file, identity), new, kdf)
    logger.info("passphrase reset through recovery")


def _unwrap_with_passphrase(key_file: keyfile.KeyFile, passphrase: str) -> bytes:
    kek = crypto.derive_key(passphrase, key_file.kdf_salt, key_file.kdf)
    try:
        return crypto.unwrap_key(key_file.nonce, key_file.ciphertext, kek, key_file.aad())
    except crypto.UnwrapError:
        raise WrongPassphrase from None


def _unwrap_with_recovery(key_file: keyfile.KeyFile, identity: str) -> bytes:
    if key_file.recovery is None:
        raise KeyFileDamaged(detail="no recovery wrap")
    try:
        return crypto.unwrap_with_identity(key_file.recovery.ciphertext, identity)
    except crypto.UnwrapError:
        raise WrongPassphrase from None


def _rewrap(
    paths: VaultPaths, key_file: keyfile.KeyFile, data_key: bytes, new: str, kdf: crypto.KdfParams
) -> None:
    """Write the key file with the data key wrapped under ``new`` (the database is untouched)."""
    salt = crypto.new_salt()
    nonce, ct = crypto.wrap_key(data_key, crypto.derive_key(new, salt, kdf), key_file.aad())
    keyfile.write(paths.key, key_file.with_wrap(kdf, salt, nonce, ct))


__all__ = [
    "KeyFileMissing",
    "OpenVault",
    "TooManyAttempts",
    "VaultPaths",
    "change_passphrase",
    "create_vault",
    "unlock",
    "unlock_with_key",
    "unlock_with_recovery",
]
