"""The passphrase field: show/hide, and a strength meter in words as well as a bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.widgets.password_field import PasswordField


def test_the_toggle_shows_and_hides_the_passphrase(qtbot) -> None:
    field = PasswordField("Passphrase")
    qtbot.addWidget(field)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.toggle.text() == "Hide"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.toggle.text() == "Show"


def test_the_meter_names_the_strength_and_the_reason(qtbot) -> None:
    field = PasswordField("New passphrase", show_strength=True)
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitSignal(field.strength_changed):
        qtbot.keyClicks(field.line_edit, "welkom")
    assert field.strength is not None
    assert not field.strength.acceptable
    assert field.strength_label.text() == f"Strength: {field.strength.label}"
    assert field.reason_label.text() == field.strength.reason != ""
    assert field.meter.value() == field.strength.score
    assert field.meter.accessibleDescription() == field.strength.label
    field.line_edit.setText("paars tractor zingt onder water")
    assert field.strength.acceptable
    assert field.meter.value() == field.strength.score > 0


def test_a_plain_field_has_no_meter(qtbot) -> None:
    field = PasswordField("Passphrase")
    qtbot.addWidget(field)
    field.show()
    assert not field.meter.isVisible()
    assert field.strength is None


def test_enter_submits(qtbot) -> None:
    field = PasswordField("Passphrase")
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.submitted):
        qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
