"""The app's states: first run → locked ⇄ unlocked. Locked at start.

Locking saves drafts (the note editors' own, and one for all other typed text:
``ui.lock_drafts``), waits for background work, closes the vault (the data key goes with the
connection), deletes every window but the lock screen and clears the clipboard if it still
holds the app's last copy. Only ids survive, to reopen the same view after unlock.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import AppPaths
from app.services.lock_policy import LockReason
from app.storage.errors import DamageFoundAfterUnlock, DatabaseDamaged, VaultError
from app.storage.vault_paths import VaultPaths, vault_folders
from ui.clipboard import ClipboardGuard
from ui.lock_controller import LockController
from ui.tasks import TaskRunner
from ui.views.language_button import add_language_button
from ui.views.lock_screen import LockScreen

if TYPE_CHECKING:  # the rest loads after the lock screen is up (cold start, issue 3)
    from PySide6.QtWidgets import QMessageBox

    from app.crypto import KdfParams
    from app.services.profiles import ProfileChoice
    from app.services.session import Session
    from ui.preferences import Preferences
    from ui.views.first_run_wizard import FirstRunWizard
    from ui.views.main_window import MainWindow

logger = logging.getLogger(__name__)


def find_vault_folder(paths: AppPaths) -> Path | None:
    """The worker's vault: the only one in the data folder (several: the first by name)."""
    found = vault_folders(paths.vaults)
    return found[0] if found else None


def unlock_session(folder: Path, passphrase: str) -> Session:
    from app.services import session as session_mod

    return session_mod.unlock(folder, passphrase)


