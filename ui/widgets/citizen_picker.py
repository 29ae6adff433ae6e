"""Choose a known citizen by typing part of a name, a date of birth or a case number.

The first match is chosen as you type; the arrow keys move through the matches. Only the id of
the chosen row leaves the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.caseload import CaseloadService
from ui.models.citizen_list_model import CitizenListModel

MATCHES = 20


class CitizenPicker(QWidget):
    def __init__(self, caseload: CaseloadService, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caseload = caseload
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(self.tr("Name, date of birth or case number"))
        self.edit.textChanged.connect(self._search)
        self.edit.installEventFilter(self)
        self.model = CitizenListModel(self)
        self.matches = QListView()
        self.matches.setModel(self.model)
        self.matches.setAccessibleName(self.tr("Matches for {name}").format(name=name))
        self.matches.setMaximumHeight(self.fontMetrics().height() * 5)
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.matches)
        self.setFocusProxy(self.edit)

    def _search(self, text: str) -> None:
        found = self._caseload.search(text, MATCHES) if text.strip() else []
        self.model.set_citizens(found)
        self.matches.setVisible(bool(found))
        if found:
            self.matches.setCurrentIndex(self.model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the text field move the choice (the hands stay in the field)."""
        if watched is self.edit and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and event.type() == QEvent.Type.KeyPress and self.model.rowCount():
                last = self.model.rowCount() - 1
                row = max(0, min(last, self.matches.currentIndex().row() + step))
                self.matches.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)

    def citizen_id(self) -> str | None:
        """The chosen citizen, or None when nothing is typed or nothing matches."""
        if not self.edit.text().strip():
            return None
        return self.model.citizen_id(self.matches.currentIndex().row())

    def clear(self) -> None:
        self.edit.clear()
