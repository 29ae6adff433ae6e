"""Text size and high contrast for the whole application.

The text size scales the application font (not ``QT_SCALE_FACTOR``, which would enlarge the
window too and hide clipping); headings that set their own size use ``scaled_font`` so they grow
with it. High contrast is a palette: white text on black, yellow for selection and links, as in
Windows' own high-contrast themes. Nothing in the app draws its own colours, so the palette
reaches every widget; colour is never the only signal. The focused control gets a frame in
the selection colour (``ui.focus_frame``), and the platform palette's placeholder and selected
text are darkened where they would fall below 4.5:1 (``ui.contrast``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui import focus_frame
from ui.contrast import readable
from ui.preferences import Preferences

_BASE_FONT = "kt_base_font"
_BASE_PALETTE = "kt_base_palette"
_BASE_STYLE = "kt_base_style"


def base_point_size(app: QGuiApplication) -> float:
    """The platform's own text size, remembered the first time we change it."""
    stored = app.property(_BASE_FONT)
    if stored is None:
        font = app.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        app.setProperty(_BASE_FONT, size)
        return size
    return float(stored)


def apply(preferences: Preferences, app: QApplication | None = None) -> None:
    """Set the text size and palette for every window, open or still to come."""
    app = app or _application()
    font = app.font()
    font.setPointSizeF(base_point_size(app) * preferences.text_scale / 100)
    app.setFont(font)
    if app.property(_BASE_PALETTE) is None:
        app.setProperty(_BASE_PALETTE, app.palette())  # a copy (``ui.contrast.readable``)
    _set_style(app, preferences.high_contrast)  # before the palette: a new style resets it
    if preferences.high_contrast:
        app.setPalette(high_contrast_palette())
    else:  # the platform's own, with placeholder and selected text made readable (4.5:1)
        app.setPalette(readable(app.property(_BASE_PALETTE)))
    focus_frame.install(app)  # a visible focus frame on every control


def _set_style(app: QApplication, high_contrast: bool) -> None:
    """Fields and lists keep a visible edge in high contrast (``HighContrastStyle``).

    ``app.style()`` is asked only once high contrast has been on: handing the style to Python
    builds all of ``QStyle``'s enums (~15 ms of cold start). The platform's style is remembered
    the first time high contrast replaces it."""
    if high_contrast:
        from ui.high_contrast_style import HighContrastStyle  # loads only when asked for

        if not isinstance(app.style(), HighContrastStyle):
            if app.property(_BASE_STYLE) is None:
                app.setProperty(_BASE_STYLE, app.style().name())
            app.setStyle(HighContrastStyle(str(app.property(_BASE_STYLE))))
    elif app.property(_BASE_STYLE) is not None:  # high contrast has been on
        from ui.high_contrast_style import HighContrastStyle

        if isinstance(app.style(), HighContrastStyle):
            app.setStyle(str(app.property(_BASE_STYLE)))


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """A heading font: ``factor`` times the application's current text size (windows are
    rebuilt when the text size changes, so headings follow it)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    font.setBold(bold)
    return font


def high_contrast_palette() -> QPalette:
    black, white, yellow, cyan = (
        QColor("#000000"),
        QColor("#ffffff"),
        QColor("#ffff00"),
        QColor("#00ffff"),
    )
    grey = QColor("#c0c0c0")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, black),
            (QPalette.ColorRole.WindowText, white),
            (QPalette.ColorRole.Base, black),
            (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
            (QPalette.ColorRole.Text, white),
            (QPalette.ColorRole.Button, black),
            (QPalette.ColorRole.ButtonText, white),
            (QPalette.ColorRole.BrightText, yellow),
            (QPalette.ColorRole.Highlight, yellow),
            (QPalette.ColorRole.HighlightedText, black),
            (QPalette.ColorRole.Link, yellow),
            (QPalette.ColorRole.LinkVisited, cyan),
            (QPalette.ColorRole.ToolTipBase, black),
            (QPalette.ColorRole.ToolTipText, white),
            (QPalette.ColorRole.PlaceholderText, grey),
            (QPalette.ColorRole.Light, white),
            (QPalette.ColorRole.Midlight, grey),
            (QPalette.ColorRole.Mid, grey),
            (QPalette.ColorRole.Dark, white),
            (QPalette.ColorRole.Shadow, white),
        ):
            palette.setColor(group, role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(disabled, role, QColor("#00ff00"))  # still 15:1 on black
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.Highlight,
    ):
        palette.setColor(disabled, role, black)
    return palette


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication")
    return app
