"""Driving the app the way a keyboard-only or screen-reader user does (issue 9).

Every key goes to ``QApplication.focusWidget()`` through :func:`press`; the other helpers are
built on it. To find its way a test reads only what a screen reader would announce for the
focused widget: the label that names it and its accessible name, its value (a combo box's
current text, a check box's state) and, in a list, the focused item's text. :class:`MouseWatch`
counts every mouse event the application sees, so a test can prove it used none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

Modifiers = Qt.KeyboardModifier

MOUSE_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.NonClientAreaMouseButtonPress,
        QEvent.Type.NonClientAreaMouseButtonRelease,
        QEvent.Type.NonClientAreaMouseButtonDblClick,
        QEvent.Type.NonClientAreaMouseMove,
    }
)


class MouseWatch(QObject):
    """An application-wide event filter that counts mouse events (and lets them through)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.kinds: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.count += 1
            self.kinds.add(event.type().name)
        return False

    def __enter__(self) -> MouseWatch:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ScreenReader:
    """Accessibility switched on, as when a screen reader runs: Qt then keeps the accessible
    tree up to date as lists are rebuilt (without one it may read stale, empty items)."""

    def __enter__(self) -> ScreenReader:
        self._was = QAccessible.isActive()
        QAccessible.setActive(True)
        return self

    def __exit__(self, *_exc: object) -> None:
        QAccessible.setActive(self._was)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _text(widget: QWidget, kind: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return "" if iface is None else iface.text(kind).replace("&", "")


def name_of(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name (mnemonic ampersands dropped)."""
    return _text(widget, QAccessible.Text.Name)


def label_of(widget: QWidget) -> str:
    """The text of the label that names ``widget`` (its buddy): what Orca reads before a
    drop-down, whose accessible name on Linux is its current text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    labels = iface.relations(QAccessible.Relation.Label)
    return " ".join(label.text(QAccessible.Text.Name) for label, _ in labels).replace("&", "")


def announced(widget: QWidget) -> str:
    """Label and name, as a screen reader announces the widget on arrival."""
    parts = [label_of(widget), name_of(widget)]
    return " ".join(dict.fromkeys(p for p in parts if p))


def value_of(widget: QWidget) -> str:
    """A combo box's current text, an edit's text, a spin box's value (as announced)."""
    return _text(widget, QAccessible.Text.Value)


def checked(widget: QWidget) -> bool:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface is not None and bool(iface.state().checked)


def current_item(widget: QWidget) -> str:
    """In a list, the text of the item that has the focus (what a screen reader reads next)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    child = iface.focusChild() if iface is not None else None
    return "" if child is None else child.text(QAccessible.Text.Name)


def where() -> str:
    widget = focused()
    return f"{type(widget).__name__} {announced(widget)!r}"


def press(qtbot: object, key: Qt.Key | str, modifiers: Modifiers = Modifiers.NoModifier) -> None:
    """The one way a key reaches the app: to whatever has the focus right now."""
    qtbot.keyClick(focused(), key, modifiers)  # type: ignore[attr-defined]
    QApplication.processEvents()


def press_keys(qtbot: object, sequence: QKeySequence) -> None:
    """A key sequence as shown in a menu or the shortcut list ("Ctrl+PgDown"), key by key."""
    for index in range(sequence.count()):
        combination = sequence[index]
        press(qtbot, combination.key(), combination.keyboardModifiers())


def type_text(qtbot: object, text: str) -> None:
    for char in text:
        press(qtbot, char)


def matches(pattern: str) -> Callable[[str], bool]:
    regex = re.compile(pattern, re.IGNORECASE)
    return lambda text: regex.search(text) is not None


def tab_to(qtbot: object, pattern: str, limit: int = 80, backwards: bool = False) -> QWidget:
    """Press Tab (or Shift+Tab) until what the focused widget announces matches."""
    ok = matches(pattern)
    seen: list[str] = []
    for _ in range(limit):
        if ok(announced(focused())):
            return focused()
        seen.append(announced(focused()))
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, Modifiers.ShiftModifier)
        else:
            press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"no {pattern!r} within {limit} Tab presses; passed {seen}")


def arrow_to(qtbot: object, pattern: str, read: Callable[[QWidget], str], limit: int = 40) -> None:
    """Press Down (then Up from the end) until ``read(focused widget)`` matches ``pattern``."""
    ok = matches(pattern)
    seen: list[str] = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        for _ in range(limit):
            text = read(focused())
            if ok(text):
                return
            seen.append(text)
            before = text
            press(qtbot, key)
            if read(focused()) == before:
                break  # the end of the list: try the other way
    raise AssertionError(f"no {pattern!r} in {where()}; saw {seen}")


def wait_focus(qtbot: object, pattern: str, timeout: int = 20_000) -> QWidget:
    """Wait until the focus lands on a widget named like ``pattern`` (after slow work)."""
    ok = matches(pattern)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: QApplication.focusWidget() is not None and ok(announced(focused())),
        timeout=timeout,
    )
    return focused()
