"""The worker's display preferences: language, text size and high contrast.

They are needed before the vault is open (the lock screen is shown in the chosen language and
size), so they live in ``QSettings`` beside the window geometry. They hold no personal data:
only ``nl``/``en``, a percentage and a yes/no.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

LANGUAGES = ("nl", "en")
TEXT_SCALES = (100, 125, 150, 200)
KEYS = ("appearance/language", "appearance/text_scale", "appearance/high_contrast")


@dataclass(frozen=True)
class Preferences:
    language: str = "nl"
    text_scale: int = 100
    high_contrast: bool = False

    def with_language(self, language: str) -> Preferences:
        return replace(self, language=language if language in LANGUAGES else "nl")


def load(settings: QSettings | None = None) -> Preferences:
    """What was saved, with anything unknown or damaged read as the default."""
    store = settings or QSettings()
    language = str(store.value(KEYS[0], "nl"))
    try:
        scale = int(str(store.value(KEYS[1], 100)))
    except ValueError:
        scale = 100
    contrast = str(store.value(KEYS[2], "false")).lower() in ("true", "1")
    return Preferences(
        language=language if language in LANGUAGES else "nl",
        text_scale=scale if scale in TEXT_SCALES else 100,
        high_contrast=contrast,
    )


def save(preferences: Preferences, settings: QSettings | None = None) -> None:
    store = settings or QSettings()
    store.setValue(KEYS[0], preferences.language)
    store.setValue(KEYS[1], preferences.text_scale)
    store.setValue(KEYS[2], "true" if preferences.high_contrast else "false")
    store.sync()
