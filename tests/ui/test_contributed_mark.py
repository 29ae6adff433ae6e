"""R-004-14 on screen: a working-file note goes with the archive export only when the worker
marks it "contributed to the decision"; the mark can be taken back."""

from __future__ import annotations

from PySide6.QtWidgets import QListView

from tests.ui.test_intake_walkthrough import (
    child,
    choose,
    click,
    db,
    open_intake,
    shot,
    start_and_inform,
)


def test_r004_14_a_working_file_note_is_marked_contributed_and_back(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    start_and_inform(qtbot, view, "huishoudelijke-hulp", "Hulp in huis")
    page = view.go("domains")
    page.select("instrumentele_adl")
    choose(view, "note_compartment", "werkdossier")
    qtbot.keyClicks(child(view, "note_body"), "Offerte traplift opgevraagd.")
    click(qtbot, view, "note_save")
    notes = child(view, "content_notes")
    assert isinstance(notes, QListView)  # a model over the notes (issue 10)
    assert notes.model().rowCount() == 1
    assert "[working file]" in notes.model().index(0, 0).data()
    notes.setCurrentIndex(notes.model().index(0, 0))

    click(qtbot, view, "note_contributed")
    assert db(view, "SELECT contributed_to_decision FROM note") == [(1,)]
    assert "contributed to the decision" in notes.model().index(0, 0).data()
    shot(view, "working-file-note-contributed")

    notes.setCurrentIndex(notes.model().index(0, 0))
    click(qtbot, view, "note_contributed")
    assert db(view, "SELECT contributed_to_decision FROM note") == [(0,)]
