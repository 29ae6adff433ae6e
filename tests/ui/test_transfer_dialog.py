"""R-004-18 on screen: a hulpverlening note moves into the toeleiding only as a copy with the
care worker's written necessity judgement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from app.domain.intake import Acknowledgement, IntakeMode, NoteKind
from app.domain.notes import NoteSource
from app.domain.profile import Law, Role
from app.services.lookups import ManualLookups
from tests.support.intake import ALL_ITEMS, Clock, informed_intake, intakes
from ui.views.intake.transfer_dialog import TransferDialog

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "intake"


def test_r004_18_the_dialog_refuses_without_judgement_then_moves_a_copy(qtbot, session) -> None:
    kit = intakes(session, Clock())
    lookups = ManualLookups(kit.service)
    help_intake = informed_intake(kit, role=Role.HULPVERLENING)
    intake = kit.service.get(help_intake)
    assert intake is not None
    note = kit.records.add_note(
        help_intake, "Kan de trap niet meer op.", NoteKind.FACT, NoteSource.CITIZEN,
        date(2026, 11, 23),
    )  # fmt: skip
    target = kit.service.start_intake(
        intake.citizen_id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE
    ).id
    kit.service.record_handover(target, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED)
    dialog = TransferDialog(lookups, note.id, intake.citizen_id, "Hanna Hulp")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.count() == 1
    ok = dialog.findChild(QPushButton, "transfer_ok")
    assert ok is not None
    ok.click()
    assert "at least 20 characters" in dialog.message.text()
    assert kit.records.notes(target) == []

    dialog.judgement.setPlainText(
        "Het college heeft dit nodig om de woningaanpassing te kunnen beoordelen."
    )
    OUTPUT.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(OUTPUT / "transfer-to-toeleiding.png"))
    ok.click()

    assert dialog.moved is not None
    moved = kit.records.notes(target)
    assert [n.body for n in moved] == ["Kan de trap niet meer op."]
    transfer = lookups.transfer_into(moved[0].id)
    assert transfer is not None
    assert transfer.judged_by == "Hanna Hulp"
