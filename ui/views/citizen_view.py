"""One citizen: case number, notes, and a note editor whose text survives a lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import Note, ValidationError
from app.domain.profile import AgencyProfile
from app.formatting import format_date, format_datetime
from app.services.bundles.export import BundleService
from app.services.case_meetings import CaseMeetingService
from app.services.herindicatie import HerindicatieService
from app.services.intake import IntakeService
from app.services.profiles import installed_profile
from app.services.representation import RepresentationService
from app.services.retention import RetentionService
from app.services.rights import RightsService
from app.services.session import Session
from app.storage.errors import VaultError
from ui.appearance import scaled_font
from ui.drafts import DraftAutosaver
from ui.focus_order import chain, forward_focus
from ui.views.casework.household_panel import HouseholdPanel
from ui.views.casework.refusals_panel import RefusalsPanel
from ui.views.casework.representatives_panel import RepresentativesPanel
from ui.views.papers.launch import open_citizen_papers, open_consents, paper_service
from ui.views.retention.receipt_dialog import ReceiptDialog
from ui.views.rights.rights_dialog import RightsDialog
from ui.views.sharing.bundle_dialog import open_bundle_dialog
from ui.views.sharing.case_meeting_dialog import open_case_meeting
from ui.views.sharing.disclosure_log import open_disclosures

NEW_NOTE = "note"
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole


class CitizenView(QWidget):
    """Emits ``back_requested`` to return home."""

    back_requested = Signal()
    intake_requested = Signal(str, str)  # citizen id, intake id ("" for a new conversation)

    def __init__(
        self,
        session: Session,
        citizen_id: str,
        profile: AgencyProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.citizen_id = citizen_id
        self.view_key = f"citizen:{citizen_id}"
        self._editing: str | None = None
        self.confirm_box: QMessageBox | None = None
        citizen, notes = session.caseload.open_citizen(citizen_id)
        self.header = QLabel()
        self.header.setFont(scaled_font(1.3, bold=True))
        born = format_date(citizen.date_of_birth) if citizen.date_of_birth else self.tr("unknown")
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # a name like "<b>x" stays as typed
        self.header.setText(citizen.name)
        self.details = QLabel(
            self.tr("Case {number} · born {born}").format(number=citizen.case_number, born=born)
        )
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(self.tr("Notes"))
        self.notes_list.setAccessibleDescription(self.tr("Enter opens the note to edit it."))
        self.notes_list.itemActivated.connect(self._edit_item)
        notes_label = QLabel(self.tr("N&otes:"))
        notes_label.setBuddy(self.notes_list)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setTabChangesFocus(True)
        editor_label = QLabel(self.tr("&Write a note:"))
        editor_label.setBuddy(self.editor)
        self.save_button = QPushButton(self.tr("&Save note"))
        self.save_button.clicked.connect(self.save_note)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.clicked.connect(self._new_note)
        self.delete_button = QPushButton(self.tr("&Delete selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.intake_button = QPushButton(self.tr("New &kitchen-table conversation"))
        self.intake_button.setObjectName("new_intake")
        self.intake_button.clicked.connect(lambda: self.intake_requested.emit(citizen_id, ""))
        self.intakes_list = QListWidget()
        self.intakes_list.setObjectName("intake_list")
        self.intakes_list.setAccessibleName(self.tr("Conversations"))
        self.intakes_list.setAccessibleDescription(self.tr("Enter opens the conversation."))
        self.intakes_list.setMaximumHeight(90)
        self.intakes_list.itemActivated.connect(
            lambda item: self.intake_requested.emit(citizen_id, str(item.data(NOTE_ID_ROLE)))
        )
        self.herindicatie_button = QPushButton(
            self.tr("&Herindicatie (new intake from this dossier)")
        )
        self.herindicatie_button.setObjectName("herindicatie")
        self.herindicatie_button.setToolTip(
            self.tr("A new conversation in the dossier of the selected conversation; ask again.")
        )
        self.herindicatie_button.clicked.connect(self.start_herindicatie)
        self.inzage_button = QPushButton(self.tr("&Inzage overview (all we hold)…"))
        self.inzage_button.setObjectName("inzage_overview")
        self.inzage_button.setToolTip(
            self.tr("Everything held about this citizen on paper, for an access request.")
        )
        self.inzage_button.clicked.connect(
            lambda: open_citizen_papers(self, session, profile, citizen_id) if profile else None
        )
        self.consents_button = QPushButton(self.tr("C&onsents…"))
        self.consents_button.setObjectName("consents")
        self.consents_button.setToolTip(self.tr("The citizen's consents and their history."))
        self.consents_button.clicked.connect(
            lambda: open_consents(self, session, profile, citizen_id) if profile else None
        )
        self.disclosures_button = QPushButton(self.tr("Disc&losures…"))
        self.disclosures_button.setObjectName("disclosures")
        self.disclosures_button.setToolTip(
            self.tr("Every share with a third party, oral ones too, and requests from others.")
        )
        self.disclosures_button.clicked.connect(
            lambda: open_disclosures(self, session, profile, citizen_id) if profile else None
        )
        self.bundle_button = QPushButton(self.tr("Hand &over (encrypted bundle)…"))
        self.bundle_button.setObjectName("hand_over_bundle")
        self.bundle_button.setToolTip(
            self.tr("One citizen, encrypted to the case system or a colleague on the roster.")
        )
        self.bundle_button.clicked.connect(
            lambda: open_bundle_dialog(
                self, BundleService(session.vault.db, session.trail, profile, session.now),
                citizen_id,
            ) if profile else None
        )  # fmt: skip
        self.receipt_button = QPushButton(self.tr("Case s&ystem confirmed receipt…"))
        self.receipt_button.setObjectName("confirm_receipt")
        self.receipt_button.setToolTip(
            self.tr("The local copy is then destroyed after the agency's period (retention).")
        )
        self.receipt_button.clicked.connect(lambda: self.open_receipt())
        self.rights_button = QPushButton(self.tr("Ri&ghts requests…"))
        self.rights_button.setObjectName("rights_requests")
        self.rights_button.setToolTip(
            self.tr("Inzage, correction, deletion, restriction or objection, with due dates.")
        )
        self.rights_button.clicked.connect(lambda: self.open_rights())
        self.meeting_button = QPushButton(self.tr("Case &meeting…"))
        self.meeting_button.setObjectName("case_meeting")
        self.meeting_button.setToolTip(
            self.tr("A casusoverleg or ketenoverleg: participants, limits and agreements.")
        )
        self.meeting_button.clicked.connect(
            lambda: open_case_meeting(
                self, CaseMeetingService(session.vault.db, session.trail, profile, session.now),
                citizen_id,
            ) if profile else None
        )  # fmt: skip
        if profile is None:  # hide() only: show() before it has a parent opens a window
            self.meeting_button.hide()
            self.inzage_button.hide()
            self.consents_button.hide()
            self.disclosures_button.hide()
            self.bundle_button.hide()
            self.receipt_button.hide()
            self.rights_button.hide()
        self.household = HouseholdPanel(session, citizen_id)
        self.back_button = QPushButton(self.tr("&Back to overview"))
        self.back_button.clicked.connect(self.back_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_note).setWhatsThis(
            self.tr("Save the note")  # listed on F1
        )
        buttons = QHBoxLayout()
        for button in (self.save_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        conversations = QHBoxLayout()
        conversations.addWidget(self.intakes_list, 1, Qt.AlignmentFlag.AlignTop)
        conversation_buttons = QVBoxLayout()
        conversation_buttons.addWidget(self.intake_button)
        conversation_buttons.addWidget(self.herindicatie_button)
        conversation_buttons.addWidget(self.inzage_button)
        conversation_buttons.addWidget(self.meeting_button)
        conversation_buttons.addWidget(self.consents_button)
        conversation_buttons.addWidget(self.disclosures_button)
        conversation_buttons.addWidget(self.bundle_button)
        conversation_buttons.addWidget(self.receipt_button)
        conversation_buttons.addWidget(self.rights_button)
        conversation_buttons.addStretch(1)
        conversations.addLayout(conversation_buttons)
        layout.addLayout(conversations)
        chain(self.intakes_list, self.intake_button, self.herindicatie_button)  # as on screen
        chain(self.inzage_button, self.meeting_button, self.consents_button)
        notes_tab = QWidget()
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.addWidget(notes_label)
        notes_layout.addWidget(self.notes_list, 1)
        notes_layout.addWidget(editor_label)
        notes_layout.addWidget(self.editor, 1)
        notes_layout.addLayout(buttons)
        self.sections = QTabWidget()
        self.sections.setObjectName("citizen_sections")
        self.sections.setAccessibleName(self.tr("Parts of the file"))
        self.sections.addTab(notes_tab, self.tr("Notes"))
        self.sections.addTab(self.household, self.tr("Household"))
        if profile is not None:
            service = RepresentationService(session.vault.db, session.trail, profile, session.now)
            self.representatives = RepresentativesPanel(service, citizen_id)
            self.refusals = RefusalsPanel(service, citizen_id)
            self.sections.addTab(self.representatives, self.tr("Representatives"))
            self.sections.addTab(self.refusals, self.tr("Refusals and escalation"))
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.message)
        self.autosaver = DraftAutosaver(
            self.editor, session.drafts, self.view_key, NEW_NOTE, self._show_error
        )
        self._show_notes(notes)
        self.autosaver.restore()
        forward_focus(self, self.editor)  # not a focus proxy: Tab must pass it

    def show_intakes(self, intakes: list[tuple[str, str]]) -> None:
        """(intake id, line) per conversation, newest first; Enter opens one."""
        self.intakes_list.clear()
        for intake_id, line in intakes:
            item = QListWidgetItem(line)
            item.setData(NOTE_ID_ROLE, intake_id)
            self.intakes_list.addItem(item)
        self.intakes_list.setVisible(bool(intakes))
        self.herindicatie_button.setVisible(bool(intakes))

    def open_receipt(self) -> ReceiptDialog | None:
        """Record that the case system confirmed receipt (retention, R-002-27); window-modal,
        not blocking."""
        verified = installed_profile(self._session)
        if verified is None:
            return None
        s = self._session
        service = RetentionService(s.vault.db, s.trail, verified.profile, s.now)
        dialog = ReceiptDialog(service, self.citizen_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(
            lambda: self.message.setText(
                self.tr("Receipt recorded; the local copy is proposed for destruction later.")
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_rights(self) -> RightsDialog | None:
        """The citizen's rights requests (R-002-26); after an erasure this window closes."""
        verified = installed_profile(self._session)
        if verified is None:
            return None
        s, profile = self._session, verified.profile
        service = RightsService(s.vault.db, s.trail, profile, s.now)
        dialog = RightsDialog(service, paper_service(s, profile), self.citizen_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.dossier_erased.connect(lambda _id: self.back_requested.emit())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_herindicatie(self) -> None:
        """A new intake in the dossier of the selected conversation (same law and role)."""
        row = self.intakes_list.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select the earlier conversation first."))
            return
        item = self.intakes_list.item(row)
        verified = installed_profile(self._session)
        if verified is None:
            self.message.setText(self.tr("No agency profile is installed."))
            return
        session = self._session
        intakes = IntakeService(session.vault.db, session.trail, verified.profile, session.now)
        try:
            intake = HerindicatieService(intakes).start_after(str(item.data(NOTE_ID_ROLE)))
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.intake_requested.emit(self.citizen_id, intake.id)

    def _show_error(self, exc: Exception) -> None:
        self.message.setText(str(exc))

    def _show_notes(self, notes: list[Note]) -> None:
        self.notes_list.clear()
        for note in notes:
            first_line = note.body.splitlines()[0] if note.body else ""
            item = QListWidgetItem(f"{format_datetime(note.created_at, 'short')} — {first_line}")
            item.setData(NOTE_ID_ROLE, note.id)
            self.notes_list.addItem(item)

    def _reload(self) -> None:
        _, notes = self._session.caseload.open_citizen(self.citizen_id)
        self._show_notes(notes)

    def _edit_item(self, item: QListWidgetItem) -> None:
        note_id = str(item.data(NOTE_ID_ROLE))
        _, notes = self._session.caseload.open_citizen(self.citizen_id)
        note = next((n for n in notes if n.id == note_id), None)
        if note is None:
            return
        self.autosaver.retarget(f"note:{note_id}")
        self._editing = note_id
        if not self.autosaver.restore():
            self.autosaver.set_text(note.body)
        self.save_button.setText(self.tr("&Save changes"))
        self.editor.setFocus()

    def _new_note(self) -> None:
        self.autosaver.retarget(NEW_NOTE)
        self._editing = None
        if not self.autosaver.restore():
            self.autosaver.set_text("")
        self.save_button.setText(self.tr("&Save note"))
        self.editor.setFocus()

    def save_note(self) -> None:
        try:
            if self._editing:
                self._session.caseload.edit_note(self._editing, self.editor.toPlainText())
            else:
                self._session.caseload.add_note(self.citizen_id, self.editor.toPlainText())
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))  # the text stays in the editor
            return
        self.autosaver.discard()
        self.message.setText(self.tr("Saved."))
        self._reload()
        self._new_note()

    def delete_selected(self) -> None:
        """Ask first, in a box that does not block: a lock may delete it while it is open.

        (A static ``QMessageBox.question`` lives on the stack; deleting its parent at a lock
        would free it twice and abort the process.)
        """
        row = self.notes_list.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select a note first."))
            return
        note_id = str(self.notes_list.item(row).data(NOTE_ID_ROLE))
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete note"),
            self.tr("Delete the selected note? It cannot be brought back."),
            yes | no,
            self,
        )
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(
            lambda _result: self._delete_answered(
                note_id, box.standardButton(box.clickedButton()) == yes
            )
        )
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _delete_answered(self, note_id: str, confirmed: bool) -> None:
        self.confirm_box = None
        if not confirmed:
            return
        try:
            self._session.caseload.delete_note(note_id)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        if self._editing == note_id:  # its unsaved edits go with it, not into a stray draft
            self.autosaver.discard()
            self._editing = None
        self._session.drafts.discard(self.view_key, f"note:{note_id}")
        self.message.setText(self.tr("Note deleted."))
        self._reload()
        self._new_note()

    def restore_focus(self, field_key: str) -> None:
        """After unlock: back in the field that was being typed in."""
        if field_key.startswith("note:"):
            for row in range(self.notes_list.count()):
                item = self.notes_list.item(row)
                if f"note:{item.data(NOTE_ID_ROLE)}" == field_key:
                    self._edit_item(item)
                    return
        self.editor.setFocus()

    def flush_drafts(self) -> None:
        self.autosaver.flush()
