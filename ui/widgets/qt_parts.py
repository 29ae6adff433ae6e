"""Accessible names for controls Qt adds by itself.

A toolbar too narrow for its buttons (at 200 % text, always) shows an unlabeled "»" button
that opens the rest; a screen reader would announce it as just "button".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget


def name_qt_parts(window: QWidget) -> None:
    for toolbar in window.findChildren(QToolBar):
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(
                QCoreApplication.translate("QtParts", "More toolbar buttons")
            )
