"""The process panel (issue 5): record a melding and see the 6-week date, mark the verslag sent
and see it done, a deadline turning te laat when the clock moves on, spoed with its reason.
English source strings; rendered to ``test-output/casework/``. Fictional data only."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.profile import Law
from app.services.procedure import ProcedureService
from app.services.session import Session
from app.services.tasks import TaskService
from tests.support.intake import Clock, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.casework.process_panel import ProcessPanel

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "casework"


def _panel(qtbot, session: Session, clock: Clock, law: Law = Law.WMO) -> ProcessPanel:
    kit = intakes(session, now=clock)
    type_id = "huishoudelijke-hulp" if law is Law.WMO else None
    intake_id = informed_intake(kit, type_id=type_id, law=law)
    tasks = TaskService(session.vault.db, session.trail, clock)
    panel = ProcessPanel(ProcedureService(kit.service, tasks), intake_id)
    qtbot.addWidget(panel)
    panel.resize(760, 620)
    panel.show()
    return panel


def _row(panel: ProcessPanel, deadline: str) -> list[str]:
    table = panel.table
    for index in range(table.rowCount()):
        cells = [table.item(index, c).text() for c in range(table.columnCount())]
        if cells[0] == deadline:
            return cells
    raise AssertionError(deadline)


def _type_date(qtbot, panel: ProcessPanel, event: str, text: str) -> None:
    field = panel.rows[event].date
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_wmo_2_3_2_melding_shows_the_six_week_date_and_the_verslag_meets_it(
    qtbot, session: Session
) -> None:
    clock = Clock(datetime(2026, 12, 10, 9, 0, tzinfo=UTC))
    panel = _panel(qtbot, session, clock)
    assert _row(panel, "Onderzoek and verslag (6 weeks)")[1:3] == ["—", "not started"]
    _type_date(qtbot, panel, "melding", "20-11-2026")
    assert panel.message.text() == "Recorded: Melding received."
    assert _row(panel, "Onderzoek and verslag (6 weeks)")[1:] == [
        "04-01-2027", "open", "Wmo 2015 art. 2.3.2 lid 1 en 8",
    ]  # fmt: skip
    assert _row(panel, "Tell about the persoonlijk plan (7 days)")[1:3] == ["27-11-2026", "overdue"]
    _type_date(qtbot, panel, "verslag_verstuurd", "08-12-2026")
    assert _row(panel, "Onderzoek and verslag (6 weeks)")[2] == "done on 08-12-2026"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(OUTPUT / "process-panel.png"))


def test_wmo_a_deadline_turns_te_laat_when_the_clock_moves_on(qtbot, session: Session) -> None:
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    panel = _panel(qtbot, session, clock)
    _type_date(qtbot, panel, "melding", "20-11-2026")
    _type_date(qtbot, panel, "aanvraag", "23-11-2026")
    assert _row(panel, "Beschikking (2 weeks)")[1:3] == ["07-12-2026", "open"]
    clock.value = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    panel.refresh()
    assert _row(panel, "Beschikking (2 weeks)")[2] == "overdue"


def test_wmo_2_3_3_spoed_asks_for_its_reason_and_a_refusal_keeps_the_input(
    qtbot, session: Session
) -> None:
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    panel = _panel(qtbot, session, clock)
    _type_date(qtbot, panel, "spoed", "21-11-2026")
    assert panel.message.text() == "Give the reason."
    qtbot.keyClicks(panel.rows["spoed"].detail, "Mantelzorger valt plotseling weg")
    qtbot.mouseClick(panel.rows["spoed"].button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "First record the step that starts the process."
    assert panel.rows["spoed"].date.text() == "21-11-2026"  # the input stays
    _type_date(qtbot, panel, "melding", "20-11-2026")
    qtbot.mouseClick(panel.rows["spoed"].button, Qt.MouseButton.LeftButton)
    assert _row(panel, "Arrange a temporary provision at once")[1:3] == ["21-11-2026", "overdue"]
    _type_date(qtbot, panel, "melding", "31-02-2026")
    assert panel.message.text() == "Write the date as day-month-year, e.g. 07-03-2026."
    _type_date(qtbot, panel, "spoed", "")
    assert panel.message.text() == "Step taken back: Urgent case (spoed, art. 2.3.3)."
    assert _row(panel, "Arrange a temporary provision at once")[2] == "not started"
    assert unnamed_interactive_widgets() == []
    QApplication.processEvents()
    assert panel.grab().save(str(OUTPUT / "process-panel-spoed.png"))


def test_the_reaction_to_the_verslag_is_one_of_three_answers(qtbot, session: Session) -> None:
    clock = Clock(datetime(2026, 12, 10, 9, 0, tzinfo=UTC))
    panel = _panel(qtbot, session, clock)
    _type_date(qtbot, panel, "melding", "20-11-2026")
    _type_date(qtbot, panel, "verslag_verstuurd", "08-12-2026")
    choice = panel.rows["reactie_verslag"].detail
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "agreed", "agreed, with remarks", "no reaction",
    ]  # fmt: skip
    _type_date(qtbot, panel, "reactie_verslag", "09-12-2026")
    assert panel.message.text() == "Choose one of the answers."
    choice.setCurrentIndex(1)
    _type_date(qtbot, panel, "reactie_verslag", "09-12-2026")
    panel.refresh()
    assert choice.currentData() == "opmerkingen"


def test_a_law_without_steps_says_so(qtbot, session: Session) -> None:
    panel = _panel(qtbot, session, Clock(), law=Law.PARTICIPATIEWET)
    assert panel.none_label.isVisible()
    assert not panel.table.isVisible()
    assert panel.rows == {}
