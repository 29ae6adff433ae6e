"""Who else is at the kitchen table (DESIGN section 5 "Intake"): a role, a name only when
needed, each recorded only after the citizen agreed; an interpreter with the confidentiality
that binds them. A thin view over :class:`RepresentationService` for the intake window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import (
    CONFIDENTIALITY_FOR,
    CONFIDENTIALITY_TEXT,
    ROLE_TEXT,
    Confidentiality,
    PresentPerson,
    PresentRole,
)
from app.i18n import translate
from app.services.representation import RepresentationService
from ui.views.casework.representatives_panel import run
from ui.views.intake.context import labelled_form, message_label, named

ID_ROLE = Qt.ItemDataRole.UserRole


def describe(person: PresentPerson) -> str:
    parts = [translate("Refusals", ROLE_TEXT[person.role]), person.name]
    if person.confidentiality is not None:
        parts.append(translate("Refusals", CONFIDENTIALITY_TEXT[person.confidentiality]))
    return " · ".join(p for p in parts if p)


class PresentPanel(QGroupBox):
    """Emits ``present_changed`` after someone is added or removed."""

    present_changed = Signal()

    def __init__(
        self, service: RepresentationService, intake_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Also present at the conversation"))
        self.setObjectName("present_panel")
        self._service = service
        self.intake_id = intake_id
        self.list = named(QListWidget(), "present_list")
        self.list.setAccessibleName(self.tr("People present"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.role = named(QComboBox(), "present_role")
        for role in PresentRole:
            self.role.addItem(translate("Refusals", ROLE_TEXT[role]), role.value)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.name = named(QLineEdit(), "present_name")
        self.name.setPlaceholderText(self.tr("Only when needed; the role is enough"))
        self.confidentiality = named(QComboBox(), "present_confidentiality")
        self.confidentiality_label = QLabel(self.tr("&Confidentiality:"))
        self.confidentiality_label.setBuddy(self.confidentiality)
        self.agreed = named(
            QCheckBox(self.tr("The citizen &agrees that this person is recorded as present")),
            "present_agreed",
        )
        self.add_button = named(QPushButton(self.tr("A&dd person present")), "present_add")
        self.add_button.clicked.connect(self.add)
        self.remove_button = named(QPushButton(self.tr("&Remove selected")), "present_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = message_label("present_message")
        form = labelled_form([(self.tr("R&ole:"), self.role), (self.tr("&Name:"), self.name)])
        form.addRow(self.confidentiality_label, self.confidentiality)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addWidget(self.agreed)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._role_changed()
        self.refresh()

    def _role_changed(self) -> None:
        role = PresentRole(str(self.role.currentData()))
        self.confidentiality.clear()
        for option in CONFIDENTIALITY_FOR.get(role, ()):
            text = translate("Refusals", CONFIDENTIALITY_TEXT[option])
            self.confidentiality.addItem(text, option.value)
        interpreter = role in CONFIDENTIALITY_FOR
        self.confidentiality.setVisible(interpreter)
        self.confidentiality_label.setVisible(interpreter)

    def refresh(self) -> None:
        self.list.clear()
        for person in self._service.present(self.intake_id):
            item = QListWidgetItem(describe(person))
            item.setData(ID_ROLE, person.id)
            self.list.addItem(item)

    def add(self) -> None:
        role = PresentRole(str(self.role.currentData()))
        data = self.confidentiality.currentData() if role in CONFIDENTIALITY_FOR else None
        bound = Confidentiality(str(data)) if data else None

        def work() -> None:
            self._service.add_present(
                self.intake_id, role, self.agreed.isChecked(), self.name.text(), bound
            )

        if run(work, self.message, self.tr("Recorded as present.")):
            self.name.clear()
            self.agreed.setChecked(False)  # each person needs its own agreement
            self.refresh()
            self.present_changed.emit()

    def remove_selected(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            self.message.setText(self.tr("Select a person in the list first."))
            return
        person_id = str(item.data(ID_ROLE))
        if run(
            lambda: self._service.remove_present(self.intake_id, person_id),
            self.message,
            self.tr("Removed."),
        ):
            self.refresh()
            self.present_changed.emit()
