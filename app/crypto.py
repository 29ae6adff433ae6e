"""Key derivation and key wrapping for the vault.

The database is encrypted with a random 256-bit data key. That key is never written in the
clear: it is wrapped with AES-256-GCM under a key derived from the worker's passphrase with
Argon2id, and optionally encrypted to the agency's recovery key (age format). Passphrases and
derived keys live only in memory, as briefly as possible.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

import pyrage
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_MEMORY_KIB = 64 * 1024  # at least 64 MiB (DESIGN section 4)
# The most a key file may ask for: far above what calibrate() picks (time cost ≤ 32 at 64 MiB),
# far below what would hang a laptop. A key file edited to ask for more is refused as damaged
# before any derivation, instead of freezing the unlock for hours.
MAX_TIME_COST = 256
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_PARALLELISM = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored in the key file beside the salt."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        if self.time_cost < 1 or self.memory_kib < 8 or self.parallelism < 1:
            raise ValueError("invalid Argon2id parameters")


# Cheap parameters for tests and benchmarks only; never used for a real vault.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


class UnwrapError(Exception):
    """The wrapped key did not authenticate: wrong passphrase or wrong recovery identity."""


def new_data_key() -> bytes:
    """Return a fresh random 256-bit data key."""
    return os.urandom(DATA_KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit key-encryption key from ``passphrase`` with Argon2id."""
    return hash_secret_raw(
        # surrogatepass: a pasted lone surrogate is a wrong passphrase, not a crash
        secret=passphrase.encode("utf-8", "surrogatepass"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate(
    target_seconds: float = 0.6,
    max_seconds: float = 1.0,
    memory_kib: int = MIN_MEMORY_KIB,
    timer: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory stays at ``memory_kib`` (at least 64 MiB); the time cost grows until one derivation
    reaches the target, without passing ``max_seconds`` when a smaller cost already did.
    """
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    parallelism = 1
    salt = new_salt()
    time_cost = 1
    while True:
        params = KdfParams(time_cost, memory_kib, parallelism)
        start = timer()
        derive_key("calibration", salt, params)
        elapsed = timer() - start
        if elapsed >= target_seconds or time_cost >= 32:
            if elapsed > max_seconds and time_cost > 1:
                return KdfParams(time_cost - 1, memory_kib, parallelism)
            return params
        # Scale the estimate; at least one step further.
        per_pass = elapsed / time_cost
        wanted = int(target_seconds / per_pass) if per_pass > 0 else time_cost + 1
        time_cost = max(time_cost + 1, min(wanted, 32))


def wrap_key(data_key: bytes, kek: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """Encrypt ``data_key`` under ``kek`` with AES-256-GCM; return (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def unwrap_key(nonce: bytes, ciphertext: bytes, kek: bytes, aad: bytes) -> bytes:
    """Decrypt a wrapped data key; raise :class:`UnwrapError` when it does not authenticate."""
    try:
        key = AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise UnwrapError from exc
    if len(key) != DATA_KEY_BYTES:
        raise UnwrapError
    return key


def wrap_to_recipient(data_key: bytes, recipient: str) -> bytes:
    """Encrypt ``data_key`` to an age X25519 public key (the agency recovery key)."""
    return bytes(pyrage.encrypt(data_key, [pyrage.x25519.Recipient.from_str(recipient)]))


def unwrap_with_identity(blob: bytes, identity: str) -> bytes:
    """Recover the data key with the agency's age identity (two-person recovery)."""
    try:
        key = bytes(pyrage.decrypt(blob, [pyrage.x25519.Identity.from_str(identity)]))
    except Exception as exc:  # pyrage raises its own DecryptError/IdentityError types
        raise UnwrapError from exc
    if len(key) != DATA_KEY_BYTES:
        raise UnwrapError
    return key
