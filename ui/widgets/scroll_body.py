"""A dialog body that scrolls instead of squeezing its fields when the text is large.

At 200 % text a tall dialog no longer fits a laptop screen; Qt then shrinks the sections below
their needs and fields overlap. Here the sections sit in a scroll area as wide as they need (so
it scrolls only up and down), the buttons below it; the dialog opens at its natural size, as
far as the screen allows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.scrolling import scroll_area


def scrolling_body(dialog: QDialog, sections: Sequence[QWidget], buttons: QWidget) -> QScrollArea:
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 6, 0)  # clear of the scroll bar
    for section in sections:
        column.addWidget(section)
    column.addStretch(1)
    scroll = scroll_area(content, "dialog_scroll")  # frameless, takes no focus itself
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    wanted = content.sizeHint()
    width = max(wanted.width() + bar, scroll.minimumWidth())
    height = wanted.height() + buttons.sizeHint().height() + 3 * layout.spacing() + 24
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width + 24, screen.width()), min(height, screen.height() - 40))
    return scroll
