"""The consent terms the worker fills in during the conversation (issue 6 item 3).

Thin: it reads the fields into :class:`ConsentTerms`, asks the service for every problem and
shows them in plain words; Save stays disabled until there are none, and the service refuses
again on save. The citizen's own words stay visible at the top, so the purpose can be held
against the help request. Use :func:`run` to open it; it returns the new request id.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.consent_terms import (
    CAPACITY_TEXT,
    DIRECTION_TEXT,
    KIND_TEXT,
    LAW_SUGGESTIONS,
    METHOD_TEXT,
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
    Problem,
)
from app.services.consent_requests import ConsentRequestService
from ui.views.intake.context import labelled_form, message_label, named


class ItemList(QWidget):
    """A list of short texts with a field, Add and Remove (keyboard: Enter adds)."""

    changed = Signal()

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = named(QLineEdit(), f"{name}_entry")
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(placeholder)
        self.list = named(QListWidget(), f"{name}_list")
        self.list.setAccessibleName(self.tr("Added"))
        self.list.setMaximumHeight(90)
        self.add_button = named(QPushButton(self.tr("Add")), f"{name}_add")
        self.remove_button = named(QPushButton(self.tr("Remove")), f"{name}_remove")
        self.entry.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setFocusProxy(self.entry)

    def add(self) -> None:
        text = " ".join(self.entry.text().split())
        if text:
            self.list.addItem(text)
            self.entry.clear()
            self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def values(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, value: date) -> QDateEdit:
    edit = named(QDateEdit(QDate(value.year, value.month, value.day)), name)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    return edit


def show_problems(label: QLabel, problems: list[Problem]) -> None:
    label.setText("\n".join(f"• {p.message}" for p in problems))


class RequestDialog(QDialog):
    """What the consent and GP dialogs share: the service, the intake, the new request's id
    once saved, and the citizen's own words on top so every question is held against them.
    Emits ``saved(request_id)`` after the service stored the request."""

    saved = Signal(str)

    def __init__(
        self, service: ConsentRequestService, intake_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.intake_id = intake_id
        self.request_id: str | None = None
        self.request_context = service.context(intake_id)
        self.words = QLabel(
            QCoreApplication.translate(
                "RequestDialog", "Help request in the citizen's words: {words}"
            ).format(
                words=" / ".join(self.request_context.help_requests)
                or QCoreApplication.translate("RequestDialog", "(none recorded yet)")
            )
        )
        self.words.setObjectName("help_request_words")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)  # the citizen's words as typed


class ConsentRequestDialog(RequestDialog):
    """Emits ``saved(request_id)`` after the service stored the terms."""

    def __init__(
        self, service: ConsentRequestService, intake_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, intake_id, parent)
        self.setWindowTitle(self.tr("What the consent form asks"))
        ctx = self.request_context
        self.kind = named(QComboBox(), "kind")
        for kind in ConsentKind:
            self.kind.addItem(QCoreApplication.translate("Consent", KIND_TEXT[kind]), kind)
        self.direction = named(QComboBox(), "direction")
        for direction in Direction:
            self.direction.addItem(
                QCoreApplication.translate("Consent", DIRECTION_TEXT[direction]), direction
            )
        self.organisation = named(QComboBox(), "organisation")
        self.organisation.setEditable(True)
        self.organisation.addItem("", "")
        for org in service.organisations():
            self.organisation.addItem(org.name, org.role)
        self.role = named(QLineEdit(), "party_role")
        self.person = named(QLineEdit(), "person")
        self.person.setPlaceholderText(self.tr("if known"))
        self.items = named(ItemList("items", self.tr("A named data item, or a question")), "items")
        self.purpose = named(QLineEdit(), "purpose")
        self.purpose.setPlaceholderText(self.tr("tied to the help request above"))
        self.law = named(QLineEdit(LAW_SUGGESTIONS[ConsentKind.GEHEIMHOUDING]), "law")
        self.valid_until = date_edit("valid_until", service.today() + timedelta(days=90))
        self.answer_to = named(QLineEdit(service.adviser()), "answer_to")
        self.grantor = named(QLineEdit(ctx.grantor), "grantor")
        self.capacity = named(QComboBox(), "capacity")
        for capacity in GrantorCapacity:
            self.capacity.addItem(
                QCoreApplication.translate("Consent", CAPACITY_TEXT[capacity]), capacity
            )
        self.method = named(QComboBox(), "method")
        for method in Method:
            self.method.addItem(QCoreApplication.translate("Consent", METHOD_TEXT[method]), method)
        self.necessity = named(QCheckBox(self.tr("The data are needed for this request")), "nec")
        self.subsidiarity = named(
            QCheckBox(self.tr("There is no lighter way to get them")), "subsidiarity"
        )
        self.proportionality = named(
            QCheckBox(self.tr("Asking is in proportion to the help request")), "proportionality"
        )
        self.explained = named(
            QCheckBox(self.tr("Explanation given, the exceptions included")), "explained"
        )
        self.problems = message_label("consent_problems")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = labelled_form(
            [
                (self.tr("&Kind of consent"), self.kind),
                (self.tr("&Direction"), self.direction),
                (self.tr("&Organisation"), self.organisation),
                (self.tr("&Role"), self.role),
                (self.tr("&Person"), self.person),
                (self.tr("Data &items"), self.items),
                (self.tr("P&urpose"), self.purpose),
                (self.tr("&Law or task"), self.law),
                (self.tr("&Valid until"), self.valid_until),
                (self.tr("&Answer goes to (GP only)"), self.answer_to),
                (self.tr("&Who decides"), self.grantor),
                (self.tr("&Capacity"), self.capacity),
                (self.tr("&Method"), self.method),
            ],
            wrap=True,
        )
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.words)
        inner.addLayout(form)
        for tick in (self.necessity, self.subsidiarity, self.proportionality, self.explained):
            inner.addWidget(tick)
            tick.toggled.connect(self.refresh)
        inner.addWidget(self.problems)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        for combo in (self.direction, self.capacity, self.method):
            combo.currentIndexChanged.connect(self.refresh)
        self.organisation.editTextChanged.connect(self.refresh)
        for edit in (self.role, self.person, self.purpose, self.law, self.answer_to, self.grantor):
            edit.textChanged.connect(self.refresh)
        self.items.changed.connect(self.refresh)
        self.valid_until.dateChanged.connect(self.refresh)
        self.resize(640, 720)
        self.refresh()

    def _kind_changed(self) -> None:
        self.law.setText(LAW_SUGGESTIONS[ConsentKind(self.kind.currentData())])

    def _organisation_chosen(self, index: int) -> None:
        role = self.organisation.itemData(index)
        if role:
            self.role.setText(str(role))

    def terms(self) -> ConsentTerms:
        return ConsentTerms(
            kind=ConsentKind(self.kind.currentData()),
            direction=Direction(self.direction.currentData()),
            controller="",  # the service sets the dossier's controller
            party=Party(
                self.organisation.currentText().strip(),
                self.role.text().strip(),
                self.person.text().strip(),
            ),
            items=self.items.values(),
            purpose=self.purpose.text().strip(),
            law=self.law.text().strip(),
            valid_until=to_date(self.valid_until.date()),
            grantor=self.grantor.text().strip(),
            capacity=GrantorCapacity(self.capacity.currentData()),
            method=Method(self.method.currentData()),
            necessity=self.necessity.isChecked(),
            subsidiarity=self.subsidiarity.isChecked(),
            proportionality=self.proportionality.isChecked(),
            explained=self.explained.isChecked(),
            answer_to=self.answer_to.text().strip(),
        )

    def refresh(self) -> None:
        problems = self.service.check(self.intake_id, self.terms())
        show_problems(self.problems, problems)
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        try:
            saved = self.service.create(self.intake_id, self.terms())
        except ValidationError as error:
            self.problems.setText(str(error))
            return
        self.request_id = saved.id
        self.saved.emit(saved.id)
        self.accept()


def run(parent: QWidget | None, service: ConsentRequestService, intake_id: str) -> str | None:
    """Open the dialog modally; the new consent request id, or None when cancelled."""
    dialog = ConsentRequestDialog(service, intake_id, parent)
    dialog.exec()
    return dialog.request_id
