"""Every window and dialog of the real application, opened one by one (issue 9, accessibility):
each interactive widget has an accessible name, no text is cut off at the normal text size or
with the text doubled (200 %) on a laptop screen, and in high contrast no widget brings its own
colours. One demo vault serves the module; each tour is taken once and checked by several tests.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

import ui.views
from app import i18n as core_i18n
from tests.support.accessibility import accessible_name, is_interactive, unnamed_interactive_widgets
from tests.support.app_world import World, close, close_world, new_controller, open_world, settle
from tests.support.clipping import clipped_texts, fit_to_laptop, too_big
from tests.support.windows import Stop, tour, wizard_stops
from ui import appearance, i18n
from ui.contrast import TEXT, contrast_ratio
from ui.preferences import Preferences
from ui.views.intake.intake_view import STEP_IDS

# Reached by other routes than the tour (each named test opens them).
NOT_ON_THE_TOUR = {
    "FirstRunWizard": "test_the_wizard_pages_are_named_and_fit_at_both_sizes",
    "GroundFields": "a part of DisclosureDialog (its widgets are checked there)",
    "ItemPicker": "a part of DisclosureDialog",
    "ItemList": "a part of the consent and GP request dialogs",
}


@dataclass
class Findings:
    stops: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    problems: dict[str, list[str]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)  # item view name: description

    def add(self, stop: Stop, problems: list[str]) -> None:
        self.stops.append(stop.name)
        for widget in (stop.window, *_widgets(stop.window)):
            self.classes.update(cls.__name__ for cls in type(widget).__mro__)
            if isinstance(widget, QAbstractItemView) and is_interactive(widget):
                self.descriptions[accessible_name(widget)] = widget.accessibleDescription()
        if problems:
            self.problems[stop.name] = problems


def _widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.window() is window]


@pytest.fixture(scope="module")
def world(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    opened = open_world(tmp_path_factory.mktemp("every_window"))
    yield opened
    close_world(opened)
    appearance.apply(Preferences())


def _sized_tour(world: World, scale: int, language: str = "en") -> tuple[Findings, Findings]:
    """(names, clipping) findings at ``scale`` % text in ``language``."""
    i18n.install(language)
    appearance.apply(Preferences(text_scale=scale))
    names, clipping = Findings(), Findings()
    try:
        for stop in tour(world):
            names.add(stop, unnamed_interactive_widgets([stop.window], include_hidden=True))
            fit_to_laptop(stop.window)
            settle()
            big = too_big(stop.window)
            clipping.add(stop, ([big] if big else []) + clipped_texts(stop.window))
    finally:
        appearance.apply(Preferences())
        i18n.install("en")
        core_i18n.uninstall()
    return names, clipping


@pytest.fixture(scope="module")
def normal_size(world: World) -> tuple[Findings, Findings]:
    return _sized_tour(world, 100)


@pytest.fixture(scope="module")
def double_size(world: World) -> tuple[Findings, Findings]:
    """In Dutch, the product language, whose words run longer than the English ones."""
    return _sized_tour(world, 200, "nl")


def test_the_tour_reaches_every_window_step_and_domain(world, normal_size) -> None:
    names, _ = normal_size
    stops = set(names.stops)
    for step in STEP_IDS:
        assert f"intake/{step}" in stops or step == "domains", step
    assert sum(1 for s in stops if s.startswith("intake/domains/")) == len(
        world.profile.zrm_domains()
    )
    defined = _widget_classes_in_ui_views()
    missing = defined - names.classes - set(NOT_ON_THE_TOUR)
    assert missing == set(), f"add these to tests/support/windows.py: {sorted(missing)}"


def _widget_classes_in_ui_views() -> set[str]:
    found = set()
    for module in pkgutil.walk_packages(ui.views.__path__, "ui.views."):
        for name, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(cls, QWidget) and cls.__module__ == module.name:
                found.add(name)
    return found


def test_every_interactive_widget_in_every_window_has_an_accessible_name(normal_size) -> None:
    names, _ = normal_size
    assert len(names.stops) > 60
    assert names.problems == {}


# Lists worked with the keyboard: a screen reader says what Enter (or Delete) does there.
DESCRIBED = (
    "Visits today and the coming days",
    "Tasks and deadlines",
    "Citizens found",
    "Notes",
    "Conversations",
    "Steps",
    "Life domains",
    "Notes in this domain",
    "What we record",
)


def test_the_lists_worked_with_the_keyboard_describe_what_the_keys_do(normal_size) -> None:
    names, _ = normal_size
    assert {
        name: names.descriptions.get(name, "")
        for name in DESCRIBED
        if not names.descriptions.get(name)
    } == {}


def test_no_text_is_cut_off_at_the_normal_text_size(normal_size) -> None:
    _, clipping = normal_size
    assert clipping.problems == {}


def test_with_the_text_doubled_every_window_fits_a_laptop_and_nothing_is_cut_off_in_dutch(
    world, double_size
) -> None:
    names, clipping = double_size
    assert len(clipping.stops) == len(names.stops) > 60
    assert clipping.problems == {}
    assert names.problems == {}  # the toolbar's » button appears at this size: named too


def test_the_check_sees_doubled_text(world) -> None:
    """Positive control for the 200 % tour: the fonts really double, headings included."""
    base = appearance.base_point_size(QApplication.instance())
    appearance.apply(Preferences(text_scale=200))
    try:
        stops = tour(world, lambda name: name == "lock_screen")
        stop = next(stops)
        fonts = {w.font().pointSizeF() for w in _widgets(stop.window)}
        stops.close()  # stays locked: the next tour starts from the lock screen
        assert min(fonts) == pytest.approx(2 * base)
        assert max(fonts) > 2 * base  # the heading: scaled with the text, not fixed
    finally:
        appearance.apply(Preferences())


@pytest.fixture(scope="module")
def high_contrast(world: World) -> Findings:
    appearance.apply(Preferences(high_contrast=True))
    found = Findings()
    try:
        for stop in tour(world):
            found.add(stop, _own_colours(stop.window))
    finally:
        appearance.apply(Preferences())
    return found


def _own_colours(window: QWidget) -> list[str]:
    problems = []
    if window.palette().color(QPalette.ColorRole.Window).name() != "#000000":
        problems.append(f"{type(window).__name__} is not drawn in the high-contrast palette")
    for widget in (window, *_widgets(window)):
        kind = type(widget).__name__
        if widget.styleSheet():
            problems.append(f"{kind} has a style sheet")
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            problems.append(f"{kind} has a palette of its own")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems.extend(_unreadable_items(widget))
    return problems


def _unreadable_items(view: QAbstractItemView) -> list[str]:
    """Items that set their own colour must still read 4.5:1 on the view's background."""
    model, problems = view.model(), []
    base = view.palette().color(QPalette.ColorRole.Base)
    for row in range(model.rowCount(QModelIndex())):
        column = 0
        while (index := model.index(row, column)).isValid():
            fore = model.data(index, Qt.ItemDataRole.ForegroundRole)
            back = model.data(index, Qt.ItemDataRole.BackgroundRole)
            text = (
                fore.color()
                if isinstance(fore, QBrush)
                else view.palette().color(QPalette.ColorRole.Text)
            )
            ground = back.color() if isinstance(back, QBrush) else base
            if (fore is not None or back is not None) and contrast_ratio(text, ground) < TEXT:
                problems.append(f"item {row},{column} of {view.objectName()!r} reads badly")
            column += 1
    return problems


