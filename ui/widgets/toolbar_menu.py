"""A drop-down menu on a toolbar button that opens on the first click or Enter."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton


def add_drop_down(toolbar: QToolBar, text: str, menu: QMenu, name: str) -> QAction:
    """Put ``menu`` on ``toolbar`` as a button labelled ``text`` (object name ``name``)."""
    action = QAction(text, toolbar.parent())
    action.setObjectName(name)
    action.setMenu(menu)
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return action
