"""``keukentafel audit``: ``verify`` checks the vault's hash chain and names the first broken link
(with ``--head FILE`` it checks an exported report's signed head against the vault, so a chain
rewritten after the report is found); ``report`` prints or writes the content-free access
report for a period (R-000-44, R-002-22, R-002-23)."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.citizen import ValidationError
from app.i18n import translate
from app.paths import default_paths
from app.services.audit_trail import AuditTrail
from app.services.reports import export as heads
from app.services.reports.access import AccessReportService
from app.services.reports.period import period
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
    if getattr(args, "head", None):
        try:
            text = Path(args.head).read_text(encoding="utf-8")
            verdict = vault.db.run(lambda c: heads.check(c, text))
        except (OSError, UnicodeDecodeError):
            print(translate("cli", "Cannot read that file."), file=sys.stderr)
            return 2
        finally:
            vault.db.close()
        print(
            verdict.reason
            if verdict.ok
            else translate("cli", "BROKEN: {reason}").format(reason=verdict.reason)
        )
        return 0 if verdict.ok else 1
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


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "use a date as 2026-01-31")) from None


def report(args: argparse.Namespace) -> int:
    """The access report for a period; exporting it is logged and it carries the signed head."""
    try:
        chosen = period(args.start, args.end)
    except ValidationError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        vault = unlock(vault_folder(args), read_passphrase(args))
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        trail = AuditTrail(vault.db, vault.actor)
        service = AccessReportService(vault.db, trail)
        found = service.build(chosen, dossier=args.citizen or "", actor=args.worker or "")
        if args.output:
            service.export(found, Path(args.output), args.format)
        else:
            print(service.signed_text(found, args.format), end="")
    finally:
        vault.db.close()
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "audit", help=translate("cli", "check the vault's audit log (content-free)")
    )
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    check = sub.add_parser("verify", help=translate("cli", "verify the hash chain"))
    add_vault_arguments(check)
    check.add_argument(
        "--head",
        metavar="FILE",
        help=translate(
            "cli", "check the signed audit head of an exported report against the vault"
        ),
    )
    check.set_defaults(handler=verify)
    access = sub.add_parser(
        "report", help=translate("cli", "the access report for a period (no content)")
    )
    add_vault_arguments(access)
    access.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    access.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE")
    access.add_argument(
        "--citizen", metavar="CASE", help=translate("cli", "only this dossier (case number)")
    )
    access.add_argument("--worker", help=translate("cli", "only this worker id"))
    access.add_argument("--format", choices=("text", "csv"), default="text")
    access.add_argument(
        "--output", metavar="FILE", help=translate("cli", "write to this file instead")
    )
    access.set_defaults(handler=report)
