"""Keeping the keyboard focus where a keyboard-only user expects it (issue 9).

Four Qt habits break the tab order, and these helpers work around them:

- A widget's *focus proxy* is entered every time Tab passes its owner in the focus chain
  (Qt 6). A view that named, say, its search field as its proxy therefore sent Tab back to that
  field before reaching the widgets after it, and the widgets before it could not be reached at
  all. :func:`forward_focus` hands the focus on when the view itself is focused, and nothing
  more.
- A date edit that shows its *special value text* ("unknown") keeps Tab for ever: Qt moves
  to the next date section, which that text does not have. :func:`release_tab` lets Tab leave.
- Widgets built later (a panel made once the conversation has started) join the end of the
  window's focus chain, whatever their place on screen. :func:`chain` threads a list of widgets
  (and containers, through :func:`tab_stops`) into the order they are read in.
- Buttons added to a ``QDialogButtonBox`` come after its standard buttons in the focus chain,
  wherever the style puts them on screen: :func:`button_order`.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QDialogButtonBox, QWidget


class _FocusForwarder(QObject):
    def __init__(self, view: QWidget, target: QWidget) -> None:
        super().__init__(view)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._target.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


def forward_focus(view: QWidget, target: QWidget) -> None:
    """``view.setFocus()`` puts the focus on ``target``; Tab is left alone (unlike a proxy)."""
    view.installEventFilter(_FocusForwarder(view, target))


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that take Tab focus (hidden ones too, so they keep
    their place when shown), in the window's current focus-chain order."""
    window = container.window()
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if (
            container.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in this order (``QWidget.setTabOrder``)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def button_order(box: QDialogButtonBox) -> None:
    """Tab takes a button box's buttons as they stand on screen (buttons added to a box after
    its standard ones would otherwise come after them, wherever the style puts them).

    Call it once the box is in its dialog: on its own the box is a window whose focus chain
    is a circle of its buttons, where "first after last" is already true and changes nothing.
    """
    layout = box.layout()
    if layout is None:
        return
    items = (layout.itemAt(index) for index in range(layout.count()))
    chain(*(w for item in items if item is not None and (w := item.widget()) is not None))


class _TabReleaser(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and watched.specialValueText()
            and watched.dateTime() == watched.minimumDateTime()
        ):
            forward = event.key() == Qt.Key.Key_Tab
            return QAbstractSpinBox.focusNextPrevChild(watched, forward)  # skip the sections
        return False


def release_tab(edit: QDateTimeEdit) -> None:
    """Tab leaves ``edit`` while it shows its special value text."""
    edit.installEventFilter(_TabReleaser(edit))
