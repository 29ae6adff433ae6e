"""Papers waiting to be printed at the office (issue 6: no printer at the kitchen table).

A paper put in the queue during a visit is not stored as a file: it is made again from the
vault under the same paper number (the number the citizen was told about), printed, and marked
printed, which is one audit event. The list shows the paper, the citizen's case number and the
date it was queued; never content.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documents.base import DocumentRefused
from app.domain.citizen import ValidationError
from app.formatting import format_datetime
from app.services.papers import PaperService
from app.storage.errors import VaultError
from app.storage.paper_repository import PaperIssue
from ui.printing import PdfNotReadable, print_pdf
from ui.views.papers.choices import LANGUAGE_NAMES, paper_name

ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole


class PrintQueueDialog(QDialog):
    """``case_number_of`` turns a citizen id into the case number shown (the caller reads it)."""

    def __init__(
        self,
        parent: QWidget | None,
        service: PaperService,
        case_number_of: Callable[[str], str] = lambda _citizen_id: "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_queue")
        self.setWindowTitle(self.tr("Print queue"))
        self.service = service
        self.case_number_of = case_number_of
        self.issues: list[PaperIssue] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("print_queue_table")
        self.table.setAccessibleName(self.tr("Papers waiting to be printed"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Paper"), self.tr("Case number"), self.tr("Queued on"), self.tr("Language")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        label = QLabel(self.tr("&Waiting to be printed:"))
        label.setBuddy(self.table)
        self.message = QLabel()
        self.message.setObjectName("print_queue_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.print_button = QPushButton(self.tr("&Print selected paper…"))
        self.print_button.setObjectName("print_queue_print")
        self.print_button.clicked.connect(lambda: self.print_selected())
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("print_queue_close")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        try:
            self.issues = self.service.queued()
        except VaultError as exc:
            self.issues = []
            self.message.setText(str(exc))
        languages = dict(LANGUAGE_NAMES)
        self.table.setRowCount(len(self.issues))
        for row, issue in enumerate(self.issues):
            name = paper_name(issue.document)
            if issue.large_print:
                name = self.tr("{paper} (large print)").format(paper=name)
            language = languages.get(issue.language)
            cells = (
                name,
                self.case_number_of(issue.citizen_id) if issue.citizen_id else "",
                format_datetime(issue.recorded_at, "short"),
                QCoreApplication.translate("Papers", language) if language else issue.language,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ISSUE_ID_ROLE, issue.id)
                self.table.setItem(row, column, item)
        if self.issues:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("No papers are waiting to be printed."))
        self.print_button.setEnabled(bool(self.issues))

    def selected(self) -> PaperIssue | None:
        row = self.table.currentRow()
        return self.issues[row] if 0 <= row < len(self.issues) else None

    def print_selected(self, printer: QPrinter | None = None) -> bool:
        """Make the selected paper again under its number, print it, mark it printed."""
        issue = self.selected()
        if issue is None:
            return False
        try:
            paper = self.service.render(self.service.request_of(issue))
        except (DocumentRefused, ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setColorMode(QPrinter.ColorMode.GrayScale)
            printer.setDocName(paper.meta.title)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            print_pdf(paper.pdf, printer)
            self.service.printed_at_office(issue.id)
        except (OSError, PdfNotReadable, ValidationError, VaultError) as exc:
            self.message.setText(self.tr("Not printed: {reason}").format(reason=exc))
            return False
        self.reload()
        self.message.setText(
            self.tr("Printed: {paper}, paper number {number}.").format(
                paper=paper_name(issue.document), number=issue.number
            )
        )
        return True
