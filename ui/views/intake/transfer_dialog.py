"""R-004-18: bring a hulpverlening note into the toeleiding, with the necessity judgement.

The wijkteam's own help and the college's toeleiding are separate dossiers under separate
controllers. A note moves only as a copy, only into one of this citizen's open toeleiding
intakes, and only with the care worker's written judgement why the college needs it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.formatting import format_date
from app.services.lookups import ManualLookups
from ui.views.intake.context import labelled_form, message_label, named


class TransferDialog(QDialog):
    def __init__(
        self,
        lookups: ManualLookups,
        note_id: str,
        citizen_id: str,
        care_worker: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move a note into the toeleiding"))
        self._lookups = lookups
        self._note_id = note_id
        self.moved: str | None = None
        intro = QLabel(
            self.tr(
                "The note stays in the hulpverlening. A copy goes into the college's toeleiding "
                "only when you judge that the college needs it for its task. Write why."
            )
        )
        intro.setWordWrap(True)
        self.target = named(QComboBox(), "transfer_target")
        for intake in lookups.toeleiding_targets(citizen_id):
            self.target.addItem(
                self.tr("Toeleiding intake of {date}").format(
                    date=format_date(intake.started_at.date())
                ),
                intake.id,
            )
        self.judgement = named(QPlainTextEdit(), "transfer_judgement")
        self.judgement.setTabChangesFocus(True)
        self.judged_by = named(QLineEdit(care_worker), "transfer_judged_by")
        self.message = message_label("transfer_message")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Move a copy"))
        ok.setObjectName("transfer_ok")
        ok.setEnabled(self.target.count() > 0)
        self.buttons.accepted.connect(self.move)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Into:"), self.target),
                    (self.tr("&Why the college needs it:"), self.judgement),
                    (self.tr("Judged &by (care worker):"), self.judged_by),
                ],
                wrap=True,
            )
        )
        if self.target.count() == 0:
            self.message.setText(
                self.tr("This citizen has no open toeleiding intake to move the note into.")
            )
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def move(self) -> None:
        try:
            copy = self._lookups.transfer_to_toeleiding(
                self._note_id,
                str(self.target.currentData()),
                self.judgement.toPlainText(),
                self.judged_by.text(),
            )
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.moved = copy.id
        self.accept()
