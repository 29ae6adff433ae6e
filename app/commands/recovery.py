"""``keukentafel recovery split|open``: the agency's two-person recovery of a vault."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app import crypto
from app.domain.passphrase import assess
from app.i18n import translate
from app.recovery import ShareError, join_shares, split_identity
from app.storage.errors import VaultError
from app.storage.vault import reset_passphrase_with_recovery, unlock_with_recovery


def split(args: argparse.Namespace) -> int:
    identity = Path(args.identity).read_text("ascii").strip().splitlines()[-1]
    first, second = split_identity(identity)
    Path(args.out1).write_text(first + "\n", "ascii")
    Path(args.out2).write_text(second + "\n", "ascii")
    print(translate("cli", "Two shares written. Give each to a different person."))
    return 0


def open_vault(args: argparse.Namespace) -> int:
    """Open with both shares, then set a new passphrase for the owner."""
    try:
        identity = join_shares(
            Path(args.share[0]).read_text("ascii"), Path(args.share[1]).read_text("ascii")
        )
    except ShareError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    folder = Path(args.vault)
    try:
        vault = unlock_with_recovery(folder, identity, args.reason)
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        vault.audit("recovery_passphrase_reset", "vault", vault.vault_id)
    finally:
        vault.lock()
    if args.passphrase_stdin:
        new = sys.stdin.readline().rstrip("\n")
    else:
        new = getpass.getpass(translate("cli", "New passphrase for the owner: "))
    strength = assess(new)
    if not strength.acceptable:
        print(strength.reason, file=sys.stderr)
        return 2
    kdf = crypto.TEST_KDF if args.test_kdf else crypto.calibrate()
    reset_passphrase_with_recovery(folder, identity, new, kdf)
    print(translate("cli", "The vault has a new passphrase. The owner will be told at unlock."))
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "recovery", help=translate("cli", "two-person recovery of a vault (administrators)")
    )
    sub = parser.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    s = sub.add_parser("split", help=translate("cli", "split the recovery key into two shares"))
    s.add_argument("identity", help=translate("cli", "file with the age recovery identity"))
    s.add_argument("out1")
    s.add_argument("out2")
    s.set_defaults(handler=split)
    o = sub.add_parser("open", help=translate("cli", "open a vault with both shares"))
    o.add_argument("--vault", required=True)
    o.add_argument("--share", nargs=2, required=True, metavar="SHARE")
    o.add_argument("--reason", required=True, help=translate("cli", "why (kept in the vault)"))
    o.add_argument("--passphrase-stdin", action="store_true")
    o.add_argument("--test-kdf", action="store_true", help=argparse.SUPPRESS)
    o.set_defaults(handler=open_vault)
