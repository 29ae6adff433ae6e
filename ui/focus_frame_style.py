"""The focus frame's own style: drawn above the control, ``WIDTH`` pixels outside it.

Apart from ``ui.focus_frame`` because a Qt style subclass loads all of ``QStyle``'s enums
(~700 members, ~15 ms): it loads after the first screen is up (cold start, issue 10).
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

from ui.focus_frame import WIDTH


class FrameStyle(QProxyStyle):
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
