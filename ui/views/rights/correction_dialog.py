"""Correct a note on request: pick the note, write the new text and/or the citizen's own
statement; afterwards the dialog lists whom the disclosure log names, who may need to be told
(R-000-38, R-003-23). Thin: :meth:`RightsService.record_correction` decides."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.services.rights import RightsService
from ui.views.intake.context import labelled_form, message_label, named


class CorrectionDialog(QDialog):
    def __init__(
        self, service: RightsService, request_id: str, citizen_id: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.request_id = request_id
        self.setWindowTitle(self.tr("Correct a note"))
        self.note = named(QComboBox(), "correction_note")
        for note in service.notes(citizen_id):
            self.note.addItem(note.body[:80], note.id)
        self.new_text = named(QPlainTextEdit(), "correction_text")
        self.new_text.setTabChangesFocus(True)
        self.statement = named(QPlainTextEdit(), "citizen_statement")
        self.statement.setTabChangesFocus(True)
        self.note.currentIndexChanged.connect(self._fill)
        self._fill()
        self.recipients = named(QLabel(), "recipients_to_tell")
        self.recipients.setWordWrap(True)
        self.message = message_label("correction_message")
        self.buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
            ),
            "correction_buttons",
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Note"), self.note),
                    (self.tr("&Corrected text (the earlier text stays in history)"), self.new_text),
                    (self.tr("The citizen's own &statement beside it"), self.statement),
                ],
                wrap=True,
            )
        )
        layout.addWidget(self.recipients)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def _fill(self) -> None:
        notes = {
            n.id: n.body for n in self.service.notes(self.service.get(self.request_id).citizen_id)
        }
        self.new_text.setPlainText(notes.get(str(self.note.currentData()), ""))

    def save(self) -> None:
        if self.note.currentData() is None:
            self.message.setText(self.tr("There is no note to correct."))
            return
        try:
            result = self.service.record_correction(
                self.request_id,
                str(self.note.currentData()),
                self.new_text.toPlainText(),
                self.statement.toPlainText(),
            )
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        if result.recipients:
            names = "; ".join(f"{org} ({role})" if role else org for org, role in result.recipients)
            self.recipients.setText(
                self.tr("Saved. These recipients got data and may need to be told: {names}").format(
                    names=names
                )
            )
        else:
            self.recipients.setText(self.tr("Saved. Nobody received data about this citizen."))
