"""Every interactive widget has an accessible name (issue 9); the walker itself is in
``tests.support.accessibility`` and runs over every window in ``tests/ui/test_every_window.py``."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tests.support.accessibility import unnamed_interactive_widgets
from tests.ui.test_first_run_and_lock import add_citizen, run_wizard
from tests.ui.test_settings import open_settings

__all__ = ["unnamed_interactive_widgets"]  # other tests import it from here


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


def test_the_walk_knows_every_kind_of_control_and_what_names_it(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    combo, spin, tool, tabs = QComboBox(), QSpinBox(), QToolButton(), QTabWidget()
    tool.setToolTip("a tooltip is not a name")
    tabs.addTab(QWidget(), "")
    listing = QListView()
    listing.setModel(QStringListModel(["een"], listing))
    for widget in (combo, spin, tool, tabs, listing):
        layout.addWidget(widget)
    hidden = QLineEdit()
    layout.addWidget(hidden)
    hidden.hide()
    window.show()
    assert sorted(unnamed_interactive_widgets([window])) == [
        "QComboBox in QWidget",
        "QListView in QWidget",
        "QSpinBox in QWidget",
        "QTabBar 'qt_tabwidget_tabbar' in QWidget",
        "QToolButton in QWidget",
    ]  # the spin box's own line edit and the list's scroll bars are parts, not controls
    assert unnamed_interactive_widgets([window], include_hidden=True)[-1] == "QLineEdit in QWidget"
    label = QLabel("&Aantal:")
    label.setBuddy(spin)
    layout.addWidget(label)
    combo.setAccessibleName("Soort")
    tool.setText("Meer")
    tabs.setTabText(0, "Eerste")
    listing.setAccessibleName("Keuzes")
    hidden.setAccessibleName("Verborgen veld")
    assert unnamed_interactive_widgets([window], include_hidden=True) == []
