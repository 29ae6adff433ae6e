"""What ``packaging/keukentafel.spec`` puts in the build, as plain data a test can check.

The spec (run by PyInstaller) and ``tests/test_packaging.py`` both read this module, so "every
file the spec bundles exists" is tested without running PyInstaller.

Decisions, each with its reason:
- ``resources/profiles/demo-keys/`` is NOT bundled: those files are private keys (Ed25519
  signing key, age identities). The app never reads them (only ``packaging/`` and the tests do);
  the demo profile ships with its public keys inside ``voorbeeldstad.toml``.
- babel: only the locale data the app formats in (``nl_NL``, ``en_GB`` and their parents), not
  all 1000+ locales; Qt's own catalogs: only Dutch.
- zxcvbn's frequency lists are Python modules (``zxcvbn/frequency_lists.py``), so PyInstaller
  collects them as code; nothing to add.
- Qt: not the parts in ``UNUSED_QT`` (virtual keyboard, Qt Quick/QML, EGLFS, network plugins).
- reportlab: the papers embed Noto Sans from ``resources/fonts``; reportlab's own fonts folder
  (Vera, DarkGarden, Type 1 samples) is not used and not bundled.
- pyphen (readability scores) and fhir.resources (a test's FHIR validator) are development
  tools, as are pytest, hypothesis, pypdf and pikepdf: excluded.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUI_NAME = "keukentafel"
CLI_NAME = "keukentafel-cli"
GUI_ENTRY = ROOT / "packaging" / "entry_gui.py"
CLI_ENTRY = ROOT / "packaging" / "entry_cli.py"

# Folders under resources/ that ship whole, and the one file pattern of profiles.
RESOURCE_FOLDERS = ("documents", "fonts", "licences")
PROFILE_PATTERN = "*.toml"
NOT_BUNDLED = ("resources/profiles/demo-keys",)  # private keys: see the module docstring

# Runtime dependencies that are declared but never imported, so PyInstaller ships none of
# their code and the About list does not name them (tests/test_packaging.py checks both).
NOT_SHIPPED = {
    "tzdata": "python-dateutil declares it; the app uses only dateutil.easter (no time zones)",
}

# Subcommand modules are imported by name (app/cli.py), so PyInstaller cannot see them.
HIDDEN_PACKAGES = ("app.commands",)

EXCLUDES = (
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "pikepdf",
    "pyphen",
    "fhir",
    "fhir_core",
    "pydantic",
    "pydantic_core",
    "mypy",
    "IPython",
    "numpy",
    "tests",
    "benchmarks",
)

# babel's locale data the app needs: nl_NL and en_GB, their parents, and root.
BABEL_LOCALES = ("root", "nl", "nl_NL", "en", "en_001", "en_GB")
QT_LANGUAGES = ("nl",)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every data file the build carries."""
    files: list[tuple[str, str]] = []
    for qm in sorted((root / "translations").glob("*.qm")):
        files.append((str(qm), "translations"))
    for folder in RESOURCE_FOLDERS:
        for path in sorted((root / "resources" / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                dest = path.parent.relative_to(root).as_posix()
                files.append((str(path), dest))
    for profile in sorted((root / "resources" / "profiles").glob(PROFILE_PATTERN)):
        files.append((str(profile), "resources/profiles"))
    for sql in sorted((root / "app" / "storage" / "migrations").glob("*.sql")):
        files.append((str(sql), "app/storage/migrations"))
    return files


# Qt parts PySide6's hooks collect that this app never uses: the on-screen virtual keyboard
# (it alone pulls in Qt Quick and QML), the embedded-device EGLFS platform, and the network
# plugins (TLS back-ends, network-reachability monitors) of an app that opens no connection.
UNUSED_QT = (
    "virtualkeyboard",
    "qt6quick",
    "qt6qml",
    "eglfs",
    "egldeviceintegrations/",
    "networkinformation/",
    "plugins/tls/",
)


def keep_binary(dest: str) -> bool:
    """Whether a library or plugin PyInstaller collected stays in the build."""
    path = dest.replace("\\", "/").lower()
    return not any(part in path for part in UNUSED_QT)


def keep_data(dest: str) -> bool:
    """Whether a data file PyInstaller's hooks collected stays in the build (``dest`` is its
    path in the bundle): trims babel's locales and Qt's catalogs to the languages we use."""
    path = dest.replace("\\", "/")
    if path.startswith("babel/locale-data/"):
        return Path(path).stem in BABEL_LOCALES
    if path.startswith("PySide6/Qt/translations/"):
        stem = Path(path).stem
        return any(stem.endswith(f"_{lang}") for lang in QT_LANGUAGES)
    if path.startswith("reportlab/fonts/"):
        return False
    if any(path.startswith(f"{hidden}/") for hidden in NOT_BUNDLED):
        return False
    return keep_binary(path)  # also the top-level symlinks to the Qt libraries left out
