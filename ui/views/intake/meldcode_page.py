"""The restricted meldcode signal (Meldcode huiselijk geweld en kindermishandeling): kept
outside the domain gate, never in the review list or the read-along view."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.visit_records import MELDCODE_STEPS, MeldcodeKind
from app.i18n import translate
from ui.views.intake.context import (
    IntakeContext,
    guidance_box,
    labelled_form,
    message_label,
    named,
)


class MeldcodePage(QWidget):
    """Restricted, outside the domain gate: never in the review list or the read-along view."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.kind = named(QComboBox(), "meldcode_kind")
        self.kind.addItem(self.tr("domestic violence"), MeldcodeKind.DOMESTIC_VIOLENCE.value)
        self.kind.addItem(self.tr("child abuse"), MeldcodeKind.CHILD_ABUSE.value)
        self.signs = named(QLineEdit(), "meldcode_signs")
        self.steps = {
            k: named(QCheckBox(translate("Meldcode", t)), f"meldcode_{k}")
            for k, t in MELDCODE_STEPS.items()
        }
        self.save_button = named(QPushButton(self.tr("&Record the signal")), "meldcode_save")
        self.save_button.clicked.connect(self.save)
        self.message = message_label("meldcode_message")
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "meldcode"))
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Kind:"), self.kind),
                    (self.tr("&Signs (facts you saw or heard):"), self.signs),
                ]
            )
        )
        for box in self.steps.values():
            layout.addWidget(box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        today = self._ctx.session.now().date()
        steps = {k: today for k, box in self.steps.items() if box.isChecked()}
        if self._ctx.attempt(
            lambda: self._ctx.records.record_meldcode(
                self._ctx.require_id(),
                MeldcodeKind(self.kind.currentData()),
                self.signs.text(),
                steps,
            ),
            self.message,
            self.tr("Signal recorded (restricted)."),
        ):
            self.signs.clear()

    def refresh(self) -> None:
        pass
