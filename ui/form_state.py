"""Typed text that is not saved yet, carried across a rebuild of the windows in memory.

Drafts cover the note editors (encrypted in the vault, also across a lock); this covers every
other editable text field of a view, so a language or text-size switch loses nothing. The text
stays in this process's memory only, as it already was in the widget; passphrase fields and
the line edits inside spin boxes and combo boxes are left out.

Fields are matched by class, object name and order among their namesakes: the rebuilt view is
built by the same code from the same data, so the order is the same. A group whose size differs
after the rebuild is left alone rather than risk text landing in the wrong field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = tuple[str, str, int]


@dataclass(frozen=True)
class FieldText:
    text: str
    cursor: int


@dataclass(frozen=True)
class FormState:
    fields: dict[Key, FieldText]
    group_sizes: dict[tuple[str, str], int]
    focus: Key | None


def _editable(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        return (
            not widget.isReadOnly()
            and widget.echoMode() == QLineEdit.EchoMode.Normal
            and not isinstance(parent, QAbstractSpinBox | QComboBox)
        )
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


def text_fields(root: QWidget) -> dict[Key, QWidget]:
    """The editable text fields under ``root``, keyed by class, object name and order."""
    counts: dict[tuple[str, str], int] = {}
    found: dict[Key, QWidget] = {}
    for widget in root.findChildren(QWidget):  # depth first, in creation order
        if not _editable(widget):
            continue
        group = (type(widget).__name__, widget.objectName())
        index = counts.get(group, 0)
        counts[group] = index + 1
        found[(*group, index)] = widget
    return found


def _text(widget: QWidget) -> FieldText:
    if isinstance(widget, QLineEdit):
        return FieldText(widget.text(), widget.cursorPosition())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return FieldText(widget.toPlainText(), widget.textCursor().position())
    return FieldText("", 0)


def _groups(fields: dict[Key, QWidget]) -> dict[tuple[str, str], int]:
    sizes: dict[tuple[str, str], int] = {}
    for kind, name, _ in fields:
        sizes[(kind, name)] = sizes.get((kind, name), 0) + 1
    return sizes


def capture(root: QWidget) -> FormState:
    """What is typed under ``root`` now, and which field has the window's focus."""
    fields = text_fields(root)
    focus_widget = root.window().focusWidget()
    focus = next((key for key, w in fields.items() if w is focus_widget), None)
    return FormState(
        {key: _text(w) for key, w in fields.items() if _text(w).text},
        _groups(fields),
        focus,
    )


def restore(root: QWidget, state: FormState) -> int:
    """Put the captured text back under the rebuilt ``root``; returns how many fields changed."""
    fields = text_fields(root)
    sizes = _groups(fields)
    changed = 0
    for key, saved in state.fields.items():
        widget = fields.get(key)
        if widget is None or sizes.get(key[:2]) != state.group_sizes.get(key[:2]):
            continue
        if _text(widget).text != saved.text:
            _set_text(widget, saved.text)
            changed += 1
        _set_cursor(widget, saved.cursor)
    if state.focus is not None and state.focus in fields:
        fields[state.focus].setFocus()
    return changed


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(text)


def _set_cursor(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(position)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        length = len(widget.toPlainText())
        cursor.setPosition(min(position, length), QTextCursor.MoveMode.MoveAnchor)
        widget.setTextCursor(cursor)
