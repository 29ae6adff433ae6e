"""One citizen: writing, editing and deleting notes, and drafts that follow the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.views.citizen_view import NEW_NOTE, NOTE_ID_ROLE, CitizenView


@pytest.fixture
def view(qtbot, session) -> CitizenView:
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "12-04-1941")
    widget = CitizenView(session, citizen.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def notes(session, view: CitizenView) -> list[str]:
    return [n.body for n in session.caseload.open_citizen(view.citizen_id)[1]]


def test_header_shows_case_number_and_date_of_birth(view: CitizenView) -> None:
    assert view.header.text() == "Jan Voorbeeld"
    assert "KT-" in view.details.text()
    assert "1941" in view.details.text()


def test_saving_a_note_stores_it_and_discards_its_draft(qtbot, session, view) -> None:
    qtbot.keyClicks(view.editor, "Vraagt hulp bij het huishouden")
    view.flush_drafts()
    assert session.drafts.get(view.view_key, NEW_NOTE) is not None
    qtbot.keyClick(view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert notes(session, view) == ["Vraagt hulp bij het huishouden"]
    assert session.drafts.get(view.view_key, NEW_NOTE) is None
    assert view.editor.toPlainText() == ""
    assert view.notes_list.count() == 1
    view.flush_drafts()
    assert session.drafts.all() == []  # the emptied editor leaves no empty draft


def test_an_empty_note_is_refused_and_nothing_is_lost(qtbot, session, view) -> None:
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert notes(session, view) == []
    assert view.message.text() != ""


def test_editing_a_note_saves_the_change(qtbot, session, view) -> None:
    session.caseload.add_note(view.citizen_id, "Eerste versie")
    view._reload()
    item = view.notes_list.item(0)
    view.notes_list.setCurrentItem(item)
    view.notes_list.itemActivated.emit(item)
    assert view.editor.toPlainText() == "Eerste versie"
    assert view.autosaver.field_key == f"note:{item.data(NOTE_ID_ROLE)}"
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.editor, ", aangevuld")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert notes(session, view) == ["Eerste versie, aangevuld"]
    assert session.drafts.all() == []


def answer(view: CitizenView, button: QMessageBox.StandardButton) -> None:
    box = view.confirm_box
    assert box is not None
    assert box.isVisible()
    box.button(button).click()
    assert view.confirm_box is None


def test_deleting_a_note_asks_first(qtbot, session, view) -> None:
    session.caseload.add_note(view.citizen_id, "Weg ermee")
    view._reload()
    view.notes_list.setCurrentRow(0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    answer(view, QMessageBox.StandardButton.No)
    assert notes(session, view) == ["Weg ermee"]
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.confirm_box.defaultButton() is view.confirm_box.button(
        QMessageBox.StandardButton.No
    )
    answer(view, QMessageBox.StandardButton.Yes)
    assert notes(session, view) == []
    assert view.notes_list.count() == 0
    assert view.message.text() == "Note deleted."


def test_deleting_the_note_being_edited_leaves_no_draft_behind(qtbot, session, view) -> None:
    session.caseload.add_note(view.citizen_id, "Weg ermee")
    view._reload()
    item = view.notes_list.item(0)
    view.notes_list.setCurrentItem(item)
    view.notes_list.itemActivated.emit(item)
    qtbot.keyClicks(view.editor, " en nog meer")
    view.delete_selected()
    answer(view, QMessageBox.StandardButton.Yes)
    view.flush_drafts()
    assert session.drafts.all() == []
    assert view.autosaver.field_key == NEW_NOTE


def test_new_note_text_survives_a_detour_through_an_old_note(qtbot, session, view) -> None:
    session.caseload.add_note(view.citizen_id, "Oude notitie")
    view._reload()
    qtbot.keyClicks(view.editor, "Half af")
    item = view.notes_list.item(0)
    view.notes_list.itemActivated.emit(item)
    assert view.editor.toPlainText() == "Oude notitie"
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.editor.toPlainText() == "Half af"


def test_delete_without_a_selection_says_what_to_do(qtbot, view) -> None:
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Select a note first."