def test_in_high_contrast_no_widget_brings_its_own_colours(high_contrast) -> None:
    assert len(high_contrast.stops) > 60
    assert high_contrast.problems == {}


def test_the_colour_check_finds_a_widget_with_its_own_colours(qtbot) -> None:
    appearance.apply(Preferences(high_contrast=True))
    try:
        window = QWidget()
        qtbot.addWidget(window)
        child = QWidget(window)
        child.setStyleSheet("color: red")
        assert _own_colours(window) == ["QWidget has a style sheet"]
    finally:
        appearance.apply(Preferences())


@pytest.mark.parametrize("scale", [100, 200])
def test_the_wizard_pages_are_named_and_fit_at_both_sizes(qtbot, tmp_path, scale) -> None:
    controller = new_controller(tmp_path)  # no vault yet: the wizard
    appearance.apply(Preferences(text_scale=scale))
    problems = {}
    try:
        for stop in wizard_stops(controller):
            fit_to_laptop(stop.window)
            settle()
            big = too_big(stop.window)
            found = unnamed_interactive_widgets([stop.window], include_hidden=True)
            found += ([big] if big else []) + clipped_texts(stop.window)
            if found:
                problems[stop.name] = found
    finally:
        appearance.apply(Preferences())
        close(controller.wizard)
        controller.lock_controller.stop()
    assert problems == {}
