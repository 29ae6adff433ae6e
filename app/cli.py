"""Command-line entry point: ``keukentafel`` starts the app; subcommands serve administrators.

Each subcommand lives in its own ``app/commands/*.py`` module exposing
``register(subparsers)``. The console script is ``ui/cli.py``, which hands in the desktop
launcher, so ``app/`` never imports ``ui/`` and the other commands never load Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.i18n import translate

# Modules under app/commands that register subcommands, in --help order.
COMMAND_MODULES = (
    "gui", "demo", "audit", "profile", "documents", "bundle", "recovery", "selftest", "about",
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="keukentafel",
        description=translate(
            "cli", "Keukentafel: offline assistant for the kitchen-table conversation."
        ),
    )
    parser.add_argument("--version", action="version", version=f"keukentafel {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"app.commands.{name}")
        module.register(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    launch_gui: Callable[[Path | None], int] | None = None,
    load_catalog: Callable[[str], Callable[[str, str], str] | None] | None = None,
    qt_version: str | None = None,
) -> int:
    """Run the command line; without a subcommand the desktop app starts.

    ``launch_gui`` starts the desktop app on a vault folder, ``load_catalog`` loads a Qt
    catalog for ``selftest`` and ``qt_version`` is shown by ``about``; ``ui/cli.py`` passes
    them in (``app/`` never imports Qt).
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list or ["gui"])
    args.launch_gui = launch_gui
    args.load_catalog = load_catalog
    args.qt_version = qt_version
    handler = args.handler
    result: int = handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
