"""``keukentafel bundle open --identity FILE BUNDLE``: the back office opens a bundle without
the GUI (issue 7; DESIGN section 2).

Decrypts with the age identity in FILE (an ``.agekey`` file: the case system's or a worker's),
checks the schema version and the Ed25519 signature over the head of the sender's audit chain
and the bundle's content, then prints a summary without content (``--format text``), prints
the JSON (``--format json``) or writes it to ``--out`` (atomically, where the operator
chose). Exit codes: 0 opened and verified; 1 the bundle cannot be opened or trusted (not for
this key, damaged, changed, newer schema); 2 the identity or a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.services.bundles.identity import secret_in
from app.services.bundles.open import open_bundle, summary
from app.services.bundles.schema import BundleUnreadable
from app.storage.atomic import write_atomic
from app.storage.errors import VaultError


def open_command(args: argparse.Namespace) -> int:
    try:
        identity = secret_in(Path(args.identity).read_text(encoding="utf-8"))
        data = Path(args.bundle).read_bytes()
    except (OSError, UnicodeDecodeError):
        print(translate("cli", "The identity file or the bundle cannot be read."), file=sys.stderr)
        return 2
    if identity is None:
        print(
            translate("cli", "The identity file does not hold one age identity."), file=sys.stderr
        )
        return 2
    try:
        opened = open_bundle(data, [identity])
    except BundleUnreadable as exc:
        print(str(exc), file=sys.stderr)
        return 1
    text = json.dumps(opened.doc, ensure_ascii=False, indent=2)
    if args.out:
        try:
            write_atomic(Path(args.out), text.encode("utf-8"))
        except VaultError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        print(translate("cli", "Written: {path}").format(path=args.out))
    if args.format == "json" and not args.out:
        print(text)
    elif args.format == "text":
        print("\n".join(summary(opened)))
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bundle", help=translate("cli", "open an encrypted bundle (back office)")
    )
    actions = parser.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    opener = actions.add_parser(
        "open", help=translate("cli", "decrypt a bundle, verify its audit head and show it")
    )
    opener.add_argument(
        "--identity", required=True, help=translate("cli", "age identity file (.agekey)")
    )
    opener.add_argument("bundle", help=translate("cli", "the bundle file (.age)"))
    opener.add_argument("--out", help=translate("cli", "write the JSON to this file"))
    opener.add_argument(
        "--format",
        choices=("json", "text"),
        default="text",
        help=translate("cli", "print a summary (text) or the JSON"),
    )
    opener.set_defaults(handler=open_command)
