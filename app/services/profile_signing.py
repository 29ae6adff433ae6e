"""Ed25519 signatures on agency profiles, and the pinning rule for updates.

The signed bytes are the canonical JSON of the parsed TOML document without its ``signature``
table (sorted keys, no spaces, UTF-8, dates as ISO text), so whitespace and comments may change
without breaking the signature, but no value can. The signature sits in a final table::

    [signature]
    algorithm = "ed25519"
    public_key = "<base64 raw key>"
    value = "<base64 signature>"

The first profile a vault imports pins its public key; an update must be signed by that key and
may not lower the version.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.profile import AgencyProfile
from app.domain.profile_errors import (
    OlderVersion,
    OtherAgency,
    ProfileError,
    TamperedProfile,
    UnparsableProfile,
    UnsignedProfile,
    WrongSigningKey,
)
from app.domain.profile_parse import parse_profile

_SIGNATURE_TABLE = re.compile(r"^\[signature\][\s\S]*\Z", re.MULTILINE)


@dataclass(frozen=True)
class VerifiedProfile:
    profile: AgencyProfile
    public_key: str  # base64 raw Ed25519 key
    sha256: str  # of the file text
    text: str

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(base64.b64decode(self.public_key)).hexdigest()[:16]


def _json_default(value: Any) -> str:
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def canonical_bytes(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default
    ).encode("utf-8")


def parse_toml(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UnparsableProfile(str(exc)) from exc


def generate_signing_key() -> tuple[bytes, str]:
    """A new agency signing key: (private key PEM, public key base64)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pem, _public_b64(key.public_key())


def _public_b64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign_profile_text(text: str, private_key_pem: bytes) -> str:
    """Return ``text`` with a fresh ``[signature]`` table (any old one replaced)."""
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ProfileError("not an Ed25519 key")
    body = _SIGNATURE_TABLE.sub("", text).rstrip() + "\n"
    document = parse_toml(body)
    parse_profile(document)  # never sign a profile the app would refuse
    signature = key.sign(canonical_bytes(document))
    return (
        f'{body}\n[signature]\nalgorithm = "ed25519"\n'
        f'public_key = "{_public_b64(key.public_key())}"\n'
        f'value = "{base64.b64encode(signature).decode("ascii")}"\n'
    )


def verify_profile_text(text: str, pinned_public_key: str | None = None) -> VerifiedProfile:
    """Check signature, pin and content; raise the specific :class:`ProfileError`."""
    document = parse_toml(text)
    signature = document.get("signature")
    if not isinstance(signature, dict) or not signature.get("value"):
        raise UnsignedProfile
    try:
        if signature.get("algorithm") != "ed25519":
            raise ValueError("algorithm")
        public_b64 = str(signature["public_key"])
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        value = base64.b64decode(str(signature["value"]), validate=True)
    except (KeyError, ValueError) as exc:
        raise TamperedProfile from exc
    if pinned_public_key is not None and public_b64 != pinned_public_key:
        raise WrongSigningKey
    try:
        public.verify(value, canonical_bytes(document))
    except InvalidSignature as exc:
        raise TamperedProfile from exc
    profile = parse_profile(document)
    return VerifiedProfile(profile, public_b64, hashlib.sha256(text.encode()).hexdigest(), text)


def verify_update(text: str, installed: VerifiedProfile | None) -> VerifiedProfile:
    """An update must come from the pinned key, the same agency, and not be older."""
    if installed is None:
        return verify_profile_text(text)
    offered = verify_profile_text(text, installed.public_key)
    if offered.profile.id != installed.profile.id:
        raise OtherAgency
    if offered.profile.version < installed.profile.version:
        raise OlderVersion(offered.profile.version, installed.profile.version)
    return offered
