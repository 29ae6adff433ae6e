"""``keukentafel about``: version, licence and the licences of every bundled component.

The same facts as the About dialog (``app/about.py``), for an administrator or an auditor at
the command line. The licence texts themselves are in ``resources/licences/``; the command
prints where.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app import __version__, about
from app.i18n import translate
from app.paths import resources_dir


def print_about(report: Callable[[str], None] = print, qt_version: str | None = None) -> None:
    """Write the About text, one line at a time, through ``report``."""
    report(f"{about.APP_NAME} {__version__} — {about.APP_LICENCE} ({about.APP_LICENCE_FILE})")
    report(translate("About", about.OFFLINE))
    report(translate("About", about.SOURCE_NOTE))
    report("")
    report(translate("About", "Bundled components:"))
    qt = {"qt": qt_version} if qt_version else None
    for component, version in about.component_versions(qt):
        report(f"- {component.name} {version or '?'} — {component.licence}")
        if component.note:
            report(f"    {translate('About', component.note)}")
        if component.source:
            report("    " + translate("About", "Source code: {url}").format(url=component.source))
        report("    " + ", ".join(component.files))
    report("")
    report(about.ZRM_ATTRIBUTION)
    report(translate("About", about.ZRM_NOTE))
    report("")
    report(translate("About", "Licence texts are in: {folder}").format(folder=resources_dir()))


def run(args: argparse.Namespace) -> int:
    print_about(qt_version=getattr(args, "qt_version", None))
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "about", help=translate("cli", "version, licence and the licences of bundled components")
    )
    parser.set_defaults(handler=run)
