"""The case system confirmed receipt of a citizen's closed dossiers (issue 8; R-002-27).

From then on the local copy is due after the agency's period (``purge_after_handover_days``);
the closed intakes become ``overgedragen``. Thin: :meth:`RetentionService.confirm_handover`
checks and records everything.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.citizen import ValidationError
from app.services.retention import RetentionService
from ui.views.intake.context import labelled_form, message_label, named
from ui.widgets.scrolling import fit_wrapped_height


class ReceiptDialog(QDialog):
    def __init__(
        self, service: RetentionService, citizen_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.citizen_id = citizen_id
        self.dossiers = 0
        self.setWindowTitle(self.tr("Case system confirmed receipt"))
        days = service.profile.retention.purge_after_handover_days
        intro = QLabel(
            self.tr(
                "Record the day the case system confirmed it received the closed dossiers. "
                "The copy on this laptop is then proposed for destruction after {days} days."
            ).format(days=days)
        )
        intro.setWordWrap(True)
        today = service.today()
        self.received_on = named(
            QDateEdit(QDate(today.year, today.month, today.day)), "receipt_date"
        )
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("dd-MM-yyyy")
        self.received_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.message = message_label("receipt_message")
        self.buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            ),
            "receipt_buttons",
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(labelled_form([(self.tr("&Receipt confirmed on"), self.received_on)]))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_wrapped_height(self, 480)  # the intro wraps: at 200 % text it needs more lines

    def save(self) -> None:
        try:
            picked = self.received_on.date()
            on = date(picked.year(), picked.month(), picked.day())
            self.dossiers = self.service.confirm_handover(self.citizen_id, on)
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.accept()
