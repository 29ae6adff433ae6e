"""About Keukentafel: version, licence (EUPL-1.2), offline, and every bundled component.

The facts come from ``app/about.py`` (Qt-free, shared with ``keukentafel about``); this dialog
adds Qt's and PySide6's versions, which only the desktop app can read. Two tabs: the overview,
and the full licence texts one at a time. Everything is text a screen reader can read and the
keyboard can select and scroll; Esc closes. No link opens anything: the app stays offline, so
addresses are shown as text.
"""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__, about

_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Keukentafel"))
        self.versions = about.component_versions({"qt": qVersion(), "pyside6": PySide6.__version__})

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("about_tabs")
        self.tabs.setAccessibleName(self.tr("About Keukentafel"))

        self.overview = QTextBrowser(self)
        self.overview.setObjectName("about_text")
        self.overview.setAccessibleName(self.tr("About Keukentafel"))
        self.overview.setOpenLinks(False)
        self.overview.setOpenExternalLinks(False)
        self.overview.setTextInteractionFlags(_SELECTABLE)
        self.overview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.overview.setHtml(self._overview_html())
        self.tabs.addTab(self.overview, self.tr("&About"))

        licences = QWidget(self)
        form = QFormLayout(licences)
        self.licence_choice = QComboBox(licences)
        self.licence_choice.setObjectName("licence_choice")
        for file in self.licence_files():
            self.licence_choice.addItem(file, file)
        self.licence_text = QPlainTextEdit(licences)
        self.licence_text.setObjectName("licence_text")
        self.licence_text.setReadOnly(True)
        self.licence_text.setTextInteractionFlags(_SELECTABLE)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        form.addRow(self.tr("&Licence:"), self.licence_choice)
        form.addRow(self.licence_text)
        self.licence_choice.currentIndexChanged.connect(self._show_licence)
        self._show_licence()
        self.tabs.addTab(licences, self.tr("Licence &texts"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("about_buttons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.overview.setFocus()

    def licence_files(self) -> list[str]:
        """The app's own licence first, then every component's texts, each once."""
        files = [about.APP_LICENCE_FILE]
        for component, _ in self.versions:
            files.extend(f for f in component.files if f not in files)
        return files

    def _show_licence(self) -> None:
        file = self.licence_choice.currentData()
        try:
            text = about.licence_text(str(file))
        except OSError:
            text = self.tr("This licence text is missing from the installation: {file}").format(
                file=file
            )
        self.licence_text.setPlainText(text)

    def _overview_html(self) -> str:
        parts = [
            f"<h2>Keukentafel {escape(__version__)}</h2>",
            "<p>"
            + escape(
                self.tr("Licence: {licence} (European Union Public Licence).").format(
                    licence=about.APP_LICENCE
                )
            )
            + "</p>",
            f"<p><b>{escape(_about(about.OFFLINE))}</b></p>",
            f"<p>{escape(_about(about.SOURCE_NOTE))}</p>",
            f"<h3>{escape(self.tr('Bundled components'))}</h3>",
        ]
        for component, version in self.versions:
            lines = [
                f"<b>{escape(component.name)}</b> {escape(version or '?')} — "
                f"{escape(component.licence)}"
            ]
            if component.note:
                lines.append(escape(_about(component.note)))
            if component.source:
                lines.append(escape(self.tr("Source code: {url}").format(url=component.source)))
            lines.append(
                escape(self.tr("Licence text: {files}").format(files=", ".join(component.files)))
            )
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        parts.append(f"<h3>{escape(about.ZRM_ATTRIBUTION)}</h3>")
        parts.append(f"<p>{escape(_about(about.ZRM_NOTE))}</p>")
        return "\n".join(parts)


def _about(text: str) -> str:
    """A text ``app/about.py`` marks with ``QT_TRANSLATE_NOOP("About", ...)``."""
    return QCoreApplication.translate("About", text)
