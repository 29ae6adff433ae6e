"""The language switch and the display settings take effect at once without losing work (issue 9).

A worker types in a note, switches Nederlands ↔ English (or the text size) in the settings: the
windows are built again, the same view and step come back with the text and cursor, the
settings dialog reopens, the session stays unlocked. The choice survives a restart and the lock
screen already follows it. Dutch texts asserted here are ones the committed catalog translates.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit

from app import i18n as core_i18n
from app.crypto import TEST_KDF
from tests.ui.conftest import FakeWall, demo_choice
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from tests.ui.test_first_run_and_lock import add_citizen, run_wizard, unlock
from tests.ui.test_intake_walkthrough import child, open_intake, start_and_inform
from tests.ui.test_settings import open_settings
from ui import appearance, i18n, preferences, relocalize
from ui.app_controller import AppController
from ui.preferences import Preferences

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "casework"


@pytest.fixture
def english(qtbot: object) -> Iterator[None]:
    """English in effect and saved, as ``main`` leaves it; everything restored afterwards."""
    relocalize.install(Preferences(language="en"))
    preferences.save(Preferences(language="en"))
    yield
    settings = QSettings()
    for key in preferences.KEYS:
        settings.remove(key)
    settings.sync()
    i18n.install("en")
    core_i18n.uninstall()
    appearance.apply(Preferences())
    relocalize.forget()


def choose(qtbot, controller: AppController, control: str, data: object) -> None:
    """Pick ``data`` in the settings' display box and wait for the rebuilt main window."""
    dialog = controller.settings_dialog or open_settings(qtbot, controller)
    old = controller.main_window
    combo = getattr(dialog.display, control)
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(data))
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window is not old,
        timeout=10_000,
    )
    assert not shiboken6.isValid(old)  # really rebuilt, not retitled
    assert controller.session is not None
    assert not controller.session.locked


def close_text(dialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    return box.buttons()[0].text().replace("&", "")


def audit_actions(controller: AppController) -> list[tuple[str, str]]:
    db = controller.session.vault.db
    return db.run(lambda c: c.execute("SELECT action, object_type FROM audit_event").fetchall())


def test_language_switch_keeps_the_citizen_note_text_and_cursor(qtbot, english, controller) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "Wil hulp bij het huishouden")
    cursor = view.editor.textCursor()
    cursor.setPosition(9)
    view.editor.setTextCursor(cursor)
    assert view.autosaver.timer.isActive()  # typed, not yet autosaved
    assert controller.session.drafts.all() == []
    citizen_id = view.citizen_id
    open_settings(qtbot, controller)
    before = audit_actions(controller)

    choose(qtbot, controller, "language", "nl")
    window = controller.main_window
    assert window.citizen_view is not None
    assert window.citizen_view.citizen_id == citizen_id
    editor = window.citizen_view.editor
    assert editor.toPlainText() == "Wil hulp bij het huishouden"
    assert editor.textCursor().position() == 9
    assert window.lock_action.text() == "&Vergrendelen (Ctrl+L)"
    assert window.settings_action.text() == "&Instellingen"
    assert window.citizen_view.save_button.text() == "Notitie &bewaren"
    dialog = controller.settings_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Instellingen"
    assert close_text(dialog) == "Sluiten"  # Qt's own button, from qtbase_nl.qm
    assert dialog.focusWidget() is dialog.display.language
    unnamed = [w for w in unnamed_interactive_widgets() if w.endswith("SettingsDialog")]
    assert unnamed == []  # buddies name the new controls, in Dutch too
    assert dialog.display.language.currentData() == "nl"
    assert preferences.load().language == "nl"
    added = audit_actions(controller)[len(before) :]
    assert set(added) <= {("open", "citizen")}  # no lock, no unlock: only the reopened file

    choose(qtbot, controller, "language", "en")
    window = controller.main_window
    assert window.citizen_view.editor.toPlainText() == "Wil hulp bij het huishouden"
    assert window.citizen_view.editor.textCursor().position() == 9
    assert window.lock_action.text() == "&Lock (Ctrl+L)"
    assert close_text(controller.settings_dialog) == "Close"


def test_language_switch_keeps_the_intake_step_domain_note_and_typed_fields(
    qtbot, english, controller
) -> None:
    view = open_intake(qtbot, controller)
    start_and_inform(qtbot, view, "huishoudelijke-hulp", "Ik kan niet meer stofzuigen")
    page = view.go("domains")
    page.select("instrumentele_adl")
    body = child(view, "note_body")
    qtbot.keyClicks(body, "Ramen lukken niet meer.")
    qtbot.keyClicks(child(view, "score_basis"), "gesprek over het huishouden")
    intake_id = view.ctx.intake_id
    open_settings(qtbot, controller)

    choose(qtbot, controller, "language", "nl")
    view = controller.main_window.intake_view
    assert view is not None
    assert view.ctx.intake_id == intake_id
    assert view.current_step() == "domains"
    assert view.pages["domains"].current_domain() == "instrumentele_adl"
    body = child(view, "note_body")
    assert isinstance(body, QPlainTextEdit)
    assert body.toPlainText() == "Ramen lukken niet meer."
    assert body.textCursor().position() == len("Ramen lukken niet meer.")
    assert child(view, "score_basis").text() == "gesprek over het huishouden"  # no draft: memory
    assert view.back_button.text() == "Terug naar de &inwoner"
    assert view.steps.item(4).text().startswith("Leefgebieden")
    controller.settings_dialog.reject()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert controller.main_window.grab().save(str(OUTPUT / "language-switch-intake-nl.png"))


