"""The Help drop-down in the main window's toolbar: keyboard shortcuts (F1) and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ui.widgets.toolbar_menu import add_drop_down

if TYPE_CHECKING:
    from ui.views.help.about_dialog import AboutDialog
    from ui.views.help.shortcuts_dialog import ShortcutsDialog


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
    add_drop_down(toolbar, QCoreApplication.translate("HelpMenu", "&Help"), menu, "help_action")
    return menu


def open_shortcuts(window: QWidget) -> ShortcutsDialog:
    """What every key does, read from the live window (Esc closes)."""
    from ui.views.help.shortcuts_dialog import open_shortcuts_dialog  # loads only when asked

    return open_shortcuts_dialog(window)


def open_about(window: QWidget) -> AboutDialog:
    """Version, licence and the licences of the bundled components (Esc closes)."""
    from ui.views.help.about_dialog import AboutDialog  # loads only when asked for

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
