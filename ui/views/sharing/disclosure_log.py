"""The citizen's disclosure log and the requests of third parties (issue 7; R-003-04,
R-000-28).

Read-only: every share is a row (when, recipient and role, items, purpose, ground, channel,
*dat* or *wat*); a correction is a row of its own that names the entry it corrects, which
stays as it was. "Correct…" and "Record a disclosure…" open :class:`DisclosureDialog`.
Below, the requests of third parties: nothing is given before "Discussed with the citizen…"
is recorded. Open it with :func:`open_disclosures`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.disclosure import (
    CHANNEL_TEXT,
    GROUND_TEXT,
    Disclosure,
    GroundKind,
    RequestOutcome,
    ThirdPartyRequest,
    reason_text,
)
from app.domain.profile import AgencyProfile
from app.domain.selection import SPECIAL_TEXT, Special
from app.formatting import format_date, format_datetime
from app.i18n import QT_TRANSLATE_NOOP
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureService
from ui.views.intake.context import named
from ui.views.sharing.disclosure_dialog import DisclosureDialog
from ui.views.sharing.third_party_dialog import DiscussedDialog, ThirdPartyRequestDialog
from ui.widgets.plain_tip import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole
OUTCOME_TEXT = {
    RequestOutcome.OPEN: QT_TRANSLATE_NOOP("DisclosureLog", "open"),
    RequestOutcome.GIVEN: QT_TRANSLATE_NOOP("DisclosureLog", "answered"),
    RequestOutcome.REFUSED: QT_TRANSLATE_NOOP("DisclosureLog", "refused"),
    RequestOutcome.WITHDRAWN: QT_TRANSLATE_NOOP("DisclosureLog", "withdrawn"),
}


def table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    view = named(QTableWidget(0, len(headers)), name)
    view.setAccessibleName(accessible)
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def title_width(view: QTableWidget, column: int) -> int:
    """The room the column's title needs (it grows with the text size)."""
    return view.horizontalHeader().sectionSizeHint(column)


def fill(view: QTableWidget, row: int, row_id: str, cells: list[str]) -> None:
    for column, text in enumerate(cells):
        cell = QTableWidgetItem(text)
        cell.setData(ID_ROLE, row_id)
        cell.setToolTip(plain_tip(text))  # as typed, never markup
        view.setItem(row, column, cell)


