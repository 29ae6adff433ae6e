"""The signed audit head a report carries, and its check against the vault (R-000-44, R-002-22).

An exported report ends with one line ``# keukentafel-audit-head: {...}``: the vault id, the
sequence number and hash of the newest audit event (the export's own event), the SHA-256 of
the report text above the line, and an Ed25519 signature by the vault's signing key over all
of that. The receiver (or ``keukentafel audit verify --head FILE``) checks the signature, that
the text was not changed, and that the vault's chain still has that hash at that number: a
chain rewritten after the report (events removed and the rest re-hashed) no longer matches.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.i18n import translate
from app.services.bundles.identity import VaultKeys
from app.storage import audit
from app.storage import bundle_repository as bundle_repo
from app.storage.db import Connection

HEAD_MARK = "# keukentafel-audit-head: "


@dataclass(frozen=True)
class SignedHead:
    vault_id: str
    seq: int
    hash: str
    at: str
    digest: str  # SHA-256 of the report text the head is attached to
    signature: str = ""
    public_key: str = ""

    def message(self) -> bytes:
        fields = {
            "kind": "keukentafel-report",
            "vault_id": self.vault_id,
            "seq": self.seq,
            "hash": self.hash,
            "at": self.at,
            "digest": self.digest,
        }
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class HeadVerdict:
    ok: bool
    reason: str
    seq: int | None = None


def digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def sign_in(conn: Connection, keys: VaultKeys, body: str) -> SignedHead:
    """Sign the chain's current head (call after appending the export event)."""
    keys.own_in(conn)
    vault_id, _ = bundle_repo.vault_meta(conn)
    last = audit.events(conn, limit=1)[0]
    unsigned = SignedHead(vault_id, last.seq, last.hash, last.at, digest(body))
    signature, public = keys.sign_in(conn, unsigned.message())
    return SignedHead(**(asdict(unsigned) | {"signature": signature, "public_key": public}))


def attach(body: str, head: SignedHead) -> str:
    """The report text with its head line last."""
    return body + HEAD_MARK + json.dumps(asdict(head), sort_keys=True) + "\n"


def split(text: str) -> tuple[str, SignedHead] | None:
    """(report text, head) of an exported report, or None when it carries no head line."""
    index = text.rfind("\n" + HEAD_MARK)
    if index < 0:
        return None
    body, line = text[: index + 1], text[index + 1 + len(HEAD_MARK) :].strip()
    try:
        data: dict[str, Any] = json.loads(line)
        head = SignedHead(
            str(data["vault_id"]), int(data["seq"]), str(data["hash"]), str(data["at"]),
            str(data["digest"]), str(data["signature"]), str(data["public_key"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, OverflowError, RecursionError):
        return None  # OverflowError: "seq": 1e999; RecursionError: "[[[[…" nested too deep
    return body, head


def check(conn: Connection, text: str) -> HeadVerdict:
    """Is this report's head signed by this vault, unchanged, and still in its chain?"""
    parts = split(text)
    if parts is None:
        return HeadVerdict(False, translate("Reports", "This file carries no signed audit head."))
    body, head = parts
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(head.public_key))
        key.verify(bytes.fromhex(head.signature), head.message())
    except (ValueError, InvalidSignature):
        return HeadVerdict(
            False, translate("Reports", "The signature does not match: the head was changed.")
        )
    if digest(body) != head.digest:
        return HeadVerdict(
            False, translate("Reports", "The report text was changed after it was signed.")
        )
    own = bundle_repo.identity(conn, "vault")
    vault_id, _ = bundle_repo.vault_meta(conn)
    if own is None or own[3] != head.public_key or vault_id != head.vault_id:
        return HeadVerdict(False, translate("Reports", "This report was signed by another vault."))
    row = conn.execute("SELECT hash FROM audit_event WHERE seq = ?", (head.seq,)).fetchone()
    if row is None or str(row[0]) != head.hash:
        return HeadVerdict(
            False,
            translate(
                "Reports",
                "The audit log no longer matches this report at event {seq}: it was rewritten.",
            ).format(seq=head.seq),
            head.seq,
        )
    chain = audit.verify_chain(conn)
    if not chain.ok:
        return HeadVerdict(
            False,
            translate("Reports", "The audit log breaks at event {seq}.").format(
                seq=chain.first_broken_seq
            ),
            chain.first_broken_seq,
        )
    return HeadVerdict(
        True,
        translate("Reports", "OK: signed by this vault; the log still holds event {seq}.").format(
            seq=head.seq
        ),
        head.seq,
    )
