"""Tooltips that show typed text as typed (issue 10, found by fuzzing).

Qt draws a tooltip that *looks like* HTML as rich text (there is no plain-text mode for
tooltips), so a name typed as ``<img src="file:///...">`` would load a picture or a local file.
:func:`plain_tip` escapes the text into a paragraph: shown exactly as typed, line breaks kept.
Labels and message boxes use ``setTextFormat(Qt.TextFormat.PlainText)`` instead.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt


def plain_tip(text: str) -> str:
    """``text`` (names, notes, anything typed) as a tooltip that never renders markup."""
    return str(QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))
