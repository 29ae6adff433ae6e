"""The files of a vault folder, without loading SQLCipher or crypto.

Kept apart from ``app/storage/vault.py`` so the lock screen can tell whether a folder holds a
vault before the heavy modules load (cold start).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "vault.db"

    @property
    def key(self) -> Path:
        return self.folder / "vault.key"

    @property
    def wal(self) -> Path:
        return self.folder / "vault.db-wal"

    @property
    def failures(self) -> Path:
        return self.folder / "vault.failures"

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()


def vault_folders(parent: Path) -> list[Path]:
    """The folders directly under ``parent`` that hold (part of) a vault, by name."""
    return sorted(p for p in parent.glob("*") if VaultPaths(p).exists())
