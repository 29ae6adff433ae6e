"""The only window while the vault is locked: a passphrase field and nothing personal.

No worker or citizen name is shown (nothing personal is kept outside the vault): only that the
vault is locked and which folder it is in. Each ``VaultError`` shows its own message; after
too many wrong attempts the Unlock button stays disabled, counting down, until the wait is over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import TooManyAttempts, VaultError, VaultMissing
from app.storage.vault_paths import VaultPaths
from ui.appearance import scaled_font
from ui.tasks import TaskRunner
from ui.widgets.password_field import PasswordField

if TYPE_CHECKING:
    from app.services.session import Session

logger = logging.getLogger(__name__)


class LockScreen(QWidget):
    """Emits ``unlocked(Session)``; ``unlock`` (folder, passphrase) -> Session runs off-thread."""

    unlocked = Signal(object)

    def __init__(
        self,
        folder: Path,
        unlock: Callable[[Path, str], Session],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keukentafel")
        self.folder = folder
        self._unlock = unlock
        self._tasks = tasks
        self._busy = False
        title = QLabel(self.tr("Keukentafel — vault locked"))
        title.setFont(scaled_font(1.6, bold=True))
        title.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.passphrase = PasswordField(self.tr("Passphrase"))
        prompt = QLabel(self.tr("&Passphrase:"))
        prompt.setBuddy(self.passphrase.line_edit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.submitted.connect(self.try_unlock)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Message"))
        self.other_button = QPushButton(self.tr("Open &another vault folder…"))
        self.other_button.clicked.connect(self._choose_folder)
        # No ``Qt`` namespace here: importing it builds every Qt enum (~45 ms of cold start).
        box = QWidget()
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        title_row = QHBoxLayout()  # centred by stretches: no ``Qt`` alignment at cold start
        title_row.addStretch(1)
        title_row.addWidget(title)
        title_row.addStretch(1)
        inner.addLayout(title_row)
        inner.addWidget(self.folder_label)
        inner.addSpacing(12)
        inner.addWidget(prompt)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.error_label)
        inner.addSpacing(12)
        inner.addWidget(self.other_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._count_down)
        self._wait_left = 0
        self._show_folder()
        self.setFocusProxy(self.passphrase.line_edit)
        self.resize(720, 480)

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Vault: {folder}").format(folder=self.folder))

    def try_unlock(self) -> None:
        if self._busy or not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error_label.setText(self.tr("Type your passphrase."))
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.error_label.setText(self.tr("Opening the vault…"))
        folder, unlock = self.folder, self._unlock
        self._tasks.run(lambda: unlock(folder, passphrase), self._done, self._failed)

    def _done(self, session: object) -> None:
        self._busy = False
        self.passphrase.clear()
        self.error_label.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(session)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        if isinstance(exc, TooManyAttempts):
            self._wait_left = exc.seconds
            self.unlock_button.setEnabled(False)
            self._wait_timer.start()
        if isinstance(exc, VaultError):
            self.error_label.setText(str(exc))
        else:  # a bug or an OS error: the message may carry a path, so only its type is logged
            logger.error("unlock failed: %s", type(exc).__name__)
            self.error_label.setText(self.tr("The vault could not be opened."))
        self.passphrase.line_edit.selectAll()
        self.passphrase.setFocus()

    def _count_down(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self.unlock_button.setEnabled(True)
            self.error_label.setText(self.tr("You can try again now."))
        else:
            self.error_label.setText(
                self.tr(
                    "Too many wrong attempts. Wait %n second(s) and try again.", "", self._wait_left
                )
            )

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on use: its enums cost the cold start

        name = QFileDialog.getExistingDirectory(self, self.tr("Open a vault folder"))
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        """Unlock the vault in ``folder`` next; say so at once when there is none."""
        self.folder = folder
        self._show_folder()
        self.error_label.setText("" if VaultPaths(folder).exists() else str(VaultMissing()))
