"""The citizen's rights requests (issue 8; R-002-26, R-000-37, R-000-38, R-000-39).

Thin: a list of requests with their state in words and due date ("[late]", never colour
only), a form to record one, an extension with reasons, a decision (a refusal shows the remedy
text), and per kind the action: the inzage overview (plus an optional encrypted copy, whose
passphrase is shown once), a correction, or — for a granted deletion — erasing the dossier
after a clear warning. :class:`RightsService` decides everything. ``dossier_erased`` tells the
citizen window to close.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.rights import (
    CAPACITY_TEXT,
    DECISION_TEXT,
    KIND_TEXT,
    Capacity,
    Decision,
    DestructionLaw,
    RightKind,
    RightsRequest,
    state_text,
)
from app.formatting import format_date
from app.services.papers import PaperService
from app.services.rights import InzageAnswer, RightsService
from app.storage.atomic import write_atomic
from app.storage.errors import VaultError
from ui.views.intake.context import labelled_form, message_label, named
from ui.views.rights.correction_dialog import CorrectionDialog
from ui.widgets.scrolling import scroll_area


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _row(widgets: list[QWidget], stretch: QWidget | None) -> QWidget:
    """Widgets side by side in one form row; focus goes to the first."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 1 if widget is stretch else 0)
    if stretch is None:
        row.addStretch(1)
    holder.setFocusProxy(widgets[0])
    return holder


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = named(QComboBox(), name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


class RightsDialog(QDialog):
    dossier_erased = Signal(str)  # citizen id

    def __init__(
        self,
        service: RightsService,
        papers: PaperService,
        citizen_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.papers = papers
        self.citizen_id = citizen_id
        # Replaced in tests; by default a folder chooser and a warning box.
        self.choose_folder: Callable[[], Path | None] = self._ask_folder
        self.confirm: Callable[[str], bool] = self._ask_confirm
        self.setWindowTitle(self.tr("Rights requests"))
        self.requests = named(QListWidget(), "rights_requests")
        self.requests.setAccessibleName(self.tr("Rights requests of this citizen"))
        self.requests.currentRowChanged.connect(self._selected)
        self.message = message_label("rights_message")
        body = QWidget()  # scrolls at 200 % text on a laptop screen
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("Requests (state and date to answer by):")))
        layout.addWidget(self.requests, 1)
        layout.addWidget(self._record_box())
        layout.addWidget(self._handle_box())
        layout.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(body, "rights_scroll"))
        self.refresh()
        self.resize(760, 720)

    # -- building ------------------------------------------------------------------------------
    def _record_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record a new request"))
        self.kind = _combo(
            "rights_kind",
            [(QCoreApplication.translate("Rights", KIND_TEXT[k]), k) for k in RightKind],
        )
        self.received = named(QDateEdit(_qdate(self.service.today())), "rights_received")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd-MM-yyyy")
        self.capacity = _combo(
            "rights_capacity",
            [(QCoreApplication.translate("Rights", CAPACITY_TEXT[c]), c) for c in Capacity],
        )
        self.requester = named(QLineEdit(), "rights_requester")
        self.requester.setPlaceholderText(self.tr("only when someone else asks"))
        self.minor_consent = named(
            QCheckBox(self.tr("The young person (12 or older) agrees to the parent's request")),
            "rights_minor_consent",
        )
        self.law = _combo(
            "rights_law",
            [
                (self.tr("no (AVG: one month)"), None),
                (self.tr("Wmo 2015 art. 5.3.5 (three months)"), DestructionLaw.WMO),
                (self.tr("Jeugdwet art. 7.3.9 (three months)"), DestructionLaw.JEUGDWET),
            ],
        )
        self.scope = named(QLineEdit(), "rights_scope")
        self.scope.setPlaceholderText(self.tr("in a few words; no content"))
        self.record_button = named(QPushButton(self.tr("&Record request")), "rights_record")
        self.record_button.clicked.connect(self.record)
        form = labelled_form(
            [
                (self.tr("&Kind"), self.kind),
                (self.tr("Recei&ved on"), self.received),
                (self.tr("Asked &by"), self.capacity),
                (self.tr("Name of the &requester"), self.requester),
                (self.tr("Destruction under a care &statute"), self.law),
                (self.tr("&About"), self.scope),
            ]
        )
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.minor_consent)
        inner.addWidget(self.record_button)
        return box

    def _handle_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handle the selected request"))
        self.months = named(QSpinBox(), "rights_extension_months")
        self.months.setRange(1, 2)
        self.months.setValue(2)
        self.extension_reason = named(QLineEdit(), "rights_extension_reason")
        self.extend_button = named(QPushButton(self.tr("E&xtend")), "rights_extend")
        self.extend_button.clicked.connect(self.extend)
        self.notice_button = named(
            QPushButton(self.tr("Reasoned &notice sent today")), "rights_notice"
        )
        self.notice_button.clicked.connect(self.notice)
        self.decision = _combo(
            "rights_decision",
            [(QCoreApplication.translate("Rights", DECISION_TEXT[d]), d) for d in Decision],
        )
        self.reason = named(QLineEdit(), "rights_reason")
        self.reason.setPlaceholderText(self.tr("needed for a (partial) refusal"))
        self.decide_button = named(QPushButton(self.tr("&Decide")), "rights_decide")
        self.decide_button.clicked.connect(self.decide)
        self.remedy = named(QLabel(), "rights_remedy")
        self.remedy.setWordWrap(True)
        self.copy_check = named(
            QCheckBox(self.tr("Also an encrypted machine-readable copy")), "rights_copy"
        )
        self.inzage_button = named(QPushButton(self.tr("Make inzage &overview…")), "rights_inzage")
        self.inzage_button.clicked.connect(self.answer_inzage)
        self.correct_button = named(QPushButton(self.tr("&Correct a note…")), "rights_correct")
        self.correct_button.clicked.connect(self.correct)
        self.lift_button = named(QPushButton(self.tr("&Lift restriction")), "rights_lift")
        self.lift_button.clicked.connect(self.lift)
        for field, text in (
            (self.months, self.tr("Extra months")),
            (self.extension_reason, self.tr("Reason for the extension")),
            (self.decision, self.tr("Decision")),
            (self.reason, self.tr("Reason for a (partial) refusal")),
        ):
            field.setAccessibleName(text)
        self.passphrase = named(QLineEdit(), "rights_passphrase")
        self.passphrase.setReadOnly(True)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the encrypted copy"))
        self.passphrase.hide()
        extend_row: list[QWidget] = [
            self.months,
            self.extension_reason,
            self.extend_button,
            self.notice_button,
        ]
        decide_row: list[QWidget] = [self.decision, self.reason, self.decide_button]
        action_row: list[QWidget] = [
            self.copy_check,
            self.inzage_button,
            self.correct_button,
            self.lift_button,
        ]
        form = labelled_form(
            [
                (self.tr("Extra &months and reason"), _row(extend_row, self.extension_reason)),
                (self.tr("Decis&ion and reason"), _row(decide_row, self.reason)),
                (self.tr("Ac&tion"), _row(action_row, None)),
            ]
        )  # fmt: skip
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.remedy)
        inner.addWidget(self.passphrase)
        return box

    # -- showing -------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        today = self.service.today()
        self.requests.clear()
        for request in self.service.for_citizen(self.citizen_id):
            line = self.tr("{kind} · received {received} · answer by {due} · {state}").format(
                kind=QCoreApplication.translate("Rights", KIND_TEXT[request.kind]),
                received=format_date(request.received_on, "short"),
                due=format_date(request.answer_by(), "short"),
                state=state_text(request, today),
            )
            item = QListWidgetItem(line)
            item.setData(256, request.id)
            self.requests.addItem(item)
            if request.id == select:
                self.requests.setCurrentItem(item)
        if self.requests.currentRow() < 0 and self.requests.count():
            self.requests.setCurrentRow(0)
        self._selected()

    def current(self) -> RightsRequest | None:
        item = self.requests.currentItem()
        return self.service.get(str(item.data(256))) if item else None

    def _selected(self, *_: object) -> None:
        request = self.current()
        open_ = request is not None and request.decision is None
        for w in (self.extend_button, self.notice_button, self.decide_button):
            w.setEnabled(open_)
        kind = request.kind if request else None
        self.inzage_button.setVisible(kind is RightKind.INZAGE)
        self.copy_check.setVisible(kind is RightKind.INZAGE)
        self.correct_button.setVisible(kind is RightKind.CORRECTIE)
        self.lift_button.setVisible(request is not None and request.restricting)
        self.remedy.setText(request.remedy_text if request else "")

    # -- actions -------------------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return False
        return True

    def record(self) -> None:
        made: list[RightsRequest] = []
        ok = self._run(
            lambda: made.append(
                self.service.record(
                    self.citizen_id,
                    RightKind(self.kind.currentData()),
                    _pydate(self.received.date()),
                    Capacity(self.capacity.currentData()),
                    self.requester.text(),
                    self.minor_consent.isChecked(),
                    self.law.currentData(),
                    self.scope.text(),
                )
            )
        )
        if ok:
            self.message.setText(self.tr("Request recorded; a task reminds you of the date."))
            self.requester.clear()
            self.scope.clear()
            self.refresh(made[0].id)

    def extend(self) -> None:
        request = self.current()
        if request and self._run(
            lambda: self.service.extend(
                request.id, self.months.value(), self.extension_reason.text()
            )
        ):
            self.message.setText(
                self.tr("Extended. Send the reasoned notice within the first month.")
            )
            self.refresh(request.id)

    def notice(self) -> None:
        request = self.current()
        if request and self._run(
            lambda: self.service.record_notice(request.id, self.service.today())
        ):
            self.message.setText(self.tr("Notice recorded."))
            self.refresh(request.id)

    def decide(self) -> None:
        request = self.current()
        if request is None:
            return
        decision = Decision(self.decision.currentData())
        erases = request.kind is RightKind.VERWIJDERING and decision is Decision.TOEGEWEZEN
        if erases and not self.confirm(
            self.tr(
                "This erases everything about this citizen from this laptop: every "
                "conversation, note, consent and this request. It cannot be undone. Only a "
                "line without content stays in the log. Erase now?"
            )
        ):
            return
        if not self._run(lambda: self.service.decide(request.id, decision, self.reason.text())):
            return
        if erases:
            self.dossier_erased.emit(self.citizen_id)
            self.accept()
            return
        self.reason.clear()
        self.message.setText(self.tr("Decision recorded."))
        self.refresh(request.id)

    def answer_inzage(self) -> None:
        request = self.current()
        folder = self.choose_folder() if request else None
        if request is None or folder is None:
            return
        copy_to = folder if self.copy_check.isChecked() else None
        answers: list[InzageAnswer] = []
        if not self._run(lambda: answers.append(self.service.answer_inzage(request.id, copy_to))):
            return
        answer = answers[0]
        paper = answer.paper
        pdf = folder / f"inzage-overzicht-{request.id[:8]}.pdf"
        ok = self._run(lambda: write_atomic(pdf, paper.pdf))
        if ok:
            paper_request = self.service.paper_request(request.id)
            self._run(lambda: self.papers.record(paper_request, paper, "opgeslagen"))
            self.message.setText(
                self.tr("The overview is saved as {name}; print it for the citizen.").format(
                    name=pdf.name
                )
            )
        if answer.passphrase:
            self.passphrase.setText(answer.passphrase)
            self.passphrase.show()
            self.remedy.setText(
                self.tr(
                    "Give the citizen this passphrase separately from the file. It is shown "
                    "only now and kept nowhere."
                )
            )

    def correct(self) -> None:
        request = self.current()
        if request is not None:
            CorrectionDialog(self.service, request.id, self.citizen_id, self).exec()
            self.refresh(request.id)

    def lift(self) -> None:
        request = self.current()
        if request and self._run(lambda: self.service.lift_restriction(request.id)):
            self.refresh(request.id)

    # -- defaults --------------------------------------------------------------------------------
    def _ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the overview"))
        return Path(folder) if folder else None

    def _ask_confirm(self, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Erase the dossier?"), text, yes | no, self
        )
        box.setDefaultButton(no)
        return box.exec() == yes

    def closeEvent(self, event: QCloseEvent) -> None:
        self.passphrase.clear()  # shown once
        super().closeEvent(event)


def open_rights_dialog(
    parent: QWidget, service: RightsService, papers: PaperService, citizen_id: str
) -> RightsDialog:
    dialog = RightsDialog(service, papers, citizen_id, parent)
    dialog.exec()
    return dialog
