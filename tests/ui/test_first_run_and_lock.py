"""First run → lock → unlock → idle lock → draft restored → clipboard cleared (issue 3)."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from app.services.lock_policy import LockReason
from tests.support.files import SENTINEL
from tests.ui.conftest import PASSPHRASE, FakeWall, restarted_controller
from ui.app_controller import AppController


def run_wizard(qtbot, controller: AppController) -> None:
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    assert wizard.isVisible()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # profile
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # worker
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # folder
    qtbot.keyClicks(wizard.passphrase.line_edit, PASSPHRASE)
    qtbot.keyClicks(wizard.repeat.line_edit, PASSPHRASE)
    assert wizard.create_button.isEnabled()
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    _activate(qtbot, controller.main_window)


def _activate(qtbot, window) -> None:
    """Shortcuts reach only the active window; offscreen, activation can lag a moment."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def unlock(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    screen = controller.lock_screen
    assert screen is not None
    screen.passphrase.line_edit.setText(passphrase)
    qtbot.keyClick(screen.passphrase.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    _activate(qtbot, controller.main_window)


def add_citizen(qtbot, controller: AppController, name: str = "Jan Voorbeeld"):
    """Add a citizen through the home view; return the citizen view that opens."""
    window = controller.main_window
    window.home.name_edit.setText(name)
    qtbot.mouseClick(window.home.add_button, Qt.MouseButton.LeftButton)
    view = window.citizen_view
    assert view is not None
    return view


def test_first_run_creates_the_vault_and_opens_the_main_window(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    assert controller.session is not None
    assert controller.session.worker.name == "Anna de Demo"
    assert controller.vault_folder is not None
    assert (controller.vault_folder / "vault.db").exists()
    qtbot.waitUntil(lambda: not controller.tasks._live, timeout=20_000)  # integrity check done


def test_wizard_refuses_a_weak_passphrase_in_plain_words(qtbot, controller) -> None:
    controller.start()
    wizard = controller.wizard
    for _ in range(3):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.passphrase.line_edit, "welkom123")
    qtbot.keyClicks(wizard.repeat.line_edit, "welkom123")
    assert not wizard.create_button.isEnabled()
    assert "12" in wizard.passphrase.reason_label.text()
    assert wizard.passphrase.strength_label.text().startswith("Strength:")


def test_r000_42_manual_lock_leaves_only_the_lock_screen(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.session is None
    assert controller.top_windows == [controller.lock_screen]
    assert QApplication.topLevelWidgets() == [controller.lock_screen]
    assert not shiboken6.isValid(window)  # deleted, not just hidden
    assert controller.main_window is None
    assert controller.last_lock_reason is LockReason.MANUAL


def test_the_lock_screen_names_no_one(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    controller.lock()
    screen = controller.lock_screen
    texts = [label.text() for label in screen.findChildren(QLabel)] + [screen.windowTitle()]
    assert any("vault locked" in text for text in texts)
    assert not any("Anna" in text for text in texts)


def test_the_toolbar_lock_button_locks(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    controller.main_window.lock_action.trigger()
    assert controller.session is None
    assert controller.top_windows == [controller.lock_screen]


def test_wrong_passphrase_shows_the_message_and_keeps_the_field(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    controller.lock()
    screen = controller.lock_screen
    screen.passphrase.line_edit.setText("verkeerde wachtwoordzin")
    qtbot.keyClick(screen.passphrase.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in screen.error_label.text(), timeout=20_000)
    assert screen.passphrase.text() == "verkeerde wachtwoordzin"
    assert controller.session is None
    unlock(qtbot, controller)
    assert "1 time" in controller.main_window.notice.text()


def test_r000_42_idle_lock_with_an_injected_clock(qtbot, controller, wall: FakeWall) -> None:
    run_wizard(qtbot, controller)
    for _ in range(9 * 60):
        wall.t += 1
        controller.lock_controller.tick()
    assert controller.session is not None
    for _ in range(60):
        wall.t += 1
        controller.lock_controller.tick()
    assert controller.session is None
    assert controller.last_lock_reason is LockReason.IDLE


def test_r000_42_suspend_gap_locks(qtbot, controller, wall: FakeWall) -> None:
    run_wizard(qtbot, controller)
    wall.t += 45
    controller.lock_controller.tick()
    assert controller.last_lock_reason is LockReason.SUSPEND
    assert controller.session is None


def test_draft_is_back_in_the_same_field_after_a_lock(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "Mevrouw vertelt over de trap")
    cursor = view.editor.textCursor()
    cursor.setPosition(7)
    view.editor.setTextCursor(cursor)
    controller.lock()  # before the 2 s autosave fired
    unlock(qtbot, controller)
    view = controller.main_window.citizen_view
    assert view is not None
    assert view.editor.toPlainText() == "Mevrouw vertelt over de trap"
    assert view.editor.textCursor().position() == 7
    assert QApplication.focusWidget() is view.editor


def test_autosave_fires_within_two_seconds(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "kort")
    drafts = controller.session.drafts
    qtbot.waitUntil(lambda: drafts.get(view.view_key, "note") is not None, timeout=2_500)


def test_clipboard_cleared_only_when_it_holds_our_copy(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_wizard(qtbot, controller)
    controller.clipboard.copy("KT-2026-00001")
    controller.lock()
    assert QApplication.clipboard().text() == ""
    unlock(qtbot, controller)
    controller.clipboard.copy("KT-2026-00001")
    # another program copies from its own window (offscreen: the app's focus counts as ours)
    monkeypatch.setattr(controller.clipboard, "app_has_focus", lambda: False)
    QApplication.clipboard().setText("iets van een ander programma")
    controller.lock()
    assert QApplication.clipboard().text() == "iets van een ander programma"


def test_hide_screen_hides_content_without_locking(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.hidden
    assert controller.session is not None
    qtbot.keyClick(window.hidden_page, Qt.Key.Key_Escape)
    assert not window.hidden


def test_r002_21_no_sentinel_in_any_widget_after_lock(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    view = add_citizen(qtbot, controller, SENTINEL)
    qtbot.keyClicks(view.editor, f"{SENTINEL} zegt dat")
    view.save_note()
    qtbot.keyClicks(view.editor, f"nog iets over {SENTINEL}")
    window.show_home()
    window.home.search_edit.setText("Zzyzx")
    # positive control: the walks find it while unlocked
    assert widget_texts_with(SENTINEL)
    assert live_model_and_document_texts_with(SENTINEL)
    controller.lock()
    assert widget_texts_with(SENTINEL) == []
    assert live_model_and_document_texts_with(SENTINEL) == []
    assert SENTINEL not in repr(controller._navigation)  # ids only


def _model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for row in range(model.rowCount(QModelIndex())):
        column = 0  # columnCount() is private on list models in PySide6
        while (index := model.index(row, column)).isValid():
            texts.extend(str(model.data(index, role)) for role in roles)
            column += 1
    return texts


def live_model_and_document_texts_with(needle: str) -> list[str]:
    """Every item model and text document Python still reaches, views or not."""
    found = []
    for obj in gc.get_objects():
        if not isinstance(obj, QAbstractItemModel | QTextDocument):
            continue
        if not shiboken6.isValid(obj):
            continue
        if isinstance(obj, QTextDocument):
            texts = [obj.toPlainText()]
            while obj.isUndoAvailable():
                obj.undo()
                texts.append(obj.toPlainText())
        else:
            texts = _model_texts(obj)
        found.extend(t for t in texts if needle in t)
    return found


def widget_texts_with(needle: str) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    found = []
    for w in QApplication.allWidgets():
        texts = [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            texts.append(w.toPlainText())
            doc = w.document()
            while doc.isUndoAvailable():
                doc.undo()
                texts.append(doc.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts.extend(_model_texts(w.model()))
        found.extend(t for t in texts if t and needle in t)
    return found


def test_a_failed_integrity_check_locks_and_says_why(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes are refused once the check fails (issue 10), so the app locks at once and the
    lock screen says why; tests/ui/test_damaged_vault.py does it with a real damaged file."""
    import threading

    from app.storage.vault import OpenVault

    verdict = threading.Event()  # the check answers only once the main window is up
    monkeypatch.setattr(OpenVault, "integrity_check", lambda self: not verdict.wait(20))
    run_wizard(qtbot, controller)
    verdict.set()
    qtbot.waitUntil(lambda: controller.session is None, timeout=20_000)
    assert controller.last_lock_reason is LockReason.DAMAGED
    assert controller.top_windows == [controller.lock_screen]
    assert "check after unlocking found damage" in controller.lock_screen.error_label.text()


def test_the_recovery_notice_is_shown_once_after_unlock(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    controller.session.settings.set(
        "notice.recovery_used", {"at": "2026-01-05T09:30:00+00:00", "reason": "ziekte"}
    )
    controller.lock()
    unlock(qtbot, controller)
    notice = controller.main_window.notice
    assert notice.isVisible()
    assert "recovery key" in notice.text()
    assert "ziekte" in notice.text()
    assert "2026" in notice.text()
    controller.lock()
    unlock(qtbot, controller)
    assert not controller.main_window.notice.isVisible()


def test_after_a_restart_the_drafted_note_is_back(qtbot, controller, app_paths, wall) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, "Begonnen aan een notitie")
    citizen_id = view.citizen_id
    controller.lock()
    controller.lock_screen.hide()
    restarted = restarted_controller(app_paths, wall)
    assert restarted.lock_screen is not None
    assert restarted.wizard is None
    unlock(qtbot, restarted)
    view = restarted.main_window.citizen_view
    assert view is not None
    assert view.citizen_id == citizen_id
    assert view.editor.toPlainText() == "Begonnen aan een notitie"
    assert QApplication.focusWidget() is view.editor
    restarted.lock()
    restarted.lock_controller.stop()


def test_locking_with_a_question_open_deletes_it_safely(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    view.editor.setPlainText("Een notitie")
    view.save_note()
    view.notes_list.setCurrentRow(0)
    view.delete_selected()
    box = view.confirm_box
    assert box is not None
    assert box.isVisible()
    controller.lock()  # a static QMessageBox.question here would abort the process
    assert not shiboken6.isValid(box)
    assert QApplication.topLevelWidgets() == [controller.lock_screen]
    unlock(qtbot, controller)
    reopened = controller.main_window.citizen_view
    assert reopened is not None  # back in the same citizen after unlock
    _, notes = controller.session.caseload.open_citizen(reopened.citizen_id)
    assert [n.body for n in notes] == ["Een notitie"]
