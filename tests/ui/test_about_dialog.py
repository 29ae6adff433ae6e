"""The About dialog: version, EUPL-1.2, offline, and the licence of every bundled component."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMainWindow, QTextBrowser

from app import __version__, about
from ui.views.help.about_dialog import AboutDialog
from ui.views.help.menu import open_about

SHOTS = Path("test-output/casework")


def _dialog(qtbot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_version_shown_is_the_apps(qtbot) -> None:
    dialog = _dialog(qtbot)
    text = dialog.overview.toPlainText()
    assert f"Keukentafel {__version__}" in text
    assert "EUPL-1.2" in text
    assert "no network connections" in text


def test_every_component_is_listed_with_its_licence_and_run_time_version(qtbot) -> None:
    dialog = _dialog(qtbot)
    text = dialog.overview.toPlainText()
    for component in about.COMPONENTS:
        assert component.name in text
        assert component.licence in text
    assert f"Qt {qVersion()}" in text
    assert f"Shiboken6 {PySide6.__version__}" in text
    assert "dynamically linked" in text
    assert about.QT_SOURCE in text
    for name in ("SQLCipher", "SQLite", "Noto Sans", "ReportLab", "cryptography", "argon2-cffi"):
        version = dict((c.name, v) for c, v in dialog.versions)[name]
        assert version, name
        assert f"{name} {version}" in text


def test_the_zrm_is_attributed_to_ggd_amsterdam_without_a_licence_claim(qtbot) -> None:
    dialog = _dialog(qtbot)
    text = dialog.overview.toPlainText()
    assert "© GGD Amsterdam" in text
    assert "Kerngroep ZRM" in text
    assert "not included" in text


def test_every_licence_text_can_be_read_in_the_dialog(qtbot) -> None:
    dialog = _dialog(qtbot)
    files = dialog.licence_files()
    assert files[0] == "licences/EUPL-1.2.txt"
    assert "fonts/OFL.txt" in files
    for index, file in enumerate(files):
        dialog.licence_choice.setCurrentIndex(index)
        shown = dialog.licence_text.toPlainText()
        assert shown == (Path("resources") / file).read_text("utf-8"), file
        assert "missing" not in shown[:80]
    dialog.licence_choice.setCurrentIndex(0)
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in dialog.licence_text.toPlainText()


def test_text_is_selectable_by_keyboard_scrolls_and_esc_closes(qtbot) -> None:
    dialog = _dialog(qtbot)
    browser = dialog.overview
    assert isinstance(browser, QTextBrowser)
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert browser.verticalScrollBar().maximum() > 0, "the component list is longer than a page"
    browser.setFocus()
    bar = browser.verticalScrollBar()
    qtbot.keyClick(browser, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() > bar.maximum() - bar.pageStep(), "Ctrl+End scrolls to the end"
    qtbot.keyClick(browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() < bar.pageStep(), "Ctrl+Home scrolls back to the top"
    qtbot.keyClick(
        browser,
        Qt.Key.Key_End,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert browser.textCursor().selectedText().startswith(f"Keukentafel {__version__}")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_interactive_widget_has_a_name(qtbot) -> None:
    from tests.ui.test_accessible_names import unnamed_interactive_widgets

    dialog = _dialog(qtbot)
    assert unnamed_interactive_widgets() == []
    dialog.tabs.setCurrentIndex(1)
    assert unnamed_interactive_widgets() == []


def test_the_help_menu_opens_it(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = open_about(window)
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_screenshot_of_the_about_dialog(qtbot) -> None:
    dialog = _dialog(qtbot)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "about_dialog.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(SHOTS / "about_dialog_licences.png"))
    assert (SHOTS / "about_dialog.png").stat().st_size > 0
