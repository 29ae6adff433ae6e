"""The staging file a new vault is built in, and finishing a creation that a crash cut short.

``create_vault`` builds the database as ``vault.db.new``, writes ``vault.key`` and only then
renames the staging file to ``vault.db``. A crash between those two steps used to leave a key
file without a database: unlock said "no vault here" and creating one said "a vault is already
here", so the worker was stuck. The staging file is complete at that moment (checkpointed and
closed before the key file is written), so unlock finishes the rename when the staging file
carries the very database salt the key file names; any other leftover is left alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from app.storage.atomic import fsync_dir
from app.storage.vault_paths import VaultPaths

logger = logging.getLogger(__name__)


def staging_path(paths: VaultPaths) -> Path:
    return paths.folder / "vault.db.new"


def remove_staging(staging: Path) -> None:
    for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def finish_interrupted_create(paths: VaultPaths, db_salt: bytes) -> bool:
    """Rename a complete staging file to ``vault.db`` when the key file belongs to it.

    Returns whether it did; called only when the key file exists and ``vault.db`` does not.
    """
    staging = staging_path(paths)
    try:
        with staging.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        return False
    if len(db_salt) != 16 or header != db_salt:
        return False
    os.replace(staging, paths.db)
    for side in (Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    fsync_dir(paths.folder)
    logger.info("an interrupted vault creation was finished")
    return True


def remove_stale_key_copies(paths: VaultPaths) -> int:
    """Delete temporary key files (``.vault.key.<pid>.tmp``) that a crash during a passphrase
    change left behind. Each holds the data key wrapped under a passphrase that may never have
    taken effect, so it must not linger; called after an unlock with the passphrase succeeded."""
    removed = 0
    for stale in paths.folder.glob(f".{paths.key.name}.*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
            removed += 1
    if removed:
        fsync_dir(paths.folder)
        logger.info("stale temporary key files removed: %d", removed)
    return removed
