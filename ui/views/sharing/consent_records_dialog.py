"""The citizen's consent records and their history (issue 7; R-004-07/08/09, R-001-12).

Thin: every record is listed with its status in words (never colour alone) and, below it, each
event (given, renewed, withdrawn, expired, entered in error) with its moment, how and by whom.
The tabs record the citizen's decision on a saved consent form (yes or no; in writing or oral
with the worker's attestation), a withdrawal (when, how, by whom), a renewal or an entry in
error. The service decides; a refusal shows its plain reason and nothing is lost from the
fields. Open it with :func:`open_consent_records`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.consent_record import EVENT_TEXT, ConsentStatus, Decision, status_text
from app.domain.consent_terms import DIRECTION_TEXT, METHOD_TEXT, Method
from app.formatting import format_date, format_datetime
from app.services.consent_requests import ConsentRequestService
from app.services.consents import ConsentHistory, ConsentService
from ui.views.intake.context import labelled_form, message_label, named
from ui.views.papers.consent_request_dialog import ConsentRequestDialog, date_edit, to_date
from ui.widgets.plain_tip import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole


def method_combo(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    for method in (Method.SCHRIFTELIJK, Method.MONDELING):
        combo.addItem(QCoreApplication.translate("Consent", METHOD_TEXT[method]), method)
    return combo


def page(*rows: tuple[str, QWidget], button: QPushButton) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addLayout(labelled_form(list(rows)))
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addStretch(1)
    return widget


class ConsentRecordsDialog(QDialog):
    """Every consent record of one citizen; with an intake, its unanswered forms too."""

    def __init__(
        self,
        service: ConsentService,
        requests: ConsentRequestService,
        citizen_id: str,
        intake_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.requests = requests
        self.citizen_id = citizen_id
        self.intake_id = intake_id
        self.setWindowTitle(self.tr("Consents"))
        self.records = named(QTreeWidget(), "consent_records")
        self.records.setAccessibleName(self.tr("Consent records and their history"))
        self.records.setHeaderLabels(
            [self.tr("Consent or event"), self.tr("Status"), self.tr("Details")]
        )
        self.records.setColumnWidth(0, 420)
        self.records.setColumnWidth(1, 150)
        self.problems = message_label("consent_record_problems")
        self.tabs = named(QTabWidget(), "consent_actions")
        self.tabs.setAccessibleName(self.tr("What to record"))
        self._decision_tab()
        self._withdraw_tab()
        self._renew_tab()
        self._error_tab()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.records, 1)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problems)
        layout.addWidget(close)
        self.records.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.resize(960, 620)
        self.reload()

    # -- building --------------------------------------------------------------------------------
    def _decision_tab(self) -> None:
        self.form = named(QComboBox(), "consent_form")
        self.new_form_button = named(QPushButton(self.tr("&New consent form…")), "new_form")
        self.new_form_button.clicked.connect(lambda: self.new_form())
        self.permit = named(QRadioButton(self.tr("&Yes, the citizen agrees")), "permit")
        self.deny = named(QRadioButton(self.tr("N&o, the citizen refuses")), "deny")
        self.permit.setChecked(True)
        answer = QWidget()
        row = QVBoxLayout(answer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.permit)
        row.addWidget(self.deny)
        self.decision_method = method_combo("decision_method")
        self.attestation = named(QLineEdit(), "attestation")
        self.attestation.setPlaceholderText(self.tr("for an oral consent: what the citizen said"))
        self.record_button = named(QPushButton(self.tr("&Record decision")), "record_decision")
        self.record_button.clicked.connect(self.record_decision)
        tab = page(
            (self.tr("Consent &form"), self.form),
            (self.tr("Decision"), answer),
            (self.tr("&How"), self.decision_method),
            (self.tr("&Attestation"), self.attestation),
            button=self.record_button,
        )
        tab.layout().addWidget(self.new_form_button)  # type: ignore[union-attr]
        self.tabs.addTab(tab, self.tr("Decision"))
        self.tabs.setTabEnabled(0, self.intake_id is not None)

    def _withdraw_tab(self) -> None:
        self.withdrawn_at = named(QDateTimeEdit(), "withdrawn_at")
        self.withdrawn_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.withdrawn_at.setCalendarPopup(True)
        self.withdraw_method = method_combo("withdraw_method")
        self.withdraw_method.setCurrentIndex(1)  # most often said, not written
        self.by_whom = named(QLineEdit(), "by_whom")
        self.withdraw_note = named(QLineEdit(), "withdraw_note")
        self.withdraw_button = named(QPushButton(self.tr("&Withdraw")), "withdraw")
        self.withdraw_button.clicked.connect(self.withdraw)
        tab = page(
            (self.tr("&When"), self.withdrawn_at),
            (self.tr("Ho&w"), self.withdraw_method),
            (self.tr("&By whom"), self.by_whom),
            (self.tr("No&te"), self.withdraw_note),
            button=self.withdraw_button,
        )
        self.tabs.addTab(tab, self.tr("Withdraw"))

    def _renew_tab(self) -> None:
        self.renew_until = date_edit("renew_until", self.service.today())
        self.renew_button = named(QPushButton(self.tr("R&enew")), "renew")
        self.renew_button.clicked.connect(self.renew)
        tab = page((self.tr("New &end date"), self.renew_until), button=self.renew_button)
        self.tabs.addTab(tab, self.tr("Renew"))

    def _error_tab(self) -> None:
        self.error_reason = named(QLineEdit(), "error_reason")
        self.error_button = named(QPushButton(self.tr("&Mark as entered in error")), "error")
        self.error_button.clicked.connect(self.mark_error)
        tab = page((self.tr("&Reason"), self.error_reason), button=self.error_button)
        self.tabs.addTab(tab, self.tr("Entered in error"))

    # -- showing ---------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        selected = select or self.selected_id()
        self.history = self.service.history(self.citizen_id)
        self.records.clear()
        for entry in self.history:
            item = self._record_item(entry)
            self.records.addTopLevelItem(item)
            item.setExpanded(True)
            if entry.record.id == selected:
                self.records.setCurrentItem(item)
        first = self.records.topLevelItem(0)
        if self.records.currentItem() is None and first is not None:
            self.records.setCurrentItem(first)
        answered = {h.record.request_id for h in self.history}
        self.form.clear()
        if self.intake_id is not None:
            for request in self.requests.list_for(self.intake_id):
                if request.id not in answered:
                    t = request.terms
                    self.form.addItem(f"{t.party.organisation} — {'; '.join(t.items)}", request.id)
        self.record_button.setEnabled(self.form.count() > 0)
        self._selection_changed()

    def _record_item(self, entry: ConsentHistory) -> QTreeWidgetItem:
        r = entry.record
        direction = QCoreApplication.translate("Consent", DIRECTION_TEXT[r.direction])
        status = status_text(entry.status)
        if r.decision is Decision.DENY:
            status = self.tr("refused by the citizen")
        details = self.tr("version {n}: {items}").format(n=r.version, items="; ".join(r.items))
        item = QTreeWidgetItem([f"{direction}: {r.party.organisation}", status, details])
        item.setData(0, ID_ROLE, r.id)
        item.setToolTip(0, plain_tip(item.text(0)))  # as typed
        item.setToolTip(2, plain_tip(f"{details}\n{r.purpose}"))
        for event in entry.events:
            how = QCoreApplication.translate("Consent", METHOD_TEXT[Method(event.method)]) if (
                event.method) else ""  # fmt: skip
            when = format_datetime(event.at, "short")
            word = QCoreApplication.translate("ConsentRecord", EVENT_TEXT[event.kind])
            until = (
                self.tr("until {day}").format(day=format_date(event.valid_until, "short"))
                if event.valid_until
                else ""
            )
            extra = ", ".join(x for x in (how, event.by_whom, until, event.note) if x)
            child = QTreeWidgetItem([f"{when} {word}", "", extra])
            child.setToolTip(2, plain_tip(extra))
            child.setData(0, ID_ROLE, r.id)
            item.addChild(child)
        return item

    def selected_id(self) -> str | None:
        item = self.records.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def selected(self) -> ConsentHistory | None:
        chosen = self.selected_id()
        return next((h for h in self.history if h.record.id == chosen), None)

    def _selection_changed(self) -> None:
        entry = self.selected()
        status = entry.status if entry is not None else None
        in_force = status in (ConsentStatus.ACTIVE, ConsentStatus.NOT_YET)
        self.withdraw_button.setEnabled(in_force)
        self.renew_button.setEnabled(in_force or status is ConsentStatus.EXPIRED)
        self.error_button.setEnabled(
            status is not None and status is not ConsentStatus.ENTERED_IN_ERROR
        )
        if entry is not None and not self.by_whom.text():
            self.by_whom.setText(entry.record.grantor)
        moment = int(self.service.now().timestamp())
        self.withdrawn_at.setDateTime(QDateTime.fromSecsSinceEpoch(moment))

    # -- actions ---------------------------------------------------------------------------------
    def new_form(self) -> ConsentRequestDialog | None:
        """Open the consent-terms dialog; the saved form then waits here for the decision."""
        if self.intake_id is None:
            return None
        dialog = ConsentRequestDialog(self.requests, self.intake_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def _do(self, work: Callable[[], object], select: str | None = None) -> bool:
        try:
            result = work()
        except ValidationError as error:
            self.problems.setText(str(error))
            return False
        self.problems.clear()
        record_id = getattr(result, "id", None) or getattr(result, "consent_id", None)
        self.reload(select or (str(record_id) if record_id else None))
        return True

    def record_decision(self) -> bool:
        request_id = self.form.currentData()
        if not request_id:
            return False
        decision = Decision.PERMIT if self.permit.isChecked() else Decision.DENY
        method = Method(self.decision_method.currentData())
        done = self._do(
            lambda: self.service.record_decision(
                str(request_id), decision, method, self.attestation.text()
            )
        )
        if done:
            self.attestation.clear()
        return done

    def withdraw(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        value = self.withdrawn_at.dateTime().toPython()
        at = value.astimezone() if isinstance(value, datetime) else datetime.now(UTC)
        return self._do(
            lambda: self.service.withdraw(
                entry.record.id,
                at,
                Method(self.withdraw_method.currentData()),
                self.by_whom.text(),
                self.withdraw_note.text(),
            )
        )

    def renew(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        until = to_date(self.renew_until.date())
        return self._do(lambda: self.service.renew(entry.record.id, until))

    def mark_error(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        reason = self.error_reason.text()
        return self._do(lambda: self.service.mark_entered_in_error(entry.record.id, reason))


def open_consent_records(
    parent: QWidget | None,
    service: ConsentService,
    requests: ConsentRequestService,
    citizen_id: str,
    intake_id: str | None = None,
) -> ConsentRecordsDialog:
    """Open the dialog window-modal, not blocking; it deletes itself on close."""
    dialog = ConsentRecordsDialog(service, requests, citizen_id, intake_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
