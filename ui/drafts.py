"""Autosave what the worker types as an encrypted draft, and put it back after a lock.

A single-shot timer restarts on every keystroke, so a draft is written at most two seconds after
the last one; ``flush()`` writes at once (the lock calls it first). An emptied field removes its
draft instead of keeping an empty one. Keys are ids, never names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from app.services.drafts import DraftService

AUTOSAVE_MS = 2000


class DraftAutosaver(QObject):
    def __init__(
        self,
        editor: QPlainTextEdit,
        drafts: DraftService,
        view_key: str,
        field_key: str,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self._drafts = drafts
        self.view_key = view_key
        self.field_key = field_key
        self._on_error = on_error
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self._dirty = True
        self.timer.start()

    def retarget(self, field_key: str) -> None:
        self.flush()
        self.field_key = field_key

    def flush(self) -> None:
        self.timer.stop()
        if not self._dirty:
            return
        text = self.editor.toPlainText()
        try:
            if text:
                self._drafts.save(
                    self.view_key, self.field_key, text, self.editor.textCursor().position()
                )
            else:
                self._drafts.discard(self.view_key, self.field_key)
            self._dirty = False
        except Exception as exc:  # shown to the worker; the text stays on screen
            if self._on_error:
                self._on_error(exc)

    def set_text(self, text: str) -> None:
        """Put text in the editor that is already stored (no draft for it); clears undo."""
        self.timer.stop()
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._dirty = False

    def restore(self) -> bool:
        """Put a saved draft back (text and cursor); True when there was one."""
        draft = self._drafts.get(self.view_key, self.field_key)
        if draft is None:
            return False
        self.set_text(draft.text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(draft.cursor, len(draft.text)), QTextCursor.MoveMode.MoveAnchor)
        self.editor.setTextCursor(cursor)
        self._dirty = False
        return True

    def discard(self) -> None:
        self.timer.stop()
        self._dirty = False
        self._drafts.discard(self.view_key, self.field_key)
