"""Text size and high contrast are applied to the whole application and remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui import appearance, preferences
from ui.preferences import Preferences


@pytest.fixture
def restore_appearance(qtbot: object) -> Iterator[None]:
    yield
    appearance.apply(Preferences())


def test_text_size_doubles_the_application_font(qtbot, restore_appearance) -> None:
    base = appearance.base_point_size(QApplication.instance())
    appearance.apply(Preferences(text_scale=200))
    label = QLabel("Hulpvraag")
    qtbot.addWidget(label)
    assert label.font().pointSizeF() == pytest.approx(2 * base)
    assert appearance.scaled_font(1.5).pointSizeF() == pytest.approx(3 * base)
    appearance.apply(Preferences(text_scale=100))
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_high_contrast_palette_and_back(qtbot, restore_appearance) -> None:
    before = QApplication.palette().color(QPalette.ColorRole.Window)
    appearance.apply(Preferences(high_contrast=True))
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    appearance.apply(Preferences())
    assert QApplication.palette().color(QPalette.ColorRole.Window) == before


def test_preferences_round_trip_and_damaged_values_read_as_default(qtbot, tmp_path) -> None:
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert preferences.load(store) == Preferences()
    preferences.save(Preferences("en", 200, True), store)
    assert preferences.load(store) == Preferences("en", 200, True)
    store.setValue("appearance/language", "xx")
    store.setValue("appearance/text_scale", "enorm")
    assert preferences.load(store) == Preferences("nl", 100, True)
