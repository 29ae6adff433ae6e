"""Hand over (encrypted bundle)…: choose the kind, a recipient from the signed roster or the
case system, the items (nothing ticked), the purpose; then a save dialog with a name built from
the case number. Thin: the service checks everything and refuses in plain words; nothing the
worker entered is lost on a refusal (issue 7; DESIGN section 2 "Access follows the key")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.selection import Choice, Special
from app.services.bundles.export import BundleService, ExportRequest, ExportResult
from app.services.bundles.schema import KIND_TEXT, SCOPE_TEXT, Kind, Scope
from app.storage.errors import VaultError
from ui.focus_order import button_order
from ui.views.intake.context import labelled_form, message_label, named


class BundleDialog(QDialog):
    def __init__(self, service: BundleService, citizen_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.citizen_id = citizen_id
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Hand over (encrypted bundle)"))
        self.kind = named(QComboBox(), "bundle_kind")
        for kind in Kind:
            self.kind.addItem(QCoreApplication.translate("Bundles", KIND_TEXT[kind]), kind.value)
        self.recipient = named(QComboBox(), "bundle_recipient")
        self.scope = named(QComboBox(), "bundle_scope")
        for scope in Scope:
            self.scope.addItem(
                QCoreApplication.translate("Bundles", SCOPE_TEXT[scope]), scope.value
            )
        self.items = named(QListWidget(), "bundle_items")
        self.items.setAccessibleName(self.tr("Items to hand over"))
        for item in service.offer(citizen_id):
            row = QListWidgetItem(f"{item.label}: {item.text}")
            row.setData(Qt.ItemDataRole.UserRole, (item.key, item.special is not Special.NONE))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)  # nothing pre-selected
            self.items.addItem(row)
        self.ground = named(QLineEdit(), "bundle_ground")
        self.ground.setPlaceholderText(self.tr("Ground for each health, addiction or justice item"))
        self.confirm_extra = named(
            QCheckBox(self.tr("I confirm each ticked field beyond the decision fields")),
            "bundle_confirm_extra",
        )
        self.purpose = named(QLineEdit(), "bundle_purpose")
        self.until = named(QDateEdit(), "bundle_until")
        self.until.setCalendarPopup(True)
        self.until.setDate(QDate.fromString(
            (service.today() + timedelta(days=14)).isoformat(), Qt.DateFormat.ISODate))  # fmt: skip
        self.message = message_label("bundle_message")
        self.save_button = named(QPushButton(self.tr("&Save bundle…")), "bundle_save")
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = labelled_form(
            [
                (self.tr("&Kind:"), self.kind),
                (self.tr("&Recipient:"), self.recipient),
                (self.tr("E&xport for:"), self.scope),
                (self.tr("&Items:"), self.items),
                (self.tr("&Ground:"), self.ground),
                (self.tr("&Purpose:"), self.purpose),
                (self.tr("&Until:"), self.until),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.confirm_extra)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        button_order(buttons)  # once the box is in the dialog
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(640, 560)

    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.recipient.clear()
        for r in self.service.recipients(kind):
            self.recipient.addItem(r.name, r.id)
        case_system = kind is Kind.ZAAKSYSTEEM
        for widget in (self.scope, self.items, self.ground, self.confirm_extra):
            widget.setEnabled(case_system)
        self.until.setEnabled(kind is Kind.VERVANGING)

    def request(self) -> ExportRequest:
        choices = []
        ground = self.ground.text().strip()
        for i in range(self.items.count()):
            row = self.items.item(i)
            if row.checkState() is Qt.CheckState.Checked:
                key, special = row.data(Qt.ItemDataRole.UserRole)
                choices.append(Choice(key, ground if special else ""))
        scope = Scope(self.scope.currentData())
        confirmed = tuple(c.key for c in choices) if self.confirm_extra.isChecked() else ()
        until = date.fromisoformat(self.until.date().toString(Qt.DateFormat.ISODate))
        return ExportRequest(
            self.citizen_id, self.current_kind(), str(self.recipient.currentData() or ""),
            self.purpose.text(), tuple(choices), scope, confirmed,
            until if self.current_kind() is Kind.VERVANGING else None,
        )  # fmt: skip

    def choose_file(self) -> None:
        name = self.service.default_name(self.citizen_id, self.current_kind())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the encrypted bundle"), name, self.tr("age bundle (*.age)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> ExportResult | None:
        try:
            self.result_ = self.service.export(self.request(), path)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(
            self.tr("Saved, encrypted to the recipient only. This laptop cannot open it.")
        )
        return self.result_


def open_bundle_dialog(parent: QWidget, service: BundleService, citizen_id: str) -> BundleDialog:
    dialog = BundleDialog(service, citizen_id, parent)
    dialog.open()
    return dialog
