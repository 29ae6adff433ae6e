"""Apply the display preferences: at start, and at once when the worker changes them.

At start (``apply_saved``) the language and text size are set before the first window, so the
lock screen already follows them. A new language or text size is applied by building the
windows again (``ui.rebuild``), as Qt's widgets do not re-read their texts and fonts by
themselves; high contrast is a palette, which every open widget follows, so it needs no rebuild.
This module is on the cold-start path: Qt classes and the rest load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui import i18n, preferences
from ui.preferences import Preferences

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ui.app_controller import AppController

_applied: list[Preferences] = []  # what is in effect now (one element, or none yet)


def applied() -> Preferences | None:
    return _applied[0] if _applied else None


def current() -> Preferences:
    """What is in effect, or else what is saved."""
    return applied() or preferences.load()


def install(prefs: Preferences) -> None:
    """Install the catalogs for the language and set the text size and palette."""
    from ui import appearance

    i18n.install(prefs.language)
    # At start too, with the platform's own size and palette: the focus frame and the
    # readable placeholder and selection colours are part of it (the lock screen needs them).
    appearance.apply(prefs)
    _applied[:] = [prefs]


def apply_saved(settings: QSettings | None = None) -> Preferences:
    """At start, before the first window: the saved language, text size and contrast."""
    prefs = preferences.load(settings)
    install(prefs)
    return prefs


def forget() -> None:
    """Tests: nothing applied (the next change rebuilds)."""
    _applied.clear()


def change(controller: AppController, prefs: Preferences) -> None:
    """Save ``prefs`` and apply them: the palette at once, language and size by a rebuild.

    The rebuild waits for the event loop: the combo box that asked for it is deleted with it.
    """
    from PySide6.QtCore import QTimer

    preferences.save(prefs)
    now = applied()
    if now is not None and (now.language, now.text_scale) == (prefs.language, prefs.text_scale):
        from ui import appearance

        appearance.apply(prefs)  # a palette: every open widget follows it, no rebuild
        _applied[:] = [prefs]
        return
    QTimer.singleShot(0, controller, lambda: rebuild(controller, prefs))


def rebuild(controller: AppController, prefs: Preferences) -> None:
    """Build the windows again in ``prefs``' language and size (``ui.rebuild``)."""
    from ui import rebuild as rebuild_mod

    rebuild_mod.rebuild(controller, prefs, install)
