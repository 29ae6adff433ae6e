"""Build the windows again after a change of language or text size, without losing work.

The session stays unlocked (no passphrase, no lock or unlock in the audit trail; only the views
opened again log their own opening). Steps: note where the worker is (ids only: the view, the
intake step and domain) and whether the settings were open, save the drafts, keep the other
typed text in memory (``ui.form_state``), delete every window, install the new catalogs and
font, build a new main window, and put the view, the text, the cursor and the settings dialog
back. While locked the lock screen is built again (same folder); on first run, the wizard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui import form_state
from ui.preferences import Preferences

if TYPE_CHECKING:
    from ui.app_controller import AppController
    from ui.views.lock_screen import LockScreen

logger = logging.getLogger(__name__)


def rebuild(
    controller: AppController, prefs: Preferences, install: Callable[[Preferences], None]
) -> None:
    """Build every window again in ``prefs``' language and size (``install`` sets them);
    nothing typed is lost."""
    session, window = controller.session, controller.main_window
    if session is None or window is None:
        install(prefs)
        _rebuild_first_screen(controller)
        return
    dialog = getattr(controller.settings_dialog, "display", None)
    settings_focus = dialog.focused_control() if dialog is not None else None
    reopen_settings = controller.settings_dialog is not None
    navigation = window.navigation_state()
    was_hidden = bool(getattr(window, "hidden", False))
    typed = _capture(window)
    window.flush_drafts()
    window.save_geometry()
    controller.tasks.wait()
    _delete_windows(controller)
    install(prefs)
    window = controller.open_main_window(session)
    if navigation is not None:
        try:
            window.restore(navigation)
        except Exception:  # gone meanwhile: stay home
            logger.info("navigation target no longer available after the rebuild")
    for key, root in _roots(window).items():
        if key in typed:
            form_state.restore(root, typed[key])
    if was_hidden:  # the screen was hidden from view: it stays hidden
        window.toggle_hidden()
    logger.info("windows rebuilt for a display change")  # no content, no ids
    if reopen_settings:
        controller.show_settings()
        box = getattr(controller.settings_dialog, "display", None)
        if box is not None:
            box.focus_control(settings_focus)


def _roots(window: QWidget) -> dict[str, QWidget]:
    """The home view and the view open on top of it, also while the screen is hidden (the
    same roots a lock keeps typed text for)."""
    from ui.lock_drafts import roots

    return roots(window)  # type: ignore[arg-type]  # always the MainWindow


def _capture(window: QWidget) -> dict[str, form_state.FormState]:
    return {key: form_state.capture(root) for key, root in _roots(window).items()}


def _delete_windows(controller: AppController) -> None:
    """Every window goes, the lock screen too (it is built again, in the new language)."""
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    controller.main_window = None
    controller.settings_dialog = None
    controller.message_box = None
    controller.lock_screen = None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _rebuild_first_screen(controller: AppController) -> None:
    """Locked or first run: the lock screen (same folder) or the wizard, built again."""
    if controller.wizard is not None:
        wizard, controller.wizard = controller.wizard, None
        wizard.hide()
        wizard.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        controller.show_wizard()
        return
    screen = controller.lock_screen
    if screen is None:
        return
    if getattr(screen, "_busy", False):  # unlocking: its answer must find this screen alive
        QTimer.singleShot(100, controller, lambda: _rebuild_first_screen(controller))
        return
    folder, visible = screen.folder, screen.isVisible()
    controller.lock_screen = None
    screen.hide()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    controller.show_lock_screen(show=visible)
    rebuilt = _lock_screen(controller)  # a new one (mypy would keep the None above)
    if rebuilt is not None and folder != rebuilt.folder:  # the worker chose another folder
        rebuilt.set_folder(folder)


def _lock_screen(controller: AppController) -> LockScreen | None:
    return controller.lock_screen
