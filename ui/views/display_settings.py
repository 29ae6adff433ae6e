"""Language, text size and high contrast: a group box for the settings dialog (the lock screen
and the wizard's first page have a language button, ``ui.views.language_button``).

A choice is emitted at once as ``changed(Preferences)``; the app controller saves it and applies
it (a new language or text size rebuilds the windows without losing work, high contrast only
swaps the palette). The language names are shown in their own language ("Nederlands",
"English"), as language pickers do, so they are deliberately not translated.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.preferences import LANGUAGES, TEXT_SCALES, Preferences
from ui.views.language_button import LANGUAGE_NAMES


class DisplaySettingsBox(QGroupBox):
    """Emits ``changed(Preferences)`` when the worker picks another language, size or contrast."""

    changed = Signal(object)

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language and display"), parent)
        self.setObjectName("display_settings")
        self.language = QComboBox()
        self.language.setObjectName("display_language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.text_size = QComboBox()
        self.text_size.setObjectName("display_text_size")
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{scale} %", scale)
        self.high_contrast = QCheckBox(self.tr("&High contrast (white text on black)"))
        self.high_contrast.setObjectName("display_high_contrast")
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language)
        size_label = QLabel(self.tr("&Text size:"))
        size_label.setBuddy(self.text_size)
        note = QLabel(
            self.tr(
                "Changes take effect at once; what you have typed stays. Papers for the citizen "
                "are in the language chosen on the paper itself."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(language_label, self.language)
        form.addRow(size_label, self.text_size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.high_contrast)
        layout.addWidget(note)
        self.show_preferences(current)
        self.language.currentIndexChanged.connect(self._emit)
        self.text_size.currentIndexChanged.connect(self._emit)
        self.high_contrast.toggled.connect(self._emit)

    def show_preferences(self, preferences: Preferences) -> None:
        """Show ``preferences`` without emitting ``changed``."""
        for widget in (self.language, self.text_size, self.high_contrast):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.text_size.setCurrentIndex(max(self.text_size.findData(preferences.text_scale), 0))
        self.high_contrast.setChecked(preferences.high_contrast)
        for widget in (self.language, self.text_size, self.high_contrast):
            widget.blockSignals(False)

    def preferences(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            text_scale=int(self.text_size.currentData()),
            high_contrast=self.high_contrast.isChecked(),
        )

    def _emit(self) -> None:
        self.changed.emit(self.preferences())

    # -- focus across a rebuild ------------------------------------------------------------------
    def _controls(self) -> dict[str, QWidget]:
        return {
            "language": self.language,
            "text_size": self.text_size,
            "high_contrast": self.high_contrast,
        }

    def focused_control(self) -> str | None:
        """Which of the three controls has the dialog's focus (to give it back after a rebuild)."""
        focus = self.window().focusWidget()
        return next((key for key, w in self._controls().items() if w is focus), None)

    def focus_control(self, key: str | None) -> None:
        self._controls().get(key or "language", self.language).setFocus()
