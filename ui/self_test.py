"""``keukentafel --self-test``: the installation check of the desktop executable.

The same steps as ``keukentafel selftest`` (``app/commands/selftest.py``: SQLCipher, FTS5, a
throwaway vault written, locked and unlocked, the information sheet as PDF, the Dutch catalog),
plus what only the desktop app needs: a Qt platform plugin, Qt's own Dutch catalog for the
standard buttons, and QtPdf reading the paper the preview shows.

The Windows build of the desktop app has no console, so without standard output the lines go
to the log file instead (``keukentafel.log`` in the user's log folder); the exit code says it
either way. ``keukentafel-cli selftest`` is the console check.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, qVersion
from PySide6.QtGui import QGuiApplication

from app.commands.selftest import SelfTestRun, Step, StepFailed, run_self_test
from app.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


def step_qt_platform(run: SelfTestRun) -> str:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise StepFailed(QCoreApplication.translate("SelfTest", "no Qt application"))
    return f"Qt {qVersion()}, {QGuiApplication.platformName()}"


def step_qt_catalog(run: SelfTestRun) -> str:
    from ui.i18n import load_translator, qt_translations_dir

    folder = qt_translations_dir()
    translator = load_translator("qtbase_nl", folder)
    if translator is None:
        raise StepFailed(
            QCoreApplication.translate("SelfTest", "qtbase_nl.qm not found in {folder}").format(
                folder=folder
            )
        )
    cancel = translator.translate("QPlatformTheme", "Cancel")
    if not cancel or cancel == "Cancel":
        raise StepFailed(
            QCoreApplication.translate("SelfTest", "qtbase_nl.qm does not translate “Cancel”")
        )
    return f"“Cancel” → “{cancel}”"


def step_qt_pdf(run: SelfTestRun) -> str:
    from PySide6.QtPdf import QPdfDocument

    if not run.pdf:
        raise StepFailed(QCoreApplication.translate("SelfTest", "no paper was rendered"))
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(run.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    pages = document.pageCount()
    document.close()
    buffer.close()
    if pages != run.pages:
        raise StepFailed(
            QCoreApplication.translate(
                "SelfTest", "QtPdf read {found} page(s), the paper has {pages}"
            ).format(found=pages, pages=run.pages)
        )
    return QCoreApplication.translate("SelfTest", "{pages} page(s)").format(pages=pages)


GUI_STEPS: tuple[Step, ...] = (
    (QT_TRANSLATE_NOOP("SelfTest", "Qt platform"), step_qt_platform),
    (QT_TRANSLATE_NOOP("SelfTest", "Qt's Dutch standard buttons"), step_qt_catalog),
    (QT_TRANSLATE_NOOP("SelfTest", "PDF preview (QtPdf)"), step_qt_pdf),
)


def run(qt_argv: Sequence[str]) -> int:
    """Run every step in a QApplication made from ``qt_argv``; return the exit code."""
    from ui.__main__ import make_application
    from ui.i18n import install, load_catalog

    make_application(qt_argv)
    install()  # the product language, as the command line has it
    if sys.stdout is None:  # a windowed build on Windows: no console to print to
        from app import log as app_log
        from app.paths import default_paths

        app_log.configure(default_paths().logs)

    def report(line: str) -> None:
        if sys.stdout is not None:
            print(line, flush=True)
        else:
            logger.info("self-test: %s", line)

    code = run_self_test(report, load_catalog=load_catalog, extra_steps=GUI_STEPS)
    QCoreApplication.processEvents()
    return code
