"""Home after unlock: the agenda, the tasks and deadlines, and finding or adding a citizen.

Three columns (DESIGN section 6 step 1): visits today and the coming days; one task list with
what is overdue on top; search by name, date of birth or case number, and a new first contact.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.services.session import Session
from app.services.tasks import TaskService
from app.storage.errors import VaultError
from ui.focus_order import forward_focus
from ui.models.citizen_list_model import CitizenListModel
from ui.views.agenda_panel import AgendaPanel
from ui.views.tasks_panel import TasksPanel


class HomeView(QWidget):
    """Emits ``citizen_opened(citizen_id)`` and ``visit_opened(visit_id)``."""

    citizen_opened = Signal(str)
    visit_opened = Signal(str)
    task_opened = Signal(str, str)  # citizen id, intake id ("" for none)

    def __init__(self, session: Session, tasks: TaskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.pending_visit: str | None = None  # a new contact from the agenda being added
        self.agenda = AgendaPanel(session)
        self.agenda.visit_opened.connect(self.visit_opened)
        self.tasks = TasksPanel(tasks)
        self.tasks.task_opened.connect(self.task_opened)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, date of birth or case number"))
        self.search_edit.setAccessibleName(self.tr("Search citizens"))
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.returnPressed.connect(self._open_first)
        self.model = CitizenListModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Citizens found"))
        self.results.setAccessibleDescription(self.tr("Enter opens the citizen's file."))
        self.results.activated.connect(lambda index: self._open_row(index.row()))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        self.name_edit = QLineEdit()
        self.dob_edit = QLineEdit()
        self.dob_edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.add_button = QPushButton(self.tr("&Add citizen"))
        self.add_button.clicked.connect(self.add_citizen)
        self.dob_edit.returnPressed.connect(self.add_citizen)
        self.add_error = QLabel()
        self.add_error.setWordWrap(True)
        new_box = QGroupBox(self.tr("New citizen (first contact)"))
        form = QFormLayout(new_box)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        dob_label = QLabel(self.tr("Date of &birth:"))
        dob_label.setBuddy(self.dob_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(dob_label, self.dob_edit)
        form.addRow(self.add_button)
        form.addRow(self.add_error)
        find = QVBoxLayout()
        find.addWidget(search_label)
        find.addWidget(self.search_edit)
        find.addWidget(self.results, 1)
        find.addWidget(new_box)
        day = QSplitter(Qt.Orientation.Vertical)
        day.setChildrenCollapsible(False)
        day.addWidget(self.agenda)
        day.addWidget(self.tasks)
        self.columns = QHBoxLayout(self)
        self.columns.addWidget(day, 3)
        self.columns.addLayout(find, 2)
        forward_focus(self, self.search_edit)  # not a focus proxy: Tab must pass it
        self.search("")

    def refresh(self) -> None:
        """After coming back home: the agenda and the search results as they are now."""
        self.agenda.refresh()
        self.tasks.refresh()
        self.search(self.search_edit.text())

    def add_contact(self, visit_id: str, name: str) -> None:
        """A new contact from the agenda: fill in the first-contact form, ask the date of birth."""
        self.pending_visit = visit_id
        self.name_edit.setText(name)
        self.add_error.setText(
            self.tr("New contact from the agenda: add a date of birth if known, then Add citizen.")
        )
        self.dob_edit.setFocus()

    def search(self, text: str) -> None:
        self.model.set_citizens(self._session.caseload.search(text))

    def _open_first(self) -> None:
        if self.model.rowCount():
            self._open_row(max(0, self.results.currentIndex().row()))

    def _open_row(self, row: int) -> None:
        citizen_id = self.model.citizen_id(row)
        if citizen_id:
            self.citizen_opened.emit(citizen_id)

    def add_citizen(self) -> None:
        try:
            citizen = self._session.caseload.add_citizen(
                self.name_edit.text(), self.dob_edit.text()
            )
        except (ValidationError, VaultError) as exc:
            self.add_error.setText(str(exc))
            return
        self.add_error.clear()
        self.name_edit.clear()
        self.dob_edit.clear()
        if self.pending_visit is not None:
            visit_id, self.pending_visit = self.pending_visit, None
            # cancelled meanwhile? then the new citizen simply stands on its own
            with contextlib.suppress(ValidationError, VaultError):
                self._session.visits.attach_citizen(visit_id, citizen.id)
            self.agenda.refresh()
        self.citizen_opened.emit(citizen.id)
