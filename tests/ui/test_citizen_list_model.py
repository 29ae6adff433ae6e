"""The citizen list model: a correct Qt item model over a list of citizens."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from app.domain.citizen import Citizen
from ui.models.citizen_list_model import CitizenListModel, IdRole


def _citizens() -> list[Citizen]:
    at = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    return [
        Citizen("c-1", "KT-2026-00001", "Jan Voorbeeld", date(1941, 4, 12), at, at),
        Citizen("c-2", "KT-2026-00002", "Henk de Proef", None, at, at),
    ]


def test_model_passes_the_qt_model_tester(qtmodeltester) -> None:
    model = CitizenListModel()
    model.set_citizens(_citizens())
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_rows_show_name_date_of_birth_and_case_number(qtbot) -> None:
    model = CitizenListModel()
    model.set_citizens(_citizens())
    assert model.rowCount() == 2
    first = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert "Jan Voorbeeld" in first
    assert "KT-2026-00001" in first
    assert "1941" in first
    assert "—" in model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole)
    assert model.data(model.index(1, 0), IdRole) == "c-2"
    assert model.citizen_id(1) == "c-2"
    assert model.citizen_id(5) is None


def test_clearing_removes_every_row(qtbot) -> None:
    model = CitizenListModel()
    model.set_citizens(_citizens())
    model.clear()
    assert model.rowCount() == 0
