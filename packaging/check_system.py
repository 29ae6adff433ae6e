"""Check the system libraries Keukentafel needs and name the Debian package for each gap.

Run with the system Python (``--python``, before the virtual environment exists) or with the
environment's Python (default) to check that Qt and SQLCipher load.
"""

from __future__ import annotations

import ctypes.util
import sys

# library soname stem -> Debian/apt package that provides it
QT_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def _check_python() -> list[str]:
    problems = []
    major, minor = sys.version_info[:2]
    if (major, minor) < (3, 11):
        problems.append("Python 3.11 of nieuwer is nodig (apt-get install python3).")
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        problems.append("De Python-module venv ontbreekt: apt-get install python3-venv")
    return problems


def _check_libraries() -> list[str]:
    problems = []
    for lib, package in QT_LIBRARIES.items():
        if ctypes.util.find_library(lib) is None:
            problems.append(f"Systeembibliotheek lib{lib} ontbreekt: apt-get install {package}")
    if problems:
        return problems
    try:
        from PySide6 import QtGui  # noqa: F401
    except ImportError as exc:
        problems.append(f"Qt laadt niet ({exc}). Installeer libegl1 libgl1 libxkbcommon0.")
    try:
        import sqlcipher3  # noqa: F401
    except ImportError as exc:
        problems.append(f"SQLCipher laadt niet ({exc}). Installeer libssl3.")
    return problems


def main() -> int:
    problems = _check_python() if "--python" in sys.argv else _check_libraries()
    for problem in problems:
        print(f"keukentafel: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
