"""Every copy the app makes: marked to stay out of clipboard history, and cleared by a lock.

DESIGN section 4: a lock clears the clipboard if it still holds the app's last copy (never what
another program copied later), and the app's copies are marked so Windows keeps them out of
clipboard history (Win+V) and the cloud clipboard. The guard sees every copy, not only those
made through ``copy``:

- Copy and Cut keys (Ctrl+C, Ctrl+X, Ctrl+Insert, Shift+Delete) in a text field with the focus
  are done here, with the markers in the same clipboard content: Windows never sees the text
  unmarked;
- any other copy (a context menu, a list's Ctrl+C) shows as ``QClipboard.dataChanged``. When it
  is the app's, it is put back with the markers. The re-set carries the markers, so it is
  recognised and does not trigger itself, also when Windows reports it a moment later.

Whose copy it is: ``ownsClipboard()`` where the platform tells (Windows, X11, Wayland, macOS).
Offscreen and on "minimal" it is always false; there a change while one of the app's windows
has the focus counts as the app's (``app_has_focus``, replaceable in tests).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Slot, qAddPostRoutine
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Text fields by their Qt class names: the guard is built before the lock screen, and the text
# edits' Python classes (with their enums) load only when a copy key is pressed (cold start).
TEXT_FIELDS = ("QLineEdit", "QPlainTextEdit", "QTextEdit")

_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'  # Qt registers "{}" with Windows
DWORD_0 = b"\x00\x00\x00\x00"
DWORD_1 = b"\x01\x00\x00\x00"

MARKERS: dict[str, bytes] = {
    # any data: no clipboard history, no cloud clipboard, no clipboard monitors
    _WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"): DWORD_1,
    _WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"): DWORD_0,
    _WINDOWS_FORMAT.format("CanUploadToCloudClipboard"): DWORD_0,
    "x-kde-passwordManagerHint": b"secret",  # KDE's Klipper keeps no history of it either
}

_NO_OWNER_INFO = frozenset({"offscreen", "minimal"})


def marked(source: QMimeData | None = None, text: str = "") -> QMimeData:
    """A new clipboard content: every format of ``source`` (or ``text``) plus the markers."""
    mime = QMimeData()
    if source is None:
        mime.setText(text)
    else:
        for name in source.formats():
            mime.setData(name, source.data(name))
        if source.hasImage():
            mime.setImageData(source.imageData())
    for name, value in MARKERS.items():
        mime.setData(name, value)
    return mime


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and all(mime.hasFormat(name) for name in MARKERS)


_on_clipboard: list[QMimeData] = []  # the content this module put on the clipboard last


def _release() -> None:
    """As the application goes, take content made in Python off the clipboard.

    Offscreen and on "minimal", Qt keeps the clipboard's content in a static that outlives
    Python, and a QMimeData made in Python calls into Python when deleted: a crash at exit.
    (The app's own copy is already cleared by the lock on the way out.)
    """
    if _on_clipboard:
        clipboard = QGuiApplication.clipboard()
        if clipboard.mimeData() is _on_clipboard[0]:
            clipboard.blockSignals(True)  # no guard reacts while the application goes
            clipboard.clear()
        _on_clipboard.clear()


def _app_has_focus() -> bool:
    return QGuiApplication.focusWindow() is not None


class ClipboardGuard(QObject):
    """Sees, marks and remembers the app's copies; ``clear_if_ours`` at the lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: str | None = None
        self._setting = False
        self.app_has_focus: Callable[[], bool] = _app_has_focus
        self.owner_known = QGuiApplication.platformName() not in _NO_OWNER_INFO
        QGuiApplication.clipboard().dataChanged.connect(self._changed)
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):  # not app-wide: a filter per event would cost
            app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch the keys of each text field that gets the focus (Qt keeps one filter per
        field, and drops it with the field)."""
        if new is not None and any(new.inherits(name) for name in TEXT_FIELDS):
            new.installEventFilter(self)

    @property
    def last_copy(self) -> str | None:
        """The text of the app's last copy while it may still be on the clipboard."""
        return self._last

    def copy(self, text: str) -> None:
        self._put(marked(text=text))

    def _put(self, mime: QMimeData) -> None:
        self._last = mime.text()
        if not _on_clipboard:
            qAddPostRoutine(_release)  # once per application
        self._setting = True
        try:
            QGuiApplication.clipboard().setMimeData(mime)
            _on_clipboard[:] = [mime]
        finally:
            self._setting = False

    def _ours(self) -> bool:
        if QGuiApplication.clipboard().ownsClipboard():
            return True
        return not self.owner_known and self.app_has_focus()

    def _changed(self) -> None:
        if self._setting or not self._ours():
            return  # our own re-set, or another program's copy: never touched
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.formats():
            return  # cleared
        if is_marked(mime):
            self._last = mime.text()
            return
        self._put(marked(mime))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtGui import QKeySequence

            if event.matches(QKeySequence.StandardKey.Copy):
                return self._copy_selection(watched, cut=False)
            if event.matches(QKeySequence.StandardKey.Cut):
                return self._copy_selection(watched, cut=True)
        return super().eventFilter(watched, event)

    def _copy_selection(self, widget: QObject, cut: bool) -> bool:
        """Copy (or cut) a text field's selection with the markers; False: Qt does it."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        if isinstance(widget, QLineEdit):
            if widget.echoMode() != QLineEdit.EchoMode.Normal or not widget.hasSelectedText():
                return False  # a passphrase is never copied
            if cut and widget.isReadOnly():
                return False
            self._put(marked(text=widget.selectedText()))
            if cut:
                widget.del_()
            return True
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            cursor = widget.textCursor()
            if not cursor.hasSelection() or (cut and widget.isReadOnly()):
                return False
            self._put(marked(widget.createMimeDataFromSelection()))
            if cut:
                cursor.removeSelectedText()
                widget.setTextCursor(cursor)
            return True
        return False

    def clear_if_ours(self) -> bool:
        """Clear the clipboard when it still holds our last copy; True when cleared."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        text = mime.text() if mime is not None else ""
        ours = clipboard.ownsClipboard() or (self._last is not None and text == self._last)
        self._setting = True
        try:
            if ours:
                clipboard.clear()
            if clipboard.supportsSelection() and clipboard.ownsSelection():
                clipboard.clear(QClipboard.Mode.Selection)  # X11: selected text, middle click
        finally:
            self._setting = False
        self._last = None
        return ours
