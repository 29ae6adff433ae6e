"""``keukentafel gui`` (the default): start the desktop app.

``app/`` never imports ``ui/``: the desktop launcher is handed in by ``ui/cli.py`` (the console
script), which puts it on the parsed arguments as ``launch_gui``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.i18n import translate


def launch_gui(args: argparse.Namespace, folder: Path | None) -> int:
    launcher = getattr(args, "launch_gui", None)
    if launcher is None:
        print(
            translate("cli", "The desktop app is started with the `keukentafel` command."),
            file=sys.stderr,
        )
        return 2
    return int(launcher(folder))


def run(args: argparse.Namespace) -> int:
    return launch_gui(args, Path(args.vault) if args.vault else None)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui", help=translate("cli", "start the app (default)"))
    parser.add_argument("--vault", help=translate("cli", "open the vault in this folder"))
    parser.set_defaults(handler=run)
