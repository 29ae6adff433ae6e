"""Tab order (issue 9; WCAG 2.4.3 Focus Order, 2.1.2 No Keyboard Trap): in every window and
dialog of the tour, Tab from the first widget visits each visible, enabled, focusable widget
exactly once per round, in reading order (``tests/support/tab_order.py``).

The first tests check the checker on small windows, so it is known to catch a jump, a trap and
a widget Tab cannot reach.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.support.app_world import World, close_world, new_controller, open_world, settle
from tests.support.tab_order import check_tab_order, describe
from tests.support.windows import tour, wizard_stops
from ui.focus_order import button_order, chain, forward_focus, release_tab


def _shown(window: QWidget) -> QWidget:
    window.show()
    settle()
    return window


def _form(qtbot) -> tuple[QWidget, list[QLineEdit]]:
    window = QWidget()
    qtbot.addWidget(window)
    grid = QGridLayout(window)
    fields = []
    for row in range(2):
        for column in range(2):
            field = QLineEdit()
            field.setAccessibleName(f"field {row}{column}")
            grid.addWidget(field, row, column)
            fields.append(field)
    return window, fields


def test_a_form_in_creation_order_reads_row_by_row(qtbot) -> None:
    window, fields = _form(qtbot)
    report = check_tab_order(_shown(window))
    assert report.problems() == []
    assert report.visited == fields


def test_a_tab_order_that_jumps_is_reported(qtbot) -> None:
    window, fields = _form(qtbot)
    chain(fields[0], fields[2], fields[1], fields[3])  # down the first column first
    problems = check_tab_order(_shown(window)).problems()
    assert problems == [
        "out of reading order at 1: QLineEdit 'field 10' (after QLineEdit 'field 00'), "
        "expected QLineEdit 'field 01'"
    ]


def test_columns_read_one_column_at_a_time(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    names = QListWidget()
    names.setAccessibleName("names")
    row.addWidget(names)
    form = QWidget()
    column = QVBoxLayout(form)
    for text in ("first", "second", "third"):
        button = QPushButton(text)
        column.addWidget(button)
    row.addWidget(form)
    report = check_tab_order(_shown(window))
    assert [describe(w) for w in report.expected] == [
        "QListWidget 'names'",
        "QPushButton 'first'",
        "QPushButton 'second'",
        "QPushButton 'third'",
    ]


def _proxy_view(qtbot, forward: bool) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = QWidget()
    inner = QVBoxLayout(view)
    inner.addWidget(QPushButton("agenda"))
    search = QLineEdit()
    search.setAccessibleName("search")
    inner.addWidget(search)
    if forward:
        forward_focus(view, search)
    else:
        view.setFocusProxy(search)
    layout.addWidget(view)
    layout.addWidget(QPushButton("after"))
    return _shown(window)


def test_a_focus_proxy_keeps_tab_from_the_widgets_before_it(qtbot) -> None:
    problems = check_tab_order(_proxy_view(qtbot, forward=False)).problems()
    assert any(p.startswith("visited twice: QLineEdit 'search'") for p in problems), problems


def test_forward_focus_leaves_tab_alone_and_still_focuses_the_field(qtbot) -> None:
    window = _proxy_view(qtbot, forward=True)
    assert check_tab_order(window).problems() == []
    view = window.findChildren(QWidget)[0]
    view.setFocus()
    settle()
    assert describe(window.focusWidget()) == "QLineEdit 'search'"


def _unknown_date(qtbot, release: bool) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLineEdit())
    since = QDateEdit()
    since.setMinimumDate(QDate(1900, 1, 1))
    since.setSpecialValueText("unknown")
    since.setDate(since.minimumDate())
    if release:
        release_tab(since)
    layout.addWidget(since)
    layout.addWidget(QPushButton("after"))
    return _shown(window)


def test_a_date_showing_unknown_traps_tab_unless_released(qtbot) -> None:
    trapped = check_tab_order(_unknown_date(qtbot, release=False)).problems()
    assert "never reached: QPushButton 'after'" in trapped
    assert check_tab_order(_unknown_date(qtbot, release=True)).problems() == []


def test_buttons_added_to_a_button_box_follow_the_screen(qtbot) -> None:
    def dialog(ordered: bool) -> QDialog:
        window = QDialog()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        layout.addWidget(QLineEdit())
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.addButton(QPushButton("Choose…"), QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(box)
        if ordered:
            button_order(box)
        return window

    assert check_tab_order(_shown(dialog(False))).problems() != []
    assert check_tab_order(_shown(dialog(True))).problems() == []


# -- the real application ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def world(qapp, tmp_path_factory) -> Iterator[World]:
    opened = open_world(tmp_path_factory.mktemp("tab-order"))
    yield opened
    close_world(opened)


def test_every_window_of_the_tour_tabs_in_reading_order(world: World) -> None:
    found = {}
    names = []
    for stop in tour(world):
        names.append(stop.name)
        problems = check_tab_order(stop.window).problems()
        if problems:
            found[stop.name] = problems
    assert found == {}
    # the tour really went everywhere: the home, a dialog, every intake step, the lock screen
    assert {"lock_screen", "home", "settings", "help/shortcuts", "intake/close"} <= set(names)
    assert len(names) > 50


def test_every_page_of_the_first_run_wizard_tabs_in_reading_order(qapp, tmp_path: Path) -> None:
    controller = new_controller(tmp_path)
    found = {}
    try:
        for stop in wizard_stops(controller):
            problems = check_tab_order(stop.window).problems()
            if problems:
                found[stop.name] = problems
    finally:
        if controller.wizard is not None:
            controller.wizard.hide()
            controller.wizard.deleteLater()
        controller.tasks.wait()
        settle()
    assert found == {}
