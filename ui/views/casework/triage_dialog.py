"""A triage moment (R-001-06, R-002-09): the kind of moment, the decision, the data judged
necessary, the data passed on, and for every open domain "still needed" or "remove".

Every domain starts unanswered: the moment cannot be saved until each has its answer. Nothing
is removed without a second question whose default is No; Esc or Cancel keeps everything.
The dialog and its question are opened with ``open()`` (not ``exec()``), so a lock can close
them with the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.triage import TriageDecision, TriageKind, Verdict
from app.services.triage import TriageService
from app.storage.errors import VaultError


class TriageDialog(QDialog):
    def __init__(
        self, triage: TriageService, intake_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("triage_dialog")
        self.setWindowTitle(self.tr("Triage moment"))
        self._triage = triage
        self.intake_id = intake_id
        self.confirm_box: QMessageBox | None = None
        intro = QLabel(
            self.tr(
                "Look at the scope again: for every open domain, is it still needed? "
                "'Remove' deletes what was recorded in that domain, for good."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("triage_kind")
        for kind in TriageKind:
            self.kind.addItem(kind.label, kind.value)
        self.decision = QComboBox()
        self.decision.setObjectName("triage_decision")
        for decision in TriageDecision:
            self.decision.addItem(decision.label, decision.value)
        self.necessary = self._text("triage_necessary")
        self.passed_on = self._text("triage_passed_on")
        self.passed_on.setPlaceholderText(
            self.tr("Which data, to whom. Write 'nothing' if nothing was passed on.")
        )
        self.domains: dict[str, QComboBox] = {}
        domain_box = QGroupBox(self.tr("Open domains: still needed?"))
        domain_form = QFormLayout(domain_box)
        self.names = triage.open_domains(intake_id)  # id -> name on screen
        for domain, name in self.names.items():
            combo = QComboBox()
            combo.setObjectName(f"triage_domain_{domain}")
            combo.setAccessibleName(self.tr("{domain}: still needed or remove").format(domain=name))
            combo.addItem(self.tr("— choose"), "")
            for verdict in Verdict:
                combo.addItem(verdict.label, verdict.value)
            label = QLabel(name)
            label.setBuddy(combo)
            domain_form.addRow(label, combo)
            self.domains[domain] = combo
        if not self.domains:
            domain_form.addRow(QLabel(self.tr("No domain is open in this intake.")))
        scroll = QScrollArea()
        scroll.setWidget(domain_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel()
        self.message.setObjectName("triage_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("triage_save")
        self.save_button.setText(self.tr("&Save the triage moment"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Moment:"), self.kind),
            (self.tr("&Decision:"), self.decision),
            (self.tr("Data judged &necessary:"), self.necessary),
            (self.tr("Data &passed on:"), self.passed_on),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(self.fontMetrics().height() * 4)
        return edit

    def verdicts(self) -> dict[str, Verdict]:
        """The answers given so far (unanswered domains are left out)."""
        return {d: Verdict(c.currentData()) for d, c in self.domains.items() if c.currentData()}

    def save(self) -> None:
        verdicts = self.verdicts()
        try:
            self._triage.check(
                self.intake_id,
                self.necessary.toPlainText(),
                self.passed_on.toPlainText(),
                verdicts,
            )
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        removed = [self.names[d] for d, v in verdicts.items() if v is Verdict.REMOVE]
        if not removed:
            self._record()
            return
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete for good?"),
            self.tr(
                "Delete everything recorded in these domains? It cannot be brought back: {names}"
            ).format(names=", ".join(removed)),
            yes | no,
            self,
        )
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.finished.connect(
            lambda _r: self._answered(box.standardButton(box.clickedButton()) == yes)
        )
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _answered(self, confirmed: bool) -> None:
        self.confirm_box = None
        if confirmed:
            self._record()
        else:
            self.message.setText(self.tr("Nothing was saved or removed."))

    def _record(self) -> None:
        try:
            self._triage.record_moment(
                self.intake_id,
                TriageKind(self.kind.currentData()),
                TriageDecision(self.decision.currentData()),
                self.necessary.toPlainText(),
                self.passed_on.toPlainText(),
                self.verdicts(),
            )
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()
