"""``keukentafel gui`` (the default): start the desktop app."""

from __future__ import annotations

import argparse
from typing import Any

from app.i18n import translate


def run(args: argparse.Namespace) -> int:
    from ui.__main__ import main as gui_main  # Qt loads only for the GUI

    return int(gui_main(vault_folder=args.vault))


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui", help=translate("cli", "start the app (default)"))
    parser.add_argument("--vault", help=translate("cli", "open the vault in this folder"))
    parser.set_defaults(handler=run)
