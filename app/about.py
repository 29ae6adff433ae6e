"""What Keukentafel is made of: its own licence and every bundled component with its licence.

Qt-free, so ``keukentafel about`` prints the same list as the About dialog. Versions are read at
run time: ``importlib.metadata`` for Python distributions (the PyInstaller spec copies their
metadata into the build), SQLCipher's own PRAGMAs for SQLCipher, SQLite and OpenSSL, the font
file's header for Noto Sans; the desktop app passes in Qt's and PySide6's. The licence texts
ship in ``resources/licences/`` (the font licence beside the fonts).

``COMPONENTS`` is also the list the spec collects metadata for, and a test checks that every
runtime dependency of the app appears in it.
"""

from __future__ import annotations

import importlib.metadata
import platform
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from app.domain import zrm
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import resources_dir

APP_NAME = "Keukentafel"
APP_LICENCE = "EUPL-1.2"
APP_LICENCE_FILE = "licences/EUPL-1.2.txt"
OFFLINE = QT_TRANSLATE_NOOP(
    "About", "Offline: this app makes no network connections and never updates itself."
)
SOURCE_NOTE = QT_TRANSLATE_NOOP(
    "About",
    "Under the EUPL the source code of this app must be available from whoever gave it to you.",
)
ZRM_NOTE = QT_TRANSLATE_NOOP(
    "About",
    "The Zelfredzaamheid-Matrix (ZRM) was developed by GGD Amsterdam with the municipality of "
    "Rotterdam and is maintained by GGD Amsterdam and the Kerngroep ZRM "
    "(zrm@ggd.amsterdam.nl). This app shows only the names of the domains and of the five "
    "levels, with this attribution. The criteria for each domain and level are GGD Amsterdam's "
    "text (all rights reserved) and are not included; an agency with permission loads its "
    "own copy.",
)
ZRM_ATTRIBUTION = zrm.ATTRIBUTION


@dataclass(frozen=True)
class Component:
    """A bundled component: who made it, under which licence, where its text is."""

    name: str
    licence: str  # SPDX expression where one exists
    files: tuple[str, ...]  # licence texts, relative to resources/
    note: str = ""  # English source text, translated in context "About" when shown
    distributions: tuple[str, ...] = ()  # the Python distributions it covers
    source: str = ""  # where to get the source code (LGPL components)
    version_of: str = ""  # "qt", "pyside6", "sqlcipher", ...; else the first distribution


QT_SOURCE = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE = "https://download.qt.io/official_releases/QtForPython/"
LGPL = ("licences/LGPL-3.0.txt", "licences/GPL-3.0.txt")

COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt",
        "LGPL-3.0-only",
        LGPL,
        QT_TRANSLATE_NOOP(
            "About",
            "The Qt libraries are dynamically linked: they are separate files in the app's "
            "folder and can be replaced by your own build of the same Qt version. Qt contains "
            "third-party code; its licences are listed in Qt's documentation "
            "(Licenses Used in Qt).",
        ),
        source=QT_SOURCE,
        version_of="qt",
    ),
    Component(
        "PySide6 (Qt for Python) and Shiboken6",
        "LGPL-3.0-only",
        LGPL,
        QT_TRANSLATE_NOOP(
            "About", "Dynamically linked Python bindings for Qt; they can be replaced too."
        ),
        ("PySide6-Essentials", "PySide6-Addons", "shiboken6"),
        PYSIDE_SOURCE,
        "pyside6",
    ),
    Component(
        "SQLCipher",
        "BSD-3-Clause",
        ("licences/SQLCipher.txt",),
        QT_TRANSLATE_NOOP("About", "Encrypts the vault. © Zetetic LLC."),
        version_of="sqlcipher",
    ),
    Component(
        "SQLite",
        "Public domain",
        ("licences/SQLite.txt",),
        QT_TRANSLATE_NOOP("About", "The database inside SQLCipher; in the public domain."),
        version_of="sqlite",
    ),
    Component(
        "OpenSSL",
        "Apache-2.0",
        ("licences/Apache-2.0.txt",),
        QT_TRANSLATE_NOOP("About", "Cryptography library inside SQLCipher and cryptography."),
        version_of="openssl",
    ),
    Component(
        "sqlcipher3",
        "Zlib",
        ("licences/sqlcipher3-pysqlite.txt",),
        QT_TRANSLATE_NOOP("About", "Python module for SQLCipher, based on pysqlite."),
        ("sqlcipher3",),
    ),
    Component(
        "Noto Sans",
        "OFL-1.1",
        ("fonts/OFL.txt",),
        QT_TRANSLATE_NOOP("About", "The typeface embedded in the papers."),
        version_of="noto",
    ),
    Component("ReportLab", "BSD-3-Clause", ("licences/ReportLab.txt",), "", ("reportlab",)),
    Component(
        "Pillow",
        "MIT-CMU",
        ("licences/Pillow.txt",),
        QT_TRANSLATE_NOOP("About", "Used by ReportLab."),
        ("pillow",),
    ),
    Component(
        "charset-normalizer",
        "MIT",
        ("licences/charset-normalizer.txt",),
        QT_TRANSLATE_NOOP("About", "Used by ReportLab."),
        ("charset-normalizer",),
    ),
    Component(
        "cryptography",
        "Apache-2.0 OR BSD-3-Clause",
        ("licences/cryptography.txt", "licences/Apache-2.0.txt"),
        QT_TRANSLATE_NOOP("About", "Includes OpenSSL (Apache-2.0)."),
        ("cryptography",),
    ),
    Component("cffi", "MIT-0", ("licences/cffi.txt",), "", ("cffi",)),
    Component("pycparser", "BSD-3-Clause", ("licences/pycparser.txt",), "", ("pycparser",)),
    Component("argon2-cffi", "MIT", ("licences/argon2-cffi.txt",), "", ("argon2-cffi",)),
    Component(
        "argon2-cffi-bindings",
        "MIT",
        ("licences/argon2-cffi-bindings.txt",),
        QT_TRANSLATE_NOOP(
            "About", "Includes the Argon2 reference implementation (CC0-1.0 or Apache-2.0)."
        ),
        ("argon2-cffi-bindings",),
    ),
    Component(
        "pyrage (age)",
        "MIT",
        ("licences/pyrage.txt",),
        QT_TRANSLATE_NOOP(
            "About",
            "Encrypts the bundles in the age format with rage (MIT or Apache-2.0).",
        ),
        ("pyrage",),
    ),
    Component(
        "Babel",
        "BSD-3-Clause",
        ("licences/Babel.txt", "licences/Unicode-CLDR.txt"),
        QT_TRANSLATE_NOOP(
            "About", "Dates and numbers; includes locale data from Unicode CLDR (Unicode licence)."
        ),
        ("babel",),
    ),
    Component("platformdirs", "MIT", ("licences/platformdirs.txt",), "", ("platformdirs",)),
    Component("zxcvbn", "MIT", ("licences/zxcvbn.txt",), "", ("zxcvbn",)),
    Component(
        "python-dateutil",
        "Apache-2.0 AND BSD-3-Clause",
        ("licences/python-dateutil.txt", "licences/Apache-2.0.txt"),
        "",
        ("python-dateutil",),
    ),
    Component(
        "Python",
        "PSF-2.0",
        ("licences/Python-PSF-2.0.txt",),
        QT_TRANSLATE_NOOP("About", "The Python interpreter and standard library."),
        version_of="python",
    ),
)


