"""The app's clipboard copies, so locking can clear exactly what the app put there.

Offscreen and on some platforms ``QClipboard.ownsClipboard()`` is always false, so we compare
the clipboard's text with the text we last copied. Something another program copied later is
left alone. (On Windows a copy should also be excluded from clipboard history; DESIGN section 4.)
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


class ClipboardGuard:
    def __init__(self) -> None:
        self._last: str | None = None

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._last = text

    def clear_if_ours(self) -> bool:
        """Clear the clipboard when it still holds our last copy; True when cleared."""
        clipboard = QGuiApplication.clipboard()
        ours = self._last is not None and clipboard.text() == self._last
        if ours:
            clipboard.clear()
        self._last = None
        return ours
