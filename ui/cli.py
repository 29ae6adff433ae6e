"""The ``keukentafel`` console script: the command line of ``app.cli`` plus the desktop app.

Qt is imported only when the desktop app actually starts, so ``keukentafel audit`` and the
other administrator commands stay light.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _launch(folder: Path | None) -> int:
    from ui.__main__ import main as gui_main

    return int(gui_main(vault_folder=folder))


def main() -> int:
    from app.cli import main as cli_main

    return cli_main(launch_gui=_launch)


if __name__ == "__main__":
    sys.exit(main())
