"""Entry point of the built desktop app ``keukentafel`` (windowed; PyInstaller runs this file).

``keukentafel --self-test`` checks the installation and exits; see ``ui/self_test.py``.
"""

import sys

from ui.__main__ import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
