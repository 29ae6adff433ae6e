"""Load the Dutch catalog and Qt's own, and route ``app.i18n.translate`` through Qt."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import formatting
from app import i18n as core_i18n
from app.paths import install_root

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """``translations/`` in the source tree, or in the bundle beside ``resources/``."""
    return install_root() / "translations"


def qt_translations_dir() -> Path:
    """Qt's own catalogs (``qtbase_nl.qm``): where this Qt says they are.

    In a PyInstaller build PySide6's hook copies them to ``PySide6/Qt/translations`` inside
    the bundle; that folder is used when Qt's own answer holds no catalogs.
    """
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundled = install_root() / "PySide6" / "Qt" / "translations"
    if not any(reported.glob("qtbase_*.qm")) and bundled.is_dir():
        return bundled
    return reported


def load_translator(name: str, folder: Path) -> QTranslator | None:
    """A loaded catalog ``<folder>/<name>.qm``, or None when it is missing or unreadable."""
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


def load_catalog(language: str) -> Callable[[str, str], str] | None:
    """Our catalog for ``language`` as a plain ``translate(context, text)`` (the self-test)."""
    translator = load_translator(f"keukentafel_{language}", translations_dir())
    if translator is None:
        return None
    found = translator

    def translate(context: str, text: str) -> str:
        return found.translate(context, text) or text

    return translate


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(language: str = DEFAULT_LANGUAGE) -> None:
    """Install the catalogs for ``language`` (``nl`` or ``en``); English needs none.

    ``keukentafel_<lang>.qm`` from ``translations/`` and Qt's own ``qtbase_<lang>.qm``; a
    missing catalog is skipped. ``app.i18n.translate`` is routed through Qt either way.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    formatting.set_language(language)
    core_i18n.install(_qt_translate)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    for name, folder in (
        (f"keukentafel_{language}", translations_dir()),
        (f"qtbase_{language}", qt_translations_dir()),
    ):
        translator = load_translator(name, folder)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:  # not built yet, or no Qt catalog for this language: English stays
            logger.debug("catalog %s not found", name)


def install_without_application(language: str = DEFAULT_LANGUAGE) -> None:
    """Dutch for the command line, which has no QApplication to install a translator into.

    The catalog is consulted directly; ``%n`` is filled in as ``QCoreApplication`` would.
    """
    formatting.set_language(language)
    if language == "en":
        return
    translator = load_translator(f"keukentafel_{language}", translations_dir())
    if translator is None:
        return
    _installed_cli.append(translator)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    core_i18n.install(translate)


_installed_cli: list[QTranslator] = []
