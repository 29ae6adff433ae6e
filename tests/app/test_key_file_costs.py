"""Issue 10, bad input: a key file edited to ask for an Argon2id cost no calibration would
choose (with its checksum recomputed, so it parses) is refused as damaged at once, before any
key derivation, instead of freezing the unlock; the files keep their bytes."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app import crypto
from app.storage import errors, keyfile
from app.storage.vault import VaultPaths, unlock
from tests.app.conftest import PASSPHRASE
from tests.support.files import fingerprint


def _rewrite_cost(path: Path, **cost: int) -> None:
    """Change the stored cost and recompute the checksum, as a deliberate edit would."""
    body = json.loads(path.read_bytes())
    body["kdf"].update(cost)
    body.pop("checksum")
    body["checksum"] = keyfile._checksum(body)
    path.write_bytes(json.dumps(body).encode())


@pytest.mark.parametrize(
    "cost",
    [
        {"time_cost": crypto.MAX_TIME_COST + 1},
        {"memory_kib": crypto.MAX_MEMORY_KIB + 1},
        {"parallelism": crypto.MAX_PARALLELISM + 1},
        {"time_cost": 2**32 - 1, "memory_kib": 2**32 - 1},
    ],
)
def test_a_key_file_asking_for_an_unbounded_cost_is_damage_not_a_frozen_unlock(
    locked_vault: Path, cost: dict[str, int]
) -> None:
    key = VaultPaths(locked_vault).key
    _rewrite_cost(key, **cost)
    before = fingerprint(locked_vault)
    started = time.process_time()
    with pytest.raises(errors.KeyFileDamaged):
        unlock(locked_vault, PASSPHRASE)
    assert time.process_time() - started < 5  # refused before deriving (a frozen unlock: hours)
    assert fingerprint(locked_vault) == before


def test_the_largest_calibrated_cost_is_still_accepted(tmp_path: Path) -> None:
    """The bound sits above anything calibrate() can pick (time cost ≤ 32 at 64 MiB)."""
    stored = keyfile.KeyFile(
        "v" * 32, b"s" * 16, crypto.KdfParams(32, crypto.MIN_MEMORY_KIB, 1),
        b"t" * 16, b"n" * crypto.NONCE_BYTES, b"c" * 48,
    )  # fmt: skip
    assert keyfile.loads(keyfile.dumps(stored)).kdf == stored.kdf
    edge = replace(
        stored,
        kdf=crypto.KdfParams(crypto.MAX_TIME_COST, crypto.MAX_MEMORY_KIB, crypto.MAX_PARALLELISM),
    )
    assert keyfile.loads(keyfile.dumps(edge)).kdf == edge.kdf