class DisclosureLog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        service: DisclosureService,
        citizen_id: str,
        intake_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.citizen_id = citizen_id
        self.intake_id = intake_id
        self.entries: list[Disclosure] = []
        self.requests: list[ThirdPartyRequest] = []
        self.setWindowTitle(self.tr("Disclosures"))
        self.log = table(
            "disclosure_log",
            self.tr("Every disclosure, corrections as new entries"),
            [
                self.tr("When"), self.tr("Recipient"), self.tr("Items"), self.tr("Purpose"),
                self.tr("Ground"), self.tr("Channel"), self.tr("Dat/wat"), self.tr("Note"),
            ],
        )  # fmt: skip
        for column, width in enumerate((115, 190, 170, 160, 165, 95, 70, 0)):
            self.log.setColumnWidth(column, max(width, title_width(self.log, column)))
        self.record_button = named(QPushButton(self.tr("&Record a disclosure…")), "record")
        self.correct_button = named(QPushButton(self.tr("&Correct…")), "correct")
        self.record_button.clicked.connect(lambda: self.record())
        self.correct_button.clicked.connect(lambda: self.correct())
        self.request_table = table(
            "third_party_requests",
            self.tr("Requests from third parties"),
            [
                self.tr("Received"), self.tr("From"), self.tr("Asked"),
                self.tr("Discussed with the citizen"), self.tr("Status"),
            ],
        )  # fmt: skip
        for column, width in enumerate((90, 220, 260, 240, 0)):
            self.request_table.setColumnWidth(
                column, max(width, title_width(self.request_table, column))
            )
        self.log_request_button = named(QPushButton(self.tr("&Log a request…")), "log_request")
        self.discussed_button = named(
            QPushButton(self.tr("&Discussed with the citizen…")), "discussed"
        )
        self.answer_button = named(QPushButton(self.tr("&Answer the request…")), "answer")
        self.log_request_button.clicked.connect(lambda: self.log_request())
        self.discussed_button.clicked.connect(lambda: self.discussed())
        self.answer_button.clicked.connect(lambda: self.answer())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>What was shared, and with whom</b>")))
        layout.addWidget(self.log, 3)
        layout.addLayout(self._buttons(self.record_button, self.correct_button))
        layout.addWidget(QLabel(self.tr("<b>Requests from third parties</b>")))
        layout.addWidget(self.request_table, 1)
        layout.addLayout(
            self._buttons(self.log_request_button, self.discussed_button, self.answer_button)
        )
        layout.addWidget(close)
        self.log.itemSelectionChanged.connect(self._selection_changed)
        self.request_table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(1100, 640)
        self.reload()

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- showing ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.entries = self.service.for_citizen(self.citizen_id)
        by_id = {e.id: e for e in self.entries}
        self.log.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            fill(self.log, row, entry.id, self._cells(entry, by_id.get(entry.draft.corrects or "")))
        self.log.resizeRowsToContents()
        self.requests = self.service.requests_for(self.citizen_id)
        self.request_table.setRowCount(len(self.requests))
        for row, request in enumerate(self.requests):
            fill(self.request_table, row, request.id, self._request_cells(request))
        self.request_table.resizeRowsToContents()
        self._selection_changed()

    def _cells(self, entry: Disclosure, earlier: Disclosure | None) -> list[str]:
        d = entry.draft
        recipient = f"{d.organisation} ({d.role})" if d.role else d.organisation
        if d.person:
            recipient += f", {d.person}"
        items = []
        for item in d.items:
            text = item.label
            if item.special is not Special.NONE:
                kind = QCoreApplication.translate("Selection", SPECIAL_TEXT[item.special])
                text += self.tr(" [{kind}; own ground: {ground}]").format(
                    kind=kind, ground=item.ground
                )
            if item.covered_as:
                text += self.tr(" (as “{name}”)").format(name=item.covered_as)
            items.append(text)
        ground = QCoreApplication.translate("Disclosure", GROUND_TEXT[d.ground])
        if d.ground is GroundKind.UITZONDERING and d.reason is not None:
            ground += f": {reason_text(d.reason)}"
        consent_ids = sorted({i.consent_id for i in d.items if i.consent_id})
        basis = ", ".join(x for x in (d.legal_ground, *consent_ids) if x)
        if basis:
            ground += f" ({basis})"
        notes = []
        if d.corrects:
            when = format_datetime(earlier.draft.at, "short") if earlier else "?"
            notes.append(self.tr("Corrects the entry of {date}").format(date=when))
        if any(e.draft.corrects == entry.id for e in self.entries):
            notes.append(self.tr("Corrected by a later entry"))
        if d.postponed:
            notes.append(self.tr("Citizen not yet told"))
        return [
            format_datetime(d.at, "short"),
            recipient,
            "; ".join(items),
            d.purpose,
            ground,
            QCoreApplication.translate("Disclosure", CHANNEL_TEXT[d.channel]),
            d.info.value,
            "; ".join(notes),
        ]

    def _request_cells(self, r: ThirdPartyRequest) -> list[str]:
        who = f"{r.organisation} ({r.role})" if r.role else r.organisation
        discussed = (
            f"{format_date(r.discussed_on, 'short')}: {r.discussed_how}"
            if r.discussed_on
            else self.tr("not yet: nothing may be given")
        )
        status = QCoreApplication.translate("DisclosureLog", OUTCOME_TEXT[r.outcome])
        return [format_date(r.received_on, "short"), who, r.asked, discussed, status]

    def selected(self) -> Disclosure | None:
        rows = self.log.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def selected_request(self) -> ThirdPartyRequest | None:
        rows = self.request_table.selectionModel().selectedRows()
        return self.requests[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.correct_button.setEnabled(self.selected() is not None)
        request = self.selected_request()
        still_open = request is not None and request.outcome is RequestOutcome.OPEN
        self.discussed_button.setEnabled(still_open)
        self.answer_button.setEnabled(
            still_open and request is not None and request.discussed_on is not None
        )

    # -- actions ---------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def record(self) -> DisclosureDialog:
        dialog = DisclosureDialog(self, self.service, self.citizen_id, self.intake_id)
        self._open(dialog)
        return dialog

    def correct(self) -> DisclosureDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        dialog = DisclosureDialog(
            self, self.service, self.citizen_id, entry.draft.intake_id, corrects=entry
        )
        self._open(dialog)
        return dialog

    def answer(self) -> DisclosureDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        dialog = DisclosureDialog(
            self, self.service, self.citizen_id, self.intake_id, request=request
        )
        self._open(dialog)
        return dialog

    def log_request(self) -> ThirdPartyRequestDialog:
        dialog = ThirdPartyRequestDialog(self, self.service, self.citizen_id)
        self._open(dialog)
        return dialog

    def discussed(self) -> DiscussedDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        dialog = DiscussedDialog(self, self.service, request)
        self._open(dialog)
        return dialog


def open_disclosures(
    parent: QWidget | None,
    session: Session,
    profile: AgencyProfile,
    citizen_id: str,
    intake_id: str | None = None,
) -> DisclosureLog:
    """Open the citizen's disclosure log window-modal, not blocking; it deletes itself."""
    service = DisclosureService(session.vault.db, session.trail, profile, session.now)
    dialog = DisclosureLog(parent, service, citizen_id, intake_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
