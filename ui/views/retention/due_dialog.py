"""The dossiers due for destruction on this laptop (issue 8; R-000-40, R-002-27).

Shown after unlock when something is due, and any time from the main window (Retention…).
The list is what the law and the agency's settings propose; the worker decides: nothing is
ticked beforehand, one "Destroy selected" covers any number of dossiers after a confirmation
that says it cannot be undone, and "Later" keeps them for the next unlock. Window-modal and
non-blocking (a lock may close it). Thin: :class:`RetentionService` decides what is due.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.formatting import format_date
from app.services.retention import DueDossier, RetentionService
from ui.views.intake.context import message_label, named

ID_ROLE = Qt.ItemDataRole.UserRole


class DueDialog(QDialog):
    def __init__(self, service: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Dossiers due for destruction"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm_box: QMessageBox | None = None
        intro = QLabel(
            self.tr(
                "The laptop is not the archive. These dossiers have reached the end of their "
                "period here. Tick the ones to destroy; the rest stay until the next unlock."
            )
        )
        intro.setWordWrap(True)
        self.items = named(QListWidget(), "due_list")
        self.items.setAccessibleName(self.tr("Dossiers due for destruction"))
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.items.itemChanged.connect(lambda _item: self._update())
        self.state = named(QLabel(), "due_state")
        self.state.setWordWrap(True)
        self.message = message_label("due_message")
        self.tick_all = named(QPushButton(self.tr("Tick &all")), "due_tick_all")
        self.tick_all.clicked.connect(self._tick_all)
        self.destroy_button = named(QPushButton(), "due_destroy")
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.later = named(QPushButton(self.tr("&Later")), "due_later")
        self.later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_all)
        buttons.addStretch(1)
        buttons.addWidget(self.destroy_button)
        buttons.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(680, 440)
        self.refresh()

    # -- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for due in self.service.due():
            item = QListWidgetItem(self._line(due))
            item.setData(ID_ROLE, due.citizen_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # the worker decides
            self.items.addItem(item)
        self.items.blockSignals(False)
        if self.items.count():
            self.items.setCurrentRow(0)
        self._update()

    def _line(self, due: DueDossier) -> str:
        return self.tr("{number} \u00b7 {name}\n{reason} (due since {date})").format(
            number=due.case_number,
            name=due.name,
            reason=due.reason.label,
            date=format_date(due.due_on, "short"),
        )

    def ticked(self) -> list[str]:
        return [
            str(self.items.item(row).data(ID_ROLE))
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _tick_all(self) -> None:
        for row in range(self.items.count()):
            self.items.item(row).setCheckState(Qt.CheckState.Checked)

    def _update(self) -> None:
        total, chosen = self.items.count(), len(self.ticked())
        self.destroy_button.setText(self.tr("&Destroy selected ({n})").format(n=chosen))
        self.destroy_button.setEnabled(chosen > 0)
        self.tick_all.setEnabled(total > 0)
        if total:
            self.state.setText(
                self.tr("%n dossier(s) due.", "", total)
                + " "
                + self.tr("%n ticked for destruction.", "", chosen)
            )
        else:
            self.state.setText(self.tr("Nothing is due for destruction."))

    # -- destroying, after a confirmation ------------------------------------------------------
    def ask_destroy(self) -> None:
        ids = self.ticked()
        if not ids:
            return
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Destroy for good?"),
            self.tr(
                "Destroy {n} dossiers on this laptop for good? This cannot be undone. The log "
                "keeps one line per dossier, without content."
            ).format(n=len(ids)),
            yes | no,
            self,
        )
        box.setObjectName("due_confirm")
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == yes:
                self.destroy_ticked(ids)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def destroy_ticked(self, ids: list[str]) -> None:
        try:
            report = self.service.destroy(ids)
        except ValidationError as exc:
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("%n dossier(s) destroyed.", "", report.citizens))
        self.refresh()


def open_due_dialog(parent: QWidget | None, service: RetentionService) -> DueDialog:
    """Open the list window-modally without blocking; the caller keeps no reference."""
    dialog = DueDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