class AppController(QObject):
    def __init__(
        self,
        paths: AppPaths,
        kdf_factory: Callable[[], KdfParams],
        list_profiles: Callable[[], list[ProfileChoice]],
        read_profile: Callable[[Path], ProfileChoice],
        vault_folder: Path | None = None,
        wall: Callable[[], float] = time.time,
        unlock: Callable[[Path, str], Session] = unlock_session,
    ) -> None:
        super().__init__()
        self.paths = paths
        self._kdf_factory = kdf_factory
        self._list_profiles = list_profiles
        self._read_profile = read_profile
        self._unlock = unlock
        self.vault_folder = vault_folder or find_vault_folder(paths)
        self.tasks = TaskRunner(self)
        self.clipboard = ClipboardGuard()
        self.lock_controller = LockController(wall, self)
        self.lock_controller.lock_needed.connect(self.lock)
        self.session: Session | None = None
        self.main_window: MainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self.wizard: FirstRunWizard | None = None
        self._navigation: tuple[str, str] | None = None
        self.settings_dialog: QWidget | None = None
        self.message_box: QMessageBox | None = None
        self.last_lock_reason: LockReason | None = None

    def start(self) -> None:
        if self.vault_folder is not None and VaultPaths(self.vault_folder).exists():
            self.show_lock_screen()
        else:
            self.show_wizard()

    # -- states ------------------------------------------------------------------------------
    def show_wizard(self) -> None:
        from ui.views.first_run_wizard import FirstRunWizard

        self.wizard = FirstRunWizard(
            self.paths, self._list_profiles, self._read_profile, self._kdf_factory, self.tasks
        )
        self.wizard.vault_created.connect(self._created)
        add_language_button(self.wizard, self.change_display)
        self.wizard.show()

    def _created(self, session: Session) -> None:
        self.vault_folder = session.vault.paths.folder
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.hide()
            wizard.deleteLater()
        self.show_lock_screen(show=False)
        self._unlocked(session)

    def show_lock_screen(self, show: bool = True) -> None:
        if self.lock_screen is None:
            folder = self.vault_folder or self.paths.vaults
            self.lock_screen = LockScreen(folder, self._unlock, self.tasks)
            self.lock_screen.unlocked.connect(self._unlocked)
            add_language_button(self.lock_screen, self.change_display)
        if show:
            self.lock_screen.show()
            self.lock_screen.activateWindow()
            self.lock_screen.setFocus()

    def _unlocked(self, session: Session) -> None:
        self.session = session
        if self.lock_screen is not None:
            self.vault_folder = self.lock_screen.folder
            self.lock_screen.hide()
        window = self.open_main_window(session)
        self._restore_navigation(session, window)
        from ui import lock_drafts

        lock_drafts.restore(window, session.drafts)  # what was typed when it locked
        self.lock_controller.start(session.idle_minutes)
        self.tasks.run(session.vault.integrity_check, self._integrity_done, self._integrity_failed)
        from app.services.housekeeping import run_purges

        self.tasks.run(lambda: run_purges(session), self._purged, self._purge_failed)

    def open_main_window(self, session: Session) -> MainWindow:
        from ui.views.main_window import MainWindow

        window = MainWindow(session)
        window.lock_requested.connect(lambda: self.lock(LockReason.MANUAL))
        window.settings_requested.connect(self.show_settings)
        self.main_window = window
        window.show()
        return window

    def change_display(self, prefs: Preferences) -> None:
        """Save and apply a new language, text size or contrast (``ui.relocalize``)."""
        from ui import relocalize

        relocalize.change(self, prefs)

    def rebuild_windows(self) -> None:
        """Build the windows again in the saved language and size, keeping all work."""
        from ui import preferences, relocalize

        relocalize.rebuild(self, preferences.load())

    def _purged(self, report: object) -> None:
        logger.info("purges after unlock: %s", report)  # counts only, never content
        # Dossiers due for destruction wait for the worker: show the list (issue 8).
        if getattr(report, "destruction_due", 0) and self.main_window is not None:
            self.main_window.open_retention()

    def _purge_failed(self, exc: Exception) -> None:
        logger.error("purge after unlock failed: %s", type(exc).__name__)

    def show_settings(self) -> None:
        from ui.views.settings_dialog import SettingsDialog

        if self.session is None or self.settings_dialog is not None:
            return
        dialog = SettingsDialog(self.session, self.tasks, self._kdf_factory, self.main_window)
        dialog.display.changed.connect(self.change_display)
        dialog.finished.connect(self._settings_closed)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self) -> None:
        self.settings_dialog = None
        if self.session is not None:
            self.lock_controller.policy.set_idle_minutes(self.session.idle_minutes)

    def _restore_navigation(self, session: Session, window: MainWindow) -> None:
        from ui import lock_drafts

        target = self._navigation or lock_drafts.pending_navigation(session.drafts)
        if target is None:
            drafts = session.drafts.all()
            citizen_drafts = [d for d in drafts if d.view_key.startswith("citizen:")]
            if citizen_drafts:
                latest = citizen_drafts[0]
                target = (latest.view_key.removeprefix("citizen:"), latest.field_key)
        self._navigation = None
        if target is None:
            window.home.setFocus()
            return
        try:
            window.restore(target)
        except Exception:  # the citizen or conversation is gone: stay home
            logger.info("navigation target no longer available")

    def _integrity_done(self, ok: object) -> None:
        if self.session is None:
            return  # locked while the check ran: the next unlock checks again
        if not ok:
            logger.error("integrity check reported problems")
            self._lock_damaged(str(DamageFoundAfterUnlock()))

    def _integrity_failed(self, exc: Exception) -> None:
        if self.session is None or self.session.locked:
            return  # locked while the check ran
        logger.error("integrity check failed: %s", type(exc).__name__)
        if isinstance(exc, DatabaseDamaged):
            self._lock_damaged(str(exc))
        elif isinstance(exc, VaultError):  # the held-back unlock events failed: a full disk
            self._warn(str(exc))
        else:
            self._warn(
                self.tr("The vault's integrity check could not run. Contact your administrator.")
            )

    def _lock_damaged(self, message: str) -> None:
        """The check after unlock found damage, so the vault refuses every write (nothing
        typed can be kept): lock at once and say why on the lock screen."""
        self.lock(LockReason.DAMAGED)
        if self.lock_screen is not None:
            self.lock_screen.error_label.setText(message)

    def _warn(self, text: str) -> None:
        """A window-modal message that does not block: a lock deletes it with the window."""
        from PySide6.QtWidgets import QMessageBox  # on use (cold start)

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Keukentafel"), text, parent=self.main_window
        )
        box.finished.connect(box.deleteLater)  # not WA_DeleteOnClose: no ``Qt`` at cold start
        box.open()
        self.message_box = box

    def lock(self, reason: LockReason = LockReason.MANUAL) -> None:
        """Lock now: drafts first, then the vault, then every window but the lock screen."""
        if self.session is None:
            return
        self.last_lock_reason = reason
        self.lock_controller.stop()
        if self.main_window is not None:
            self._navigation = self.main_window.navigation_state()
            if not self.session.vault.damaged:  # a damaged vault refuses every write
                from ui import lock_drafts

                lock_drafts.save(self.main_window, self.session.drafts)  # one encrypted draft
                self.main_window.flush_drafts()
            self.main_window.save_geometry()
        self.tasks.wait()
        session, self.session = self.session, None
        session.lock()
        logger.info("locked: %s", reason.value)
        for widget in QApplication.topLevelWidgets():
            if widget is not self.lock_screen:
                widget.hide()
                widget.deleteLater()
        self.main_window = None
        self.settings_dialog = None
        self.message_box = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.clipboard.clear_if_ours()
        self.show_lock_screen()

    @property
    def top_windows(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
