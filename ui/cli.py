"""The ``keukentafel`` console script: the command line of ``app.cli`` plus the desktop app.

Only QtCore is loaded for the command line (to read the Dutch catalog); the widgets load when
the desktop app actually starts.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _launch(folder: Path | None) -> int:
    from ui.__main__ import main as gui_main

    return int(gui_main(vault_folder=folder))


def main() -> int:
    from PySide6.QtCore import qVersion

    from app.cli import main as cli_main
    from ui.i18n import install_without_application, load_catalog

    install_without_application()
    return cli_main(launch_gui=_launch, load_catalog=load_catalog, qt_version=qVersion())


if __name__ == "__main__":
    sys.exit(main())
