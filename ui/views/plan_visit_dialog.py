"""Plan a visit by hand: date, time, place, and one or two known citizens or a new contact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import parse_day, parse_time
from app.domain.citizen import ValidationError
from app.formatting import format_date
from app.services.session import Session
from app.storage.errors import VaultError
from ui.views.intake.context import labelled_form, message_label, named
from ui.widgets.citizen_picker import CitizenPicker


class PlanVisitDialog(QDialog):
    """Emits ``planned(visit_id)``; a refusal is shown in the dialog and the input stays."""

    planned = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a visit"))
        self._session = session
        self.date_edit = named(QLineEdit(format_date(session.visits.today(), "short")), "date")
        self.time_edit = named(QLineEdit(), "time")
        self.time_edit.setPlaceholderText(self.tr("e.g. 9:30"))
        self.place_edit = named(QLineEdit(), "place")
        self.place_edit.setPlaceholderText(self.tr("e.g. at home, or the address"))
        self.first = named(CitizenPicker(session.caseload, self.tr("Citizen")), "first")
        self.second = named(
            CitizenPicker(session.caseload, self.tr("Second household member")), "second"
        )
        self.contact_edit = named(QLineEdit(), "contact")
        self.contact_edit.setPlaceholderText(self.tr("only for someone without a file yet"))
        hint = QLabel(
            self.tr(
                "Two household members can be visited together: each gets their own "
                "conversation, and their notes stay apart."
            )
        )
        hint.setWordWrap(True)
        self.message = message_label("plan_message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Date:"), self.date_edit),
                    (self.tr("&Time:"), self.time_edit),
                    (self.tr("&Place:"), self.place_edit),
                    (self.tr("&Citizen:"), self.first),
                    (self.tr("Second &member (optional):"), self.second),
                    (self.tr("Or a &new contact's name:"), self.contact_edit),
                ]
            )
        )
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        citizens = tuple(c for c in (self.first.citizen_id(), self.second.citizen_id()) if c)
        typed = [p.edit.text().strip() for p in (self.first, self.second)]
        if sum(1 for t in typed if t) != len(citizens):
            self.message.setText(
                self.tr("No citizen matches what you typed; choose from the list.")
            )
            return
        try:
            visit = self._session.visits.plan(
                parse_day(self.date_edit.text()),
                parse_time(self.time_edit.text()),
                self.place_edit.text(),
                citizens,
                self.contact_edit.text(),
            )
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.planned.emit(visit.id)
        self.accept()
