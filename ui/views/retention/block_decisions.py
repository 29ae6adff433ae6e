"""The retention decision per data block, asked when a case is closed (R-001-24, R-004-14,
R-004-15). Nothing is chosen beforehand: closing as completed or broken off is refused until
every block has a decision. Personal work notes have one fixed rule, shown in words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.domain.profile import Retention
from app.domain.retention import CHOICES, Block, BlockDecision, Decision, block_label
from ui.views.intake.context import labelled_form, named


class BlockDecisions(QGroupBox):
    def __init__(self, retention: Retention, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Retention per data block"))
        self.setObjectName("retention_blocks")
        self.choices: dict[Block, QComboBox] = {}
        rows: list[tuple[str, QWidget]] = []
        for block in (Block.DOSSIER, Block.WERKDOSSIER, Block.REGIE):
            combo = named(QComboBox(), f"retention_{block.value}")
            combo.addItem(self.tr("\u2014 choose \u2014"), None)
            for decision in CHOICES[block]:
                combo.addItem(decision.label, decision)
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.choices[block] = combo
            rows.append((block_label(block) + ":", combo))
        self.years = named(QSpinBox(), "retention_regie_years")
        self.years.setRange(1, retention.regie_max_years)
        self.years.setValue(retention.regie_max_years)
        self.years.setSuffix(self.tr(" years"))
        rows.append((self.tr("Regie data &kept for"), self.years))
        personal = QLabel(
            self.tr("{block}: expire after {days} days and never leave this laptop.").format(
                block=block_label(Block.PERSOONLIJK), days=retention.personal_note_days
            )
        )
        personal.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(labelled_form(rows, wrap=True))
        layout.addWidget(personal)
        self._update()

    def _update(self) -> None:
        self.years.setEnabled(self.choices[Block.REGIE].currentData() == Decision.KEEP_YEARS)

    def decisions(self) -> tuple[BlockDecision, ...]:
        """What the worker chose; an unchosen block is left out (the service refuses it)."""
        found: list[BlockDecision] = []
        for block, combo in self.choices.items():
            data = combo.currentData()
            if data is None:
                continue
            decision = Decision(data)
            years = self.years.value() if decision is Decision.KEEP_YEARS else None
            found.append(BlockDecision(block, decision, years))
        return tuple(found)
