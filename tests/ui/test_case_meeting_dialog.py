"""The case-meeting dialog (issue 7, Evidence): a meeting where the citizen does not want debts
discussed with one participant; that participant is offered no financial item and its export
holds none, the other's may. English source text; every name is fictional; the clock is
injected (Monday 23 November 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QScrollArea
from pytestqt.qtbot import QtBot

from app.domain.case_meeting import Attendance
from app.domain.consent_record import ConsentRecord, Decision, integrity_hash
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.services.case_meetings import CaseMeetingService
from app.services.session import Session
from app.storage import consent_record_repository as consent_repo
from tests.support.intake import Clock, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.sharing.case_meeting_dialog import CaseMeetingDialog

SHOTS = Path("test-output/sharing")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SCHULDHULP = "Schuldhulp Fictief"
WOON = "Woonbegeleiding Fictief"


def _consent(session: Session, citizen_id: str, organisation: str, keys: tuple[str, ...]) -> None:
    made = ConsentRecord(
        f"c-{organisation}", citizen_id, None, None, None, 1, ConsentKind.AVG,
        Direction.VERSTREKKEN, "College van Voorbeeldstad", Party(organisation, "partner"), keys,
        "Afstemmen van hulp bij wonen en geld", None, "AVG art. 6 lid 1 sub a",
        "Fien Overlegscherm", GrantorCapacity.INWONER, Method.SCHRIFTELIJK, "", Decision.PERMIT,
        "2026.1", "nl", date(2026, 11, 1), date(2027, 1, 31),
        datetime(2026, 11, 1, 9, tzinfo=UTC), "w-x",
    )  # fmt: skip
    record = replace(made, integrity_hash=integrity_hash(made))
    session.vault.db.transaction(lambda c: consent_repo.insert_record(c, record))


def _keys(items: QListWidget) -> list[str]:
    return [str(items.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(items.count())]


def _tick(items: QListWidget, key: str) -> None:
    for i in range(items.count()):
        if items.item(i).data(Qt.ItemDataRole.UserRole) == key:
            items.item(i).setCheckState(Qt.CheckState.Checked)


def test_r003_06_r004_20_no_debts_with_one_participant_walkthrough(
    qtbot: QtBot, session: Session
) -> None:
    clock = Clock(MONDAY)
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit, type_id="meervoudig", name="Fien Overlegscherm")
    intake = kit.service.get(intake_id)
    assert intake is not None
    citizen_id = intake.citizen_id
    debts = kit.records.add_note(
        intake_id, "Achterstand bij de energieleverancier.", NoteKind.FACT, NoteSource.CITIZEN,
        date(2026, 11, 23), domain="financien",
    ).id  # fmt: skip
    house = kit.records.add_note(
        intake_id, "Woning is te klein voor het gezin.", NoteKind.FACT, NoteSource.CITIZEN,
        date(2026, 11, 23), domain="huisvesting",
    ).id  # fmt: skip
    _consent(session, citizen_id, SCHULDHULP, (f"note:{debts}",))
    _consent(session, citizen_id, WOON, (f"note:{debts}", f"note:{house}"))
    service = CaseMeetingService(session.vault.db, session.trail, kit.service.profile, clock)
    dialog = CaseMeetingDialog(service, citizen_id, intake_id)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.purpose, "Afspraken over wonen en geld")
    dialog.type.setCurrentIndex(1)  # ketenoverleg
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting_id is not None
    # a party without a ground is refused, nothing typed is lost
    qtbot.keyClicks(dialog.organisation, SCHULDHULP)
    qtbot.keyClicks(dialog.role, "schuldhulpverlener")
    qtbot.mouseClick(dialog.add_participant_button, Qt.MouseButton.LeftButton)
    assert dialog.participants.count() == 0
    assert dialog.organisation.text() == SCHULDHULP
    assert "task or legal ground" in dialog.message.text()
    qtbot.keyClicks(dialog.task_ground, "Wgs art. 3")
    qtbot.mouseClick(dialog.add_participant_button, Qt.MouseButton.LeftButton)
    for field, text in ((dialog.organisation, WOON), (dialog.role, "begeleider"),
                        (dialog.task_ground, "Wmo 2015 art. 2.3.2")):  # fmt: skip
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.add_participant_button, Qt.MouseButton.LeftButton)
    assert dialog.participants.count() == 2

    # not ready before the citizen was informed, attendance and limits
    qtbot.mouseClick(dialog.ready_button, Qt.MouseButton.LeftButton)
    assert "informed" in dialog.message.text()
    qtbot.keyClicks(dialog.informed_how, "telefonisch")
    dialog.attendance.setCurrentIndex(dialog.attendance.findData(Attendance.ATTEND))
    dialog.discussed.setChecked(True)
    qtbot.mouseClick(dialog.save_before_button, Qt.MouseButton.LeftButton)
    dialog.limit_party.setCurrentIndex(dialog.limit_party.findText(WOON))
    dialog.limit_domain.setCurrentIndex(dialog.limit_domain.findData("financien"))
    qtbot.keyClicks(dialog.limit_words, "geen schulden bespreken")
    qtbot.mouseClick(dialog.add_limit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.record_limits_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ready_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Ready for the meeting."

    # the housing counsellor is offered no financial item, nothing ticked beforehand
    dialog.agreement_party.setCurrentIndex(dialog.agreement_party.findText(WOON))
    assert f"note:{debts}" not in _keys(dialog.items)
    assert f"note:{house}" in _keys(dialog.items)
    assert dialog.chosen() == []
    qtbot.keyClicks(dialog.action, "Zoekt een passende woning")
    _tick(dialog.items, f"note:{house}")
    qtbot.mouseClick(dialog.agree_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Saved."
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "te klein" in dialog.export_text.toPlainText()
    assert "energieleverancier" not in dialog.export_text.toPlainText()
    # the debt counsellor may get it
    dialog.agreement_party.setCurrentIndex(dialog.agreement_party.findText(SCHULDHULP))
    assert f"note:{debts}" in _keys(dialog.items)
    qtbot.keyClicks(dialog.action, "Start schuldhulp")
    _tick(dialog.items, f"note:{debts}")
    qtbot.mouseClick(dialog.agree_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "energieleverancier" in dialog.export_text.toPlainText()
    assert "Fien Overlegscherm" not in dialog.export_text.toPlainText()  # pseudonymised
    assert unnamed_interactive_widgets() == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "case-meeting-dialog.png"))
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(dialog.export_text)
    dialog.grab().save(str(SHOTS / "case-meeting-agreements.png"))
