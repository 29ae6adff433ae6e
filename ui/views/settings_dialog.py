"""Settings: language and display, the idle lock, the passphrase, the agency profile update.

The idle lock is stored in the encrypted vault and the passphrase in the key file; only the
display preferences (no personal data) go to QSettings, as the lock screen needs them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.crypto import KdfParams
from app.domain.passphrase import mismatch_message
from app.services.lock_policy import MAX_IDLE_MINUTES
from app.services.profiles import install_profile, installed_profile, read_profile_file
from app.services.session import Session
from ui import relocalize
from ui.tasks import TaskRunner
from ui.views.display_settings import DisplaySettingsBox
from ui.widgets.password_field import PasswordField
from ui.widgets.scroll_body import scrolling_body


class SettingsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        tasks: TaskRunner,
        kdf_factory: Callable[[], KdfParams],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._session = session
        self._tasks = tasks
        self._kdf_factory = kdf_factory
        self.display = DisplaySettingsBox(relocalize.current())
        profile = installed_profile(session)
        limit = profile.profile.retention.idle_lock_minutes if profile else MAX_IDLE_MINUTES
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, min(limit, MAX_IDLE_MINUTES))
        self.idle_spin.setValue(min(session.idle_minutes, self.idle_spin.maximum()))
        self.idle_spin.setSuffix(self.tr(" min"))
        idle_label = QLabel(self.tr("&Lock after this many minutes without use:"))
        idle_label.setBuddy(self.idle_spin)
        idle_box = QGroupBox(self.tr("Lock"))
        idle_layout = QVBoxLayout(idle_box)
        idle_layout.addWidget(idle_label)
        idle_layout.addWidget(self.idle_spin)
        idle_layout.addWidget(
            QLabel(
                self.tr("Your organisation allows at most {n} minutes.").format(
                    n=self.idle_spin.maximum()
                )
            )
        )

        self.old_passphrase = PasswordField(self.tr("Current passphrase"))
        self.new_passphrase = PasswordField(
            self.tr("New passphrase"), show_strength=True, user_words=(session.worker.name,)
        )
        self.repeat_passphrase = PasswordField(self.tr("Repeat new passphrase"))
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.passphrase_message = QLabel()
        self.passphrase_message.setWordWrap(True)
        pass_box = QGroupBox(self.tr("Passphrase"))
        pass_layout = QVBoxLayout(pass_box)
        for text, field in (
            (self.tr("C&urrent passphrase:"), self.old_passphrase),
            (self.tr("&New passphrase:"), self.new_passphrase),
            (self.tr("&Repeat new passphrase:"), self.repeat_passphrase),
        ):
            label = QLabel(text)
            label.setBuddy(field.line_edit)
            pass_layout.addWidget(label)
            pass_layout.addWidget(field)
        pass_layout.addWidget(self.change_button)
        pass_layout.addWidget(self.passphrase_message)

        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("&Import profile update…"))
        self.profile_button.clicked.connect(self._choose_profile)
        profile_box = QGroupBox(self.tr("Agency profile"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_label)
        profile_layout.addWidget(self.profile_button)
        self._show_profile()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.body_scroll = scrolling_body(
            self, (self.display, idle_box, pass_box, profile_box), buttons
        )  # 200 % text on a laptop screen: the sections scroll instead of overlapping
        self.idle_spin.valueChanged.connect(self._session.set_idle_minutes)

    def _show_profile(self) -> None:
        verified = installed_profile(self._session)
        if verified is None:
            self.profile_label.setText(self.tr("No agency profile installed."))
            return
        self.profile_label.setText(
            self.tr("{organisation}, version {version} (signing key {fingerprint})").format(
                organisation=verified.profile.organisation.name,
                version=verified.profile.version,
                fingerprint=verified.fingerprint,
            )
        )

    def _choose_profile(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import agency profile"), "", self.tr("Agency profile (*.toml)")
        )
        if name:
            self.import_profile(Path(name))

    def import_profile(self, path: Path) -> bool:
        """Install an update; a refusal names its reason and changes nothing."""
        try:
            install_profile(self._session, read_profile_file(path))
        except Exception as exc:  # ProfileError and file errors carry a plain message
            self.profile_label.setText(str(exc))
            return False
        self._show_profile()
        return True

    def change_passphrase(self) -> None:
        old, new = self.old_passphrase.text(), self.new_passphrase.text()
        if new != self.repeat_passphrase.text():
            self.passphrase_message.setText(mismatch_message())
            return
        self.change_button.setEnabled(False)
        self.passphrase_message.setText(self.tr("Changing the passphrase…"))
        session, kdf_factory = self._session, self._kdf_factory
        self._tasks.run(
            lambda: session.change_passphrase(old, new, kdf_factory()),
            self._changed,
            self._failed,
        )

    def _changed(self, _result: object) -> None:
        for field in (self.old_passphrase, self.new_passphrase, self.repeat_passphrase):
            field.clear()
        self.change_button.setEnabled(True)
        self.passphrase_message.setText(self.tr("The passphrase has been changed."))

    def _failed(self, exc: Exception) -> None:
        self.change_button.setEnabled(True)
        self.passphrase_message.setText(str(exc))
