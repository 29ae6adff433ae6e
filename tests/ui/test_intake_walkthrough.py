"""Walkthroughs of the intake window on the real application (issue 4, "Evidence"): a single
household-help request closed with only its linked domains; a debt hint the citizen declines;
a GP letter shown and handed back. Each step is rendered to PNG in ``test-output/intake/``.
All names and texts are fictional."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.domain.notes import MedicalWordWarning
from app.domain.scope import DomainStatus
from app.domain.zrm import DOMAIN_IDS, domain_name
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from tests.ui.test_first_run_and_lock import _activate, add_citizen, run_wizard, unlock
from ui.views.intake.intake_view import STEP_IDS, IntakeView
from ui.views.intake.record_panel import record_lines

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "intake"


def shot(view: IntakeView, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert view.window().grab().save(str(OUTPUT / f"{name}.png"))


def child(view: QWidget, name: str) -> QWidget:
    found = view.findChild(QWidget, name)
    assert found is not None, name
    return found


def click(qtbot, view: QWidget, name: str) -> None:
    widget = child(view, name)
    assert widget.isVisible(), name
    assert widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(view: QWidget, name: str, data: object) -> None:
    combo = child(view, name)
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, (name, data)
    combo.setCurrentIndex(index)


def open_intake(qtbot, controller) -> IntakeView:
    run_wizard(qtbot, controller)
    citizen = add_citizen(qtbot, controller, "Jan Voorbeeld")
    qtbot.mouseClick(citizen.intake_button, Qt.MouseButton.LeftButton)
    view = controller.main_window.intake_view
    assert view is not None
    controller.main_window.resize(1400, 860)
    _activate(qtbot, controller.main_window)  # shortcuts reach only the active window
    return view


def start_and_inform(qtbot, view: IntakeView, type_id: str, words: str) -> str:
    click(qtbot, view, "start_button")
    assert view.ctx.intake_id is not None
    qtbot.keyClick(view.steps, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_step() == "information"
    for key in ("purpose", "recorded", "who_sees", "sharing", "rights"):
        child(view, f"info_check_{key}").setChecked(True)
    click(qtbot, view, "info_save")
    shot(view, f"{type_id}-02-information")
    view.go("request")
    qtbot.keyClicks(child(view, "request_words"), words)
    choose(view, "request_type", type_id)
    click(qtbot, view, "request_add")
    shot(view, f"{type_id}-03-help-request")
    return view.ctx.intake_id


def db(view: IntakeView, sql: str) -> list[tuple]:
    return view.ctx.session.vault.db.run(lambda c: c.execute(sql).fetchall())


def test_single_household_help_request_closes_with_only_its_linked_domains(
    qtbot, controller
) -> None:
    view = open_intake(qtbot, controller)
    shot(view, "huishoudelijke-hulp-01-start")
    intake_id = start_and_inform(qtbot, view, "huishoudelijke-hulp", "Ik kan niet meer stofzuigen")
    assert "Ik kan niet meer stofzuigen" in view.banner.text()  # always visible at the top
    page = view.go("domains")
    page.select("instrumentele_adl")
    qtbot.keyClicks(child(view, "note_body"), "Stofzuigen en ramen lukken niet meer.")
    click(qtbot, view, "note_save")
    choose(view, "score_value", 3)
    qtbot.keyClicks(child(view, "score_basis"), "gesprek over het huishouden")
    click(qtbot, view, "score_save")
    shot(view, "huishoudelijke-hulp-04-domain")
    view.go("onderzoek")
    for item in ("persoonlijk_plan", "clientondersteuning", "pgb"):
        child(view, f"explained_{item}").setChecked(True)
    qtbot.keyClicks(child(view, "onderzoek_mantelzorg"), "Dochter komt wekelijks")
    click(qtbot, view, "onderzoek_save")
    view.go("review")
    click(qtbot, view, "review_start")
    shot(view, "huishoudelijke-hulp-05-review")
    click(qtbot, view, "review_finish")
    view.go("close")
    for block in ("dossier", "werkdossier", "regie"):  # R-001-24: a decision per data block
        child(view, f"retention_{block}").setCurrentIndex(1)
    click(qtbot, view, "close_button")
    shot(view, "huishoudelijke-hulp-06-closed")
    assert db(view, "SELECT status FROM intake") == [("afgerond",)]
    assessment = view.ctx.service.assessment(intake_id)
    assert {d for d in DOMAIN_IDS if assessment.value(d) is not None} == {"instrumentele_adl"}
    scope = view.ctx.service.scope(intake_id)
    open_domains = {d for d in scope.all_domains() if scope.status(d).open}
    assert open_domains == {"instrumentele_adl", "lichamelijke_gezondheid"}
    assert db(view, "SELECT DISTINCT domain FROM note") == [("instrumentele_adl",)]


def test_a_debt_hint_the_citizen_declines_stores_only_the_refusal(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    intake_id = start_and_inform(qtbot, view, "vervoer", "Ik kom de deur niet meer uit")
    page = view.go("domains")
    page.select("financien")
    assert not page.content.isVisible()  # nothing can be written in a closed domain
    choose(view, "gate_trigger", "strong_indication")
    qtbot.keyClicks(child(view, "gate_concern"), "Vervoer betalen")
    qtbot.keyClicks(child(view, "gate_indication"), "Aanmaningen op tafel")
    click(qtbot, view, "gate_propose")
    click(qtbot, view, "gate_no")
    shot(view, "vervoer-04-declined")
    assert db(view, "SELECT domain, agreed FROM domain_decision") == [("financien", 0)]
    assert db(view, "SELECT count(*) FROM note WHERE domain = 'financien'") == [(0,)]
    assert db(view, "SELECT count(*) FROM zrm_score") == [(0,)]
    assert not page.content.isVisible()
    name = domain_name("financien")
    lines = [
        line for line in record_lines(view.ctx, view.ctx.review_items()) if line.startswith(name)
    ]
    assert lines == [f"{name}: {DomainStatus.DECLINED.label}"]
    assert not any(
        "Aanmaningen" in line for line in record_lines(view.ctx, view.ctx.review_items())
    )
    assert view.ctx.service.scope(intake_id).status("financien").value == "declined"


def test_a_gp_letter_is_logged_as_seen_and_its_content_never_kept(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    start_and_inform(qtbot, view, "woningaanpassing", "De trap is te steil")
    page = view.go("domains")
    page.select("lichamelijke_gezondheid")
    qtbot.keyClicks(child(view, "note_body"), "Volgens de huisartsbrief: diagnose artrose.")
    click(qtbot, view, "note_save")
    assert child(view, "note_keep").isVisible()  # the warning offers a conscious choice
    assert isinstance(view.ctx.last_error, MedicalWordWarning)
    assert str(view.ctx.last_error) == child(view, "content_message").text()
    assert db(view, "SELECT count(*) FROM note") == [(0,)]
    shot(view, "woningaanpassing-04-medical-words")
    child(view, "note_body").clear()
    qtbot.keyClicks(child(view, "note_body"), "Kan de trap niet meer op zonder hulp.")
    click(qtbot, view, "note_save")
    view.go("medical")
    choose(view, "document_source", "huisarts")
    choose(view, "document_disposition", "teruggegeven")
    child(view, "document_informed").setChecked(True)
    click(qtbot, view, "document_log")
    shot(view, "woningaanpassing-05-document")
    assert db(view, "SELECT source_type, disposition, citizen_informed FROM medical_document") == [
        ("huisarts", "teruggegeven", 1)
    ]
    texts = [r[0] for r in db(view, "SELECT body FROM note")]
    assert texts == ["Kan de trap niet meer op zonder hulp."]


def test_read_along_shows_exactly_what_is_stored(qtbot, controller) -> None:
    """R-000-35: the large-type view and the vault agree item for item."""
    view = open_intake(qtbot, controller)
    intake_id = start_and_inform(qtbot, view, "huishoudelijke-hulp", "Hulp in huis")
    page = view.go("domains")
    page.select("instrumentele_adl")
    qtbot.keyClicks(child(view, "note_body"), "Koken lukt nog.")
    click(qtbot, view, "note_save")
    view.go("network")
    qtbot.keyClicks(child(view, "network_name"), "Els")
    qtbot.keyClicks(child(view, "network_relation"), "buurvrouw")
    click(qtbot, view, "network_add")
    qtbot.keyClick(view.steps, Qt.Key.Key_F11)
    dialog = view.read_along
    assert dialog is not None
    assert dialog.isFullScreen()
    shot(view, "huishoudelijke-hulp-read-along-window")
    dialog.grab().save(str(OUTPUT / "huishoudelijke-hulp-read-along.png"))
    lines = dialog.lines()
    items = view.ctx.review.review_items(intake_id)
    assert len(lines) == len(items) + 1  # and one line naming the domains not discussed
    for item in items:
        assert sum(1 for line in lines if line.startswith(f"{item.heading}: {item.text}")) == 1
    stored = {
        "note": db(view, "SELECT count(*) FROM note")[0][0],
        "network_person": db(view, "SELECT count(*) FROM network_person")[0][0],
        "help_request": db(view, "SELECT count(*) FROM help_request")[0][0],
        "score": db(view, "SELECT count(*) FROM zrm_score")[0][0],
    }
    shown = {kind: sum(1 for i in items if i.kind == kind) for kind in stored}
    assert shown == stored
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.read_along is None)


def test_every_step_has_named_widgets(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    start_and_inform(qtbot, view, "woningaanpassing", "Een traplift")
    interactive = (QAbstractButton, QLineEdit, QAbstractItemView, QPlainTextEdit, QComboBox)
    for step in STEP_IDS:
        view.go(step)
        QApplication.processEvents()
        assert unnamed_interactive_widgets() == [], step
        unnamed = [
            type(w).__name__
            for w in view.pages[step].findChildren(QWidget)
            if isinstance(w, interactive)
            and w.isVisibleTo(view)
            and not w.objectName()
            and not isinstance(w.parent(), QComboBox)
        ]
        assert unnamed == [], step
        shot(view, f"step-{STEP_IDS.index(step):02d}-{step}")


def test_r004_16_r000_09_reminder_and_why_we_ask_and_no_forced_order(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    assert view.reminder.isVisible()
    assert "neutral" in view.reminder.text() or "neutraal" in view.reminder.text()
    start_and_inform(qtbot, view, "huishoudelijke-hulp", "Hulp in huis")
    for step in reversed(STEP_IDS):  # any order: nothing is forced
        view.go(step)
        assert view.current_step() == step
        assert view.reminder.isVisible()
    page = view.go("domains")
    whys = set()
    for row in range(page.domains.count()):
        page.domains.setCurrentRow(row)
        assert page.why.text()
        whys.add(page.why.text())
    assert len(whys) >= 13  # each ZRM domain its own reason


def test_r000_46_others_present_only_with_the_citizens_agreement(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    qtbot.keyClicks(child(view, "start_present"), "dochter, tolk")
    click(qtbot, view, "start_button")
    assert view.ctx.intake_id is None
    assert child(view, "start_message").text()
    child(view, "start_present_agreed").setChecked(True)
    click(qtbot, view, "start_button")
    assert view.ctx.intake_id is not None
    assert db(view, "SELECT present FROM intake") == [('["dochter", "tolk"]',)]


def test_a_lock_mid_conversation_comes_back_to_the_same_intake_and_draft(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    intake_id = start_and_inform(qtbot, view, "huishoudelijke-hulp", "Hulp in huis")
    view.go("domains").select("instrumentele_adl")
    qtbot.keyClicks(child(view, "note_body"), "Half getypte notitie")
    controller.lock()
    assert controller.main_window is None
    unlock(qtbot, controller)
    again = controller.main_window.intake_view
    assert again is not None
    assert again.ctx.intake_id == intake_id
    page = again.go("domains")
    page.select("instrumentele_adl")
    assert child(again, "note_body").toPlainText() == "Half getypte notitie"


def test_correcting_a_note_keeps_its_history_and_triage_removes_content(qtbot, controller) -> None:
    view = open_intake(qtbot, controller)
    start_and_inform(qtbot, view, "huishoudelijke-hulp", "Hulp in huis")
    page = view.go("domains")
    page.select("instrumentele_adl")
    qtbot.keyClicks(child(view, "note_body"), "Woont alleen.")
    click(qtbot, view, "note_save")
    notes = child(view, "content_notes")
    notes.setCurrentIndex(notes.model().index(0, 0))
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    body = child(view, "note_body")
    assert body.toPlainText() == "Woont alleen."
    body.clear()
    qtbot.keyClicks(body, "Woont alleen; dochter komt dagelijks.")
    click(qtbot, view, "note_save")
    assert db(view, "SELECT body FROM note") == [("Woont alleen; dochter komt dagelijks.",)]
    assert db(view, "SELECT body FROM note_version") == [("Woont alleen.",)]
    click(qtbot, view, "triage_remove")
    assert db(view, "SELECT count(*) FROM note") == [(1,)]  # nothing goes before the yes
    box = page.confirm_box
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert db(view, "SELECT count(*) FROM note") == [(0,)]
    assert db(view, "SELECT domain, decision FROM triage") == [("instrumentele_adl", "verwijderd")]


def test_r002_29_agency_guidance_at_each_decision_point_and_the_protocol_on_shift_f1(
    qtbot, controller
) -> None:
    view = open_intake(qtbot, controller)
    profile = view.ctx.profile
    for step, point in (("information", "informatie"), ("request", "hulpvraag"),
                        ("domains", "domein"), ("concerns", "andere_zorgen"),
                        ("medical", "medisch"), ("meldcode", "meldcode"),
                        ("review", "terugkijken"), ("close", "afsluiten")):  # fmt: skip
        view.go(step)
        box = child(view, f"guidance_{point}")
        assert box.isVisible(), point
        assert box.text() == profile.guidance_for(point) != ""
    # Shift+F1 (F1 itself lists the keyboard shortcuts everywhere in the main window)
    qtbot.keyClick(view.steps, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.info_box is not None)
    assert view.info_box.text() == profile.guidance_for("privacyprotocol")
    view.info_box.close()
