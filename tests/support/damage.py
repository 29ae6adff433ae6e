"""Test-only damage to vault files: flip one bit, and find a page unlock never reads.

Shared by the damaged-file tests (``tests/app/test_damaged_files.py``) and the UI test of a
vault damaged after unlock (``tests/ui/test_damaged_vault.py``).
"""

from __future__ import annotations

from pathlib import Path

from app.storage.vault import unlock

PAGE = 4096  # SQLCipher 4's page size


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


def unread_page(folder: Path, passphrase: str) -> int:
    """The audit log's only page: unlock and reading never touch it, only a write does."""
    vault = unlock(folder, passphrase)
    try:
        vault.db.wait_writable()
        found = vault.db.run(
            lambda c: c.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'audit_event'"
            ).fetchone()
        )
    finally:
        vault.lock()
    return int(found[0])
