"""The new-signal dialog (issue 7): minimal data, a refusal keeps what was typed, a saved
signal brings its contact and review tasks. English source text; every name is fictional;
the clock is injected (Monday 23 November 2026)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services.profiles import install_profile, shipped_profiles
from app.services.session import Session
from app.services.signals import SignalService
from app.services.tasks import TaskService
from tests.support.intake import Clock
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.sharing.signal_dialog import SignalDialog

SHOTS = Path("test-output/sharing")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def test_r004_25_new_signal_dialog(qtbot: QtBot, session: Session) -> None:
    profile = install_profile(session, next(c for c in shipped_profiles() if c.demo)).profile
    clock = Clock(MONDAY)
    service = SignalService(session.vault.db, session.trail, profile, clock)
    dialog = SignalDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person_name, "Kees Schermsignaal")
    qtbot.keyClicks(dialog.concern, "Post stapelt zich op, niemand doet open.")
    qtbot.keyClicks(dialog.reporter_role, "buurvrouw")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.signal_id is None
    assert "Fill in: the task" in dialog.message.text()
    assert dialog.person_name.text() == "Kees Schermsignaal"
    qtbot.keyClicks(dialog.task_ground, "Wmo 2015 art. 2.3.2")
    assert unnamed_interactive_widgets() == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "signal-dialog.png"))
    save.click()
    assert dialog.signal_id is not None
    tasks = TaskService(session.vault.db, session.trail, clock)
    contact = tasks.by_source(f"signal:{dialog.signal_id}:contact")
    assert contact is not None
    assert contact.kind == "contact_signal_person"
