"""Text drawn in less room than it needs, and windows larger than a laptop screen (issue 9).

Used with the application font doubled (``ui.appearance.apply(Preferences(text_scale=200))``):
``fit_to_laptop`` sizes a window as a worker's 1366×768 laptop allows, ``too_big`` says when a
window cannot get that small, and ``clipped_texts`` lists every label, button, check box, radio
button, group-box title, combo box and column header that is squeezed or cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QWidget,
)

# A 1366×768 laptop less the taskbar and the window's title bar.
LAPTOP = QSize(1366, 700)
SLACK = 1  # pixels of rounding
COMBO_SLACK = 4  # QFormLayout's wrapped rows come up a few pixels short


def too_big(window: QWidget) -> str:
    """Why ``window`` cannot fit the laptop screen, or ''."""
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > LAPTOP.width() or need.height() > LAPTOP.height():
        return f"{type(window).__name__} needs {need.width()}x{need.height()}"
    return ""


def fit_to_laptop(window: QWidget) -> None:
    """The window's own size, as far as the laptop screen allows (never below its minimum)."""
    if window.isFullScreen():
        return
    size = window.size().boundedTo(LAPTOP).expandedTo(window.minimumSizeHint())
    if size != window.size():
        window.resize(size)


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _cut_off(widget: QWidget, window: QWidget) -> str:
    """Where a container cuts part of ``widget`` away. Past a scroll area's viewport the
    direction it scrolls in is no longer checked: the worker can scroll there."""
    rect = _rect_in(widget, window)
    check_x = check_y = True
    parent = widget.parentWidget()
    while parent is not None and (check_x or check_y):
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            check_x = check_x and area.horizontalScrollBarPolicy() == off
            check_y = check_y and area.verticalScrollBarPolicy() == off
        outer = _rect_in(parent, window)
        if check_x and (rect.left() < outer.left() - SLACK or rect.right() > outer.right() + SLACK):
            return f"cut off on the side by {type(parent).__name__} {parent.objectName()!r}"
        if check_y and (rect.top() < outer.top() - SLACK or rect.bottom() > outer.bottom() + SLACK):
            return f"cut off at the bottom by {type(parent).__name__} {parent.objectName()!r}"
        if parent is window:
            break
        parent = parent.parentWidget()
    return ""


def _squeezed(widget: QWidget, slack: int = SLACK) -> str:
    hint = widget.minimumSizeHint()
    if widget.width() + slack < hint.width() or widget.height() + SLACK < hint.height():
        return f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
    return ""


def _label_squeezed(label: QLabel) -> str:
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return f"height {label.height()} < {need}" if label.height() + SLACK < need else ""
    return _squeezed(label)


def _header_elided(header: QHeaderView) -> str:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return ""
    for section in range(model.columnCount()):
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = header.sectionSizeHint(section)
        if text and not header.isSectionHidden(section) and header.sectionSize(section) < need:
            return f"column {text!r} {header.sectionSize(section)} < {need}"
    return ""


def _text_and_problem(widget: QWidget) -> tuple[str, str] | None:
    if isinstance(widget, QLabel):
        return (widget.text(), _label_squeezed(widget)) if widget.text().strip() else None
    if isinstance(widget, QAbstractButton):
        return (widget.text(), _squeezed(widget)) if widget.text() else None
    if isinstance(widget, QGroupBox):
        return (widget.title(), _squeezed(widget)) if widget.title() else None
    if isinstance(widget, QComboBox):  # it makes room for its longest item: a little less
        return widget.currentText(), _squeezed(widget, COMBO_SLACK)  # shortens only that one
    if isinstance(widget, QHeaderView):
        return "", _header_elided(widget)
    return None


def clipped_texts(window: QWidget) -> list[str]:
    """Texts in ``window`` drawn in less room than they need: squeezed below their minimum
    size hint (a word-wrapped label lower than its height for its width), cut off by a
    container that does not scroll, or an elided column header."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        checked = _text_and_problem(widget)
        if checked is None:
            continue
        text, problem = checked
        problem = problem or _cut_off(widget, window)
        if problem:
            kind = type(widget).__name__
            found.append(f"{kind} {text[:40]!r} in {type(window).__name__}: {problem}")
    return found
