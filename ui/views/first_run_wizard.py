"""First run: choose the agency profile, pick yourself, choose the folder, set the passphrase.

Creating the vault (Argon2id calibration and key derivation, about a second or two) runs in the
background; every failure is shown on the page it belongs to, and nothing typed is lost.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.crypto import KdfParams
from app.domain.citizen import ValidationError
from app.domain.passphrase import mismatch_message
from app.paths import AppPaths, looks_cloud_synced
from app.services import session as session_mod
from app.services.profiles import ProfileChoice, install_profile
from app.services.session import Session, WorkerIdentity
from app.storage.errors import VaultError
from ui.appearance import scaled_font
from ui.tasks import TaskRunner
from ui.widgets.password_field import PasswordField
from ui.widgets.scrolling import scroll_area

logger = logging.getLogger(__name__)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(1.3, bold=True))
    label.setWordWrap(True)
    return label


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FirstRunWizard(QDialog):
    """Emits ``vault_created(Session)`` once the vault exists and the profile is installed."""

    vault_created = Signal(object)

    def __init__(
        self,
        paths: AppPaths,
        list_profiles: Callable[[], list[ProfileChoice]],
        read_profile: Callable[[Path], ProfileChoice],
        kdf_factory: Callable[[], KdfParams],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keukentafel — set up"))
        self._paths = paths
        self._read_profile = read_profile
        self._kdf_factory = kdf_factory
        self._tasks = tasks
        self._profiles: list[ProfileChoice] = []
        self._folder_chosen = False
        self.pages = QStackedWidget(self)
        for name, page in (  # each scrolls on its own at 200 % text on a laptop screen
            ("profile", self._profile_page()),
            ("worker", self._worker_page()),
            ("folder", self._folder_page()),
            ("passphrase", self._passphrase_page()),
        ):
            self.pages.addWidget(scroll_area(page, f"{name}_scroll"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.create_button.clicked.connect(self._create)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.create_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(640, 480)
        for choice in list_profiles():
            self._add_profile(choice)
        if self.profile_list.count():
            self.profile_list.setCurrentRow(0)
        self._show(0)

    # -- pages -------------------------------------------------------------------------------
    def _profile_page(self) -> QWidget:
        page = QWidget()
        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(self.tr("Agency profiles"))
        self.import_button = QPushButton(self.tr("&Import profile file…"))
        self.import_button.clicked.connect(self._import)
        self.profile_error = _note()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Which organisation do you work for?")))
        layout.addWidget(
            _note(
                self.tr(
                    "Choose the agency profile your organisation gave you. It names the "
                    "organisation, the team and who may receive data. Demo profiles are "
                    "fictional."
                )
            )
        )
        label = QLabel(self.tr("&Profiles:"))
        label.setBuddy(self.profile_list)
        layout.addWidget(label)
        layout.addWidget(self.profile_list, 1)
        layout.addWidget(self.import_button)
        layout.addWidget(self.profile_error)
        return page

    def _worker_page(self) -> QWidget:
        page = QWidget()
        self.roster_list = QListWidget()
        self.roster_list.setAccessibleName(self.tr("Workers in the profile"))
        self.own_details = QCheckBox(self.tr("I am not on the list (&demo only)"))
        self.own_details.toggled.connect(self._own_details_toggled)
        self.name_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.team_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Team:"), self.team_edit)
        self.worker_error = _note()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Who are you?")))
        label = QLabel(self.tr("&Workers:"))
        label.setBuddy(self.roster_list)
        layout.addWidget(label)
        layout.addWidget(self.roster_list, 1)
        layout.addWidget(self.own_details)
        layout.addLayout(form)
        layout.addWidget(self.worker_error)
        return page

    def _folder_page(self) -> QWidget:
        page = QWidget()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Vault folder"))
        self.folder_button = QPushButton(self.tr("C&hoose another folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.folder_warning = _note()
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Where will the vault be kept?")))
        layout.addWidget(
            _note(
                self.tr(
                    "The vault is an encrypted file on this laptop, only for you. The standard "
                    "folder is not copied to a server."
                )
            )
        )
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder_edit)
        layout.addWidget(label)
        layout.addWidget(self.folder_edit)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.folder_warning)
        layout.addStretch(1)
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        self.passphrase = PasswordField(self.tr("New passphrase"), show_strength=True)
        self.repeat = PasswordField(self.tr("Repeat passphrase"))
        self.passphrase.line_edit.textChanged.connect(self._update_create)
        self.repeat.line_edit.textChanged.connect(self._update_create)
        self.repeat.submitted.connect(self._create)
        self.mismatch_label = _note()
        self.create_status = _note()
        first_label = QLabel(self.tr("&Passphrase:"))
        first_label.setBuddy(self.passphrase.line_edit)
        second_label = QLabel(self.tr("&Repeat:"))
        second_label.setBuddy(self.repeat.line_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Choose a passphrase")))
        layout.addWidget(
            _note(
                self.tr(
                    "Only you know it. Without it the vault cannot be opened; your organisation "
                    "can only help through its two-person recovery."
                )
            )
        )
        layout.addWidget(first_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(second_label)
        layout.addWidget(self.repeat)
        layout.addWidget(self.mismatch_label)
        layout.addWidget(self.create_status)
        layout.addStretch(1)
        return page

    # -- behaviour ---------------------------------------------------------------------------
    def _add_profile(self, choice: ProfileChoice) -> None:
        self._profiles.append(choice)
        text = self.tr("{organisation} (version {version})").format(
            organisation=choice.organisation, version=choice.version
        )
        item = QListWidgetItem(text)
        if choice.demo:  # plainly marked, in words and first on the line
            item.setText(self.tr("DEMO, fictional") + " — " + text)
        self.profile_list.addItem(item)

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import agency profile"), "", self.tr("Agency profile (*.toml)")
        )
        if not name:
            return
        try:
            choice = self._read_profile(Path(name))
        except Exception as exc:  # the reader's errors carry a plain message
            self.profile_error.setText(str(exc))
            return
        self.profile_error.clear()
        self._add_profile(choice)
        self.profile_list.setCurrentRow(self.profile_list.count() - 1)

    @property
    def profile(self) -> ProfileChoice | None:
        row = self.profile_list.currentRow()
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def _fill_roster(self) -> None:
        self.roster_list.clear()
        profile = self.profile
        if profile is None:
            return
        for worker in profile.roster:
            self.roster_list.addItem(f"{worker.name} — {worker.role}, {worker.team}")
        self.roster_list.setCurrentRow(0)
        self.own_details.setVisible(profile.demo)
        self.own_details.setChecked(False)
        self._own_details_toggled(False)

    def _own_details_toggled(self, on: bool) -> None:
        for edit in (self.name_edit, self.role_edit, self.team_edit):
            edit.setEnabled(on)
        self.roster_list.setEnabled(not on)

    def worker(self) -> WorkerIdentity | None:
        profile = self.profile
        if profile is None:
            return None
        if self.own_details.isChecked():
            name = " ".join(self.name_edit.text().split())
            if not name:
                return None
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "werker"
            return WorkerIdentity(
                f"demo-{slug}", name, self.role_edit.text().strip(), self.team_edit.text().strip()
            )
        row = self.roster_list.currentRow()
        if not 0 <= row < len(profile.roster):
            return None
        entry = profile.roster[row]
        return WorkerIdentity(entry.id, entry.name, entry.role, entry.team)

    def folder(self) -> Path:
        return Path(self.folder_edit.text())

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if name:
            self._set_folder(Path(name))
            self._folder_chosen = True

    def _set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))
        if looks_cloud_synced(folder):
            self.folder_warning.setText(
                self.tr(
                    "Warning: this folder looks like it is synchronised to a cloud service. The "
                    "encrypted vault would then be copied off this laptop, and a sync can damage "
                    "it. Choose a folder that is not synchronised."
                )
            )
        else:
            self.folder_warning.clear()

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == self.pages.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.create_button.setVisible(last)
        self.next_button.setDefault(not last)
        self.create_button.setDefault(last)
        self._update_create()
        focus = {
            0: self.profile_list,
            1: self.roster_list,
            2: self.folder_button,
            3: self.passphrase.line_edit,
        }[index]
        focus.setFocus()

    def _back(self) -> None:
        self._show(max(0, self.pages.currentIndex() - 1))

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            if self.profile is None:
                self.profile_error.setText(self.tr("Choose a profile, or import one."))
                return
            self.profile_error.clear()
            self._fill_roster()
        elif index == 1:
            worker = self.worker()
            if worker is None:
                self.worker_error.setText(
                    self.tr("Choose yourself in the list, or enter your name.")
                )
                return
            self.worker_error.clear()
            if not self._folder_chosen:
                self._set_folder(self._paths.vault_for(worker.id))
            self.passphrase.set_user_words((worker.name, worker.team))
        self._show(index + 1)

    def _update_create(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        strength = self.passphrase.strength
        equal = first == second
        self.mismatch_label.setText("" if equal or not second else mismatch_message())
        ok = bool(strength and strength.acceptable and equal)
        self.create_button.setEnabled(ok and self.pages.currentIndex() == self.pages.count() - 1)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        profile, worker, folder = self.profile, self.worker(), self.folder()
        if profile is None or worker is None:
            return
        passphrase = self.passphrase.text()
        kdf_factory = self._kdf_factory
        self.create_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.create_status.setText(self.tr("Creating the vault… this takes a few seconds."))

        def work() -> Session:
            session = session_mod.create(
                folder, passphrase, worker, kdf_factory(), profile.recovery_recipient
            )
            try:
                install_profile(session, profile)
            except Exception:
                session.lock()
                raise
            return session

        self._tasks.run(work, self._created, self._failed)

    def _created(self, session: object) -> None:
        self.create_status.clear()
        self.passphrase.clear()
        self.repeat.clear()
        self.vault_created.emit(session)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        """Shown on the page; the passphrases stay typed so the worker can go back and retry."""
        if isinstance(exc, VaultError | ValidationError):
            self.create_status.setText(str(exc))
        else:  # its text may carry a path: log only the type
            logger.error("vault creation failed: %s", type(exc).__name__)
            self.create_status.setText(self.tr("The vault could not be created."))
        self.back_button.setEnabled(True)
        self._update_create()
