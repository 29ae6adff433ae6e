"""Entry point of the built console program ``keukentafel-cli`` (PyInstaller runs this file).

The administrators' subcommands: audit, profile, documents, bundle, recovery, selftest, about.
"""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
