"""Checking a window's tab order against its reading order (issue 9, WCAG 2.4.3 Focus Order).

The reading order is found down the widget tree, the way layout-analysis tools read a page (a
recursive X-Y cut): the children of each widget are split at the first horizontal gap none of
them crosses (top part first); where there is none, at a vertical gap (left part first); this
repeats inside each part and inside each child. Rows therefore read left to right, and
side-by-side columns (a list beside a form, a splitter's panes) one column at a time, top to
bottom. A few pixels of overlap still count as a gap (the row tolerance).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QRadioButton,
    QWidget,
)

TOLERANCE = 4  # pixels of overlap between rows (or columns) that still count as a gap
FIND_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _radio_group(button: QRadioButton) -> list[QAbstractButton]:
    group = button.group()
    if group is not None:
        return group.buttons() if group.exclusive() else [button]
    if not button.autoExclusive() or button.parentWidget() is None:
        return [button]
    return [b for b in button.parentWidget().findChildren(QRadioButton, options=FIND_DIRECT)
            if b.autoExclusive()]  # fmt: skip


def _radio_stop(button: QRadioButton, window: QWidget) -> bool:
    """Tab enters a group of exclusive radio buttons once, at the checked one (arrows move
    inside the group; Qt's and Windows' convention)."""
    group = [b for b in _radio_group(button) if b.isVisibleTo(window) and b.isEnabled()]
    chosen = next((b for b in group if b.isChecked()), group[0] if group else button)
    return chosen is button


def focusable_widgets(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` that Tab should reach: visible, enabled, taking Tab focus."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin or combo box: the box itself takes the focus
        if isinstance(widget, QRadioButton) and not _radio_stop(widget, window):
            continue
        found.append(widget)
    return found


Block = tuple[QRect, list[QWidget]]


def _split(blocks: list[Block], vertical: bool) -> list[list[Block]] | None:
    """Cut ``blocks`` at gaps along y (or x when ``vertical``); None when there is no gap."""

    def span(rect: QRect) -> tuple[int, int]:
        if vertical:
            return rect.left() + TOLERANCE, rect.right() - TOLERANCE
        return rect.top() + TOLERANCE, rect.bottom() - TOLERANCE

    ordered = sorted(blocks, key=lambda block: span(block[0]))
    groups: list[list[Block]] = [[ordered[0]]]
    reach = span(ordered[0][0])[1]
    for block in ordered[1:]:
        start, end = span(block[0])
        if start > reach:
            groups.append([block])
        else:
            groups[-1].append(block)
        reach = max(reach, end)
    return groups if len(groups) > 1 else None


def _xy_cut(blocks: list[Block]) -> list[QWidget]:
    if len(blocks) <= 1:
        return [widget for _, widgets in blocks for widget in widgets]
    groups = _split(blocks, vertical=False) or _split(blocks, vertical=True)
    if groups is None:  # overlapping siblings (rare): top-left corner first
        ordered = sorted(blocks, key=lambda b: (b[0].top(), b[0].left()))
        return [widget for _, widgets in ordered for widget in widgets]
    return [widget for group in groups for widget in _xy_cut(group)]


def reading_order(window: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in reading order, read container by container down the widget tree: a
    column (a splitter pane, a group box) is read whole before the one to its right."""
    wanted = {id(w) for w in widgets}

    def read(node: QWidget) -> list[QWidget]:
        own = [node] if id(node) in wanted else []
        blocks: list[Block] = []
        for child in node.children():
            if not isinstance(child, QWidget) or child.isWindow():
                continue
            if not child.isVisibleTo(window):
                continue
            inside = read(child)
            if inside:
                blocks.append((global_rect(child), inside))
        return own + _xy_cut(blocks)

    return read(window)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    from tests.support.keyboard import name_of

    label = name_of(widget) or widget.objectName() or "?"
    return f"{type(widget).__name__} {label!r}"


def activate(window: QWidget, timeout: float = 5.0) -> None:
    """Keys reach only the active window; offscreen, activation can lag a moment."""
    window.activateWindow()
    deadline = time.monotonic() + timeout
    while QApplication.activeWindow() is not window and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert QApplication.activeWindow() is window, f"{type(window).__name__} is not active"


def tab_cycle(start: QWidget, limit: int) -> list[QWidget]:
    """Focus ``start``, press Tab until the focus is back there; every widget passed, in order."""
    activate(start.window())
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is start, f"{describe(start)} would not take the focus"
    visited = [start]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        assert widget is not None, "Tab lost the focus"
        if isinstance(widget, QDateTimeEdit) and widget is visited[-1]:
            continue  # Tab moves through day, month and year first (Qt's date edits)
        if widget is start:
            return visited
        visited.append(widget)
    return visited  # never came back: the caller reports the trap


@dataclass
class TabReport:
    expected: list[QWidget]
    visited: list[QWidget]

    def problems(self) -> list[str]:
        found = []
        seen: set[int] = set()
        for widget in self.visited:
            if id(widget) in seen:
                found.append(f"visited twice: {describe(widget)}")
            seen.add(id(widget))
        missed = [w for w in self.expected if id(w) not in seen]
        found += [f"never reached: {describe(w)}" for w in missed]
        extra = [w for w in self.visited if w not in self.expected]
        found += [f"reached but not expected: {describe(w)}" for w in extra]
        order = [w for w in self.visited if w in self.expected]
        wanted = [w for w in self.expected if w in order]
        if not found and order != wanted:
            for index, (got, want) in enumerate(zip(order, wanted, strict=True)):
                if got is not want:
                    found.append(
                        f"out of reading order at {index}: {describe(got)} "
                        f"(after {describe(order[index - 1] if index else None)}), "
                        f"expected {describe(want)}"
                    )
                    break
        return found


def check_tab_order(window: QWidget) -> TabReport:
    """Tab once round ``window`` from the first widget in reading order."""
    QApplication.processEvents()
    expected = reading_order(window, focusable_widgets(window))
    assert expected, f"nothing focusable in {type(window).__name__}"
    visited = tab_cycle(expected[0], 2 * len(expected) + 5)
    return TabReport(expected, visited)
