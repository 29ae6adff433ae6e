"""Every copy the app makes is seen, marked to stay out of clipboard history, and cleared by a
lock; what another program copies later is left alone (R-002-21, DESIGN section 4).

Offscreen ``ownsClipboard()`` is always false, so the guard counts a change while one of the
app's windows has the focus as the app's; "another program" copies with that focus gone
(``app_has_focus`` replaced), as it would from its own window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.ui.test_first_run_and_lock import _activate, add_citizen, run_wizard, unlock
from ui.clipboard import MARKERS, ClipboardGuard, is_marked

WINDOWS_MARKERS = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"',
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"',
}
NOTE = "Mevrouw Voorbeeld vertelt over de trap naar boven"


def select(editor: QPlainTextEdit, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def ctrl(qtbot, widget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def another_program_copies(monkeypatch: pytest.MonkeyPatch, guard: ClipboardGuard, text: str):
    """Another program copies from its own window: the app's windows have no focus."""
    with monkeypatch.context() as patch:
        patch.setattr(guard, "app_has_focus", lambda: False)
        QApplication.clipboard().setText(text)


def test_r002_21_ctrl_c_in_a_note_is_cleared_by_the_lock(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, NOTE)
    select(view.editor, 0, 17)
    ctrl(qtbot, view.editor, Qt.Key.Key_C)
    assert QApplication.clipboard().text() == "Mevrouw Voorbeeld"  # positive control
    assert controller.clipboard.last_copy == "Mevrouw Voorbeeld"
    qtbot.keyClick(controller.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.session is None
    assert QApplication.clipboard().text() == ""
    assert controller.clipboard.last_copy is None


def test_r002_21_what_another_program_copied_later_is_left_alone(
    qtbot, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, NOTE)
    select(view.editor, 0, 17)
    ctrl(qtbot, view.editor, Qt.Key.Key_C)
    another_program_copies(monkeypatch, controller.clipboard, "boodschappenlijst")
    assert controller.clipboard.last_copy == "Mevrouw Voorbeeld"  # still the app's last copy
    controller.lock()
    assert QApplication.clipboard().text() == "boodschappenlijst"


def test_r002_21_an_app_copy_carries_the_three_windows_markers(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, NOTE)
    view.editor.selectAll()
    ctrl(qtbot, view.editor, Qt.Key.Key_C)
    mime = QApplication.clipboard().mimeData()
    assert set(mime.formats()) >= WINDOWS_MARKERS

    def value(name: str) -> bytes:
        return bytes(mime.data(f'application/x-qt-windows-mime;value="{name}"'))

    assert value("CanIncludeInClipboardHistory") == b"\x00\x00\x00\x00"  # DWORD 0
    assert value("CanUploadToCloudClipboard") == b"\x00\x00\x00\x00"
    assert value("ExcludeClipboardContentFromMonitorProcessing")  # any data
    assert mime.text() == NOTE
    assert mime.hasHtml()  # the editor's own formats are kept beside the markers


def test_r002_21_ctrl_c_in_a_focused_field_is_marked_in_the_same_copy(qtbot) -> None:
    guard = ClipboardGuard()
    edit = QPlainTextEdit(NOTE)
    qtbot.addWidget(edit)
    edit.show()
    _activate(qtbot, edit)
    edit.setFocus()
    seen: list[bool] = []  # each clipboard content as it appears: marked or not
    clipboard = QApplication.clipboard()
    clipboard.dataChanged.connect(lambda: seen.append(is_marked(clipboard.mimeData())))
    select(edit, 8, 17)
    ctrl(qtbot, edit, Qt.Key.Key_C)
    assert clipboard.text() == "Voorbeeld"
    assert seen == [True]  # Windows never sees the text without the markers
    assert guard.last_copy == "Voorbeeld"


def test_cut_in_a_line_edit_is_marked_and_undoable(qtbot) -> None:
    guard = ClipboardGuard()
    edit = QLineEdit("Jan Voorbeeld")
    qtbot.addWidget(edit)
    edit.show()
    _activate(qtbot, edit)
    edit.setFocus()
    seen: list[bool] = []
    clipboard = QApplication.clipboard()
    clipboard.dataChanged.connect(lambda: seen.append(is_marked(clipboard.mimeData())))
    edit.setSelection(0, 4)
    ctrl(qtbot, edit, Qt.Key.Key_X)
    assert seen == [True]
    assert edit.text() == "Voorbeeld"
    assert QApplication.clipboard().text() == "Jan "
    assert is_marked(QApplication.clipboard().mimeData())
    assert guard.last_copy == "Jan "
    edit.undo()
    assert edit.text() == "Jan Voorbeeld"


def test_a_passphrase_is_never_copied(qtbot) -> None:
    guard = ClipboardGuard()
    another_program_copies(pytest.MonkeyPatch(), guard, "eerder")
    edit = QLineEdit("paars tractor zingt")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(edit)
    edit.show()
    _activate(qtbot, edit)
    edit.selectAll()
    ctrl(qtbot, edit, Qt.Key.Key_C)
    assert QApplication.clipboard().text() == "eerder"
    assert guard.last_copy != "paars tractor zingt"


def test_r002_21_any_other_copy_is_marked_once_without_triggering_itself(qtbot) -> None:
    guard = ClipboardGuard()
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    _activate(qtbot, edit)  # one of the app's windows has the focus
    changes: list[int] = []
    clipboard = QApplication.clipboard()
    clipboard.dataChanged.connect(lambda: changes.append(1))
    source = QMimeData()
    source.setText("KT-2026-00001")
    source.setHtml("<b>KT-2026-00001</b>")
    clipboard.setMimeData(source)  # as a list or a context menu copies: not through the guard
    assert is_marked(clipboard.mimeData())
    assert clipboard.mimeData().html() == "<b>KT-2026-00001</b>"
    assert guard.last_copy == "KT-2026-00001"
    assert len(changes) == 2  # the copy and one re-set with the markers
    clipboard.dataChanged.emit()  # Windows reports the re-set again, later: nothing more
    assert len(changes) == 3
    assert is_marked(clipboard.mimeData())
    assert guard.clear_if_ours()
    assert clipboard.text() == ""


def test_another_programs_copy_is_never_re_set(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    guard = ClipboardGuard()
    another_program_copies(monkeypatch, guard, "van een ander programma")
    mime = QApplication.clipboard().mimeData()
    assert not any(mime.hasFormat(name) for name in MARKERS)
    assert guard.last_copy is None
    assert not guard.clear_if_ours()
    assert QApplication.clipboard().text() == "van een ander programma"


def test_a_copy_after_unlock_is_tracked_again(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    controller.clipboard.copy("KT-2026-00001")
    controller.lock()
    unlock(qtbot, controller)
    view = add_citizen(qtbot, controller)
    qtbot.keyClicks(view.editor, NOTE)
    view.editor.selectAll()
    ctrl(qtbot, view.editor, Qt.Key.Key_C)
    controller.lock()
    assert QApplication.clipboard().text() == ""
