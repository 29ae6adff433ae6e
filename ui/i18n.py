"""Load the Dutch catalog and Qt's own, and route ``app.i18n.translate`` through Qt."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import formatting
from app import i18n as core_i18n
from app.paths import resources_dir

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir().parent / "translations"


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
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"keukentafel_{language}", str(translations_dir())),
        (f"qtbase_{language}", qt_dir),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
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
    translator = QTranslator()
    if not translator.load(f"keukentafel_{language}", str(translations_dir())):
        return
    _installed_cli.append(translator)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    core_i18n.install(translate)


_installed_cli: list[QTranslator] = []
