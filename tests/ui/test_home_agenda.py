"""Home after unlock (issue 5): the agenda with a week of visits planned through the dialog, a
new contact turned into a citizen, and a visit to two household members whose conversations
and notes stay apart, also after a lock. Rendered to ``test-output/casework/``. Fictional."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.formatting import format_date
from tests.ui.test_first_run_and_lock import _activate, run_wizard, unlock
from tests.ui.test_intake_walkthrough import child, click, db, start_and_inform
from ui.views.agenda_panel import VISIT_ROLE
from ui.views.plan_visit_dialog import PlanVisitDialog

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "casework"


def shot(widget: QWidget, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(OUTPUT / f"{name}.png"))


def plan(qtbot, controller, days: int, at: str, place: str, *who: str, contact: str = ""):
    home = controller.main_window.home
    qtbot.mouseClick(home.agenda.plan_button, Qt.MouseButton.LeftButton)
    dialog = home.agenda.dialog
    assert isinstance(dialog, PlanVisitDialog)
    day = controller.session.visits.today() + timedelta(days=days)
    dialog.date_edit.setText(format_date(day, "short"))
    qtbot.keyClicks(dialog.time_edit, at)
    qtbot.keyClicks(dialog.place_edit, place)
    for picker, text in zip((dialog.first, dialog.second), who, strict=False):
        qtbot.keyClicks(picker.edit, text)
    qtbot.keyClicks(dialog.contact_edit, contact)
    return dialog


def agenda_lines(controller) -> list[str]:
    visits = controller.main_window.home.agenda.visits
    return [visits.item(i).text() for i in range(visits.count())]


def select_visit(controller, text: str) -> None:
    visits = controller.main_window.home.agenda.visits
    for row in range(visits.count()):
        item = visits.item(row)
        if item.data(VISIT_ROLE) and text in item.text():
            visits.setCurrentRow(row)
            return
    raise AssertionError(text)


def test_a_week_of_visits_and_a_new_contact(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    window.resize(1300, 800)
    caseload = controller.session.caseload
    caseload.add_citizen("Jan Fictief", "01-02-1950")
    caseload.add_citizen("Els Fictief", "03-04-1952")
    dialog = plan(qtbot, controller, 0, "14:00", "Thuis", "Jan Fic")
    dialog.buttons.accepted.emit()
    plan(qtbot, controller, 2, "9:30", "Wijkcentrum", "Els").buttons.accepted.emit()
    wrong = plan(qtbot, controller, 3, "25:00", "", "Els")
    wrong.buttons.accepted.emit()
    assert wrong.isVisible()  # refused, the input stays
    assert "hours:minutes" in wrong.message.text()
    wrong.time_edit.setText("10:00")
    wrong.second.edit.setText("Nobody Matches")
    wrong.buttons.accepted.emit()
    assert "choose from the list" in wrong.message.text()
    wrong.reject()
    plan(qtbot, controller, 4, "", "", contact="Piet Nieuwkomer").buttons.accepted.emit()
    lines = agenda_lines(controller)
    assert lines[0].startswith("Today")
    assert any("14:00 · Jan Fictief" in line and "Thuis" in line for line in lines)
    assert any("09:30 · Els Fictief" in line for line in lines)
    assert any("Piet Nieuwkomer (new contact)" in line for line in lines)
    assert not any("10:00" in line for line in lines)
    shot(window, "home-week")
    _activate(qtbot, window)  # the dialogs had the focus
    select_visit(controller, "Piet Nieuwkomer")
    qtbot.keyClick(window.home.agenda.visits, Qt.Key.Key_Return)
    assert window.home.name_edit.text() == "Piet Nieuwkomer"
    assert window.home.dob_edit.hasFocus()
    qtbot.keyClicks(window.home.dob_edit, "05-06-1960")
    qtbot.keyClick(window.home.dob_edit, Qt.Key.Key_Return)
    assert window.citizen_view is not None  # the new citizen's file opened
    window.show_home()
    assert any("Piet Nieuwkomer (KT-" in line for line in agenda_lines(controller))
    select_visit(controller, "Els Fictief")
    qtbot.keyClick(window.home.agenda.visits, Qt.Key.Key_Delete)
    box = window.home.agenda.confirm_box
    assert box is not None
    box.button(box.StandardButton.Yes).click()
    assert not any("Els Fictief" in line for line in agenda_lines(controller))


def test_two_members_in_one_visit_keep_their_notes_apart_also_after_a_lock(
    qtbot, controller
) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    window.resize(1400, 860)
    caseload = controller.session.caseload
    caseload.add_citizen("Jan Fictief", "01-02-1950")
    caseload.add_citizen("Els Fictief", "03-04-1952")
    plan(qtbot, controller, 0, "10:00", "Thuis", "Jan", "Els").buttons.accepted.emit()
    select_visit(controller, " and Els Fictief")
    qtbot.keyClick(window.home.agenda.visits, Qt.Key.Key_Return)
    visit = window.visit_view
    assert visit is not None
    assert [visit.tabs.tabText(i).split(" (")[0] for i in range(2)] == [
        "Jan Fictief",
        "Els Fictief",
    ]
    _activate(qtbot, window)
    jan_view = visit.current()
    jan_intake = start_and_inform(qtbot, jan_view, "huishoudelijke-hulp", "Hulp bij het huishouden")
    jan_view.go("domains").select("instrumentele_adl")
    qtbot.keyClicks(child(jan_view, "note_body"), "Jan stofzuigt niet meer.")
    click(qtbot, jan_view, "note_save")
    qtbot.keyClick(jan_view.steps, Qt.Key.Key_F11)  # the shortcut reaches this tab's view only
    assert jan_view.read_along is not None
    assert any("Jan stofzuigt" in line for line in jan_view.read_along.lines())
    jan_view.read_along.accept()
    qtbot.keyClick(jan_view.steps, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    els_view = visit.current()
    assert els_view is not jan_view
    els_intake = start_and_inform(
        qtbot, els_view, "huishoudelijke-hulp", "Boodschappen lukken niet"
    )
    els_view.go("domains").select("instrumentele_adl")
    qtbot.keyClicks(child(els_view, "note_body"), "Els kan niet meer tillen.")
    shot(window, "household-visit")
    assert jan_intake != els_intake
    notes = dict(db(jan_view, "SELECT body, intake_id FROM note WHERE intake_id IS NOT NULL"))
    assert notes == {"Jan stofzuigt niet meer.": jan_intake}  # Els's text is still a draft
    assert any("Jan stofzuigt" in line for line in _panel_text(jan_view))
    assert not any("Jan stofzuigt" in line for line in _panel_text(els_view))
    controller.lock()
    unlock(qtbot, controller)
    visit = controller.main_window.visit_view
    assert visit is not None  # back in the same visit, on Els's tab, her draft kept
    assert visit.tabs.currentIndex() == 1
    assert [v.ctx.intake_id for v in visit.intake_views] == [jan_intake, els_intake]
    visit.current().go("domains").select("instrumentele_adl")
    assert child(visit.current(), "note_body").toPlainText() == "Els kan niet meer tillen."
    visit.intake_views[0].go("domains").select("instrumentele_adl")
    assert child(visit.intake_views[0], "note_body").toPlainText() == ""


def _panel_text(view) -> list[str]:
    panel = view.panel
    return [panel.list.item(i).text() for i in range(panel.list.count())]
