"""A citizen's representatives and who signs what (DESIGN section 1 "Who decides for whom"):
the list, adding one (how the authority was seen, never a copy), ending one, and the answer of
``who_signs`` for the chosen act in words. A thin view over :class:`RepresentationService`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
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

from app.domain.citizen import ValidationError
from app.domain.representatives import (
    ACT_TEXT,
    KIND_TEXT,
    SEEN_FOR,
    SEEN_TEXT,
    Act,
    AuthoritySeen,
    Capacity,
    Representative,
    RepresentativeKind,
)
from app.formatting import format_date
from app.i18n import translate
from app.services.representation import RepresentationService
from app.storage.errors import VaultError
from ui.focus_order import release_tab
from ui.views.intake.context import labelled_form, message_label, named

ID_ROLE = Qt.ItemDataRole.UserRole


def describe(rep: Representative) -> str:
    """One line per representative, in the words of the screen."""
    parts = [rep.label, translate("Representation", SEEN_TEXT[rep.seen])]
    if rep.reference:
        parts.append(rep.reference)
    if rep.contact:
        parts.append(rep.contact)
    if rep.since:
        parts.append(
            translate("RepresentativesPanel", "since {date}").format(date=format_date(rep.since))
        )
    if rep.acts:
        covered = ", ".join(translate("Representation", ACT_TEXT[a]) for a in Act if a in rep.acts)
        parts.append(translate("RepresentativesPanel", "covers: {acts}").format(acts=covered))
    if rep.ended_on:
        parts.append(
            translate("RepresentativesPanel", "ended on {date}").format(
                date=format_date(rep.ended_on)
            )
        )
    return " · ".join(parts)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def run(work: Callable[[], object], message: QLabel, done: str) -> bool:
    """Call the service; a refusal shows in ``message`` in plain words and the fields stay."""
    try:
        work()
    except (ValidationError, VaultError) as exc:
        message.setText(str(exc))
        return False
    message.setText(done)
    return True


class RepresentativesPanel(QGroupBox):
    """Emits ``representatives_changed`` after a representative is added or ended."""

    representatives_changed = Signal()

    def __init__(
        self, service: RepresentationService, citizen_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Representatives — who decides for whom"))
        self.setObjectName("representatives_panel")
        self._service = service
        self.citizen_id = citizen_id
        self.list = named(QListWidget(), "representatives_list")
        self.list.setAccessibleName(self.tr("Representatives"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.end_button = named(QPushButton(self.tr("&End selected representation")), "rep_end")
        self.end_button.clicked.connect(self.end_selected)
        self.kind = named(QComboBox(), "rep_kind")
        for kind in RepresentativeKind:
            self.kind.addItem(translate("Representation", KIND_TEXT[kind]), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.name = named(QLineEdit(), "rep_name")
        self.contact = named(QLineEdit(), "rep_contact")
        self.contact.setPlaceholderText(self.tr("Optional: phone or e-mail"))
        self.seen = named(QComboBox(), "rep_seen")
        self.reference = named(QLineEdit(), "rep_reference")
        self.reference.setPlaceholderText(self.tr("Optional: case number of the order"))
        today = service.now().date()
        self.since = named(QDateEdit(), "rep_since")
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setMinimumDate(QDate(1900, 1, 1))
        self.since.setSpecialValueText(self.tr("unknown"))
        release_tab(self.since)  # "unknown" has no day to Tab to: let Tab leave
        self.since.setMaximumDate(QDate(today.year, today.month, today.day))
        self.since.setDate(self.since.minimumDate())
        self.scope = named(QLineEdit(), "rep_scope")
        self.scope.setPlaceholderText(self.tr("The written scope, in words"))
        self.covers = {
            act: named(
                QCheckBox(translate("Representation", ACT_TEXT[act])), f"rep_covers_{act.value}"
            )
            for act in Act
        }
        self.covers_box = QGroupBox(self.tr("What the written authorisation covers"))
        grid = QGridLayout(self.covers_box)
        for index, box in enumerate(self.covers.values()):
            grid.addWidget(box, index // 2, index % 2)
        self.add_button = named(QPushButton(self.tr("&Add representative")), "rep_add")
        self.add_button.clicked.connect(self.add)
        self.act = named(QComboBox(), "signs_act")
        for act in Act:
            self.act.addItem(translate("Representation", ACT_TEXT[act]), act.value)
        self.capable = named(QComboBox(), "signs_capable")
        for text, value in (
            (self.tr("not assessed"), Capacity.ONBEKEND),
            (self.tr("yes"), Capacity.JA),
            (self.tr("no"), Capacity.NEE),
        ):
            self.capable.addItem(text, value.value)
        self.act.currentIndexChanged.connect(lambda _i: self.show_answer())
        self.capable.currentIndexChanged.connect(lambda _i: self.show_answer())
        self.answer = named(QLabel(), "signs_answer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.answer.setAccessibleName(self.tr("Who signs"))
        self.message = message_label("rep_message")
        self._layout(
            labelled_form(
                [
                    (self.tr("&Kind:"), self.kind),
                    (self.tr("&Name:"), self.name),
                    (self.tr("Con&tact:"), self.contact),
                    (self.tr("Authority &seen as:"), self.seen),
                    (self.tr("&Reference:"), self.reference),
                    (self.tr("S&ince:"), self.since),
                    (self.tr("Sc&ope:"), self.scope),
                ]
            )
        )
        self._kind_changed()
        self.refresh()

    def _layout(self, form: QFormLayout) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        signs = QGroupBox(self.tr("Who signs?"))
        signs_form = labelled_form(
            [
                (self.tr("A&ct:"), self.act),
                (self.tr("Can the citizen &judge this matter?"), self.capable),
            ]
        )
        signs_layout = QVBoxLayout(signs)
        signs_layout.addLayout(signs_form)
        signs_layout.addWidget(self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addWidget(self.covers_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(signs)
        layout.addStretch(1)

    def _kind_changed(self) -> None:
        kind = RepresentativeKind(str(self.kind.currentData()))
        self.seen.clear()
        for seen in SEEN_FOR[kind]:
            self.seen.addItem(translate("Representation", SEEN_TEXT[seen]), seen.value)
        proxy = kind is RepresentativeKind.GEVOLMACHTIGDE
        self.scope.setEnabled(proxy)
        self.covers_box.setVisible(proxy)

    def refresh(self) -> None:
        self.list.clear()
        for rep in self._service.representatives(self.citizen_id):
            item = QListWidgetItem(describe(rep))
            item.setData(ID_ROLE, rep.id)
            if rep.ended_on is not None:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self.show_answer()

    def show_answer(self) -> None:
        answer = self._service.who_signs(
            self.citizen_id,
            Act(str(self.act.currentData())),
            Capacity(str(self.capable.currentData())),
        )
        text = answer.explanation
        if answer.article:
            text += f" ({answer.article})"
        self.answer.setText(text)

    def add(self) -> None:
        kind = RepresentativeKind(str(self.kind.currentData()))
        unknown = self.since.date() == self.since.minimumDate()
        since: date | None = None if unknown else to_date(self.since.date())

        def work() -> None:
            self._service.add_representative(
                self.citizen_id,
                kind,
                self.name.text(),
                AuthoritySeen(str(self.seen.currentData())),
                contact=self.contact.text(),
                scope=self.scope.text() if kind is RepresentativeKind.GEVOLMACHTIGDE else "",
                acts=[a for a, box in self.covers.items() if box.isChecked()],
                since=since,
                reference=self.reference.text(),
            )

        if run(work, self.message, self.tr("Representative added.")):
            for field in (self.name, self.contact, self.reference, self.scope):
                field.clear()
            for box in self.covers.values():
                box.setChecked(False)
            self.since.setDate(self.since.minimumDate())
            self.refresh()
            self.representatives_changed.emit()

    def end_selected(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            self.message.setText(self.tr("Select a representative in the list first."))
            return
        rep_id = str(item.data(ID_ROLE))
        if run(
            lambda: self._service.end_representative(rep_id),
            self.message,
            self.tr("Representation ended; it stays in the list."),
        ):
            self.refresh()
            self.representatives_changed.emit()
