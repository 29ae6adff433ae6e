"""Issue 10, damaged files: a truncated, zero-length or bit-flipped database is refused or
reported with its own message, and the database, its ``-wal`` and the key file keep their exact
bytes. A database is never quietly replaced by a new empty one."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.storage import errors
from app.storage.vault import VaultPaths, unlock
from tests.app.conftest import PASSPHRASE
from tests.support.files import fingerprint

PAGE = 4096  # SQLCipher 4's page size


def _without_counter(found: dict[str, str]) -> dict[str, str]:
    """File hashes without the content-free failure counter, which an attempt may add."""
    return {name: digest for name, digest in found.items() if name != "vault.failures"}


def _open_or_refuse(folder: Path) -> str:
    """``refused: <message>``, ``reported`` (opens, the integrity check finds damage) or ``ok``."""
    try:
        vault = unlock(folder, PASSPHRASE)
    except errors.VaultError as exc:
        message = str(exc).strip()  # a plain message, never empty
        return f"refused: {type(exc).__name__}" if message else "refused without a message"
    try:
        return "ok" if vault.integrity_check() else "reported"
    finally:
        vault.lock()


@pytest.mark.parametrize("size", ["empty", "half", "one page", "page and a half"])
def test_a_truncated_database_is_refused_and_not_replaced(locked_vault: Path, size: str) -> None:
    db = VaultPaths(locked_vault).db
    data = db.read_bytes()
    cut = {"empty": 0, "half": len(data) // 2, "one page": PAGE, "page and a half": PAGE * 3 // 2}
    db.write_bytes(data[: cut[size]])
    before = fingerprint(locked_vault)
    outcome = _open_or_refuse(locked_vault)
    assert outcome.startswith("refused: ") or outcome == "reported", outcome
    # no new schema written over it
    assert _without_counter(fingerprint(locked_vault)) == _without_counter(before)
    assert db.stat().st_size == cut[size]


@pytest.mark.xfail(
    strict=True,
    reason="issue 10, open: damage in a page that unlock does not read is found only by the "
    "background integrity check, after the unlock has already written its events (the file "
    "changes). Needs a decision: a full check before the first write, or writes held back.",
)
def test_a_bit_flipped_anywhere_in_the_database_never_passes_unnoticed(
    locked_vault: Path,
) -> None:
    """One flipped bit in each page (seeded): refused at unlock or reported by the integrity
    check, never "ok", never another exception, and the files keep their bytes."""
    db = VaultPaths(locked_vault).db
    original = db.read_bytes()
    rng = random.Random(20261123)
    pages = len(original) // PAGE
    assert pages >= 4
    outcomes = set()
    for page in range(pages):
        offset = page * PAGE + rng.randrange(16 if page == 0 else 0, PAGE)
        damaged = bytearray(original)
        damaged[offset] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(damaged))
        before = fingerprint(locked_vault)
        outcome = _open_or_refuse(locked_vault)
        assert outcome != "ok", (page, offset)
        after = _without_counter(fingerprint(locked_vault))
        assert after == _without_counter(before), (page, offset)
        outcomes.add(outcome.split(":")[0])
    db.write_bytes(original)
    assert _open_or_refuse(locked_vault) == "ok"  # the control: the undamaged file opens
    assert outcomes <= {"refused", "reported"}
