"""What may be recorded in an open domain: notes (kind, source, compartment), a limitation
(never a diagnosis) and an optional ZRM score with its basis. Closed domains show nothing here.

Text that matches the agency's medical word list gets an inline warning with a suggestion to
describe the limitation; the worker may rephrase or keep the wording deliberately (R-000-20).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.intake import Compartment, NoteKind
from app.domain.notes import MedicalWordWarning, NoteSource
from app.domain.zrm import LEVELS, score_label
from ui.drafts import DraftAutosaver
from ui.models.text_rows_model import TextRowsModel
from ui.views.intake.context import IntakeContext, labelled_form, message_label, named
from ui.views.intake.transfer_dialog import TransferDialog


class DomainContent(QWidget):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.domain: str | None = None
        self.editing: str | None = None
        self.notes = named(QListView(), "content_notes")  # a model: 200 notes, not 200 items
        self.notes_model = TextRowsModel(self.notes)
        self.notes.setModel(self.notes_model)
        self.notes.setUniformItemSizes(True)  # one line each: measure one row, not all
        self.notes.setAccessibleName(self.tr("Notes in this domain"))
        self.notes.setAccessibleDescription(
            self.tr("Enter opens the note to correct it; the earlier version is kept.")
        )
        self.notes.setMaximumHeight(110)
        self.notes.activated.connect(self.correct)
        self.kind = named(QComboBox(), "note_kind")
        for text, kind in (
            (self.tr("fact"), NoteKind.FACT),
            (self.tr("observation"), NoteKind.OBSERVATION),
            (self.tr("interpretation (of a fact)"), NoteKind.INTERPRETATION),
            (self.tr("agreement"), NoteKind.AGREEMENT),
        ):
            self.kind.addItem(text, kind.value)
        self.source = named(QComboBox(), "note_source")
        for text, source in (
            (self.tr("the citizen"), NoteSource.CITIZEN),
            (self.tr("me (worker)"), NoteSource.WORKER),
            (self.tr("network"), NoteSource.NETWORK),
            (self.tr("other professional"), NoteSource.PROFESSIONAL),
        ):
            self.source.addItem(text, source.value)
        self.compartment = named(QComboBox(), "note_compartment")
        for text, comp in (
            (self.tr("dossier"), Compartment.DOSSIER),
            (self.tr("working file"), Compartment.WORK),
            (self.tr("my own note (expires, never shared)"), Compartment.PERSONAL),
            (self.tr("confidential (never shared)"), Compartment.CONFIDENTIAL),
        ):
            self.compartment.addItem(text, comp.value)
        self.refers_to = named(QComboBox(), "note_refers_to")
        self.facts_model = TextRowsModel(self.refers_to)
        self.refers_to.setModel(self.facts_model)
        self.body = named(QPlainTextEdit(), "note_body")
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setMinimumHeight(70)
        self.save_note_button = named(QPushButton(self.tr("Save &note")), "note_save")
        self.save_note_button.clicked.connect(lambda: self.save_note(False))
        self.keep_button = named(QPushButton(self.tr("&Keep this wording")), "note_keep")
        self.transfer_button = named(
            QPushButton(self.tr("Move a copy into the &toeleiding…")), "note_transfer"
        )
        self.transfer_button.clicked.connect(self.transfer)
        self.contributed_button = named(
            QPushButton(self.tr("Contributed to the decision")), "note_contributed"
        )
        self.contributed_button.setToolTip(
            self.tr("Only working-file notes marked this way go with the archive export.")
        )
        self.contributed_button.clicked.connect(self.toggle_contributed)
        self.keep_button.clicked.connect(lambda: self.save_note(True))
        self.keep_button.hide()
        self.limitation = named(QLineEdit(), "limitation_text")
        self.limitation_source = named(QLineEdit(), "limitation_source")
        self.limitation_button = named(QPushButton(self.tr("Save &limitation")), "limitation_save")
        self.limitation_button.clicked.connect(self.save_limitation)
        self.score = named(QComboBox(), "score_value")
        self.score.addItem(score_label(None), None)
        for level in LEVELS:
            self.score.addItem(score_label(level), level)
        self.basis = named(QLineEdit(), "score_basis")
        self.score_button = named(QPushButton(self.tr("Save &score")), "score_save")
        self.score_button.clicked.connect(self.save_score)
        self.message = message_label("content_message")
        self.autosaver = DraftAutosaver(
            self.body, ctx.session.drafts, self.view_key, "note:", self._draft_error
        )
        for combo in (self.kind, self.source, self.compartment, self.refers_to, self.score):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self._layout()
        self.show_domain(None)

    @property
    def view_key(self) -> str:
        return f"intake:{self._ctx.citizen_id}"

    def _draft_error(self, exc: Exception) -> None:
        self.message.setText(str(exc))

    def _layout(self) -> None:
        notes_box = QGroupBox(self.tr("Notes"))
        form = QGridLayout()
        for index, (text, field) in enumerate(
            (
                (self.tr("&Kind:"), self.kind),
                (self.tr("So&urce:"), self.source),
                (self.tr("&Where:"), self.compartment),
                (self.tr("Based on &fact:"), self.refers_to),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addWidget(label, index // 2, (index % 2) * 2)
            form.addWidget(field, index // 2, (index % 2) * 2 + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_note_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        note_actions = QHBoxLayout()  # act on the selected note in the list
        note_actions.addWidget(self.contributed_button)
        note_actions.addWidget(self.transfer_button)
        note_actions.addStretch(1)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addLayout(note_actions)
        notes_layout.addLayout(form)
        body_label = QLabel(self.tr("Note &text:"))
        body_label.setBuddy(self.body)
        notes_layout.addWidget(body_label)
        notes_layout.addWidget(self.body, 1)
        notes_layout.addLayout(buttons)
        extra = labelled_form(
            [
                (self.tr("&Limitation (what the citizen cannot do):"), self.limitation),
                (self.tr("Limitation so&urce:"), self.limitation_source),
                (self.tr("ZRM s&core:"), self.score),
                (self.tr("Score &based on:"), self.basis),
            ],
            wrap=True,
        )
        extra_buttons = QHBoxLayout()
        extra_buttons.addWidget(self.limitation_button)
        extra_buttons.addWidget(self.score_button)
        extra_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(notes_box, 1)
        layout.addWidget(self.message)  # right under the note: where the warning is needed
        layout.addLayout(extra)
        layout.addLayout(extra_buttons)

    def show_domain(self, domain: str | None) -> None:
        """Fill the content for an open ``domain``; None hides and disables everything."""
        if domain != self.domain:
            self.editing = None
            self.autosaver.retarget(f"note:{domain or ''}")
            if not self.autosaver.restore():
                self.autosaver.set_text("")
            self.keep_button.hide()
            self.message.clear()
        self.domain = domain
        self.setVisible(domain is not None)
        rows: list[tuple[str, object]] = []
        facts: list[tuple[str, object]] = [(self.tr("(none)"), None)]
        if domain is None:
            self.notes_model.set_rows(rows)
            self.facts_model.set_rows(facts)
            return
        intake_id = self._ctx.require_id()
        self.transfer_button.setVisible(self._ctx.lookups.role_of(intake_id) == "hulpverlening")
        contributed = self._ctx.retention.contributed(intake_id)
        kinds = {self.kind.itemData(i): self.kind.itemText(i) for i in range(self.kind.count())}
        work = " " + self.tr("[working file]")
        counted = " " + self.tr("[working file, contributed to the decision]")
        for note in self._ctx.records.notes(intake_id):
            if note.domain == domain:
                mark = ""
                if note.compartment is Compartment.WORK:
                    mark = counted if note.id in contributed else work
                line = " ↵ ".join(note.body.splitlines())  # one line a row (uniform sizes)
                rows.append((f"{kinds[note.kind.value]}{mark}: {line}", note.id))
            if note.kind in (NoteKind.FACT, NoteKind.OBSERVATION):
                facts.append((note.body[:60], note.id))
        self.notes_model.set_rows(rows)
        self.facts_model.set_rows(facts)
        self.refers_to.setCurrentIndex(0)
        value = self._ctx.service.assessment(intake_id).value(domain)
        self.score.setCurrentIndex(self.score.findData(value) if value else 0)

    def save_note(self, keep_wording: bool) -> None:
        domain = self.domain
        if domain is None:
            return

        editing = self.editing

        def work() -> None:
            if editing is not None:  # a correction: the earlier wording is kept as history
                self._ctx.records.correct_note(
                    editing,
                    self.body.toPlainText(),
                    NoteKind(self.kind.currentData()),
                    keep_medical_words=keep_wording,
                )
                return
            self._ctx.records.add_note(
                self._ctx.require_id(),
                self.body.toPlainText(),
                NoteKind(self.kind.currentData()),
                NoteSource(self.source.currentData()),
                self._ctx.session.now().date(),
                domain=domain,
                compartment=Compartment(self.compartment.currentData()),
                refers_to=self.refers_to.currentData(),
                keep_medical_words=keep_wording,
            )

        saved = self._ctx.attempt(work, self.message, self.tr("Note saved."))
        self.keep_button.setVisible(isinstance(self._ctx.last_error, MedicalWordWarning))
        if saved:
            self.editing = None
            self.save_note_button.setText(self.tr("Save &note"))
            self.autosaver.discard()
            self.autosaver.set_text("")

    def correct(self, index: QModelIndex) -> None:
        """Enter on a note: its text comes into the editor; saving stores a correction."""
        note_id = str(self.notes_model.value(index.row()))
        note = next(
            (n for n in self._ctx.records.notes(self._ctx.require_id()) if n.id == note_id), None
        )
        if note is None:
            return
        self.editing = note_id
        self.autosaver.set_text(note.body)
        self.kind.setCurrentIndex(self.kind.findData(note.kind.value))
        self.save_note_button.setText(self.tr("Save &correction"))
        self.message.setText(
            self.tr("Correcting a note: the earlier wording stays in its history.")
        )
        self.body.setFocus()

    def toggle_contributed(self) -> None:
        """R-004-14: mark a working-file note as contributed to the decision, or take it back."""
        row = self.notes.currentIndex().row()
        if row < 0:
            self.message.setText(self.tr("Select the working-file note first."))
            return
        note_id = str(self.notes_model.value(row))
        intake_id = self._ctx.require_id()
        flag = note_id not in self._ctx.retention.contributed(intake_id)
        done = (
            self.tr("Marked: this note goes with the archive export.")
            if flag
            else self.tr("Mark taken back: this note stays in the working file.")
        )
        if self._ctx.attempt(
            lambda: self._ctx.retention.mark_contributed(note_id, flag), self.message, done
        ):
            self.show_domain(self.domain)
            self.notes.setCurrentIndex(self.notes_model.index(row, 0))

    def transfer(self) -> None:
        """R-004-18: the selected hulpverlening note, copied with the necessity judgement."""
        row = self.notes.currentIndex().row()
        if row < 0:
            self.message.setText(self.tr("Select the note to move first."))
            return
        dialog = TransferDialog(
            self._ctx.lookups,
            str(self.notes_model.value(row)),
            self._ctx.citizen_id,
            self._ctx.session.worker.name,
            self,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(
            lambda: self.message.setText(self.tr("A copy is now in the toeleiding."))
        )
        self.transfer_dialog = dialog
        dialog.open()

    def save_limitation(self) -> None:
        domain = self.domain
        if domain is None:
            return
        if self._ctx.attempt(
            lambda: self._ctx.records.add_limitation(
                self._ctx.require_id(),
                domain,
                self.limitation.text(),
                self.limitation_source.text() or self.tr("the citizen"),
            ),
            self.message,
            self.tr("Limitation saved."),
        ):
            self.limitation.clear()

    def save_score(self) -> None:
        domain = self.domain
        value = self.score.currentData()
        if domain is None:
            return
        if value is None:
            self.message.setText(self.tr("Not assessed stays the default; nothing to save."))
            return
        self._ctx.attempt(
            lambda: self._ctx.service.score_domain(
                self._ctx.require_id(),
                domain,
                int(value),
                self.basis.text(),
                self._ctx.session.now().date(),
            ),
            self.message,
            self.tr("Score saved."),
        )
