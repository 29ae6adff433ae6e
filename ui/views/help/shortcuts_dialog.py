"""The keyboard shortcuts screen (F1 anywhere in the main window; issue 9, WCAG 2.1.1).

A table of what each key does, read from the live window when it opens, so it cannot drift
from the keys that really work: the main window's actions (toolbar and menus), then the
shortcuts of the screen on view (a conversation's step keys, a visit's person keys), then the
conversation's keys when no conversation is open, then the standard keys in plain words. Each
row keeps the action or shortcut it describes (``rows``), so a test can press the keys shown.

Arrows move through the rows (a screen reader reads each row); Esc or Close closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from ui.views.intake import intake_view

SECTIONS = {
    "main": QT_TRANSLATE_NOOP("ShortcutsDialog", "Main window (everywhere)"),
    "screen": QT_TRANSLATE_NOOP("ShortcutsDialog", "On this screen"),
    "conversation": QT_TRANSLATE_NOOP("ShortcutsDialog", "In a conversation (intake)"),
    "standard": QT_TRANSLATE_NOOP("ShortcutsDialog", "Standard keys"),
}

STANDARD_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next field or button"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous field or button"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the field or button with that letter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + the underlined letter"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Press the button; tick or untick the box"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Space"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the chosen line of a list; the main button"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move in a list or a choice; change a date"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave a text box that takes Tab; next tab page"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a window without saving; show a hidden screen"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
    ),
)


@dataclass(frozen=True)
class ShortcutRow:
    """One line of the table; ``source`` is the live action or shortcut (None for the
    conversation's keys while no conversation is open, and for the standard keys)."""

    section: str
    what: str
    keys: str
    source: QAction | QShortcut | None = None


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def action_text(action: QAction, keys: str) -> str:
    """The action's words without the mnemonic, a trailing "…" or the keys it already names."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\s*\(" + re.escape(keys) + r"\)$", "", text)
    return text.removesuffix("…").strip()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def gather(window: QWidget) -> list[ShortcutRow]:
    """Every shortcut that works in ``window`` now, then the ones of a conversation and the
    standard keys."""
    rows: list[ShortcutRow] = []
    for action in window.actions():
        keys = key_text(action.shortcut())
        if keys:
            rows.append(ShortcutRow(_tr(SECTIONS["main"]), action_text(action, keys), keys, action))
    in_conversation = False
    for shortcut in window.findChildren(QShortcut):
        keys, owner = key_text(shortcut.key()), shortcut.parent()
        if not keys or not shortcut.isEnabled() or not isinstance(owner, QWidget):
            continue
        if not owner.isVisible():
            continue  # a hidden view's keys do nothing
        in_conversation |= isinstance(owner, intake_view.IntakeView)
        what = shortcut.whatsThis() or keys
        rows.append(ShortcutRow(_tr(SECTIONS["screen"]), what, keys, shortcut))
    if not in_conversation:
        for keys, what in intake_view.KEYS:
            native = key_text(QKeySequence(keys))
            rows.append(ShortcutRow(_tr(SECTIONS["conversation"]), _tr_intake(what), native))
    for what, keys in STANDARD_KEYS:
        rows.append(ShortcutRow(_tr(SECTIONS["standard"]), _tr(what), _tr(keys)))
    return rows


def _tr_intake(text: str) -> str:
    return QCoreApplication.translate("IntakeView", text)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = gather(window)
        intro = QLabel(
            self.tr(
                "Everything in Keukentafel works with the keyboard. These keys do the main "
                "things; F1 shows this list again."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.horizontalHeader().setAccessibleName(self.tr("Column titles"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("shortcuts_buttons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self.table.setFocus()

    def _fill(self) -> None:
        section = ""
        for row in self.rows:
            if row.section != section:
                section = row.section
                self._add(section, "", heading=True)
            self._add(row.what, row.keys)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(1, 0)

    def _add(self, what: str, keys: str, heading: bool = False) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        first = QTableWidgetItem(what)
        if heading:  # a heading row across both columns, in bold, not a shortcut
            font = first.font()
            font.setBold(True)
            first.setFont(font)
            first.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(index, 0, first)
            self.table.setSpan(index, 0, 1, 2)
            return
        self.table.setItem(index, 0, first)
        self.table.setItem(index, 1, QTableWidgetItem(keys))

    def listed(self) -> list[tuple[str, str]]:
        """(what, keys) as the table shows them, headings left out."""
        found = []
        for index in range(self.table.rowCount()):
            what, keys = self.table.item(index, 0), self.table.item(index, 1)
            if what is not None and keys is not None:
                found.append((what.text(), keys.text()))
        return found


def open_shortcuts_dialog(window: QWidget) -> ShortcutsDialog:
    """Window-modal; on closing, the keyboard focus goes back where it was in ``window``."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: window.activateWindow())
    dialog.open()
    return dialog
