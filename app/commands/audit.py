"""``keukentafel audit verify``: check the vault's hash chain and name the first broken link."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.paths import default_paths
from app.storage import audit
from app.storage.errors import VaultError
from app.storage.vault import unlock
from app.storage.vault_paths import vault_folders


def read_passphrase(args: argparse.Namespace) -> str:
    """From stdin (one line) with ``--passphrase-stdin``, otherwise a hidden prompt."""
    if getattr(args, "passphrase_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(translate("cli", "Passphrase: "))


def vault_folder(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault)
    vaults = vault_folders(default_paths().vaults)
    if len(vaults) == 1:
        return vaults[0]
    raise SystemExit(translate("cli", "Name the vault folder with --vault."))


def add_vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", help=translate("cli", "vault folder (holds vault.db)"))
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("cli", "read the passphrase from standard input"),
    )


def verify(args: argparse.Namespace) -> int:
    try:
        vault = unlock(vault_folder(args), read_passphrase(args), inspect_only=True)
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        report = vault.db.run(audit.verify_chain)
    finally:
        vault.db.close()
    if report.ok:
        print(translate("cli", "OK: {n} events, the chain is intact.").format(n=report.events))
        return 0
    print(
        translate("cli", "BROKEN: the chain breaks at event {seq} ({reason}).").format(
            seq=report.first_broken_seq, reason=report.reason
        )
    )
    return 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "audit", help=translate("cli", "check the vault's audit log (content-free)")
    )
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    check = sub.add_parser("verify", help=translate("cli", "verify the hash chain"))
    add_vault_arguments(check)
    check.set_defaults(handler=verify)
