"""The one task list on the home screen: what is overdue on top, then by date (issue 5).

Each line says its state in words ("te laat", "uitgesteld tot …"), its date, what is to be done
and for whom; colour is never the only signal. Enter opens the conversation (or the file) the
task belongs to; *Done* and *Postpone…* act on the selected task, postponing always with a
reason. A legal deadline stays "te laat" after its legal date, also when postponed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import parse_day
from app.domain.citizen import ValidationError
from app.domain.tasks import TaskRow, TaskState
from app.formatting import format_date
from app.services.tasks import TaskService
from app.storage.errors import VaultError
from ui.views.intake.context import labelled_form, message_label, named

TASK_ROLE = Qt.ItemDataRole.UserRole


class PostponeDialog(QDialog):
    """A new date and the reason; a refusal is shown here and the input stays."""

    def __init__(self, tasks: TaskService, row: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Postpone a task"))
        self._tasks = tasks
        self._task_id = row.task.id
        what = QLabel(tasks.label(row.task))
        what.setWordWrap(True)
        self.until_edit = named(QLineEdit(), "postpone_until")
        self.until_edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.reason_edit = named(QLineEdit(), "postpone_reason")
        self.reason_edit.setPlaceholderText(self.tr("why it cannot be done in time"))
        legal = QLabel(self.tr("This is a legal deadline: it stays overdue after its legal date."))
        legal.setWordWrap(True)
        legal.setVisible(row.task.statutory)
        self.message = message_label("postpone_message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(
            labelled_form(
                [(self.tr("&Until:"), self.until_edit), (self.tr("&Reason:"), self.reason_edit)]
            )
        )
        layout.addWidget(legal)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            until = parse_day(self.until_edit.text(), "until")
            self._tasks.postpone(self._task_id, until, self.reason_edit.text())
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class TasksPanel(QWidget):
    """Emits ``task_opened(citizen_id, intake_id)`` (intake id "" when the task has none)."""

    task_opened = Signal(str, str)

    def __init__(self, tasks: TaskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._rows: dict[str, TaskRow] = {}
        self.dialog: PostponeDialog | None = None
        title = QLabel(self.tr("&Tasks and deadlines"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.summary = named(QLabel(), "tasks_summary")
        self.summary.setWordWrap(True)
        self.list = named(QListWidget(), "tasks")
        self.list.setAccessibleName(self.tr("Tasks and deadlines"))
        self.list.setAccessibleDescription(
            self.tr("Overdue tasks first. Enter opens the conversation or file of the task.")
        )
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        title.setBuddy(self.list)
        self.done_button = named(QPushButton(self.tr("Mark &done")), "task_done")
        self.done_button.clicked.connect(self.mark_done)
        self.postpone_button = named(QPushButton(self.tr("P&ostpone…")), "task_postpone")
        self.postpone_button.clicked.connect(self.postpone)
        self.message = message_label("tasks_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.postpone_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        today = self._tasks.today()
        rows = self._tasks.open_rows(today)
        overdue = sum(1 for r in rows if r.state is TaskState.OVERDUE)
        if overdue:
            self.summary.setText(self.tr("⚠ %n task(s) overdue.", "", overdue))
        else:
            self.summary.setText(self.tr("Nothing overdue."))
        current = self.current()
        self.list.clear()
        self._rows = {r.task.id: r for r in rows}
        for row in rows:
            item = QListWidgetItem(self.line(row))
            item.setData(TASK_ROLE, row.task.id)
            if row.state is TaskState.OVERDUE:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(self.tr("No open tasks."))
        self._select(current.task.id if current else None)

    def line(self, row: TaskRow) -> str:
        task = row.task
        state = row.state.label
        if task.postponed_to is not None:
            state = self.tr("{state}, postponed to {date}").format(
                state=state, date=format_date(task.postponed_to, "short")
            )
        due = format_date(task.due_on, "short")
        what = self._tasks.label(task)
        who = f"{row.citizen_name} ({row.case_number})" if row.case_number else ""
        legal = self.tr(" (legal deadline)") if task.statutory else ""
        return " · ".join(p for p in (f"[{state}] {due}", what + legal, who) if p)

    def current(self) -> TaskRow | None:
        item = self.list.currentItem()
        task_id = item.data(TASK_ROLE) if item is not None else None
        return self._rows.get(str(task_id)) if task_id else None

    def _select(self, task_id: str | None) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(TASK_ROLE) == task_id:
                self.list.setCurrentRow(index)
                return
        self.list.setCurrentRow(0 if self._rows else -1)

    def _activated(self, item: QListWidgetItem) -> None:
        row = self._rows.get(str(item.data(TASK_ROLE)))
        if row is not None and row.task.citizen_id:
            self.task_opened.emit(row.task.citizen_id, row.task.intake_id or "")

    def mark_done(self) -> None:
        row = self.current()
        if row is None:
            self.message.setText(self.tr("Select a task first."))
            return
        try:
            self._tasks.done(row.task.id)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            self.tr("Marked done: {task}").format(task=self._tasks.label(row.task))
        )
        self.refresh()

    def postpone(self) -> None:
        row = self.current()
        if row is None:
            self.message.setText(self.tr("Select a task first."))
            return
        self.dialog = PostponeDialog(self._tasks, row, self)
        self.dialog.accepted.connect(self._postponed)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _postponed(self) -> None:
        self.dialog = None
        self.message.setText(self.tr("Task postponed."))
        self.refresh()
        self.list.setFocus()
