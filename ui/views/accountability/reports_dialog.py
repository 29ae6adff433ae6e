"""The reports dialog: the access report and the content-free quality report (issue 8;
R-000-44, R-000-48, R-001-20, R-002-08, R-002-23).

Thin: the period and filters go to the report services; the tables show what they return.
Looking is not an export; saving a CSV or PDF is a separate, logged action and the file
carries the signed head of the audit chain.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.i18n import translate
from app.services.reports.access import COLUMNS, AccessReport, AccessReportService, cells
from app.services.reports.period import Period, period
from app.services.reports.quality import QualityReport, QualityReportService
from app.storage.errors import VaultError
from ui.views.intake.context import labelled_form, message_label, named


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, value: QDate) -> QDateEdit:
    edit = named(QDateEdit(value), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def table(name: str, headers: list[str], accessible: str) -> QTableWidget:
    widget = named(QTableWidget(0, len(headers)), name)
    widget.setAccessibleName(accessible)
    widget.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("ReportsDialog", "Column titles")
    )
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.verticalHeader().setVisible(False)
    widget.resizeColumnsToContents()  # the titles whole, at any text size
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            widget.setItem(r, c, QTableWidgetItem(value))
    widget.resizeColumnsToContents()


class ReportsDialog(QDialog):
    def __init__(
        self,
        access: AccessReportService,
        quality: QualityReportService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.quality = quality
        self.access_report: AccessReport | None = None
        self.quality_report: QualityReport | None = None
        self.setWindowTitle(self.tr("Reports"))
        today = access.now().astimezone().date()
        start = qdate(today - timedelta(days=30))
        self.tabs = named(QTabWidget(), "report_tabs")
        # -- access --------------------------------------------------------------------------
        self.access_from = date_edit("access_from", start)
        self.access_to = date_edit("access_to", qdate(today))
        self.dossier = named(QLineEdit(), "access_dossier")
        self.dossier.setPlaceholderText(self.tr("case number; empty: every dossier"))
        self.worker = named(QLineEdit(), "access_worker")
        self.worker.setPlaceholderText(self.tr("worker id; empty: everyone"))
        self.show_access = named(QPushButton(self.tr("&Show access")), "show_access")
        self.show_access.clicked.connect(self.build_access)
        self.export_access = named(QPushButton(self.tr("E&xport access CSV…")), "export_access")
        self.export_access.clicked.connect(self.save_access)
        self.access_summary = named(QLabel(), "access_summary")
        self.access_summary.setWordWrap(True)
        self.access_table = table(
            "access_table", [translate("Reports", c) for c in COLUMNS], self.tr("Access events")
        )
        access_page = QWidget()
        box = QVBoxLayout(access_page)
        box.addLayout(
            labelled_form(
                [
                    (self.tr("&From"), self.access_from),
                    (self.tr("&To"), self.access_to),
                    (self.tr("&Dossier"), self.dossier),
                    (self.tr("&Worker"), self.worker),
                ]
            )
        )
        box.addLayout(_row(self.show_access, self.export_access))
        box.addWidget(self.access_summary)
        box.addWidget(self.access_table, 1)
        self.tabs.addTab(access_page, self.tr("&Access report"))
        # -- quality -------------------------------------------------------------------------
        self.quality_from = date_edit("quality_from", start)
        self.quality_to = date_edit("quality_to", qdate(today))
        self.show_quality = named(QPushButton(self.tr("Show &quality")), "show_quality")
        self.show_quality.clicked.connect(self.build_quality)
        self.export_csv = named(QPushButton(self.tr("Export &CSV…")), "export_quality_csv")
        self.export_csv.clicked.connect(lambda: self.save_quality("csv"))
        self.export_pdf = named(QPushButton(self.tr("Export &PDF…")), "export_quality_pdf")
        self.export_pdf.clicked.connect(lambda: self.save_quality("pdf"))
        self.quality_note = named(QLabel(), "quality_note")
        self.quality_note.setWordWrap(True)
        self.quality_table = table(
            "quality_table",
            [self.tr("Section"), self.tr("Item"), self.tr("Count")],
            self.tr("Quality counts"),
        )
        quality_page = QWidget()
        box = QVBoxLayout(quality_page)
        box.addLayout(
            labelled_form(
                [(self.tr("F&rom"), self.quality_from), (self.tr("T&o"), self.quality_to)]
            )
        )
        box.addLayout(_row(self.show_quality, self.export_csv, self.export_pdf))
        box.addWidget(self.quality_note)
        box.addWidget(self.quality_table, 1)
        self.tabs.addTab(quality_page, self.tr("&Quality report"))
        # -- common --------------------------------------------------------------------------
        self.message = message_label("reports_message")
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "buttons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _period(self, start: QDateEdit, end: QDateEdit) -> Period | None:
        try:
            return period(day_of(start), day_of(end))
        except ValidationError as exc:
            self.message.setText(str(exc))
            return None

    def build_access(self) -> None:
        chosen = self._period(self.access_from, self.access_to)
        if chosen is None:
            return
        report = self.access.build(chosen, self.dossier.text(), self.worker.text())
        self.access_report = report
        fill(self.access_table, [cells(r) for r in report.rows])
        self.access_summary.setText(
            self.tr("{n} events in {d} dossiers; {f} by someone not assigned.").format(
                n=len(report.rows), d=len(report.dossiers), f=len(report.flagged)
            )
        )
        self.message.setText("")

    def build_quality(self) -> None:
        chosen = self._period(self.quality_from, self.quality_to)
        if chosen is None:
            return
        report = self.quality.build(chosen)
        self.quality_report = report
        fill(self.quality_table, [list(r) for r in report.rows()])
        self.quality_note.setText(
            self.tr(
                'Counts only, no names or case numbers. A count below {n} shows as "< {n}".'
            ).format(n=report.min_count)
        )
        self.message.setText("")

    def choose_path(self, suggested: str, filter_text: str) -> str:
        """Where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested, filter_text)
        return path

    def save_access(self) -> None:
        if self.access_report is None:
            self.build_access()
        report = self.access_report
        if report is None:
            return
        path = self.choose_path(
            f"toegang-{report.period.start}-{report.period.end}.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            self.access.export(report, Path(path), "csv")
        except (OSError, VaultError) as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=str(exc)))
            return
        self.message.setText(self.tr("Saved, with the signed audit head."))

    def save_quality(self, fmt: str) -> None:
        if self.quality_report is None:
            self.build_quality()
        report = self.quality_report
        if report is None:
            return
        name = f"kwaliteit-{report.period.start}-{report.period.end}.{fmt}"
        path = self.choose_path(name, "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)")
        if not path:
            return
        try:
            self.quality.export(report, Path(path), fmt)
        except (OSError, VaultError) as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=str(exc)))
            return
        self.message.setText(self.tr("Saved. The export is logged."))


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