def distributions() -> list[str]:
    """Every Python distribution the components cover (the spec copies their metadata)."""
    return [d for c in COMPONENTS for d in c.distributions]


def component_versions(qt: Mapping[str, str] | None = None) -> list[tuple[Component, str]]:
    """Each component with the version found now ("" when it cannot be read).

    ``qt`` holds ``{"qt": qVersion(), "pyside6": PySide6.__version__}`` from the desktop app;
    without it PySide6's version comes from its distribution and Qt's stays unknown.
    """
    found = dict(_sqlcipher_versions())
    found["python"] = platform.python_version()
    found["noto"] = _font_revision(resources_dir() / "fonts" / "NotoSans-Regular.ttf")
    found.update(qt or {})
    result = []
    for component in COMPONENTS:
        if component.version_of:
            fallback = _dist_version(component.distributions[0]) if component.distributions else ""
            version = found.get(component.version_of) or fallback
        else:
            version = _dist_version(component.distributions[0])
        result.append((component, version))
    return result


def licence_text(file: str) -> str:
    """The text of a shipped licence file (``file`` relative to resources/)."""
    return (resources_dir() / file).read_text("utf-8")


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _sqlcipher_versions() -> dict[str, str]:
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'about'")  # the provider answers only once a key is set
        values = {
            name: (row[0] if (row := conn.execute(f"PRAGMA {pragma}").fetchone()) else "")
            for name, pragma in (
                ("sqlcipher", "cipher_version"),
                ("openssl", "cipher_provider_version"),
            )
        }
        values["sqlite"] = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    result = {k: str(v or "") for k, v in values.items()}
    result["openssl"] = _openssl_versions(result["openssl"])
    return result


def _openssl_versions(in_sqlcipher: str) -> str:
    """OpenSSL's version in SQLCipher, and in cryptography when that one differs."""
    from cryptography.hazmat.backends.openssl.backend import backend

    versions = [v.removeprefix("OpenSSL ") for v in (in_sqlcipher, backend.openssl_version_text())]
    if versions[0] == versions[1] or not versions[1]:
        return versions[0]
    return f"{versions[0]} (SQLCipher), {versions[1]} (cryptography)"


def _font_revision(path: Path) -> str:
    """The ``fontRevision`` of a TrueType file's ``head`` table (e.g. "2.007")."""
    try:
        data = path.read_bytes()
        tables = struct.unpack(">H", data[4:6])[0]
        for i in range(tables):
            tag, _, offset, _ = struct.unpack(">4sLLL", data[12 + 16 * i : 28 + 16 * i])
            if tag == b"head":
                revision = struct.unpack(">l", data[offset + 4 : offset + 8])[0] / 65536
                return f"{revision:.3f}"
    except (OSError, struct.error):
        return ""
    return ""
