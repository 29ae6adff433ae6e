"""Retention screens (issue 8): the list of due dossiers (nothing ticked, one confirmed
destruction for many, Later keeps them), the case system's confirmed receipt, the decision per
data block at closing, and the Retention… entry in the main window. English source text; every
name is fictional; the clock is injected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.closing import IntakeStatus
from app.domain.intake import IntakeMode
from app.domain.retention import Block, BlockDecision, Decision
from app.services.retention import RetentionService
from app.services.session import Session
from app.storage.repositories import citizen_in
from tests.support.intake import Clock, Intakes, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.main_window import MainWindow
from ui.views.retention.block_decisions import BlockDecisions
from ui.views.retention.due_dialog import DueDialog
from ui.views.retention.receipt_dialog import ReceiptDialog

SHOTS = Path("test-output/retention")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ARCHIVE = (
    BlockDecision(Block.DOSSIER, Decision.ARCHIVE),
    BlockDecision(Block.WERKDOSSIER, Decision.CONTRIBUTED),
    BlockDecision(Block.REGIE, Decision.DESTROY),
)
NAMES = ("Ria Schermbewaar", "Sem Schermbewaar", "Tom Schermbewaar")


def _kit(session: Session) -> tuple[Intakes, Clock, RetentionService]:
    clock = Clock(MONDAY)
    kit = intakes(session, now=clock)
    service = RetentionService(session.vault.db, session.trail, kit.service.profile, clock)
    return kit, clock, service


def _closed(kit: Intakes, service: RetentionService, name: str) -> str:
    intake_id = informed_intake(kit, None, mode=IntakeMode.CONTACT_ONLY, name=name)
    service.close_case(intake_id, IntakeStatus.COMPLETED, ARCHIVE)
    intake = kit.service.get(intake_id)
    assert intake is not None
    return intake.citizen_id


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_r000_40_due_list_nothing_ticked_one_confirmation_for_many(
    qtbot: QtBot, session: Session
) -> None:
    kit, clock, service = _kit(session)
    ids = [_closed(kit, service, name) for name in NAMES]
    for citizen in ids:
        service.confirm_handover(citizen, clock().date())
    clock.value += timedelta(days=31)
    dialog = DueDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.items.count() == 3
    assert dialog.ticked() == []  # the worker decides
    assert not dialog.destroy_button.isEnabled()
    assert dialog.state.text() == "3 dossier(s) due. 0 ticked for destruction."
    assert "Handed over: the local copy's period has ended" in dialog.items.item(0).text()
    assert unnamed_interactive_widgets() == []
    _shot(dialog, "due_dialog")
    dialog.items.setFocus()
    dialog.items.setCurrentRow(0)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)  # keyboard: Space ticks
    dialog.items.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.destroy_button.text() == "&Destroy selected (2)"
    dialog.destroy_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert "cannot be undone" in box.text()
    _shot(box, "due_confirm")
    box.button(QMessageBox.StandardButton.No).click()
    assert all(_exists(session, c) for c in ids)  # No: nothing destroyed
    dialog.destroy_button.click()
    box = dialog.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.message.text() == "2 dossier(s) destroyed."
    assert sum(_exists(session, c) for c in ids) == 1
    assert dialog.items.count() == 1
    assert dialog.state.text() == "1 dossier(s) due. 0 ticked for destruction."
    _shot(dialog, "due_dialog_after")
    dialog.later.click()  # Later keeps the rest for the next unlock
    assert len(service.due()) == 1


def test_r002_27_receipt_dialog_records_the_case_systems_confirmation(
    qtbot: QtBot, session: Session
) -> None:
    kit, clock, service = _kit(session)
    citizen = _closed(kit, service, NAMES[0])
    dialog = ReceiptDialog(service, citizen)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.received_on.maximumDate().toPython() == clock().date()  # never in the future
    assert "after 30 days" in dialog.findChildren(type(dialog.message))[0].text()
    assert unnamed_interactive_widgets() == []
    _shot(dialog, "receipt_dialog")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.dossiers == 1
    intake = kit.service.intakes_for(citizen)[0]
    assert intake.status == IntakeStatus.HANDED_OVER


def test_r001_24_block_decisions_nothing_chosen_beforehand(qtbot: QtBot, session: Session) -> None:
    kit, _clock, _service = _kit(session)
    retention = kit.service.profile.retention
    widget = BlockDecisions(retention)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.decisions() == ()
    assert not widget.years.isEnabled()
    regie = widget.choices[Block.REGIE]
    regie.setCurrentIndex(regie.findData(Decision.KEEP_YEARS))
    assert widget.years.isEnabled()
    assert widget.years.maximum() == retention.regie_max_years
    widget.years.setValue(2)
    assert widget.decisions() == (BlockDecision(Block.REGIE, Decision.KEEP_YEARS, 2),)
    assert unnamed_interactive_widgets() == []
    widget.resize(620, widget.sizeHint().height())
    _shot(widget, "block_decisions")


def test_retention_entry_in_the_main_window(qtbot: QtBot, session: Session) -> None:
    _kit(session)  # installs the demo profile
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.retention_action.text() == "Re&tention…"
    dialog = window.open_retention()
    assert dialog is not None
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.state.text() == "Nothing is due for destruction."
    dialog.later.click()


def _exists(session: Session, citizen_id: str) -> bool:
    return session.vault.db.run(lambda c: citizen_in(c, citizen_id)) is not None
