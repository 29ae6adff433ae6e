"""``keukentafel profile keygen|sign|check``: an agency makes and checks its own profile.

Run on an administrator's machine, not on a worker laptop: ``keygen`` writes the agency's
private signing key. ``check`` is what an administrator runs before distributing a file, and
prints the fingerprint that workers can compare by phone with the one the wizard shows.
Exit codes: 0 done, 1 refused or failed (the reason on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.domain.profile_errors import ProfileError
from app.i18n import translate
from app.services.profile_signing import (
    generate_signing_key,
    sign_profile_text,
    verify_profile_text,
)
from app.storage.atomic import write_atomic
from app.storage.errors import VaultError


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _read_text(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError:
        raise OSError(translate("cli", "{path} is not UTF-8 text.").format(path=path)) from None


def _cannot_read(path: Path, exc: OSError) -> str:
    return translate("cli", "Cannot read {path} ({reason}).").format(
        path=path, reason=exc.strerror or exc
    )


def keygen(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        return _fail(translate("cli", "{path} exists; not overwritten.").format(path=out))
    pem, public = generate_signing_key()
    try:
        write_atomic(out, pem)  # created with mode 0600
    except (OSError, VaultError) as exc:
        return _fail(str(exc))
    print(
        translate("cli", "Private signing key written to {path}. Keep it offline.").format(path=out)
    )
    print(translate("cli", "Public key: {key}").format(key=public))
    return 0


def sign(args: argparse.Namespace) -> int:
    profile_path, key_path = Path(args.profile), Path(args.key)
    out = Path(args.out) if args.out else profile_path
    try:
        text = _read_text(profile_path)
    except OSError as exc:
        return _fail(_cannot_read(profile_path, exc))
    try:
        pem = key_path.read_bytes()
    except OSError as exc:
        return _fail(_cannot_read(key_path, exc))
    try:
        signed = sign_profile_text(text, pem)
    except ProfileError as exc:
        return _fail(translate("cli", "NOT SIGNED: {reason}").format(reason=exc))
    try:
        write_atomic(out, signed.encode("utf-8"))
    except (OSError, VaultError) as exc:
        return _fail(str(exc))
    print(translate("cli", "Signed: {path}").format(path=out))
    return 0


def check(args: argparse.Namespace) -> int:
    path = Path(args.profile)
    try:
        text = _read_text(path)
    except OSError as exc:
        return _fail(_cannot_read(path, exc))
    try:
        verified = verify_profile_text(text, args.pin)
    except ProfileError as exc:
        return _fail(translate("cli", "REFUSED: {reason}").format(reason=exc))
    profile = verified.profile
    print(translate("cli", "Organisation: {name}").format(name=profile.organisation.name))
    print(
        translate("cli", "Profile: {id}, version {version}, issued {issued}").format(
            id=profile.id, version=profile.version, issued=profile.issued.isoformat()
        )
    )
    print(translate("cli", "Workers in the roster: {n}").format(n=len(profile.roster)))
    print(translate("cli", "Signing key: {key}").format(key=verified.public_key))
    print(translate("cli", "Signing key fingerprint: {fp}").format(fp=verified.fingerprint))
    if profile.demo:
        print(translate("cli", "DEMO profile: never use it for real citizens."))
    print("OK")
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "profile", help=translate("cli", "make, sign and check an agency profile")
    )
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    k = sub.add_parser("keygen", help=translate("cli", "make a new agency signing key"))
    k.add_argument(
        "--out", required=True, metavar="PRIVATE.pem", help=translate("cli", "new key file")
    )
    k.set_defaults(handler=keygen)
    s = sub.add_parser("sign", help=translate("cli", "sign a profile file"))
    s.add_argument("profile", metavar="PROFILE.toml")
    s.add_argument("--key", required=True, metavar="PRIVATE.pem")
    s.add_argument("--out", metavar="FILE", help=translate("cli", "write here instead of in place"))
    s.set_defaults(handler=sign)
    c = sub.add_parser("check", help=translate("cli", "verify and summarise a profile file"))
    c.add_argument("profile", metavar="PROFILE.toml")
    c.add_argument(
        "--pin",
        metavar="PUBKEY_B64",
        help=translate("cli", "the public key the file must be signed with"),
    )
    c.set_defaults(handler=check)
