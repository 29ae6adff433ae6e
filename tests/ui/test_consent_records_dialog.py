"""The consent records dialog (issue 7 Evidence: "a consent for the GP about mobility
limitations" and "a refused generic form"), in English source text.

Every name is fictional; the services get an injected clock (Monday 23 November 2026).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.consent_record import Decision
from app.domain.consent_terms import Direction, Method
from app.services.consent_requests import ConsentRequestService
from app.services.consents import ConsentService
from app.services.session import Session
from tests.app.test_consents import gp_terms
from tests.support.intake import Clock, informed_intake, intakes
from ui.views.papers.consent_request_dialog import ConsentRequestDialog
from ui.views.papers.launch import open_consents
from ui.views.sharing.consent_records_dialog import ConsentRecordsDialog

SHOTS = Path("test-output/sharing")
GP = "Huisartsenpraktijk Centrum Voorbeeldstad"
QUESTION = "Kan mevrouw zonder hulp tien minuten lopen?"


@dataclass
class Setup:
    consents: ConsentService
    requests: ConsentRequestService
    clock: Clock
    citizen_id: str
    intake_id: str


def setup(session: Session) -> Setup:
    clock = Clock()
    kit = intakes(session, clock)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    intake = kit.service.get(intake_id)
    assert intake is not None
    db, trail, profile = session.vault.db, session.trail, kit.service.profile
    return Setup(
        ConsentService(db, trail, profile, clock),
        ConsentRequestService(db, trail, profile, clock),
        clock,
        intake.citizen_id,
        intake_id,
    )


def accessible(dialog: QWidget) -> None:
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    found: list[QWidget] = []
    for kind in (QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QAbstractButton, QTreeWidget):
        found.extend(dialog.findChildren(kind))
    for widget in found:
        if not widget.isVisibleTo(dialog) or widget.parent() in buddies:
            continue
        named = widget in buddies or widget.accessibleName() or getattr(widget, "text", str)()
        assert named, widget.objectName()


def dispose(*dialogs: QWidget | None) -> None:
    """Close the dialogs this test opened (they delete themselves) and let Qt delete them,
    so no window outlives the test."""
    for dialog in dialogs:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def statuses(dialog: ConsentRecordsDialog) -> list[tuple[str, str, list[str]]]:
    """(organisation, status in words, event lines) per record as the tree shows them."""
    rows = []
    for i in range(dialog.records.topLevelItemCount()):
        item = dialog.records.topLevelItem(i)
        assert item is not None
        events = [item.child(j).text(0).split(" ", 2)[-1] for j in range(item.childCount())]  # type: ignore[union-attr]
        rows.append((item.text(0), item.text(1), events))
    return rows


def fill_form(qtbot: QtBot, form: ConsentRequestDialog, organisation: str, item: str) -> None:
    index = form.organisation.findText(organisation)
    if index >= 0:
        form.organisation.setCurrentIndex(index)
    else:
        form.organisation.setEditText(organisation)
    qtbot.keyClicks(form.items.entry, item)
    qtbot.keyClick(form.items.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(form.purpose, "Beoordelen welke hulp bij het lopen past")
    form.method.setCurrentIndex(form.method.findData(Method.MONDELING))
    for tick in (form.necessity, form.subsidiarity, form.proportionality, form.explained):
        tick.setChecked(True)


def test_r004_08_r004_09_walkthrough_consent_for_the_gp_about_mobility_then_withdrawn(
    qtbot: QtBot, session: Session
) -> None:
    s = setup(session)
    dialog = ConsentRecordsDialog(s.consents, s.requests, s.citizen_id, s.intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert statuses(dialog) == []
    assert not dialog.record_button.isEnabled()  # no form waits for a decision yet
    form = dialog.new_form()
    assert form is not None
    fill_form(qtbot, form, GP, QUESTION)
    assert form.role.text() == "huisarts"
    assert form.direction.currentData() == Direction.OPVRAGEN
    assert form.problems.text() == ""
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.count() == 1
    assert QUESTION in dialog.form.currentText()
    dialog.decision_method.setCurrentIndex(dialog.decision_method.findData(Method.MONDELING))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "own words" in dialog.problems.text()  # oral permit needs the attestation
    assert statuses(dialog) == []
    qtbot.keyClicks(dialog.attestation, "Mevrouw zei ja tegen deze ene vraag aan de huisarts.")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.text() == ""
    assert statuses(dialog) == [(f"obtain data from: {GP}", "valid", ["given"])]
    assert dialog.form.count() == 0
    (entry,) = s.consents.history(s.citizen_id)
    assert "mondeling" in entry.record.attestation
    # The next day the citizen phones to withdraw it.
    s.clock.value += timedelta(days=1)
    dialog.reload()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.by_whom.text() == "Fictief Voorbeeld"
    assert dialog.withdraw_method.currentData() == Method.MONDELING
    qtbot.keyClicks(dialog.withdraw_note, "Belde de balie.")
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.text() == ""
    ((_org, status, events),) = statuses(dialog)
    assert (status, events) == ("withdrawn", ["given", "withdrawn"])
    assert not dialog.withdraw_button.isEnabled()
    assert not dialog.renew_button.isEnabled()
    item = dialog.records.topLevelItem(0)
    assert item is not None
    assert item.child(1).text(2) == "oral (mondeling), Fictief Voorbeeld, Belde de balie."  # type: ignore[union-attr]
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "consent_records_dialog.png"))
    accessible(dialog)
    dispose(form)


def test_r000_25_r004_06_walkthrough_a_refused_generic_form_writes_nothing(
    qtbot: QtBot, session: Session
) -> None:
    s = setup(session)
    dialog = ConsentRecordsDialog(s.consents, s.requests, s.citizen_id, s.intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.new_form()
    assert form is not None
    fill_form(qtbot, form, "Woonstichting Voorbeeldstad", "alle gegevens")
    assert "too general" in form.problems.text()
    assert "alle gegevens" in form.problems.text()
    assert not form.save_button.isEnabled()
    form.save()  # even when forced, the service refuses
    assert "too general" in form.problems.text()
    assert form.items.values() == ("alle gegevens",)  # nothing lost on a refusal
    SHOTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SHOTS / "consent_form_refused_generic.png"))
    assert s.requests.list_for(s.intake_id) == []
    assert s.consents.history(s.citizen_id) == []
    assert dialog.form.count() == 0
    dispose(form)


def test_r004_09_renewal_and_error_refusals_show_their_plain_reason(
    qtbot: QtBot, session: Session
) -> None:
    s = setup(session)
    form = s.requests.create(s.intake_id, gp_terms(method=Method.SCHRIFTELIJK))
    s.consents.record_decision(form.id, Decision.PERMIT, Method.SCHRIFTELIJK)
    dialog = ConsentRecordsDialog(s.consents, s.requests, s.citizen_id, s.intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    dialog.renew_until.setDate(QDate(2028, 1, 31))
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    assert "within one year" in dialog.problems.text()
    dialog.renew_until.setDate(QDate(2027, 6, 30))
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    assert statuses(dialog)[0][1:] == ("valid", ["given", "renewed"])
    renewal = dialog.records.topLevelItem(0).child(1).text(2)  # type: ignore[union-attr]
    assert renewal == "Fictief Voorbeeld, until 30-06-2027"
    dialog.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.error_button, Qt.MouseButton.LeftButton)
    assert "Fill in the reason." in dialog.problems.text()
    qtbot.keyClicks(dialog.error_reason, "Verkeerde inwoner gekozen.")
    qtbot.mouseClick(dialog.error_button, Qt.MouseButton.LeftButton)
    assert statuses(dialog)[0][1] == "entered in error"
    assert not dialog.error_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "consent_records_dialog_error.png"))


def test_consents_open_from_the_citizen_file_without_a_conversation(
    qtbot: QtBot, session: Session
) -> None:
    s = setup(session)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_consents(parent, session, s.consents.profile, s.citizen_id)
    assert dialog.isVisible()
    assert not dialog.tabs.isTabEnabled(0)  # decisions belong to a conversation's forms
    assert dialog.new_form() is None
    dispose(dialog)


def test_network_step_and_citizen_file_have_a_consents_button(
    qtbot: QtBot, session: Session
) -> None:
    from PySide6.QtWidgets import QPushButton

    from ui.views.citizen_view import CitizenView
    from ui.views.intake.intake_view import IntakeView

    s = setup(session)
    profile = s.consents.profile
    view = IntakeView(session, profile, s.citizen_id, s.intake_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.go("information")
    assert not view.findChild(QPushButton, "request_records").isVisible()
    view.go("network")
    button = next(b for b in view.findChildren(QPushButton, "request_records") if b.isVisible())
    assert button.text() == "Consents…"
    button.click()
    (opened,) = view.findChildren(ConsentRecordsDialog)
    assert opened.intake_id == s.intake_id
    assert opened.tabs.isTabEnabled(0)
    dispose(opened)
    citizen = CitizenView(session, s.citizen_id, profile)
    qtbot.addWidget(citizen)
    consents = citizen.findChild(QPushButton, "consents")
    assert consents.text() == "C&onsents…"
    consents.click()
    (from_file,) = citizen.findChildren(ConsentRecordsDialog)
    assert from_file.intake_id is None
    dispose(from_file)
