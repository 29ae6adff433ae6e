"""A clear focus indicator on every control: a 2-pixel frame in the selection colour (or the
text colour where that would not stand out 3:1) around whatever has the keyboard focus.

Qt's Fusion style marks focus with a faint tint on buttons, check boxes, tabs and lists; a
worker who uses only the keyboard could lose track of where she is. One ``QFocusFrame`` follows
the focus through the whole application; it is drawn just outside the control, so nothing of the
control itself is covered, and it takes its colour from the palette in use (high contrast too).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from ui.contrast import focus_colour

WIDTH = 2
_INSTALLED = "kt_focus_frames"


class _FrameStyle(QProxyStyle):
    """For the frame alone: drawn above the control, ``WIDTH`` pixels outside it."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 (Qt's name)
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        margins = (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin)
        return WIDTH if metric in margins else super().pixelMetric(metric, option, widget)


class KeyboardFocusFrame(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:
        """The ring just outside the control; where its container cuts that off (a list that
        fills its pane), on the control's own edge."""
        parent = self.parentWidget()
        room = self.rect()
        if parent is not None:
            room &= QRect(self.mapFromParent(QPoint(0, 0)), parent.size())
        painter = QPainter(self)
        pen = QPen(focus_colour(self.palette()), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRect(QRectF(room).adjusted(half, half, -half, -half))


class FocusFrames(QObject):
    """Moves the one frame to the widget that gets the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: KeyboardFocusFrame | None = None
        self._style = _FrameStyle()
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
        if frame is None:  # deleted with the window it last sat in
            frame = self._frame = KeyboardFocusFrame()
            frame.setStyle(self._style)
        frame.setWidget(target)


def _outermost(widget: QWidget) -> QWidget:
    """The control itself, not the line edit inside a spin box or combo box that holds focus."""
    while (parent := widget.parentWidget()) is not None and parent.focusProxy() is widget:
        widget = parent
    return widget


def install(app: QApplication) -> FocusFrames:
    existing = app.findChild(FocusFrames)
    if isinstance(existing, FocusFrames):
        return existing
    frames = FocusFrames(app)
    frames.setObjectName(_INSTALLED)
    return frames
