"""A whole scripted use of the app — create, write, lock, unlock, render — offline and tidy."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.paths import looks_cloud_synced
from tests.ui.test_first_run_and_lock import add_citizen, run_wizard, unlock
from ui import preferences


def _refuse(*args: object, **kwargs: object) -> None:
    raise AssertionError("network access attempted")


def test_r000_45_scripted_gui_use_opens_no_connection(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, _refuse)
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "Notitie zonder netwerk")
    view.save_note()
    controller.lock()
    unlock(qtbot, controller)
    image = controller.main_window.grab()  # render
    assert not image.isNull()
    assert image.save(str(tmp_path / "render.png"))
    qtbot.waitUntil(lambda: not controller.tasks._live, timeout=20_000)


def test_qsettings_holds_only_window_geometry(qtbot, controller) -> None:
    settings = QSettings()
    settings.clear()
    run_wizard(qtbot, controller)
    controller.lock()
    # the display preferences hold no personal data: nl/en, a percentage, yes/no (issue 9)
    assert set(QSettings().allKeys()) <= {"main_window/geometry", *preferences.KEYS}


def test_r001_21_wizard_warns_for_a_cloud_synced_folder(qtbot, controller, tmp_path: Path) -> None:
    controller.start()
    wizard = controller.wizard
    synced = tmp_path / "OneDrive - Gemeente" / "kluis"
    assert looks_cloud_synced(synced)
    wizard._set_folder(synced)
    assert "cloud" in wizard.folder_warning.text()
    wizard._set_folder(tmp_path / "kluis")
    assert wizard.folder_warning.text() == ""
