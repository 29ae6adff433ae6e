"""A clear focus indicator on every control: a 2-pixel frame in the selection colour (or the
text colour where that would not stand out 3:1) around whatever has the keyboard focus.

Qt's Fusion style marks focus with a faint tint on buttons, check boxes, tabs and lists; a
worker who uses only the keyboard could lose track of where she is. One ``QFocusFrame`` follows
the focus through the whole application; it is drawn just outside the control, so nothing of the
control itself is covered, and it takes its colour from the palette in use (high contrast too).

The frame's own style (``ui.focus_frame_style``: above the control, also where a container cuts
it off) costs ~15 ms to load, so the first frame, on the lock screen or the wizard, goes without
it when its ring fits beside the control: Qt's own placement then draws the same pixels. The
style loads at the next focus change, after the first screen is up (cold start, issue 10).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from ui.contrast import focus_colour

if TYPE_CHECKING:
    from ui.focus_frame_style import FrameStyle

WIDTH = 2
_INSTALLED = "kt_focus_frames"


class KeyboardFocusFrame(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:
        """The ring just outside the control; where its container cuts that off (a list that
        fills its pane), on the control's own edge."""
        parent = self.parentWidget()
        room = self.rect()
        if parent is not None:
            room &= QRect(self.mapFromParent(QPoint(0, 0)), parent.size())
        palette = self.palette()  # a copy
        palette.setColor(QPalette.ColorRole.Window, focus_colour(palette))
        painter = QPainter(self)
        # Four strips in the background brush (``eraseRect``), square corners. Not a pen or
        # ``fillRect``: resolving their overloads builds every ``Qt`` enum (~30 ms of cold start).
        painter.setBackground(palette.brush(QPalette.ColorRole.Window))
        x, y, w, h = room.x(), room.y(), room.width(), room.height()
        painter.eraseRect(QRect(x, y, w, WIDTH))
        painter.eraseRect(QRect(x, y + h - WIDTH, w, WIDTH))
        painter.eraseRect(QRect(x, y, WIDTH, h))
        painter.eraseRect(QRect(x + w - WIDTH, y, WIDTH, h))


class FocusFrames(QObject):
    """Moves the one frame to the widget that gets the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: KeyboardFocusFrame | None = None
        self._style: FrameStyle | None = None  # loads after the first frame (cold start)
        self._placed = False  # a frame has been placed before
        app.focusChanged.connect(self.follow)

    @property
    def frame(self) -> KeyboardFocusFrame | None:
        return self._frame if self._frame is not None and shiboken6.isValid(self._frame) else None

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = _outermost(new) if new is not None and not new.isWindow() else None
        frame = self.frame
        if target is None:
            if frame is not None:
                frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
            return
        if self._style is None and (self._placed or not _ring_fits(target)):
            from ui.focus_frame_style import FrameStyle

            self._style = FrameStyle()
            if frame is not None:
                frame.setStyle(self._style)
        if frame is None:  # the first, or deleted with the window it last sat in
            frame = self._frame = KeyboardFocusFrame()
            if self._style is not None:
                frame.setStyle(self._style)
        self._placed = True
        frame.setWidget(target)


def _outermost(widget: QWidget) -> QWidget:
    """The control itself, not the line edit inside a spin box or combo box that holds focus."""
    while (parent := widget.parentWidget()) is not None and parent.focusProxy() is widget:
        widget = parent
    return widget


def _ring_fits(widget: QWidget) -> bool:
    """True when the ring around ``widget`` lies inside its parent, where Qt's own placement
    puts the frame (beside the control, in the same parent)."""
    parent = widget.parentWidget()
    ring = widget.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
    return parent is not None and parent.rect().contains(ring)


def install(app: QApplication) -> FocusFrames:
    """The application's one ``FocusFrames``. Kept here, not looked up with ``findChild``:
    that hands each child of the application to Python, the style too, whose wrapper builds
    all of ``QStyle``'s enums (~15 ms of cold start)."""
    for existing in _installed:
        if shiboken6.isValid(existing) and existing.parent() is app:
            return existing
    frames = FocusFrames(app)
    frames.setObjectName(_INSTALLED)
    _installed[:] = [frames]
    return frames


_installed: list[FocusFrames] = []
