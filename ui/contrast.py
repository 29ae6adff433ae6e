"""Contrast of text and focus colours, by the WCAG 2.1 formula (success criteria 1.4.3 and
1.4.11): text needs 4.5:1 against its background, a focus indicator 3:1.

``readable`` mends a palette where the platform's own falls short (Qt's Fusion palette draws
placeholder text at half strength and white text on a mid blue selection, both about 4:1).
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5
NON_TEXT = 3.0
Role = QPalette.ColorRole
# (text, background) pairs the widgets draw with.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
)
SHOWN = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance of an opaque colour."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as drawn on ``background`` (its alpha blended in)."""
    a = colour.alphaF()
    return QColor(
        round(colour.red() * a + background.red() * (1 - a)),
        round(colour.green() * a + background.green() * (1 - a)),
        round(colour.blue() * a + background.blue() * (1 - a)),
    )


def contrast_ratio(colour: QColor, background: QColor) -> float:
    """From 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (luminance(over(colour, background)), luminance(over(background, QColor("white")))),
        reverse=True,
    )
    return (lighter + 0.05) / (darker + 0.05)


def _towards(colour: QColor, target: QColor, step: float) -> QColor:
    return QColor(
        round(colour.red() + (target.red() - colour.red()) * step),
        round(colour.green() + (target.green() - colour.green()) * step),
        round(colour.blue() + (target.blue() - colour.blue()) * step),
    )


def _mend(colour: QColor, against: QColor, target: QColor) -> QColor:
    """``colour`` moved towards ``target`` just far enough for 4.5:1 against ``against``."""
    opaque = over(colour, QColor("white"))
    for tenth in range(11):
        candidate = _towards(opaque, target, tenth / 10)
        if contrast_ratio(candidate, against) >= TEXT:
            return candidate
    return target


def readable(palette: QPalette) -> QPalette:
    """A copy in which placeholder text and selected text reach 4.5:1."""
    # Not ``QPalette(palette)``: resolving that overload builds every ``Qt`` enum (~30 ms of
    # cold start).
    mended = copy.copy(palette)
    for group in SHOWN:
        base, text = mended.color(group, Role.Base), mended.color(group, Role.Text)
        placeholder = mended.color(group, Role.PlaceholderText)
        if contrast_ratio(placeholder, base) < TEXT:
            mended.setColor(group, Role.PlaceholderText, _mend(over(placeholder, base), base, text))
        selected, highlight = (
            mended.color(group, Role.HighlightedText),
            mended.color(group, Role.Highlight),
        )
        if contrast_ratio(selected, highlight) < TEXT:
            away = QColor("black") if luminance(selected) > 0.5 else QColor("white")
            mended.setColor(group, Role.Highlight, _mend(highlight, selected, away))
    return mended


def focus_colour(palette: QPalette) -> QColor:
    """The selection colour when it stands out 3:1 from the window and the fields, else the
    text colour."""
    highlight = palette.color(Role.Highlight)
    backgrounds = (palette.color(Role.Window), palette.color(Role.Base))
    if all(contrast_ratio(highlight, b) >= NON_TEXT for b in backgrounds):
        return highlight
    return palette.color(Role.WindowText)
