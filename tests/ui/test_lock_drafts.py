"""A lock never loses a word (DESIGN section 4; R-000-42): text typed in fields without an
autosave of their own is kept as ONE encrypted draft in the vault, put back after unlock in the
same view, and the draft is gone afterwards (R-002-21: never in QSettings or a file).
All names and texts are fictional."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from app.services import session as session_mod
from tests.ui.conftest import PASSPHRASE, restarted_controller
from tests.ui.test_first_run_and_lock import add_citizen, unlock
from tests.ui.test_intake_walkthrough import click, open_intake
from ui import lock_drafts

WORDS = "Ik kom de trap niet meer op, zegt mevrouw Zwaluwstaart"
NAME = "Dochter Zwaluwstaart"
RELATION = "dochter"


def field(view: QWidget, name: str):
    found = view.findChild(QWidget, name)
    assert isinstance(found, QLineEdit | QPlainTextEdit), name
    return found


def text_of(widget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def type_in_the_intake(qtbot, controller):
    view = open_intake(qtbot, controller)
    click(qtbot, view, "start_button")
    view.go("request")
    type_into(qtbot, field(view, "request_words"), WORDS)  # no autosave of its own
    view.go("network")
    type_into(qtbot, field(view, "network_name"), NAME)
    type_into(qtbot, field(view, "network_relation"), RELATION)
    return view


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()  # as a click into the field does
    qtbot.keyClicks(widget, text)


def ctrl_l(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def form_drafts(folder: Path) -> list:
    """Read the vault while the app is locked: a second session of its own."""
    other = session_mod.unlock(folder, PASSPHRASE)
    try:
        return [d for d in other.drafts.all() if d.view_key.startswith("form:")]
    finally:
        other.lock()


def test_r000_42_typed_text_comes_back_in_the_same_view_after_a_lock(qtbot, controller) -> None:
    view = type_in_the_intake(qtbot, controller)
    citizen_id, intake_id = view.ctx.citizen_id, view.ctx.intake_id
    ctrl_l(qtbot)
    assert controller.session is None
    assert QApplication.topLevelWidgets() == [controller.lock_screen]
    unlock(qtbot, controller)
    view = controller.main_window.intake_view
    assert view is not None
    assert (view.ctx.citizen_id, view.ctx.intake_id) == (citizen_id, intake_id)
    assert view.current_step() == "network"
    assert text_of(field(view, "request_words")) == WORDS
    assert text_of(field(view, "network_name")) == NAME
    assert text_of(field(view, "network_relation")) == RELATION
    assert QApplication.focusWidget() is field(view, "network_relation")  # where it was
    drafts = controller.session.drafts.all()
    assert [d for d in drafts if d.view_key.startswith("form:")] == []  # discarded


def test_r002_21_the_typed_text_is_only_in_the_vault_while_locked(
    qtbot, controller, tmp_path: Path
) -> None:
    started = time.time()
    view = type_in_the_intake(qtbot, controller)
    key = f"form:intake:{view.ctx.citizen_id}:{view.ctx.intake_id}"
    ctrl_l(qtbot)
    drafts = form_drafts(controller.vault_folder)
    assert [(d.view_key, d.field_key) for d in drafts] == [(key, "fields")]  # ONE draft, ids
    assert WORDS in drafts[0].text
    assert NAME in drafts[0].text
    assert "Zwaluwstaart" not in drafts[0].view_key
    settings = QSettings()
    for name in settings.allKeys():
        assert "Zwaluwstaart" not in f"{name}={settings.value(name)!r}"
    needle = b"Zwaluwstaart"
    for path in controller.vault_folder.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path.name  # encrypted, WAL included
    written = _new_temp_files(started)
    assert any(path.name == "vault.db" for path, _ in written)  # the scan reaches the vault
    assert [path for path, data in written if needle in data] == []


def _new_temp_files(since: float) -> list[tuple[Path, bytes]]:
    """Files written in the temp folder since ``since`` (the vault's own folder included)."""
    found = []
    for folder, _, names in os.walk(tempfile.gettempdir()):
        for name in names:
            path = Path(folder) / name
            try:
                info = path.stat()
                if path.is_file() and info.st_mtime >= since and info.st_size < 10_000_000:
                    found.append((path, path.read_bytes()))
            except OSError:  # another process's file came and went, or is not ours to read
                continue
    return found


def test_home_text_comes_back_and_an_autosaved_note_is_not_kept_twice(qtbot, controller) -> None:
    from tests.ui.test_first_run_and_lock import run_wizard

    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "Notitie met een eigen concept")
    controller.main_window.show_home()
    type_into(qtbot, controller.main_window.home.name_edit, "Piet Zwaluwstaart")
    ctrl_l(qtbot)
    drafts = form_drafts(controller.vault_folder)
    assert [d.view_key for d in drafts] == ["form:home"]
    assert "Notitie met een eigen concept" not in drafts[0].text  # its own draft keeps it
    unlock(qtbot, controller)
    assert controller.main_window.home.name_edit.text() == "Piet Zwaluwstaart"


def test_a_draft_for_another_view_is_discarded_not_applied_elsewhere(qtbot, controller) -> None:
    view = type_in_the_intake(qtbot, controller)
    window, drafts = controller.main_window, controller.session.drafts
    assert lock_drafts.save(window, drafts)
    other = window.open_intake(view.ctx.citizen_id)  # a new conversation: another view
    for step in ("request", "network"):
        other.pages.build(step)  # pages are built when first shown; these fields must exist
    assert lock_drafts.restore(window, drafts) == 0
    assert text_of(field(other, "request_words")) == ""
    assert text_of(field(other, "network_name")) == ""
    assert [d for d in drafts.all() if d.view_key.startswith("form:")] == []


def test_after_a_restart_the_typed_text_is_back(qtbot, controller, app_paths, wall) -> None:
    view = type_in_the_intake(qtbot, controller)
    intake_id = view.ctx.intake_id
    controller.lock()
    controller.lock_screen.hide()
    restarted = restarted_controller(app_paths, wall)
    unlock(qtbot, restarted)
    view = restarted.main_window.intake_view
    assert view is not None
    assert view.ctx.intake_id == intake_id
    assert text_of(field(view, "request_words")) == WORDS
    restarted.lock()
    restarted.lock_controller.stop()


def test_text_under_a_hidden_screen_is_kept_too(qtbot, controller) -> None:
    view = type_in_the_intake(qtbot, controller)
    intake_id = view.ctx.intake_id
    controller.main_window.toggle_hidden()  # Ctrl+Shift+H, then the laptop sleeps
    assert controller.main_window.hidden
    controller.lock()
    unlock(qtbot, controller)
    view = controller.main_window.intake_view
    assert view is not None
    assert view.ctx.intake_id == intake_id
    assert text_of(field(view, "network_name")) == NAME
