"""Every interactive widget on the screens so far has an accessible name (issue 9 starts here)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.ui.test_first_run_and_lock import add_citizen, run_wizard
from tests.ui.test_settings import open_settings

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox)


def unnamed_interactive_widgets() -> list[str]:
    missing = []
    for widget in QApplication.allWidgets():
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(widget.window()):
            continue
        if not widget.window().isVisible():  # e.g. a closed combo box's popup list
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):  # the spin box's own line edit
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} in {type(widget.window()).__name__}")
    return missing


def _visit_all_wizard_pages(controller) -> None:
    wizard = controller.wizard
    for index in range(wizard.pages.count()):
        wizard._show(index)
        assert unnamed_interactive_widgets() == [], index


def test_every_interactive_widget_has_an_accessible_name(qtbot, controller) -> None:
    controller.start()
    _visit_all_wizard_pages(controller)
    controller.wizard.deleteLater()  # start again from the first page
    controller.wizard = None
    run_wizard(qtbot, controller)
    assert unnamed_interactive_widgets() == []
    add_citizen(qtbot, controller)
    assert unnamed_interactive_widgets() == []
    open_settings(qtbot, controller)
    assert unnamed_interactive_widgets() == []
    controller.lock()
    assert unnamed_interactive_widgets() == []


def test_the_walk_finds_an_unnamed_field(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(QLineEdit())
    window.show()
    assert unnamed_interactive_widgets() == ["QLineEdit in QWidget"]
