"""The privacy-incident form (issue 8; R-002-31): what happened, in categories and rough
numbers, never names; beside it the agency's data-breach steps and whom to call (from the
profile, or the privacy contact point and FG). Saving adds a task due within the agency's
hours; the summary for the data-breach desk can be saved as PDF (logged).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.services.incidents import (
    CATEGORIES,
    KIND_LABELS,
    NO_NAMES,
    IncidentDraft,
    IncidentKind,
    IncidentService,
)
from app.storage.accountability_repository import IncidentRow
from app.storage.atomic import write_atomic
from app.storage.errors import VaultError
from ui.views.accountability.reports_dialog import day_of, qdate
from ui.views.intake.context import labelled_form, message_label, named
from ui.widgets.scrolling import scroll_area


def qdatetime(value: datetime) -> QDateTime:
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute))


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The edit's local date and time, as an aware datetime."""
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


class IncidentDialog(QDialog):
    def __init__(self, service: IncidentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.incident: IncidentRow | None = None
        self.setWindowTitle(self.tr("Privacy incident"))
        now = service.now().astimezone()
        self.warning = named(QLabel(QCoreApplication.translate("Incidents", NO_NAMES)), "no_names")
        self.warning.setWordWrap(True)
        bold = self.warning.font()
        bold.setBold(True)
        self.warning.setFont(bold)  # a font, not a style sheet: the palette keeps its colours
        self.kind = named(QComboBox(), "incident_kind")
        for kind in IncidentKind:
            self.kind.addItem(
                QCoreApplication.translate("Incidents", KIND_LABELS[kind]), kind.value
            )
        self.happened_on = named(QDateEdit(qdate(now.date())), "happened_on")
        self.happened_on.setCalendarPopup(True)
        self.happened_on.setDisplayFormat("dd-MM-yyyy")
        self.discovered_at = named(QDateTimeEdit(qdatetime(now)), "discovered_at")
        self.discovered_at.setCalendarPopup(True)
        self.discovered_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.categories: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Kinds of data"))
        grid = QGridLayout(group)
        for index, (key, label) in enumerate(CATEGORIES.items()):
            box = named(QCheckBox(QCoreApplication.translate("Incidents", label)), f"cat_{key}")
            self.categories[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.citizens = named(QSpinBox(), "citizens_estimate")
        self.citizens.setRange(0, 1_000_000)
        self.what = named(QPlainTextEdit(), "what_happened")
        self.what.setTabChangesFocus(True)
        self.what.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.measures = named(QPlainTextEdit(), "measures")
        self.measures.setTabChangesFocus(True)
        self.measures.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self.reported = named(QCheckBox(self.tr("Already &reported")), "reported")
        self.reported_to = named(QLineEdit(), "reported_to")
        self.reported_to.setPlaceholderText(self.tr("e.g. Meldpunt datalekken"))
        self.reported_at = named(QDateTimeEdit(qdatetime(now)), "reported_at")
        self.reported_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.procedure = named(QTextBrowser(), "procedure")
        self.procedure.setAccessibleName(self.tr("The agency's procedure"))
        self.procedure.setHtml(self._procedure_html())
        self.message = message_label("incident_message")
        self.save_button = named(QPushButton(self.tr("&Save the incident")), "save_incident")
        self.save_button.clicked.connect(self.save)
        self.pdf_button = named(QPushButton(self.tr("Save su&mmary as PDF…")), "incident_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setEnabled(False)
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "buttons")
        self.buttons.rejected.connect(self.reject)
        form = labelled_form(
            [
                (self.tr("&Kind"), self.kind),
                (self.tr("&Happened on"), self.happened_on),
                (self.tr("&Discovered at"), self.discovered_at),
                (self.tr("&Citizens affected (about)"), self.citizens),
                (self.tr("&What happened"), self.what),
                (self.tr("&Measures taken"), self.measures),
                (self.tr("Reported &to"), self.reported_to),
                (self.tr("Reported &at"), self.reported_at),
            ]
        )
        left = QVBoxLayout()
        left.addWidget(self.warning)
        left.addLayout(form)
        left.addWidget(group)
        left.addWidget(self.reported)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("What to do now")))
        right.addWidget(self.procedure, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        body = QWidget()  # scrolls at 200 % text on a laptop screen
        QVBoxLayout(body).addLayout(columns, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(body, "incident_scroll"), 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

    def _procedure_html(self) -> str:
        from html import escape

        proc = self.service.procedure()
        lines = [
            "<p><b>"
            + escape(self.tr("Report within {hours} hours.").format(hours=proc.report_within_hours))
            + "</b></p><ol>"
        ]
        lines += [f"<li>{escape(step)}</li>" for step in proc.steps]
        lines.append("</ol><ul>")
        for c in proc.contacts:
            reach = ", ".join(x for x in (c.phone, c.email) if x)
            lines.append(f"<li><b>{escape(c.role)}</b>: {escape(c.name)}, {escape(reach)}</li>")
        lines.append("</ul>")
        return "".join(lines)

    def draft(self) -> IncidentDraft:
        reported = self.reported.isChecked()
        return IncidentDraft(
            IncidentKind(self.kind.currentData()),
            day_of(self.happened_on),
            moment_of(self.discovered_at),
            tuple(k for k, box in self.categories.items() if box.isChecked()),
            self.citizens.value(),
            self.what.toPlainText(),
            self.measures.toPlainText(),
            self.reported_to.text() if reported else "",
            moment_of(self.reported_at) if reported else None,
        )

    def save(self) -> None:
        try:
            self.incident = self.service.record(self.draft())
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.save_button.setEnabled(False)
        self.pdf_button.setEnabled(True)
        self.message.setText(
            self.tr("Saved. A task to follow it up is on your list. Now follow the steps.")
        )

    def choose_path(self) -> str:
        """Where to save the summary (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary"), "privacy-incident.pdf", "PDF (*.pdf)"
        )
        return path

    def save_pdf(self) -> None:
        if self.incident is None:
            return
        path = self.choose_path()
        if not path:
            return
        try:
            write_atomic(Path(path), self.service.summary_pdf(self.incident))
        except (OSError, VaultError) as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=str(exc)))
            return
        self.message.setText(self.tr("Summary saved."))
