"""Typed text carried across a rebuild in memory (``ui.form_state``): matched by class, name and
order; passphrases never; a group whose size changed is left alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from ui import form_state


def form(extra_line: bool = False) -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    for name in ("concern", "concern", "basis"):
        edit = QLineEdit()
        edit.setObjectName(name)
        layout.addWidget(edit)
    if extra_line:
        edit = QLineEdit()
        edit.setObjectName("concern")
        layout.addWidget(edit)
    secret = QLineEdit()
    secret.setObjectName("passphrase")
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(secret)
    layout.addWidget(QSpinBox())
    layout.addWidget(QPlainTextEdit())
    return root


def test_text_and_cursor_come_back_in_the_same_fields(qtbot) -> None:
    old = form()
    qtbot.addWidget(old)
    first, second, basis, secret = old.findChildren(QLineEdit)[:4]
    second.setText("Aanmaningen op tafel")
    second.setCursorPosition(4)
    basis.setText("gesprek")
    secret.setText("paars tractor zingt")
    old.findChild(QPlainTextEdit).setPlainText("Eerste regel\ntweede regel")
    state = form_state.capture(old)
    assert all("paars" not in f.text for f in state.fields.values())  # never a passphrase

    new = form()
    qtbot.addWidget(new)
    assert form_state.restore(new, state) == 3
    first, second, basis, secret = new.findChildren(QLineEdit)[:4]
    assert (first.text(), second.text(), basis.text()) == ("", "Aanmaningen op tafel", "gesprek")
    assert second.cursorPosition() == 4
    assert secret.text() == ""
    assert new.findChild(QPlainTextEdit).toPlainText() == "Eerste regel\ntweede regel"
    assert form_state.restore(new, state) == 0  # already there: nothing written twice


def test_a_group_that_changed_size_is_left_alone(qtbot) -> None:
    old = form()
    qtbot.addWidget(old)
    old.findChildren(QLineEdit)[1].setText("Aanmaningen op tafel")
    old.findChildren(QLineEdit)[2].setText("gesprek")
    state = form_state.capture(old)
    new = form(extra_line=True)  # one "concern" field more: which one was it?
    qtbot.addWidget(new)
    form_state.restore(new, state)
    concern = [e.text() for e in new.findChildren(QLineEdit) if e.objectName() == "concern"]
    assert concern == ["", "", ""]
    basis = next(e for e in new.findChildren(QLineEdit) if e.objectName() == "basis")
    assert basis.text() == "gesprek"  # its own group did not change
