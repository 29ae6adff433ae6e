"""The disclosure screens (issue 7): record a share with nothing ticked and no ground chosen,
the log with corrections as new entries, and third-party requests discussed first. English
source text; every name is fictional; the clock is injected (Monday 23 November 2026)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    Decision,
    EventKind,
    integrity_hash,
)
from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.domain.disclosure import Channel, DisclosureDraft, ExceptionReason, GroundKind, SharedItem
from app.domain.intake import NoteKind
from app.domain.notes import NoteSource
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureService
from app.services.tasks import TaskService
from app.storage import consent_record_repository as consent_repo
from tests.support.intake import Clock, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.sharing.disclosure_dialog import DisclosureDialog
from ui.views.sharing.disclosure_log import DisclosureLog

SHOTS = Path("test-output/sharing")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
GP = "Huisartsenpraktijk Centrum Voorbeeldstad"
THUISZORG = "Thuiszorg Voorbeeld B.V. (gecontracteerde aanbieder)"
NAMED_ITEM = "Beperkingen bij het lopen"


class Kit:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.clock = Clock(MONDAY)
        kit = intakes(session, now=self.clock)
        self.intake_id = informed_intake(kit, name="Fien Schermvoorbeeld")
        intake = kit.service.get(self.intake_id)
        assert intake is not None
        self.citizen_id = intake.citizen_id
        self.limitation = kit.records.add_limitation(
            self.intake_id, "lichamelijke_gezondheid", "Kan niet lang staan.", "inwoner"
        )
        kit.records.add_note(
            self.intake_id,
            "Stofzuigen lukt niet meer.",
            NoteKind.FACT,
            NoteSource.CITIZEN,
            date(2026, 11, 23),
            domain="instrumentele_adl",
        )
        db, trail = session.vault.db, session.trail
        self.service = DisclosureService(db, trail, kit.service.profile, self.clock)
        self.tasks = TaskService(db, trail, self.clock)

    def dialog(self, qtbot: QtBot, **more: object) -> DisclosureDialog:
        dialog = DisclosureDialog(None, self.service, self.citizen_id, self.intake_id, **more)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    def consent(self) -> ConsentRecord:
        made = ConsentRecord(
            "c-gp", self.citizen_id, self.intake_id, None, None, 1, ConsentKind.AVG,
            Direction.VERSTREKKEN, "College van Voorbeeldstad", Party(GP, "huisarts"),
            (NAMED_ITEM,), "Afstemmen welke hulp bij het lopen past", None,
            "AVG art. 6 lid 1 sub a", "Fien Schermvoorbeeld", GrantorCapacity.INWONER,
            Method.SCHRIFTELIJK, "", Decision.PERMIT, "2026.1", "nl", date(2026, 11, 1),
            date(2027, 1, 31), datetime(2026, 11, 1, 9, tzinfo=UTC), "w-anna",
        )  # fmt: skip
        record = replace(made, integrity_hash=integrity_hash(made))
        self.session.vault.db.transaction(lambda c: consent_repo.insert_record(c, record))
        return record

    def withdraw(self, at: datetime) -> None:
        event = ConsentEvent(
            "c-gp", 1, EventKind.WITHDRAWN, at, "mondeling", "de inwoner", None, "", "w-anna"
        )
        self.session.vault.db.transaction(lambda c: consent_repo.append_event(c, event))


@pytest.fixture
def kit(session: Session) -> Kit:
    return Kit(session)


def tick(dialog: DisclosureDialog, key_start: str) -> int:
    index = next(i for i, r in enumerate(dialog.items.rows) if r.item.key.startswith(key_start))
    dialog.items.rows[index].tick.setChecked(True)
    return index


def choose_recipient(dialog: DisclosureDialog, name: str) -> None:
    index = dialog.organisation.findText(name)
    if index >= 0:
        dialog.organisation.setCurrentIndex(index)
    else:
        dialog.organisation.setEditText(name)


def test_r003_03_r002_18_r004_27_nothing_ticked_no_ground_and_no_vitaal_belang_default(
    qtbot: QtBot, kit: Kit
) -> None:
    dialog = kit.dialog(qtbot)
    rows = dialog.items.rows
    assert rows
    assert not any(r.tick.isChecked() for r in rows)
    assert dialog.items.chosen() == ()
    kinds = [r.item.info.value for r in rows]
    assert kinds == sorted(kinds)  # R-002-18: every dat item before any wat item
    assert kinds[0] == "dat"
    assert dialog.findChild(object, "heading_dat") is not None
    special = next(r for r in rows if r.item.key.startswith("limitation:"))
    assert "health data, needs its own ground" in special.tick.text()  # in words
    assert special.ground is not None
    assert not special.ground.isEnabled()
    special.tick.setChecked(True)
    assert special.ground.isEnabled()
    special.tick.setChecked(False)
    assert dialog.ground_fields.grounds.checkedButton() is None  # no ground chosen for the worker
    assert (
        dialog.ground_fields.reason.currentData() is None
    )  # R-004-27: vitaal belang never a default
    assert dialog.ground_fields.reason.findData(ExceptionReason.VITAAL_BELANG) > 0
    assert "Choose the ground" in dialog.problems.text()
    assert not dialog.save_button.isEnabled()
    assert unnamed_interactive_widgets() == []


def test_r004_27_vitaal_belang_needs_a_written_justification_in_the_dialog(
    qtbot: QtBot, kit: Kit
) -> None:
    dialog = kit.dialog(qtbot)
    choose_recipient(dialog, "Ambulancedienst Voorbeeldregio")
    dialog.ground_fields.exception_radio.setChecked(True)
    dialog.ground_fields.reason.setCurrentIndex(
        dialog.ground_fields.reason.findData(ExceptionReason.VITAAL_BELANG)
    )
    assert dialog.ground_fields.exception_ground.text().startswith(
        "AVG art. 6 lid 1 sub d"
    )  # suggested
    tick(dialog, "dat:contact")
    qtbot.keyClicks(dialog.purpose, "Hulp bij een noodgeval")
    qtbot.keyClicks(dialog.ground_fields.minimum_data, "Naam en adres")
    dialog.ground_fields.told.setChecked(True)
    assert "justification for this case" in dialog.problems.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.ground_fields.justification, "Bewusteloos aangetroffen")
    assert dialog.problems.text() == ""
    assert dialog.save_button.isEnabled()


def test_r003_04_statutory_share_of_dat_to_thuiszorg_appears_in_the_log(
    qtbot: QtBot, kit: Kit
) -> None:
    log = DisclosureLog(None, kit.service, kit.citizen_id, kit.intake_id)
    qtbot.addWidget(log)
    log.show()
    assert log.log.rowCount() == 0
    dialog = log.record()
    choose_recipient(dialog, THUISZORG)
    assert dialog.role.text() == "aanbieder"
    qtbot.mouseClick(dialog.ground_fields.statutory_radio, Qt.MouseButton.LeftButton)
    assert dialog.ground_fields.statutory_ground.text() == "Wmo 2015 art. 5.2.1"
    tick(dialog, "dat:contact")
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.TELEFONISCH))
    qtbot.keyClicks(dialog.purpose, "Start van de huishoudelijke hulp afstemmen")
    assert dialog.problems.text() == ""
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)
    dialog.grab().save(str(SHOTS / "disclosure-dialog.png"))
    with qtbot.waitSignal(dialog.recorded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert log.log.rowCount() == 1
    cells = [log.log.item(0, c).text() for c in range(log.log.columnCount())]
    assert cells[1] == f"{THUISZORG} (aanbieder)"
    assert cells[2] == "That there is contact"
    assert cells[4] == "statutory provision (Wmo 2015 art. 5.2.1)"
    assert (cells[5], cells[6]) == ("by telephone", "dat")
    log.grab().save(str(SHOTS / "disclosure-log.png"))


def test_r000_27_consent_share_for_the_gp_refused_after_withdrawal_keeps_the_fields(
    qtbot: QtBot, kit: Kit
) -> None:
    kit.consent()
    dialog = kit.dialog(qtbot)
    choose_recipient(dialog, GP)
    dialog.ground_fields.consent_radio.setChecked(True)
    assert dialog.consent.count() == 2  # "any valid consent" and the GP's, valid
    assert dialog.consent.itemText(1).startswith("valid until 31-01-2027: " + GP)
    dialog.consent.setCurrentIndex(1)
    row = dialog.items.rows[tick(dialog, "limitation:")]
    assert "No valid consent covers" in dialog.problems.text()  # not under its own label
    assert row.under.isVisible()
    row.under.setCurrentIndex(row.under.findData(NAMED_ITEM))
    assert row.ground is not None
    qtbot.keyClicks(row.ground, "Toestemming van mevrouw")
    qtbot.keyClicks(dialog.purpose, "Afstemmen welke hulp bij het lopen past")
    assert dialog.problems.text() == ""
    assert dialog.save_button.isEnabled()
    kit.withdraw(MONDAY - timedelta(minutes=5))  # withdrawn while the dialog was open
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "No valid consent covers" in dialog.problems.text()
    assert dialog.isVisible()
    assert dialog.disclosure_id is None
    assert dialog.purpose.text() == "Afstemmen welke hulp bij het lopen past"  # nothing lost
    assert row.tick.isChecked()
    assert row.ground.text() == "Toestemming van mevrouw"
    assert kit.service.for_citizen(kit.citizen_id) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)
    dialog.grab().save(str(SHOTS / "disclosure-consent-refused.png"))
    dialog._load_consents()  # the list now holds only valid consents: none
    assert dialog.consent.count() == 1


def test_r000_29_exception_with_postponed_telling_creates_the_review_task(
    qtbot: QtBot, kit: Kit
) -> None:
    dialog = kit.dialog(qtbot)
    choose_recipient(dialog, "Veilig Thuis Voorbeeldregio")
    qtbot.keyClicks(dialog.role, "Veilig Thuis")
    dialog.ground_fields.exception_radio.setChecked(True)
    dialog.ground_fields.reason.setCurrentIndex(
        dialog.ground_fields.reason.findData(ExceptionReason.VEILIG_THUIS)
    )
    tick(dialog, "dat:contact")
    qtbot.keyClicks(dialog.purpose, "Melding over de veiligheid van een kind")
    dialog.ground_fields.minimum_data.setText("Naam, adres en de zorg in een zin")
    dialog.ground_fields.postponed.setChecked(True)
    qtbot.keyClicks(dialog.ground_fields.postpone_reason, "Vertellen brengt het kind in gevaar")
    assert "second named person" in dialog.problems.text()
    qtbot.keyClicks(
        dialog.ground_fields.justification, "Acuut gevaar; overlegd met aandachtsfunctionaris"
    )
    qtbot.keyClicks(dialog.ground_fields.second_person, "Bram Proefmans")
    assert dialog.problems.text() == ""
    qtbot.wait(20)  # let the layout settle before the screenshot
    dialog.grab().save(str(SHOTS / "disclosure-exception.png"))
    with qtbot.waitSignal(dialog.recorded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entry = kit.service.for_citizen(kit.citizen_id)[0]
    assert entry.id == dialog.disclosure_id
    assert entry.draft.postponed
    review = [
        t for t in kit.tasks.for_citizen(kit.citizen_id) if t.kind == "review_postponed_telling"
    ]
    assert [(t.object_id, t.due_on) for t in review] == [(entry.id, date(2026, 12, 7))]


def test_r003_04_a_correction_is_a_new_row_and_the_first_stays(qtbot: QtBot, kit: Kit) -> None:
    contact = next(i for i in kit.service.catalogue(kit.citizen_id) if i.key == "dat:contact")
    first = kit.service.record(
        DisclosureDraft(
            kit.citizen_id, MONDAY - timedelta(days=1), THUISZORG, (SharedItem.of(contact),),
            "Start van de hulp", GroundKind.WETTELIJK, Channel.MONDELING, kit.intake_id,
            role="aanbieder", statutory_recipient_id="aanbieder-thuiszorg",
        )
    )  # fmt: skip
    log = DisclosureLog(None, kit.service, kit.citizen_id)
    qtbot.addWidget(log)
    log.show()
    assert not log.correct_button.isEnabled()
    log.log.selectRow(0)
    dialog = log.correct()
    assert dialog is not None
    assert dialog.organisation.currentText() == THUISZORG
    assert dialog.purpose.text() == "Start van de hulp"
    assert dialog.items.chosen() == ()  # ticked again on purpose (R-003-03)
    dialog.purpose.setText("Start van de huishoudelijke hulp")
    dialog.ground_fields.statutory_radio.setChecked(True)
    dialog.ground_fields.statutory.setCurrentIndex(
        dialog.ground_fields.statutory.findData("aanbieder-thuiszorg")
    )
    tick(dialog, "dat:contact")
    with qtbot.waitSignal(dialog.recorded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entries = kit.service.for_citizen(kit.citizen_id)
    assert [e.id for e in entries] == [first.id, dialog.disclosure_id]
    assert entries[0].draft.purpose == "Start van de hulp"
    assert log.log.rowCount() == 2
    assert log.log.item(0, 7).text() == "Corrected by a later entry"
    assert log.log.item(1, 7).text() == "Corrects the entry of 22-11-2026 " + (
        entries[0].draft.at.astimezone().strftime("%H:%M")
    )


def test_r000_28_a_request_is_logged_and_discussed_before_it_is_answered(
    qtbot: QtBot, kit: Kit
) -> None:
    log = DisclosureLog(None, kit.service, kit.citizen_id, kit.intake_id)
    qtbot.addWidget(log)
    log.show()
    asking = log.log_request()
    asking.organisation.setCurrentIndex(asking.organisation.findText(GP))
    assert asking.role.text() == "huisarts"
    asking.save()
    assert "Write down what was asked." in asking.problems.text()  # nothing lost, still open
    qtbot.keyClicks(asking.asked, "Is mevrouw bij jullie bekend?")
    assert asking.save()
    assert log.request_table.rowCount() == 1
    assert "not yet" in log.request_table.item(0, 3).text()
    log.request_table.selectRow(0)
    assert log.discussed_button.isEnabled()
    assert not log.answer_button.isEnabled()
    talk = log.discussed()
    assert talk is not None
    qtbot.keyClicks(talk.how, "Aan tafel besproken; mevrouw vindt het goed")
    assert talk.save()
    log.request_table.selectRow(0)
    assert log.answer_button.isEnabled()
    answer = log.answer()
    assert answer is not None
    assert answer.organisation.currentText() == GP
    assert "Is mevrouw bij jullie bekend?" in answer.context.text()
    answer.ground_fields.consent_radio.setChecked(True)
    draft = answer.draft()
    assert draft is not None
    assert draft.third_party_request_id == log.requests[0].id


def dispose(dialog: DisclosureLog) -> None:
    """Close a log this test opened (it deletes itself) and let Qt delete it now."""
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_r003_04_network_step_and_citizen_file_open_the_disclosure_log(
    qtbot: QtBot, kit: Kit
) -> None:
    from PySide6.QtWidgets import QPushButton

    from ui.views.citizen_view import CitizenView
    from ui.views.intake.intake_view import IntakeView

    profile = kit.service.profile
    view = IntakeView(kit.session, profile, kit.citizen_id, kit.intake_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.go("information")
    assert not view.findChild(QPushButton, "request_disclosures").isVisible()
    view.go("network")
    buttons = view.findChildren(QPushButton, "request_disclosures")
    button = next(b for b in buttons if b.isVisible())
    assert button.text() == "Disclosures…"
    button.click()
    (opened,) = view.findChildren(DisclosureLog)
    assert opened.intake_id == kit.intake_id
    dispose(opened)
    citizen = CitizenView(kit.session, kit.citizen_id, profile)
    qtbot.addWidget(citizen)
    citizen.findChild(QPushButton, "disclosures").click()
    (from_file,) = citizen.findChildren(DisclosureLog)
    assert from_file.citizen_id == kit.citizen_id
    assert from_file.intake_id is None
    dispose(from_file)
