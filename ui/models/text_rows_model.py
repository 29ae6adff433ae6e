"""A list model over prepared rows of text, each with a value (an id) in ``UserRole``.

An intake with 200 notes showed them as 200 ``QListWidgetItem`` objects made one by one, and
put every fact in the "based on fact" combo box with one ``addItem`` each, twice per opening
(issue 10). This model takes the rows in one call; a view asks only for the rows it paints
(with ``setUniformItemSizes(True)`` it measures one row, not all).

Parent it to its view, so that deleting the window at a lock deletes the model and its text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ValueRole = Qt.ItemDataRole.UserRole


class TextRowsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, object]] = []

    def set_rows(self, rows: list[tuple[str, object]]) -> None:
        """Replace every row: ``(text, value)`` pairs, in order."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == ValueRole:
            return value
        return None

    def text(self, row: int) -> str:
        return self._rows[row][0] if 0 <= row < len(self._rows) else ""

    def value(self, row: int) -> object:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None
