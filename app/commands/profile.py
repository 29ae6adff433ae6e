"""``keukentafel profile keygen|sign|check``: an agency makes and checks its own profile."""

from __future__ import annotations

import argparse
import os
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


def keygen(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        print(translate("cli", "{path} exists; not overwritten.").format(path=out), file=sys.stderr)
        return 1
    pem, public = generate_signing_key()
    write_atomic(out, pem)
    os.chmod(out, 0o600)
    print(
        translate("cli", "Private signing key written to {path}. Keep it offline.").format(path=out)
    )
    print(translate("cli", "Public key: {key}").format(key=public))
    return 0


def sign(args: argparse.Namespace) -> int:
    try:
        signed = sign_profile_text(
            Path(args.profile).read_text("utf-8"), Path(args.key).read_bytes()
        )
    except (OSError, ValueError, ProfileError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    write_atomic(Path(args.out or args.profile), signed.encode("utf-8"))
    print(translate("cli", "Signed: {path}").format(path=args.out or args.profile))
    return 0


def check(args: argparse.Namespace) -> int:
    try:
        verified = verify_profile_text(Path(args.profile).read_text("utf-8"), args.pin)
    except (OSError, UnicodeDecodeError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except ProfileError as exc:
        print(translate("cli", "REFUSED: {reason}").format(reason=exc), file=sys.stderr)
        return 1
    profile = verified.profile
    print(translate("cli", "Organisation: {name}").format(name=profile.organisation.name))
    print(
        translate("cli", "Profile: {id}, version {version}").format(
            id=profile.id, version=profile.version
        )
    )
    print(translate("cli", "Roster: %n worker(s)", None, len(profile.roster)))
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
    k.add_argument("--out", required=True)
    k.set_defaults(handler=keygen)
    s = sub.add_parser("sign", help=translate("cli", "sign a profile file"))
    s.add_argument("profile")
    s.add_argument("--key", required=True)
    s.add_argument("--out")
    s.set_defaults(handler=sign)
    c = sub.add_parser("check", help=translate("cli", "verify and summarise a profile file"))
    c.add_argument("profile")
    c.add_argument("--pin", help=translate("cli", "the public key the file must be signed with"))
    c.set_defaults(handler=check)
