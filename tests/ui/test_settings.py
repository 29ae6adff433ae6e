"""Settings: idle lock within the agency's limit, passphrase change, signed profile updates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.services.profiles import installed_profile
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_first_run_and_lock import run_wizard, unlock

NEW = "nieuwe lange zin voor de kluis"


def open_settings(qtbot, controller):
    """Through the toolbar action (a key sent to an offscreen window may find it inactive)."""
    action = controller.main_window.settings_action
    assert action.shortcut() == QKeySequence("Ctrl+,")
    action.trigger()
    assert controller.settings_dialog is not None
    return controller.settings_dialog


def test_r000_42_idle_lock_setting_cannot_pass_the_agency_limit(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    dialog = open_settings(qtbot, controller)
    assert dialog.idle_spin.maximum() == 10  # the demo profile's limit
    dialog.idle_spin.setValue(3)
    dialog.reject()
    assert controller.session.idle_minutes == 3
    assert controller.lock_controller.policy.idle_seconds == 180


def test_passphrase_change_from_the_settings(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    dialog = open_settings(qtbot, controller)
    dialog.old_passphrase.line_edit.setText(PASSPHRASE)
    dialog.new_passphrase.line_edit.setText(NEW)
    dialog.repeat_passphrase.line_edit.setText(NEW)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed" in dialog.passphrase_message.text(), timeout=20_000)
    controller.lock()
    unlock(qtbot, controller, NEW)


def test_tampered_profile_update_is_refused_with_its_reason(
    qtbot, controller, tmp_path: Path
) -> None:
    run_wizard(qtbot, controller)
    dialog = open_settings(qtbot, controller)
    demo = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "voorbeeldstad.toml"
    forged = tmp_path / "forged.toml"
    forged.write_text(demo.read_text("utf-8").replace("wmo_years = 15", "wmo_years = 16"), "utf-8")
    assert not dialog.import_profile(forged)
    assert "changed after signing" in dialog.profile_label.text()
    assert installed_profile(controller.session).profile.retention.wmo_years == 15
    assert dialog.import_profile(demo)  # the same signed file again is accepted
