"""The Help drop-down in the main window's toolbar: keyboard shortcuts (F1) and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from app import __version__


def add_help_menu(window: QMainWindow, toolbar: QToolBar) -> QMenu:
    menu = QMenu(QCoreApplication.translate("HelpMenu", "Help"), window)
    menu.setObjectName("help_menu")
    shortcuts = menu.addAction(QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"))
    shortcuts.setObjectName("shortcuts_action")
    shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
    shortcuts.triggered.connect(lambda: open_shortcuts(window))
    about = menu.addAction(QCoreApplication.translate("HelpMenu", "&About Keukentafel"))
    about.setObjectName("about_action")
    about.triggered.connect(lambda: open_about(window))
    for action in (shortcuts, about):
        window.addAction(action)
    help_action = QAction(QCoreApplication.translate("HelpMenu", "&Help"), window)
    help_action.setObjectName("help_action")
    help_action.setMenu(menu)
    toolbar.addAction(help_action)
    button = toolbar.widgetForAction(help_action)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return menu


def shortcut_lines(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action of the window that has a shortcut."""
    lines = []
    for action in window.actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            lines.append((action.text().replace("&", ""), keys))
    return lines


def open_shortcuts(window: QWidget) -> QMessageBox:
    text = "\n".join(f"{keys}\t{what}" for what, keys in shortcut_lines(window))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("HelpMenu", "Keyboard shortcuts"),
        text,
        parent=window,
    )
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def open_about(window: QWidget) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("HelpMenu", "About Keukentafel"),
        QCoreApplication.translate("HelpMenu", "Keukentafel {version}").format(version=__version__),
        parent=window,
    )
    box.finished.connect(box.deleteLater)
    box.open()
    return box
