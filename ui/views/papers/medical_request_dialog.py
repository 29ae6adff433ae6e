"""Specific questions to the citizen's GP, for the letter and the machtiging (issue 6 item 6).

Thin: the fields become a :class:`MedicalRequest`; every problem is shown in plain words and
Save stays disabled until there are none. There is no field for the doctor's answer: it goes
sealed to the medical adviser and never into the app. Use :func:`run`; it returns the new id.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.consent_terms import CAPACITY_TEXT, GP_ROLES, GrantorCapacity
from app.domain.medical_request import MedicalRequest
from app.services.consent_requests import ConsentRequestService
from ui.views.intake.context import labelled_form, message_label, named
from ui.views.papers.consent_request_dialog import (
    ItemList,
    RequestDialog,
    date_edit,
    show_problems,
    to_date,
)
from ui.widgets.scrolling import scroll_area


class MedicalRequestDialog(RequestDialog):
    """Emits ``saved(request_id)`` after the service stored the questions."""

    def __init__(
        self, service: ConsentRequestService, intake_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, intake_id, parent)
        self.setWindowTitle(self.tr("Questions to the GP"))
        ctx = self.request_context
        self.practice = named(QComboBox(), "practice")
        self.practice.setEditable(True)
        self.practice.addItem("")
        for org in service.organisations():
            if org.role.lower() in GP_ROLES:
                self.practice.addItem(org.name)
        self.professional = named(QLineEdit(), "professional")
        self.professional.setPlaceholderText(self.tr("the GP's name"))
        self.adviser = named(QLineEdit(service.adviser()), "adviser")
        self.questions = named(
            ItemList("questions", self.tr("One specific question, ending in ?")), "questions"
        )
        self.purpose = named(QLineEdit(), "purpose")
        self.law = named(QLineEdit("Wmo 2015 art. 5.1.1 lid 5"), "law")
        self.known = named(QPlainTextEdit(), "known")
        self.known.setPlaceholderText(self.tr("What the citizen can and cannot do; no diagnoses"))
        self.known.setTabChangesFocus(True)
        self.known.setMaximumHeight(80)
        self.valid_until = date_edit("valid_until", service.today() + timedelta(days=90))
        self.grantor = named(QLineEdit(ctx.grantor), "grantor")
        self.capacity = named(QComboBox(), "capacity")
        for capacity in GrantorCapacity:
            self.capacity.addItem(
                QCoreApplication.translate("Consent", CAPACITY_TEXT[capacity]), capacity
            )
        self.explained = named(
            QCheckBox(self.tr("I explained the letter and the machtiging")), "explained"
        )
        note = QLabel(
            self.tr(
                "The GP answers the medical adviser only, in a sealed envelope. The answer is "
                "never entered here."
            )
        )
        note.setWordWrap(True)
        self.problems = message_label("medical_problems")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QWidget()  # scrolls at 200 % text on a laptop screen; the buttons stay
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("GP &practice"), self.practice),
                    (self.tr("&GP or treating professional"), self.professional),
                    (self.tr("&Medical adviser"), self.adviser),
                    (self.tr("&Questions"), self.questions),
                    (self.tr("P&urpose"), self.purpose),
                    (self.tr("&Law"), self.law),
                    (self.tr("Already &known"), self.known),
                    (self.tr("&Valid until"), self.valid_until),
                    (self.tr("&Who signs"), self.grantor),
                    (self.tr("&Capacity"), self.capacity),
                ],
                wrap=True,
            )
        )
        layout.addWidget(self.explained)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll_area(body, "medical_request_scroll"), 1)
        outer.addWidget(buttons)
        self.practice.editTextChanged.connect(self.refresh)
        for edit in (self.professional, self.adviser, self.purpose, self.law, self.grantor):
            edit.textChanged.connect(self.refresh)
        self.known.textChanged.connect(self.refresh)
        self.questions.changed.connect(self.refresh)
        self.valid_until.dateChanged.connect(self.refresh)
        self.capacity.currentIndexChanged.connect(self.refresh)
        self.explained.toggled.connect(self.refresh)
        self.resize(600, 640)
        self.refresh()

    def request(self) -> MedicalRequest:
        return MedicalRequest(
            practice=self.practice.currentText().strip(),
            professional=self.professional.text().strip(),
            adviser=self.adviser.text().strip(),
            questions=self.questions.values(),
            purpose=self.purpose.text().strip(),
            law=self.law.text().strip(),
            known=self.known.toPlainText().strip(),
            valid_until=to_date(self.valid_until.date()),
            grantor=self.grantor.text().strip(),
            capacity=GrantorCapacity(self.capacity.currentData()),
            explained=self.explained.isChecked(),
        )

    def refresh(self) -> None:
        problems = self.service.check_medical(self.request())
        show_problems(self.problems, problems)
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        try:
            saved = self.service.create_medical(self.intake_id, self.request())
        except ValidationError as error:
            self.problems.setText(str(error))
            return
        self.request_id = saved.id
        self.saved.emit(saved.id)
        self.accept()


def run(parent: QWidget | None, service: ConsentRequestService, intake_id: str) -> str | None:
    """Open the dialog modally; the new medical request id, or None when cancelled."""
    dialog = MedicalRequestDialog(service, intake_id, parent)
    dialog.exec()
    return dialog.request_id
