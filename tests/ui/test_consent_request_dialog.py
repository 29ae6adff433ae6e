"""The consent-terms and GP-questions dialogs (issue 6 items 3 and 6), in English source text.

Every name is fictional; the vault clock is the test session's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.services.consent_requests import ConsentRequestService
from app.services.session import Session
from tests.support.intake import informed_intake, intakes
from ui.views.papers.consent_request_dialog import ConsentRequestDialog
from ui.views.papers.medical_request_dialog import MedicalRequestDialog

SHOTS = Path("test-output/casework")


def _service(session: Session) -> tuple[ConsentRequestService, str]:
    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Voorbeeld")
    service = ConsentRequestService(
        session.vault.db, session.trail, kit.service.profile, session.now
    )
    return service, intake_id


def _accessible(dialog: QWidget) -> None:
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    found: list[QWidget] = []
    for kind in (QLineEdit, QComboBox, QDateEdit, QAbstractButton):
        found.extend(dialog.findChildren(kind))
    for widget in found:
        if not widget.isVisibleTo(dialog) or widget.parent() in buddies:
            continue
        named = widget in buddies or widget.accessibleName() or getattr(widget, "text", str)()
        assert named, widget.objectName()


def _add(qtbot: QtBot, entry: QLineEdit, text: str) -> None:
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_r000_25_r003_16_consent_dialog_saves_only_complete_terms(
    qtbot: QtBot, session: Session
) -> None:
    service, intake_id = _service(session)
    dialog = ConsentRequestDialog(service, intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        "Ik kan het huis niet meer schoonhouden"
        in dialog.findChild(QLabel, "help_request_words").text()
    )
    assert not dialog.save_button.isEnabled()
    assert "Name at least one data item." in dialog.problems.text()
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Woonstichting Voorbeeldstad"))
    assert dialog.role.text() == "woningcorporatie"
    _add(qtbot, dialog.items.entry, "Of de woning een traplift kan krijgen")
    qtbot.keyClicks(dialog.purpose, "De aanvraag voor een woningaanpassing beoordelen")
    for tick in (dialog.necessity, dialog.subsidiarity, dialog.proportionality):
        tick.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert "exceptions included" in dialog.problems.text()  # R-003-16: toelichting gegeven
    dialog.explained.setChecked(True)
    assert dialog.problems.text() == ""
    assert dialog.save_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "consent_request_dialog.png"))
    _accessible(dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.request_id == saved.args[0]
    stored = service.list_for(intake_id)
    assert [s.id for s in stored] == [dialog.request_id]
    assert stored[0].terms.items == ("Of de woning een traplift kan krijgen",)


def test_r001_10_generic_recipient_typed_is_shown_and_blocks_save(
    qtbot: QtBot, session: Session
) -> None:
    service, intake_id = _service(session)
    dialog = ConsentRequestDialog(service, intake_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.organisation.lineEdit(), "Alle instanties")
    _add(qtbot, dialog.items.entry, "alle gegevens")
    assert "too general" in dialog.problems.text()
    assert "alle instanties" in dialog.problems.text()
    assert not dialog.save_button.isEnabled()
    dialog.items.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.items.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.items.values() == ()
    dialog.save()  # refused by the service too: nothing written
    assert service.list_for(intake_id) == []


def test_r000_22_gp_dialog_needs_specific_questions(qtbot: QtBot, session: Session) -> None:
    service, intake_id = _service(session)
    dialog = MedicalRequestDialog(service, intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.adviser.text() == "Medisch adviseur gemeente Voorbeeldstad"
    dialog.practice.setCurrentIndex(1)
    qtbot.keyClicks(dialog.professional, "Dokter F. Fictief")
    _add(qtbot, dialog.questions.entry, "Graag een kopie van het dossier?")
    assert "copy of the file" in dialog.problems.text()
    dialog.questions.list.setCurrentRow(0)
    dialog.questions.remove()
    _add(qtbot, dialog.questions.entry, "Kan mevrouw zelf een trap op lopen?")
    qtbot.keyClicks(dialog.purpose, "Beoordelen of een traplift nodig is")
    dialog.known.setPlainText("De diagnose is bekend.")
    assert "without medical words" in dialog.problems.text()
    dialog.known.setPlainText("Mevrouw komt de trap niet meer op.")
    dialog.explained.setChecked(True)
    assert dialog.problems.text() == ""
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "medical_request_dialog.png"))
    _accessible(dialog)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [m.id for m in service.medical_for(intake_id)] == [dialog.request_id]
