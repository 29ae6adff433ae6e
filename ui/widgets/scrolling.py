"""A frameless scroll area for content that may not fit a laptop screen at 200 % text.

At the normal text size the content fills the window as before; only when the window is
smaller than the content needs do scroll bars appear (nothing is squeezed or cut off). The area
itself takes no keyboard focus: Tab goes straight to the fields, and ``QScrollArea`` scrolls the
focused field into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def fit_wrapped_height(window: QWidget, width: int) -> None:
    """Resize ``window`` to ``width`` and the height its word-wrapped labels need at that width,
    within the screen. (A window's own minimum ignores wrapping: at 200 % text its lines would
    be cut off.)"""
    need = max(window.heightForWidth(width), window.minimumSizeHint().height())
    window.resize(width, min(need, window.screen().availableGeometry().height()))
