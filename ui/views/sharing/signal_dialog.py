"""A new signal: a neighbour's or partner's concern (issue 7; R-004-25, R-001-22, R-003-18).

Thin: the fields go to :class:`SignalService`; a refusal is shown in plain words and nothing
typed is lost. Minimal data only (name and a short concern), the reporter by role, the task it
falls under, a category with a review date, and third-person material flagged with a reason
not to inform (or the app makes an inform task). Use :func:`open_signal_dialog`.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.signal import CATEGORY_TEXT, Category, SignalDraft
from app.services.signals import SignalService
from ui.views.intake.context import labelled_form, message_label, named


def _date(name: str, value: QDate) -> QDateEdit:
    edit = named(QDateEdit(value), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class SignalDialog(QDialog):
    def __init__(self, service: SignalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.signal_id: str | None = None
        self.setWindowTitle(self.tr("New signal"))
        today = service.today()
        self.task_ground = named(QLineEdit(), "task_ground")
        self.task_ground.setPlaceholderText(self.tr("e.g. Wmo 2015 art. 2.3.2"))
        self.person_name = named(QLineEdit(), "person_name")
        self.concern = named(QLineEdit(), "concern")
        self.concern.setPlaceholderText(self.tr("short; no health or income details"))
        self.reporter_role = named(QLineEdit(), "reporter_role")
        self.reporter_role.setPlaceholderText(self.tr("e.g. neighbour"))
        self.reporter_name = named(QLineEdit(), "reporter_name")
        self.reporter_name.setPlaceholderText(self.tr("only if given"))
        self.received_on = _date("received_on", QDate(today))
        self.category = named(QComboBox(), "category")
        for category in Category:
            self.category.addItem(QCoreApplication.translate("Signal", CATEGORY_TEXT[category]))
            self.category.setItemData(self.category.count() - 1, category)
        self.keep_until = _date("keep_until", QDate(today + timedelta(days=90)))
        self.review_on = _date("review_on", QDate(today + timedelta(days=14)))
        self.third_person = named(
            QCheckBox(self.tr("Holds material about a third person")), "third_person"
        )
        self.third_reason = named(QLineEdit(), "third_person_reason")
        self.third_reason.setPlaceholderText(self.tr("reason not to inform (else a task)"))
        self.message = message_label("signal_message")
        self.buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            ),
            "signal_buttons",
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = labelled_form(
            [
                (self.tr("&Task it falls under"), self.task_ground),
                (self.tr("&Name of the person"), self.person_name),
                (self.tr("&Concern"), self.concern),
                (self.tr("Reported by (&role)"), self.reporter_role),
                (self.tr("Reporter's na&me"), self.reporter_name),
                (self.tr("Recei&ved on"), self.received_on),
                (self.tr("Cate&gory"), self.category),
                (self.tr("&Keep until"), self.keep_until),
                (self.tr("&Review on"), self.review_on),
                (self.tr("Reason not to &inform"), self.third_reason),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.third_person)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 440)

    def draft(self) -> SignalDraft:
        category = Category(self.category.currentData())
        return SignalDraft(
            self.task_ground.text(),
            self.person_name.text(),
            self.concern.text(),
            self.reporter_role.text(),
            category,
            self.review_on.date().toPython(),
            self.received_on.date().toPython(),
            self.reporter_name.text(),
            self.keep_until.date().toPython() if category is Category.KEEP else None,
            None,
            self.third_person.isChecked(),
            self.third_reason.text(),
        )

    def save(self) -> None:
        try:
            self.signal_id = self.service.open(self.draft()).id
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


def open_signal_dialog(parent: QWidget | None, service: SignalService) -> str | None:
    """Open the dialog modally; the new signal's id, or None when cancelled."""
    dialog = SignalDialog(service, parent)
    dialog.exec()
    return dialog.signal_id