def test_the_language_survives_a_restart_and_the_lock_screen_follows_it(
    qtbot, english, controller, app_paths, wall: FakeWall
) -> None:
    run_wizard(qtbot, controller)
    open_settings(qtbot, controller)
    choose(qtbot, controller, "language", "nl")
    controller.lock()
    folder = controller.vault_folder
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    i18n.install("en")  # as a fresh process would be before ``main`` reads the preferences
    relocalize.forget()

    assert relocalize.apply_saved() == Preferences(language="nl")  # what ``main`` calls first
    restarted = AppController(
        app_paths,
        kdf_factory=lambda: TEST_KDF,
        list_profiles=lambda: [demo_choice()],
        read_profile=lambda path: demo_choice(),
        vault_folder=folder,
        wall=wall,
    )
    try:
        restarted.start()
        screen = restarted.lock_screen
        assert screen is not None
        assert screen.isVisible()
        assert screen.unlock_button.text() == "&Ontgrendelen"
        assert screen.findChild(type(screen.unlock_button), "language_button").text() == "English"
        unlock(qtbot, restarted)
        assert restarted.main_window.lock_action.text() == "&Vergrendelen (Ctrl+L)"
    finally:
        if restarted.session is not None:
            restarted.lock()
        restarted.lock_controller.stop()
        restarted.tasks.wait()


def test_200_percent_text_doubles_the_font_in_the_rebuilt_window(
    qtbot, english, controller
) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "Grote letters")
    base = appearance.base_point_size(QApplication.instance())
    open_settings(qtbot, controller)
    choose(qtbot, controller, "text_size", 200)
    window = controller.main_window
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    assert window.font().pointSizeF() == pytest.approx(2 * base)
    assert window.citizen_view.editor.font().pointSizeF() == pytest.approx(2 * base)
    assert window.citizen_view.editor.toPlainText() == "Grote letters"
    dialog = controller.settings_dialog
    assert dialog.focusWidget() is dialog.display.text_size
    assert preferences.load().text_scale == 200
    QApplication.processEvents()
    for field in dialog.findChildren(QLineEdit):  # the sections scroll instead of overlapping
        if field.isVisibleTo(dialog) and field.objectName() != "qt_spinbox_lineedit":
            assert field.height() >= field.minimumSizeHint().height()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(OUTPUT / "settings-200.png"))


def test_high_contrast_applies_live_without_a_rebuild(qtbot, english, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    dialog = open_settings(qtbot, controller)
    dialog.display.high_contrast.setChecked(True)
    QApplication.processEvents()
    assert controller.main_window is window
    assert shiboken6.isValid(window)
    assert controller.settings_dialog is dialog
    assert window.home.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert dialog.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert preferences.load().high_contrast
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(OUTPUT / "settings-high-contrast.png"))
    dialog.display.high_contrast.setChecked(False)
    QApplication.processEvents()
    assert window.home.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_the_lock_screen_offers_the_other_language(qtbot, english, controller) -> None:
    run_wizard(qtbot, controller)
    controller.lock()
    screen = controller.lock_screen
    button = screen.findChild(type(screen.unlock_button), "language_button")
    assert button.text() == "Nederlands"
    assert button.accessibleName() == "Nederlands"
    assert [w for w in unnamed_interactive_widgets() if w.endswith("LockScreen")] == []
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert screen.grab().save(str(OUTPUT / "lock-screen-language-en.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.lock_screen is not screen, timeout=5_000)
    screen = controller.lock_screen
    assert screen.isVisible()
    assert screen.unlock_button.text() == "&Ontgrendelen"
    assert preferences.load().language == "nl"
    assert screen.grab().save(str(OUTPUT / "lock-screen-language-nl.png"))
    unlock(qtbot, controller)
    assert controller.main_window.lock_action.text() == "&Vergrendelen (Ctrl+L)"


def test_the_wizard_offers_the_language_on_its_first_page_only(qtbot, english, controller) -> None:
    controller.start()
    wizard = controller.wizard
    button = wizard.findChild(type(wizard.next_button), "language_button")
    assert button.isVisible()
    assert button.text() == "Nederlands"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert not button.isVisible()
    assert wizard.back_button.previousInFocusChain() is button  # Tab: language, then Back
    wizard.back_button.click()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.wizard is not wizard, timeout=5_000)
    wizard = controller.wizard
    assert wizard.isVisible()
    assert wizard.findChild(type(wizard.next_button), "language_button").text() == "English"
    assert wizard.windowTitle() == "Keukentafel — instellen"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(OUTPUT / "wizard-language-nl.png"))


def test_a_language_click_while_unlocking_waits_for_the_answer(qtbot, english, controller) -> None:
    run_wizard(qtbot, controller)
    controller.lock()
    screen = controller.lock_screen
    screen._busy = True  # an unlock is running: its answer comes back to this screen
    screen.findChild(type(screen.unlock_button), "language_button").click()
    qtbot.wait(250)
    assert controller.lock_screen is screen
    assert shiboken6.isValid(screen)
    screen._busy = False
    qtbot.waitUntil(lambda: controller.lock_screen is not screen, timeout=5_000)
    assert controller.lock_screen.unlock_button.text() == "&Ontgrendelen"


def test_a_hidden_screen_stays_hidden_after_a_rebuild(qtbot, english, controller) -> None:
    run_wizard(qtbot, controller)
    add_citizen(qtbot, controller)
    controller.main_window.toggle_hidden()
    preferences.save(Preferences(language="nl"))
    controller.rebuild_windows()
    window = controller.main_window
    assert window.hidden
    assert window.citizen_view is not None  # back behind the hidden page
    window.toggle_hidden()
    assert window.stack.currentWidget() is window.citizen_view
