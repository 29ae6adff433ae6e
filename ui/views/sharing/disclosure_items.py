"""The items a share may hold, as a checkable list with NOTHING ticked (R-003-03, R-002-18).

*Dat*-information (that there is contact, and who) comes first under its own heading, then
content (*wat*) to be ticked item by item. A special-category item (health, addiction,
justice) says so in words and gets its own ground field, enabled once ticked. Under a consent
ground each ticked item also names the consent's item it is shared under (a consent names
data in words, the catalogue has its own labels). The catalogue decides what an item is;
this widget only shows it and reads the ticks back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.disclosure import SharedItem
from app.domain.selection import SPECIAL_TEXT, InfoKind, Item, Special
from ui.focus_order import chain
from ui.views.intake.context import named
from ui.widgets.plain_tip import plain_tip


@dataclass
class ItemRow:
    item: Item
    tick: QCheckBox
    ground: QLineEdit | None
    under: QComboBox


class ItemPicker(QWidget):
    """Emits ``changed`` on every tick, ground or consent-item change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosure_items")
        self.rows: list[ItemRow] = []
        self.names: tuple[str, ...] = ()
        self.consent_mode = False
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    def set_items(self, items: Sequence[Item]) -> None:
        """Offer ``items`` (catalogue order, *dat* first), none ticked."""
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        line = 0
        for kind, heading in (
            (InfoKind.DAT, self.tr("That there is contact, and who (dat-information)")),
            (InfoKind.WAT, self.tr("Content (wat-information): tick item by item")),
        ):
            mine = [i for i in items if i.info is kind]
            if not mine:
                continue
            title = QLabel(f"<b>{heading}</b>")
            title.setObjectName(f"heading_{kind.value}")
            self.grid.addWidget(title, line, 0, 1, 2)
            line += 1
            for item in mine:  # the tick on one line, its ground and consent item below
                self._add_row(item, line)
                line += 2
        if not self.rows:
            empty = QLabel(self.tr("Nothing has been recorded that could be shared."))
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 0, 0, 1, 2)
        self.set_names(self.names, self.consent_mode)

    def _add_row(self, item: Item, line: int) -> None:
        index = len(self.rows)
        text = item.label
        if item.special is not Special.NONE:
            kind = QCoreApplication.translate("Selection", SPECIAL_TEXT[item.special])
            text = self.tr("{label} — {kind} data, needs its own ground").format(
                label=item.label, kind=kind
            )
        tick = named(QCheckBox(text), f"item_{index}")
        leaves = self.tr("What would leave: {text}").format(text=item.text)
        tick.setToolTip(plain_tip(leaves))
        tick.setAccessibleDescription(leaves)
        tick.setChecked(False)
        ground: QLineEdit | None = None
        if item.special is not Special.NONE:
            ground = named(QLineEdit(), f"item_ground_{index}")
            ground.setPlaceholderText(self.tr("its own ground for this item (required)"))
            ground.setAccessibleName(self.tr("Own ground for {label}").format(label=item.label))
            ground.setEnabled(False)
            ground.textChanged.connect(self.changed)
            self.grid.addWidget(ground, line + 1, 0)
        under = named(QComboBox(), f"item_under_{index}")
        under.setAccessibleName(
            self.tr("Consent item that {label} falls under").format(label=item.label)
        )
        under.currentIndexChanged.connect(self.changed)
        self.grid.addWidget(tick, line, 0, 1, 2)
        self.grid.addWidget(under, line + 1, 1)
        chain(tick, *([ground] if ground is not None else []), under)  # as read: tick first
        row = ItemRow(item, tick, ground, under)
        tick.toggled.connect(lambda _on, r=row: self._ticked(r))
        self.rows.append(row)

    def _ticked(self, row: ItemRow) -> None:
        if row.ground is not None:
            row.ground.setEnabled(row.tick.isChecked())
        row.under.setVisible(self.consent_mode and row.tick.isChecked())
        self.changed.emit()

    def set_names(self, names: Sequence[str], consent_mode: bool) -> None:
        """The consent items a ticked item may fall under; shown for a ticked item under a
        consent ground only."""
        self.names = tuple(names)
        self.consent_mode = consent_mode
        for row in self.rows:
            kept = str(row.under.currentData() or "")
            row.under.blockSignals(True)
            row.under.clear()
            row.under.addItem(self.tr("(under its own name)"), "")
            for name in self.names:
                row.under.addItem(name, name)
            row.under.setCurrentIndex(max(0, row.under.findData(kept)))
            row.under.blockSignals(False)
            row.under.setVisible(consent_mode and row.tick.isChecked())

    def chosen(self) -> tuple[SharedItem, ...]:
        """The ticked items, in catalogue order, each with its own ground and consent item."""
        return tuple(
            SharedItem.of(
                row.item,
                row.ground.text() if row.ground is not None else "",
                str(row.under.currentData() or "") if self.consent_mode else "",
            )
            for row in self.rows
            if row.tick.isChecked()
        )

    def ticked_count(self) -> int:
        return sum(row.tick.isChecked() for row in self.rows)
