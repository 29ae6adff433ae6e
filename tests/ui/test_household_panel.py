"""Casework widgets of issue 5 (pytest-qt, English source strings): the household panel on the
citizen's screen, the triage-moment dialog, and a herindicatie that shows earlier records
read-only beside the new conversation. Each widget is rendered to ``test-output/casework/``.
All names and texts are fictional."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QMessageBox, QWidget

from app.domain.closing import IntakeStatus
from app.domain.household import FactAnswer, Relation
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.services.household import HouseholdService
from app.services.triage import TriageService
from tests.support.intake import Clock, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.casework.household_panel import HouseholdPanel
from ui.views.casework.triage_dialog import TriageDialog
from ui.views.citizen_view import CitizenView
from ui.views.intake.intake_view import IntakeView

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "casework"
ON = date(2026, 11, 23)
ADL, HEALTH = "instrumentele_adl", "lichamelijke_gezondheid"


def shot(widget: QWidget, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(OUTPUT / f"{name}.png"))


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible()
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer(qtbot, owner, yes: bool) -> None:
    box = owner.confirm_box
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # safe default
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def texts(widget: QWidget) -> str:
    parts = [label.text() for label in widget.findChildren(QLabel)]
    for view in widget.findChildren(QListWidget):
        parts += [view.item(row).text() for row in range(view.count())]
    return "\n".join(parts)


def test_r004_17_the_household_panel_links_with_a_reason_and_removes_after_asking(
    qtbot, session
) -> None:
    kit = intakes(session)
    ans_intake = informed_intake(kit, name="Ans Proef")
    ans = kit.service.get(ans_intake)
    assert ans is not None
    kit.records.add_note(
        ans_intake, "Ans-dossier-geheim", NoteKind.FACT, NoteSource.CITIZEN, ON, domain=ADL
    )
    bert = session.caseload.add_citizen("Bert Proef")
    panel = HouseholdPanel(session, ans.citizen_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.show()
    assert unnamed_interactive_widgets() == []
    assert panel.current_household_id() is None  # only "a new household plan" to choose
    qtbot.keyClicks(panel.picker.edit, "Bert")
    click(qtbot, panel.add_button)
    assert "reason" in panel.message.text()  # a link needs its reason; nothing written
    assert HouseholdService(session.vault.db, session.trail).households_of(bert.id) == []
    qtbot.keyClicks(panel.reason, "Partner, samen in een huishouden")
    panel.relation.setCurrentIndex(panel.relation.findData(Relation.PARTNER.value))
    click(qtbot, panel.add_button)
    assert panel.members.count() == 2
    assert "reason: Partner, samen in een huishouden" in panel.members.item(1).text()
    combo = panel.facts["minors"]
    combo.setFocus()
    while combo.currentData() != FactAnswer.NOT_RELEVANT.value:  # keyboard only
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClicks(panel.plan_label, "Huis Proef")
    click(qtbot, panel.save_plan_button)
    shot(panel, "household-panel")
    theirs = HouseholdPanel(session, bert.id)  # Bert's screen: the link and its reason only
    qtbot.addWidget(theirs)
    assert theirs.facts["minors"].currentData() == FactAnswer.NOT_RELEVANT.value
    assert "Ans Proef" in texts(theirs)
    assert "Ans-dossier-geheim" not in texts(theirs)
    panel.members.setCurrentRow(1)
    click(qtbot, panel.remove_button)
    answer(qtbot, panel, yes=False)
    assert panel.members.count() == 2
    click(qtbot, panel.remove_button)
    answer(qtbot, panel, yes=True)
    assert panel.members.count() == 1
    assert HouseholdService(session.vault.db, session.trail).households_of(bert.id) == []


def test_r002_09_r001_06_the_triage_dialog_needs_every_open_domain_and_asks_before_removing(
    qtbot, session
) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    for domain, text in ((ADL, "Ramen lukken niet."), (HEALTH, "Trap is lastig.")):
        kit.records.add_note(intake_id, text, NoteKind.FACT, NoteSource.CITIZEN, ON, domain=domain)
    triage = TriageService(kit.service)
    dialog = TriageDialog(triage, intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets() == []
    assert set(dialog.domains) == {ADL, HEALTH}
    assert all(c.currentData() == "" for c in dialog.domains.values())  # unanswered first
    qtbot.keyClicks(dialog.necessary, "Hulpvraag en adres")
    qtbot.keyClicks(dialog.passed_on, "Hulpvraag en adres aan de thuiszorg")
    dialog.domains[ADL].setFocus()
    qtbot.keyClick(dialog.domains[ADL], Qt.Key.Key_Down)  # "still needed"
    click(qtbot, dialog.save_button)
    assert "Physical health" in dialog.message.text()
    assert triage.moments(intake_id) == []
    combo = dialog.domains[HEALTH]
    combo.setCurrentIndex(combo.findData("verwijderd"))
    shot(dialog, "triage-dialog")
    click(qtbot, dialog.save_button)
    answer(qtbot, dialog, yes=False)
    assert len(kit.records.notes(intake_id)) == 2  # nothing removed after "No"
    assert triage.moments(intake_id) == []
    click(qtbot, dialog.save_button)
    answer(qtbot, dialog, yes=True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [n.domain for n in kit.records.notes(intake_id)] == [ADL]
    (moment,) = triage.moments(intake_id)
    assert moment.passed_on == "Hulpvraag en adres aan de thuiszorg"


def test_the_domain_page_opens_a_triage_moment_also_after_completion(qtbot, session) -> None:
    kit = intakes(session)
    intake_id = informed_intake(kit)
    intake = kit.service.get(intake_id)
    assert intake is not None
    view = IntakeView(session, kit.service.profile, intake.citizen_id, intake_id)
    qtbot.addWidget(view)
    view.show()
    page = view.go("domains")
    click(qtbot, page.moment_button)
    assert page.triage_dialog is not None
    assert set(page.triage_dialog.domains) == {ADL, HEALTH}
    page.triage_dialog.reject()


def test_herindicatie_from_the_citizen_screen_shows_earlier_records_read_only_with_dates(
    qtbot, session
) -> None:
    clock = Clock()
    session.now = clock
    kit = intakes(session, now=clock)
    first = informed_intake(kit, name="Ans Proef")
    old = kit.service.get(first)
    assert old is not None
    kit.records.add_note(first, "Notitie-X1", NoteKind.FACT, NoteSource.CITIZEN, ON, domain=ADL)
    kit.records.add_limitation(first, ADL, "Kan niet tillen", "inwoner")
    kit.service.score_domain(first, ADL, 2, "Gesprek aan tafel", ON)
    kit.review.close(first, IntakeStatus.BROKEN_OFF, True, "Wil eerst zelf proberen")
    clock.value += timedelta(days=300)
    citizen = CitizenView(session, old.citizen_id)
    qtbot.addWidget(citizen)
    citizen.resize(1000, 760)
    citizen.show_intakes([(first, "23-11-2026 — broken off")])
    citizen.show()
    assert unnamed_interactive_widgets() == []
    shot(citizen, "citizen-view-household-and-herindicatie")
    citizen.intakes_list.setCurrentRow(-1)
    click(qtbot, citizen.herindicatie_button)
    assert "Select" in citizen.message.text()  # which dossier: the selected conversation's
    citizen.intakes_list.setCurrentRow(0)
    with qtbot.waitSignal(citizen.intake_requested) as requested:
        click(qtbot, citizen.herindicatie_button)
    citizen_id, new_id = requested.args
    new = kit.service.get(new_id)
    assert new is not None
    assert (citizen_id, new.dossier_id) == (old.citizen_id, old.dossier_id)
    view = IntakeView(session, kit.service.profile, citizen_id, new_id)
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    assert view.current_step() == "information"  # information first, again
    assert view.earlier.isVisible()
    lines = view.earlier.lines()
    assert lines[0].startswith("Conversation of 23-11-2026 — broken off")
    assert any("“Ik kan het huis niet meer schoonhouden”" in line for line in lines)
    assert any("Kan niet tillen" in line and "23-11-2026" in line for line in lines)
    assert any("Gesprek aan tafel" in line and "23-11-2026" in line for line in lines)
    assert not any("Notitie-X1" in line for line in lines)
    assert kit.service.help_requests(new_id) == []  # nothing copied: asked again
    shot(view, "herindicatie-earlier-records")
