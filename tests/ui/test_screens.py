"""Screenshots of the main windows at 100 % and 200 % text, in English and in Dutch (issue 9,
"Evidence"): ``test-output/screens/<lang>-<scale>-<window>.png`` as a laptop screen shows them,
and for the main window's views also ``...-full.png`` with everything the view scrolls to.
Look at them after a change to a window; all names in them are fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app import i18n as core_i18n
from tests.support.app_world import World, close_world, open_world, settle
from tests.support.clipping import fit_to_laptop
from tests.support.windows import tour
from ui import appearance, i18n
from ui.preferences import Preferences
from ui.views.main_window import MainWindow

SCREENS = Path(__file__).resolve().parents[2] / "test-output" / "screens"
WINDOWS = {
    "lock_screen": "lock",
    "home": "home",
    "citizen/section0.0": "citizen",
    "intake/request": "intake-request",
    "intake/domains/instrumentele_adl": "intake-domain",
    "settings": "settings",
    "citizen/inzage_papers": "papers",
    "citizen/rights": "rights",
    "retention_due": "retention-due",
}


@pytest.fixture(scope="module")
def world(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    opened = open_world(tmp_path_factory.mktemp("screens"))
    yield opened
    close_world(opened)


def shoot(world: World, language: str, scale: int) -> dict[str, Path]:
    i18n.install(language)
    appearance.apply(Preferences(language=language, text_scale=scale))
    SCREENS.mkdir(parents=True, exist_ok=True)
    saved = {}
    try:
        for stop in tour(world, lambda name: name in WINDOWS):
            fit_to_laptop(stop.window)
            settle()
            path = SCREENS / f"{language}-{scale}-{WINDOWS[stop.name]}.png"
            assert stop.window.grab().save(str(path))
            saved[stop.name] = path
            if isinstance(stop.window, MainWindow) and stop.name != "home":
                view = stop.window.stack.currentWidget()
                assert view.grab().save(str(path.with_name(f"{path.stem}-full.png")))
    finally:
        appearance.apply(Preferences())
        i18n.install("en")
        core_i18n.uninstall()
    return saved


def test_screenshots_of_the_main_windows_in_both_languages_and_sizes(world) -> None:
    shots = {
        (language, scale): shoot(world, language, scale)
        for language in ("en", "nl")
        for scale in (100, 200)
    }
    for saved in shots.values():
        assert set(saved) == set(WINDOWS)
    lock = {key: QImage(str(saved["lock_screen"])) for key, saved in shots.items()}
    assert lock["en", 100] != lock["nl", 100]  # the Dutch catalog was used
    home = {key: QImage(str(saved["home"])) for key, saved in shots.items()}
    assert home["en", 100].size() == home["en", 200].size()  # the same laptop screen ...
    assert home["en", 100] != home["en", 200]  # ... with larger text
