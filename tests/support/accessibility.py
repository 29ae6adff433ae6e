"""Checks a screen reader and a worker with large text rely on (issue 9).

``unnamed_interactive_widgets`` lists the interactive widgets whose accessible name (what a
screen reader announces: ``QAccessible.Text.Name``) is empty. The name comes from the
widget's own text, a label's buddy or ``setAccessibleName``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
# Parts of a Qt widget that its own accessible interface speaks for.
_PARTS_OF = (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView)
_NOT_CONTROLS = (QScrollBar, QHeaderView)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def is_interactive(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or isinstance(widget, _NOT_CONTROLS):
        return False
    return not isinstance(widget.parent(), _PARTS_OF)


def unnamed_interactive_widgets(
    windows: Iterable[QWidget] | None = None, include_hidden: bool = False
) -> list[str]:
    """ "<class> [object name] in <window class>" for each unnamed interactive widget the worker
    can see in ``windows`` (default: every visible top-level window); with ``include_hidden``
    also those on pages, tabs and rows not shown at the moment."""
    shown = [w for w in (windows or QApplication.topLevelWidgets()) if w.isVisible()]
    missing = []
    for window in shown:
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.window() is not window or not is_interactive(widget):
                continue
            if not include_hidden and not widget.isVisibleTo(window):
                continue
            if not accessible_name(widget):
                name = widget.objectName()
                where = f"{type(widget).__name__}{f' {name!r}' if name else ''}"
                missing.append(f"{where} in {type(window).__name__}")
    return missing
