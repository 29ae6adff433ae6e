"""A passphrase field with a show/hide toggle and, for new passphrases, a strength meter.

The meter shows the strength in words next to the bar (colour is never the only signal) and the
reason a passphrase is refused, in plain language, from ``app.domain.passphrase``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the strength rule loads with the meter, not with the lock screen
    from app.domain.passphrase import Strength


class PasswordField(QWidget):
    """``line_edit`` holds the text; ``strength_changed`` fires with the new assessment."""

    strength_changed = Signal(object)
    submitted = Signal()

    def __init__(
        self,
        accessible_name: str,
        show_strength: bool = False,
        user_words: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._user_words = user_words
        self.line_edit = QLineEdit(self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setAccessibleName(accessible_name)
        self.line_edit.returnPressed.connect(self.submitted)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show passphrase"))
        self.toggle.toggled.connect(self._toggle)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel(self)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.strength: Strength | None = None
        if show_strength:
            layout.addWidget(self.meter)
            layout.addWidget(self.strength_label)
            layout.addWidget(self.reason_label)
            self.line_edit.textChanged.connect(self._assess)
            self._assess("")
        else:
            self.meter.hide()
            self.strength_label.hide()
            self.reason_label.hide()
        self.setFocusProxy(self.line_edit)

    def text(self) -> str:
        return self.line_edit.text()

    def set_user_words(self, words: tuple[str, ...]) -> None:
        """Words a passphrase must not lean on (the worker's own name); re-assesses."""
        self._user_words = words
        if self.strength is not None:
            self._assess(self.line_edit.text())

    def clear(self) -> None:
        self.line_edit.clear()

    def _toggle(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.line_edit.setEchoMode(mode)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _assess(self, text: str) -> None:
        from app.domain.passphrase import assess

        self.strength = assess(text, self._user_words)
        self.meter.setValue(self.strength.score)
        self.strength_label.setText(self.tr("Strength: {label}").format(label=self.strength.label))
        self.reason_label.setText(self.strength.reason if text else "")
        self.meter.setAccessibleDescription(self.strength.label)
        self.strength_changed.emit(self.strength)
