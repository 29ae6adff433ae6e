"""Edges of fields and lists in high contrast (WCAG 1.4.11: a control's boundary 3:1).

Qt's Fusion style outlines line edits, lists and framed panels in a darker shade of the window
colour; on the black of the high-contrast palette that is black, and the fields vanish. This
proxy draws that outline once more in the palette's ``Mid`` colour (light grey, 11:1 on black).
It is the application's style only while high contrast is on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

OUTLINED = (QStyle.PrimitiveElement.PE_Frame, QStyle.PrimitiveElement.PE_FrameLineEdit)


class HighContrastStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in OUTLINED and option.rect.width() > 2 and option.rect.height() > 2:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
