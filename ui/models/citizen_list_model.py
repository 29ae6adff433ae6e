"""A list model over citizens found by a search: name, date of birth and case number.

Parent it to its view, so that deleting the window at a lock deletes the model and its data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.citizen import Citizen
from app.formatting import format_date

IdRole = Qt.ItemDataRole.UserRole + 1


class CitizenListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._citizens: list[Citizen] = []

    def set_citizens(self, citizens: list[Citizen]) -> None:
        self.beginResetModel()
        self._citizens = list(citizens)
        self.endResetModel()

    def clear(self) -> None:
        self.set_citizens([])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._citizens)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._citizens):
            return None
        citizen = self._citizens[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            born = format_date(citizen.date_of_birth, "short") if citizen.date_of_birth else "—"
            return f"{citizen.name}  ·  {born}  ·  {citizen.case_number}"
        if role == IdRole:
            return citizen.id
        return None

    def citizen_id(self, row: int) -> str | None:
        return self._citizens[row].id if 0 <= row < len(self._citizens) else None
