"""Keyboard focus is visible on every kind of control the app uses, in the normal and the
high-contrast palette (issue 9; WCAG 2.4.7, and 1.4.11 for the indicator's 3:1 contrast).

Each control is rendered (``grab``) with and without keyboard focus, reached with Tab; the test
counts the pixels that changed by at least 3:1 and wants at least a one-pixel ring's worth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import appearance
from ui.contrast import NON_TEXT, contrast_ratio
from ui.preferences import Preferences


def _tool() -> QWidget:
    button = QToolButton()
    button.setText("Toon")
    return button


def _combo() -> QWidget:
    combo = QComboBox()
    combo.addItems(["huisarts", "wijkverpleging"])
    return combo


def _list() -> QWidget:
    listing = QListWidget()
    listing.addItems(["Financiën", "Wonen"])
    return listing


def _tabs() -> QWidget:
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Notities")
    tabs.addTab(QWidget(), "Huishouden")
    return tabs


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "push button": lambda: QPushButton("&Opslaan"),
    "tool button": _tool,
    "line edit": lambda: QLineEdit("Dorpsstraat 1"),
    "plain text edit": lambda: QPlainTextEdit("Kan de trap niet meer op."),
    "combo box": _combo,
    "spin box": QSpinBox,
    "date edit": QDateEdit,
    "check box": lambda: QCheckBox("Uitleg gegeven"),
    "radio button": lambda: QRadioButton("Afgerond"),
    "list view": _list,
    "table view": lambda: QTableWidget(2, 2),
    "tab bar": _tabs,
}


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def palette(request: pytest.FixtureRequest, qtbot: object) -> Iterator[bool]:
    appearance.apply(Preferences(high_contrast=request.param))
    yield request.param
    appearance.apply(Preferences())


def strong_changes(before: QImage, after: QImage) -> int:
    """Pixels whose colour changed by at least 3:1."""
    count = 0
    for y in range(before.height()):
        for x in range(before.width()):
            old, new = before.pixelColor(x, y), after.pixelColor(x, y)
            if old != new and contrast_ratio(new, old) >= NON_TEXT:
                count += 1
    return count


def _focus_by_tab(qtbot, window: QWidget, make: Callable[[], QWidget]) -> tuple[QImage, QImage]:
    """The control in ``window`` between two buttons, before and after Tab brings it focus."""
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QPushButton("Vorige")
    layout.addWidget(before)
    layout.addWidget(make())
    layout.addWidget(QPushButton("Volgende"))
    window.resize(420, 320)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    before.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the keyboard, as a worker would
    control = QApplication.focusWidget()
    assert control is not None
    assert control is not before
    area = QRect(control.mapTo(window, QPoint(0, 0)), control.size()).adjusted(-3, -3, 3, 3)
    focused = window.grab(area).toImage()
    before.setFocus()
    QApplication.processEvents()
    unfocused = window.grab(area).toImage()
    window.setProperty("control_size", control.size())
    return unfocused, focused


@pytest.mark.parametrize("kind", list(CONTROLS))
def test_keyboard_focus_is_visible_on_every_kind_of_control(qtbot, palette, kind) -> None:
    window = QWidget()
    unfocused, focused = _focus_by_tab(qtbot, window, CONTROLS[kind])
    assert unfocused != focused, kind
    size = window.property("control_size")
    ring = 2 * (size.width() + size.height())  # a one-pixel line all round
    assert strong_changes(unfocused, focused) >= ring, kind


def test_the_focus_frame_follows_the_focus_and_leaves_with_it(qtbot) -> None:
    from ui.focus_frame import install

    frames = install(QApplication.instance())
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = QLineEdit(), QSpinBox()
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    first.setFocus()
    assert frames.frame is not None
    assert frames.frame.widget() is first
    second.setFocus()  # the spin box itself, not its inner line edit
    assert frames.frame.widget() is second
    assert frames.frame.geometry().contains(second.geometry())
    window.close()
    QApplication.processEvents()
