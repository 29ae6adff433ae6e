"""A button naming the other language in that language ("English" on a Dutch screen,
"Nederlands" on an English one), for the lock screen and the first page of the first-run
wizard: a worker may need the other language before unlocking. Language names are shown in
their own language, as language pickers do, so they are deliberately not translated.

On the cold-start path (the lock screen): only the classes the lock screen already loads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QPushButton, QWidget

if TYPE_CHECKING:
    from ui.preferences import Preferences

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # endonyms: never translated


def language_button(current: str, choose: Callable[[str], None]) -> QPushButton:
    """A button naming the other language in that language; clicking it switches to it."""
    other = "en" if current == "nl" else "nl"
    button = QPushButton(LANGUAGE_NAMES[other])
    button.setObjectName("language_button")
    button.setAccessibleName(LANGUAGE_NAMES[other])
    hint = QCoreApplication.translate("DisplaySettings", "Show Keukentafel in this language")
    button.setAccessibleDescription(hint)
    button.setToolTip(hint)
    button.clicked.connect(lambda: choose(other))
    return button


def add_language_button(window: QWidget, change: Callable[[Preferences], None]) -> QPushButton:
    """The language button on the lock screen (bottom right, last in the tab order) or on the
    wizard (bottom left, before Back; on its first page only, where nothing is typed yet)."""
    from ui import relocalize

    current = relocalize.current()
    button = language_button(current.language, lambda code: change(current.with_language(code)))
    back = getattr(window, "back_button", None)
    pages = getattr(window, "pages", None)
    outer = window.layout()
    row = _layout_holding(outer, back) if isinstance(back, QWidget) and outer else None
    if isinstance(row, QBoxLayout) and isinstance(back, QWidget):
        row.insertWidget(0, button)
        before = back.previousInFocusChain()
        if before is not None:
            QWidget.setTabOrder(before, button)
        QWidget.setTabOrder(button, back)
        if pages is not None:
            pages.currentChanged.connect(lambda index: button.setVisible(index == 0))
            button.setVisible(pages.currentIndex() == 0)
        return button
    bottom = QHBoxLayout()
    bottom.addStretch(1)
    bottom.addWidget(button)
    if isinstance(outer, QBoxLayout):
        outer.addLayout(bottom)
    return button


def _layout_holding(layout: QLayout, widget: QWidget) -> QLayout | None:
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None
