"""Today's visits and the coming days, one list with a heading per day (DESIGN section 6 step 1).

Enter opens a visit: one citizen opens their file, two household members open side by side, and
a new contact is first added as a citizen. Delete cancels a visit after asking.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import VisitRow
from app.domain.citizen import ValidationError
from app.formatting import format_date, format_time
from app.services.session import Session
from app.storage.errors import VaultError
from ui.views.intake.context import confirm, message_label, named
from ui.views.plan_visit_dialog import PlanVisitDialog

VISIT_ROLE = Qt.ItemDataRole.UserRole


class VisitList(QListWidget):
    """Delete asks to cancel the current visit."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class AgendaPanel(QWidget):
    """Emits ``visit_opened(visit_id)``."""

    visit_opened = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.dialog: PlanVisitDialog | None = None
        self.confirm_box: QMessageBox | None = None
        title = QLabel(self.tr("&Visits"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.visits = named(VisitList(), "visits")
        self.visits.setAccessibleName(self.tr("Visits today and the coming days"))
        self.visits.setAccessibleDescription(self.tr("Enter opens the visit; Delete cancels it."))
        self.visits.itemActivated.connect(self._activated)
        self.visits.delete_pressed.connect(self.cancel_current)
        title.setBuddy(self.visits)
        self.plan_button = named(QPushButton(self.tr("&Plan a visit…")), "plan_visit")
        self.plan_button.clicked.connect(self.plan)
        self.cancel_button = named(QPushButton(self.tr("Cancel visit")), "cancel_visit")
        self.cancel_button.clicked.connect(self.cancel_current)
        self.message = message_label("agenda_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.visits, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.visits.clear()
        today = self._session.visits.today()
        rows = self._session.visits.coming_week()
        for offset in range(7):
            day = today + timedelta(days=offset)
            todays = [r for r in rows if r.visit.on_date == day]
            if offset and not todays:
                continue
            heading = self.tr("Today, {date}") if offset == 0 else "{date}"
            self._heading(heading.format(date=format_date(day, "full")))
            if not todays and offset == 0:
                self._heading(self.tr("No visits today."), bold=False)
            for row in todays:
                item = QListWidgetItem("    " + self.line(row))
                item.setData(VISIT_ROLE, row.visit.id)
                self.visits.addItem(item)
        first = next(
            (i for i in range(self.visits.count()) if self.visits.item(i).data(VISIT_ROLE)), -1
        )
        self.visits.setCurrentRow(first)

    def _heading(self, text: str, bold: bool = True) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.visits.addItem(item)

    def line(self, row: VisitRow) -> str:
        visit = row.visit
        when = format_time(visit.at_time) if visit.at_time else self.tr("time open")
        if row.people:
            who = self.tr(" and ").join(f"{name} ({number})" for _, name, number in row.people)
        else:
            who = self.tr("{name} (new contact)").format(name=visit.contact_name)
        parts = [when, who] + ([visit.place] if visit.place else [])
        return " · ".join(parts)

    def current_visit(self) -> str | None:
        item = self.visits.currentItem()
        value = item.data(VISIT_ROLE) if item is not None else None
        return str(value) if value else None

    def _activated(self, item: QListWidgetItem) -> None:
        value = item.data(VISIT_ROLE)
        if value:
            self.visit_opened.emit(str(value))

    def plan(self) -> None:
        self.dialog = PlanVisitDialog(self._session, self)
        self.dialog.planned.connect(self._planned)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _planned(self, visit_id: str) -> None:
        self.dialog = None
        self.refresh()
        for index in range(self.visits.count()):
            if self.visits.item(index).data(VISIT_ROLE) == visit_id:
                self.visits.setCurrentRow(index)
        self.message.setText(self.tr("Visit planned."))
        self.visits.setFocus()

    def cancel_current(self) -> None:
        visit_id = self.current_visit()
        if visit_id is None:
            self.message.setText(self.tr("Select a visit first."))
            return
        self.confirm_box = confirm(
            self,
            self.tr("Cancel this visit? It is removed from the agenda."),
            lambda: self._cancel(visit_id),
        )

    def _cancel(self, visit_id: str) -> None:
        self.confirm_box = None
        try:
            self._session.visits.cancel(visit_id)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Visit cancelled."))
        self.refresh()
