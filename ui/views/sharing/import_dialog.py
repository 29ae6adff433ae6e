"""Open a bundle…: a bundle addressed to this vault is decrypted, its audit head verified and
summarised (no content); Import inserts it in one transaction. The worker may first add the
roster identity the agency made for them (refused unless it is their roster key). Every
refusal is shown in plain words and writes nothing (issue 7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.services.bundles.import_ import BundleImport, ImportResult
from app.services.bundles.open import summary
from app.services.bundles.schema import BundleUnreadable
from app.storage.errors import VaultError
from ui.focus_order import button_order
from ui.views.intake.context import message_label, named


class ImportDialog(QDialog):
    def __init__(self, imports: BundleImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.imports = imports
        self.data: bytes | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Open a bundle"))
        self.key_label = named(QLabel(), "bundle_public_key")
        self.key_label.setWordWrap(True)
        self.key_label.setText(
            self.tr("This vault's public key (for the agency's roster): {key}").format(
                key=imports.keys.public_key()
            )
        )
        self.summary = named(QListWidget(), "bundle_summary")
        self.summary.setAccessibleName(self.tr("What the bundle holds"))
        self.summary.setWordWrap(True)
        self.message = message_label("bundle_import_message")
        self.choose_button = named(QPushButton(self.tr("&Choose a bundle…")), "bundle_choose")
        self.identity_button = named(
            QPushButton(self.tr("Add my &roster identity…")), "bundle_identity"
        )
        self.import_button = named(QPushButton(self.tr("&Import")), "bundle_import")
        self.import_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.identity_button.clicked.connect(self.choose_identity)
        self.import_button.clicked.connect(self.import_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.choose_button, self.identity_button, self.import_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        button_order(buttons)  # once the box is in the dialog
        self.resize(620, 420)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a bundle"), "", self.tr("age bundle (*.age)")
        )
        if path:
            self.load(Path(path).read_bytes())

    def choose_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your roster identity"), "", self.tr("age identity (*.agekey)")
        )
        if path:
            self.add_identity(Path(path).read_text(encoding="utf-8"))

    def add_identity(self, text: str) -> None:
        try:
            self.imports.keys.add_roster_identity(text, self.imports.profile)
        except (ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Your roster identity was added to this vault."))

    def load(self, data: bytes) -> None:
        self.summary.clear()
        self.import_button.setEnabled(False)
        try:
            opened = self.imports.read(data)
        except BundleUnreadable as exc:
            self.message.setText(str(exc))
            return
        self.data = data
        self.summary.addItems(summary(opened))
        self.message.setText(self.tr("The signature is valid. Import to continue the file."))
        self.import_button.setEnabled(True)

    def import_now(self) -> ImportResult | None:
        if self.data is None:
            return None
        try:
            self.imported = self.imports.import_bundle(self.data)
        except (BundleUnreadable, VaultError) as exc:
            self.message.setText(str(exc))
            return None
        self.import_button.setEnabled(False)
        self.message.setText(
            self.tr("Imported: {number}.").format(number=self.imported.case_number)
        )
        return self.imported


def open_import_dialog(parent: QWidget, imports: BundleImport) -> ImportDialog:
    dialog = ImportDialog(imports, parent)
    dialog.open()
    return dialog
