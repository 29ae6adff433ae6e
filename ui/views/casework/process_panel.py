"""The law's process beside an intake: one dated field per step (melding, verslag, aanvraag,
spoed with its reason …) and the deadlines those steps start, each with its last day and its
state in words (open, te laat, uitgesteld, gedaan), never colour alone. A thin view over
:class:`ProcedureService`; the deadlines are tasks in the one task list.

Typing a date and pressing Enter (or *Record*) records the step; clearing a recorded date takes
the step back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.deadlines import parse_date
from app.domain.procedure import Detail, EventSpec
from app.formatting import format_date
from app.services.procedure import DeadlineStatus, ProcedureService
from app.storage.errors import VaultError
from ui.views.intake.context import message_label, named


class _EventRow:
    """The widgets of one step: its date, its reason or answer, and the record button."""

    def __init__(self, spec: EventSpec, panel: ProcessPanel) -> None:
        self.spec = spec
        self.label = QLabel(spec.label.text())
        self.label.setWordWrap(True)
        self.date = named(QLineEdit(), f"event_{spec.key}")
        self.date.setPlaceholderText(QCoreApplication.translate("ProcessPanel", "dd-mm-yyyy"))
        self.date.setMaxLength(10)
        self.date.setFixedWidth(panel.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.label.setBuddy(self.date)
        self.detail: QLineEdit | QComboBox | None = None
        if spec.detail is Detail.REASON:
            reason = named(QLineEdit(), f"event_{spec.key}_reason")
            reason.setPlaceholderText(
                QCoreApplication.translate("ProcessPanel", "Reason (required)")
            )
            reason.setAccessibleName(
                QCoreApplication.translate("ProcessPanel", "Reason: {step}").format(
                    step=spec.label.text()
                )
            )
            reason.returnPressed.connect(lambda: panel.record(spec.key))
            self.detail = reason
        elif spec.detail is Detail.CHOICE:
            choice = named(QComboBox(), f"event_{spec.key}_choice")
            for key, label in spec.choices:
                choice.addItem(label.text(), key)
            choice.setPlaceholderText(
                QCoreApplication.translate("ProcessPanel", "Choose the answer")
            )
            choice.setCurrentIndex(-1)
            choice.setAccessibleName(
                QCoreApplication.translate("ProcessPanel", "Answer: {step}").format(
                    step=spec.label.text()
                )
            )
            self.detail = choice
        self.button = named(
            QPushButton(QCoreApplication.translate("ProcessPanel", "Record")),
            f"event_{spec.key}_record",
        )
        self.button.setAccessibleName(
            QCoreApplication.translate("ProcessPanel", "Record: {step}").format(
                step=spec.label.text()
            )
        )
        self.button.clicked.connect(lambda: panel.record(spec.key))
        self.date.returnPressed.connect(lambda: panel.record(spec.key))

    def detail_text(self) -> str:
        if isinstance(self.detail, QLineEdit):
            return self.detail.text()
        if isinstance(self.detail, QComboBox):
            return str(self.detail.currentData() or "")
        return ""

    def show_detail(self, text: str) -> None:
        if isinstance(self.detail, QLineEdit):
            self.detail.setText(text)
        elif isinstance(self.detail, QComboBox):
            self.detail.setCurrentIndex(self.detail.findData(text) if text else -1)


class ProcessPanel(QGroupBox):
    """Steps and deadlines of one intake; emits ``process_changed`` after every change."""

    process_changed = Signal()

    def __init__(
        self, procedure: ProcedureService, intake_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Process and deadlines"))
        self.setObjectName("process_panel")
        self._procedure = procedure
        self.intake_id = intake_id
        layout = QVBoxLayout(self)
        spec = procedure.procedure(intake_id)
        self.rows: dict[str, _EventRow] = {}
        self.none_label = named(QLabel(self.tr("This law has no procedure steps.")), "no_steps")
        layout.addWidget(self.none_label)
        self.none_label.setVisible(spec is None)
        grid = QGridLayout()
        for index, event in enumerate(spec.events if spec else ()):
            row = self.rows[event.key] = _EventRow(event, self)
            grid.addWidget(row.label, index, 0)
            grid.addWidget(row.date, index, 1)
            if row.detail is not None:
                grid.addWidget(row.detail, index, 2)
            grid.addWidget(row.button, index, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.message = message_label("process_message")
        layout.addWidget(self.message)
        self.table = named(QTableWidget(0, 4), "deadlines_table")
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Last day"), self.tr("State"), self.tr("Basis")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setAccessibleName(self.tr("Deadline rows"))
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Deadline columns"))
        header.setObjectName("deadlines_header")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.table.setVisible(spec is not None)  # after it has a parent: no window of its own
        self.refresh()

    # -- actions -------------------------------------------------------------------------------
    def record(self, event: str) -> None:
        """Record, correct or (empty date) take back one step; a refusal keeps the input."""
        row = self.rows[event]
        recorded = event in self._procedure.events(self.intake_id)
        try:
            on = parse_date(row.date.text(), "on_date")
            if on is None and recorded:
                self._procedure.remove_event(self.intake_id, event)
                done = self.tr("Step taken back: {step}.")
            elif on is None:
                raise ValidationError("on_date", self.tr("Type the date, e.g. 23-11-2026."))
            else:
                self._procedure.record_event(self.intake_id, event, on, row.detail_text())
                done = self.tr("Recorded: {step}.")
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            row.date.setFocus()
            return
        self.refresh(only=event)  # what is typed in other rows stays
        self.message.setText(done.format(step=row.spec.label.text()))
        self.process_changed.emit()

    def refresh(self, only: str | None = None) -> None:
        """Show the stored dates (of step ``only``, or all) and the deadlines as they stand."""
        recorded = self._procedure.events(self.intake_id)
        for key, row in self.rows.items():
            if only is not None and key != only:
                continue
            item = recorded.get(key)
            row.date.setText(format_date(item.on, "short") if item else "")
            row.show_detail(item.detail if item else "")
        deadlines = self._procedure.deadlines(self.intake_id, self._procedure.today())
        self.table.setRowCount(len(deadlines))
        for index, status in enumerate(deadlines):
            cells = (status.spec.label.text(), self._due(status), self.state_text(status))
            for column, text in enumerate((*cells, status.spec.basis)):
                self.table.setItem(index, column, QTableWidgetItem(text))

    def state_text(self, status: DeadlineStatus) -> str:
        """The state in words; a met deadline also says when it was met."""
        if status.state is None:
            return self.tr("not started")
        if status.done_on is not None:
            return self.tr("{state} on {date}").format(
                state=status.state.label, date=format_date(status.done_on, "short")
            )
        return status.state.label

    @staticmethod
    def _due(status: DeadlineStatus) -> str:
        return format_date(status.due_on, "short") if status.due_on else "—"
