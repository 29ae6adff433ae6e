"""The key file beside the vault: the wrapped data key, its KDF parameters and a checksum.

Format (JSON, UTF-8)::

    {"format": "keukentafel-key/1", "vault_id": "<uuid hex>", "db_salt": "<hex>",
     "kdf": {"algorithm": "argon2id", "salt": "<b64>", "time_cost": n, "memory_kib": n,
             "parallelism": n},
     "wrap": {"algorithm": "aes-256-gcm", "nonce": "<b64>", "ciphertext": "<b64>"},
     "recovery": null | {"recipient": "age1...", "ciphertext": "<b64 age file>"},
     "checksum": "<sha256 hex over the canonical JSON of every other field>"}

The checksum tells a damaged key file apart from a wrong passphrase, and ``db_salt`` (the first
16 bytes of the SQLCipher file) together with ``vault_id`` tells a key file that belongs to
another vault apart from a damaged database. Nothing in this file is secret on its own.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app import crypto
from app.crypto import NONCE_BYTES, KdfParams
from app.storage.atomic import write_atomic
from app.storage.errors import KeyFileDamaged, KeyFileEmpty, KeyFileMissing, KeyFileTruncated

FORMAT = "keukentafel-key/1"
DB_SALT_BYTES = 16  # the first 16 bytes of the SQLCipher file


@dataclass(frozen=True)
class RecoveryWrap:
    recipient: str
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    db_salt: bytes
    kdf: KdfParams
    kdf_salt: bytes
    nonce: bytes
    ciphertext: bytes
    recovery: RecoveryWrap | None = None

    def aad(self) -> bytes:
        """Associated data binding the wrapped key to this vault."""
        return f"{FORMAT}:{self.vault_id}".encode()

    def with_wrap(self, kdf: KdfParams, kdf_salt: bytes, nonce: bytes, ct: bytes) -> KeyFile:
        return replace(self, kdf=kdf, kdf_salt=kdf_salt, nonce=nonce, ciphertext=ct)

    def with_db_salt(self, db_salt: bytes) -> KeyFile:
        return replace(self, db_salt=db_salt)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _body(key_file: KeyFile) -> dict[str, Any]:
    recovery = None
    if key_file.recovery is not None:
        recovery = {
            "recipient": key_file.recovery.recipient,
            "ciphertext": _b64(key_file.recovery.ciphertext),
        }
    return {
        "format": FORMAT,
        "vault_id": key_file.vault_id,
        "db_salt": key_file.db_salt.hex(),
        "kdf": {
            "algorithm": "argon2id",
            "salt": _b64(key_file.kdf_salt),
            "time_cost": key_file.kdf.time_cost,
            "memory_kib": key_file.kdf.memory_kib,
            "parallelism": key_file.kdf.parallelism,
        },
        "wrap": {
            "algorithm": "aes-256-gcm",
            "nonce": _b64(key_file.nonce),
            "ciphertext": _b64(key_file.ciphertext),
        },
        "recovery": recovery,
    }


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def dumps(key_file: KeyFile) -> bytes:
    """Serialise a key file, checksum included."""
    body = _body(key_file)
    body["checksum"] = _checksum(body)
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")


# What a damaged file raises while parsed; RecursionError: "[[[[…" nests too deep for json.
_DAMAGE = (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError, RecursionError)


def _cost(value: Any) -> int:
    """An Argon2id cost as stored: a whole number that fits the library's 32 bits."""
    if type(value) is not int or not 0 < value < 2**32:
        raise ValueError("kdf")
    return value


def _usable(key_file: KeyFile) -> KeyFile:
    """Sizes AES-GCM and Argon2id accept; anything else would fail deep inside the unlock."""
    if (
        len(key_file.nonce) != NONCE_BYTES
        or len(key_file.kdf_salt) < 8
        or len(key_file.db_salt) != DB_SALT_BYTES
    ):
        raise ValueError("size")
    kdf = key_file.kdf
    if (
        kdf.time_cost > crypto.MAX_TIME_COST
        or kdf.memory_kib > crypto.MAX_MEMORY_KIB
        or kdf.parallelism > crypto.MAX_PARALLELISM
    ):
        raise ValueError("cost")  # would freeze the unlock: treated as damage
    return key_file


def loads(data: bytes) -> KeyFile:
    """Parse a key file; any damage (truncation, flipped bits, bad JSON) is KeyFileDamaged,
    told apart as :class:`KeyFileEmpty` (0 bytes) and :class:`KeyFileTruncated` (cut short)."""
    try:
        body = json.loads(data.decode("utf-8"))
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("format")
        checksum = body.pop("checksum")
        if checksum != _checksum(body):
            raise ValueError("checksum")
        kdf = body["kdf"]
        wrap = body["wrap"]
        if kdf["algorithm"] != "argon2id" or wrap["algorithm"] != "aes-256-gcm":
            raise ValueError("algorithm")
        recovery = None
        if body["recovery"] is not None:
            recovery = RecoveryWrap(
                recipient=str(body["recovery"]["recipient"]),
                ciphertext=_unb64(body["recovery"]["ciphertext"]),
            )
        return _usable(
            KeyFile(
                vault_id=str(body["vault_id"]),
                db_salt=bytes.fromhex(body["db_salt"]),
                kdf=KdfParams(
                    _cost(kdf["time_cost"]), _cost(kdf["memory_kib"]), _cost(kdf["parallelism"])
                ),
                kdf_salt=_unb64(kdf["salt"]),
                nonce=_unb64(wrap["nonce"]),
                ciphertext=_unb64(wrap["ciphertext"]),
                recovery=recovery,
            )
        )
    except _DAMAGE as exc:
        if not data:
            raise KeyFileEmpty(detail="0 bytes") from exc
        if data.count(b"{") > data.count(b"}"):  # an object left open: the end is missing
            raise KeyFileTruncated(detail=type(exc).__name__) from exc
        raise KeyFileDamaged(detail=type(exc).__name__) from exc


def read(path: Path) -> KeyFile:
    """Read the key file at ``path``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileMissing from exc
    except OSError as exc:
        raise KeyFileDamaged(detail=exc.strerror) from exc
    return loads(data)


def write(path: Path, key_file: KeyFile) -> None:
    """Write the key file atomically (fault points ``keyfile.*``, see ``fault_points``)."""
    write_atomic(path, dumps(key_file), fault_point="keyfile")
