"""Ed25519 signatures on agency profiles, and the pinning rule for updates.

The signed bytes are the canonical JSON of the parsed TOML document without its ``signature``
table (sorted keys, no spaces, UTF-8, dates as ISO text), so whitespace and comments may change
without breaking the signature, but no value can. The signature sits in a final table::

    [signature]
    algorithm = "ed25519"
    public_key = "<base64 raw key>"
    value = "<base64 signature>"

The first profile a vault imports pins its public key; an update must be signed by that key,
belong to the same agency, and may not lower the version (nor change content under the same
version). Every refusal is a :class:`ProfileError` subclass with a message for the worker.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.profile import AgencyProfile
from app.domain.profile_errors import (
    ChangedWithoutNewVersion,
    OlderVersion,
    OtherAgency,
    SignatureNotLast,
    SigningKeyError,
    TamperedProfile,
    UnparsableProfile,
    UnsignedProfile,
    WrongSigningKey,
)
from app.domain.profile_parse import parse_profile
from app.i18n import translate

ALGORITHM = "ed25519"
# The header line of the signature table, from which signing rewrites the file.
_SIGNATURE_HEADER = re.compile(r"^[ \t]*\[[ \t]*signature[ \t]*\][ \t]*(#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class VerifiedProfile:
    """A profile whose signature checked out; ``public_key`` is what a vault pins."""

    profile: AgencyProfile
    public_key: str  # base64 of the raw 32-byte Ed25519 key
    sha256: str  # of the file text, UTF-8
    text: str

    @property
    def fingerprint(self) -> str:
        """First 16 hex digits of SHA-256 over the raw public key, to compare by phone."""
        return fingerprint(self.public_key)


def fingerprint(public_key_b64: str) -> str:
    """Short, comparable form of a public key; the wizard and ``profile check`` show it."""
    return hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16]


def _json_default(value: Any) -> str:
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The bytes that are signed: the document minus ``signature`` as canonical JSON."""
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_default
    ).encode("utf-8")


def parse_toml(text: str) -> dict[str, Any]:
    """Parse the file text; anything that is not TOML becomes :class:`UnparsableProfile`."""
    try:
        text.encode("utf-8")  # lone surrogates cannot be signed bytes
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UnparsableProfile(str(exc)) from exc  # tomllib names line and column
    except UnicodeEncodeError as exc:
        raise UnparsableProfile(translate("Profile", "it holds a broken character")) from exc
    except RecursionError as exc:  # absurdly deep nesting
        raise UnparsableProfile(translate("Profile", "it is nested too deeply")) from exc


def generate_signing_key() -> tuple[bytes, str]:
    """A new agency signing key: (private key as unencrypted PKCS#8 PEM, public key base64).

    The private half belongs on an offline administrator's machine, never on a worker laptop.
    """
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pem, _public_b64(key.public_key())


def _public_b64(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _load_private_key(private_key_pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(private_key_pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise SigningKeyError from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError
    return key


def strip_signature(text: str) -> str:
    """The file text without its ``[signature]`` table (which must be the last table)."""
    match = _SIGNATURE_HEADER.search(text)
    body = (text[: match.start()] if match else text).rstrip() + "\n"
    rest = parse_toml(body)
    # Anything after [signature] would be dropped silently; an inline or dotted
    # ``signature`` key would survive the cut: both make the signed content unclear.
    if "signature" in rest or canonical_bytes(rest) != canonical_bytes(parse_toml(text)):
        raise SignatureNotLast
    return body


def sign_profile_text(text: str, private_key_pem: bytes) -> str:
    """Return ``text`` with a fresh ``[signature]`` table at the end (any old one replaced).

    Refuses to sign a profile the app would refuse (:class:`InvalidField`), so an agency
    never distributes a file that fails at import.
    """
    key = _load_private_key(private_key_pem)
    body = strip_signature(text)
    document = parse_toml(body)
    parse_profile(document)
    signature = key.sign(canonical_bytes(document))
    return (
        f'{body}\n[signature]\nalgorithm = "{ALGORITHM}"\n'
        f'public_key = "{_public_b64(key.public_key())}"\n'
        f'value = "{base64.b64encode(signature).decode("ascii")}"\n'
    )


def _raw_key(public_b64: str) -> bytes | None:
    try:
        raw = base64.b64decode(public_b64, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def verify_profile_text(text: str, pinned_public_key: str | None = None) -> VerifiedProfile:
    """Check signature, pin and content; raise the specific :class:`ProfileError`.

    Order matters for the message: not TOML, then not signed, then signed by another key than
    the pinned one, then changed after signing, and only then field validation.
    """
    document = parse_toml(text)
    signature = document.get("signature")
    if not isinstance(signature, dict) or not signature.get("value"):
        raise UnsignedProfile
    public_b64 = signature.get("public_key")
    value = signature.get("value")
    if (
        signature.get("algorithm") != ALGORITHM
        or not isinstance(public_b64, str)
        or not isinstance(value, str)
    ):
        raise TamperedProfile
    raw = _raw_key(public_b64)
    if raw is None:
        raise TamperedProfile
    if pinned_public_key is not None and raw != _raw_key(pinned_public_key):
        raise WrongSigningKey
    try:
        public = Ed25519PublicKey.from_public_bytes(raw)
        public.verify(base64.b64decode(value, validate=True), canonical_bytes(document))
    except (InvalidSignature, binascii.Error, ValueError) as exc:
        raise TamperedProfile from exc
    profile = parse_profile(document)
    canonical_key = base64.b64encode(raw).decode("ascii")
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return VerifiedProfile(profile, canonical_key, sha256, text)


def verify_update(text: str, installed: VerifiedProfile | None) -> VerifiedProfile:
    """Verify ``text`` as the successor of ``installed`` (or as a first import, which pins).

    An update must be signed by the pinned key, be the same agency, and not be older; the same
    version is accepted only for the identical profile (a re-import).
    """
    if installed is None:
        return verify_profile_text(text)
    offered = verify_profile_text(text, installed.public_key)
    if offered.profile.id != installed.profile.id:
        raise OtherAgency
    if offered.profile.version < installed.profile.version:
        raise OlderVersion(offered.profile.version, installed.profile.version)
    same_version = offered.profile.version == installed.profile.version
    if same_version and _signed_bytes(offered) != _signed_bytes(installed):
        raise ChangedWithoutNewVersion(offered.profile.version)
    return offered


def _signed_bytes(verified: VerifiedProfile) -> bytes:
    return canonical_bytes(parse_toml(verified.text))
