"""Colour in the app (issue 9): text reaches 4.5:1 and the focus indicator 3:1 in the palette
actually in use, normal and high contrast (WCAG 1.4.3, 1.4.11); no widget draws colours of its
own; fields and lists keep a visible edge in high contrast (1.4.11); and where colour or
weight carries meaning, the words say it too (WCAG 1.4.1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.representatives import AuthoritySeen, RepresentativeKind
from app.domain.tasks import TaskState
from app.services.representation import RepresentationService
from app.services.session import Session
from app.services.tasks import TaskService
from tests.support.intake import Clock, intakes
from ui import appearance
from ui.contrast import TEXT_PAIRS, contrast_ratio, focus_colour, readable
from ui.preferences import Preferences
from ui.views.casework.representatives_panel import RepresentativesPanel
from ui.views.tasks_panel import TasksPanel
from ui.widgets.password_field import PasswordField

UI = Path(__file__).resolve().parents[2] / "ui"
Role, Group = QPalette.ColorRole, QPalette.ColorGroup
TEXT_ON = TEXT_PAIRS  # the pairs the widgets draw with, as ui.contrast checks them


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def in_use(request: pytest.FixtureRequest, qtbot: object) -> Iterator[QPalette]:
    appearance.apply(Preferences(high_contrast=request.param))
    yield QApplication.palette()
    appearance.apply(Preferences())


def test_the_wcag_formula() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    half_black = QColor(0, 0, 0, 128)  # drawn on white: #7f7f7f, not black
    assert contrast_ratio(half_black, white) == pytest.approx(4.0, abs=0.01)


def test_text_reaches_4_5_to_1_and_focus_3_to_1_in_the_palette_in_use(in_use) -> None:
    groups = [Group.Active, Group.Inactive]
    if in_use.color(Role.Window).name() == "#000000":  # high contrast: disabled text too
        groups.append(Group.Disabled)
    low = [
        (group.name, text.name, ground.name, round(ratio, 2))
        for group in groups
        for text, ground in TEXT_ON
        if (ratio := contrast_ratio(in_use.color(group, text), in_use.color(group, ground))) < 4.5
    ]
    assert low == []
    focus = focus_colour(in_use)
    for ground in (Role.Window, Role.Base, Role.Button):
        assert contrast_ratio(focus, in_use.color(ground)) >= 3.0, ground.name


def test_a_platform_palette_with_faint_placeholders_and_selection_is_mended() -> None:
    fusion = QPalette(QColor("#efefef"))
    fusion.setColor(Role.Base, QColor("#ffffff"))
    fusion.setColor(Role.Text, QColor("#000000"))
    fusion.setColor(Role.PlaceholderText, QColor(0, 0, 0, 128))
    fusion.setColor(Role.Highlight, QColor("#308cc6"))
    fusion.setColor(Role.HighlightedText, QColor("#ffffff"))
    assert contrast_ratio(fusion.color(Role.PlaceholderText), fusion.color(Role.Base)) < 4.5
    assert contrast_ratio(fusion.color(Role.HighlightedText), fusion.color(Role.Highlight)) < 4.5
    mended = readable(fusion)
    placeholder = mended.color(Role.PlaceholderText)
    assert contrast_ratio(placeholder, mended.color(Role.Base)) >= 4.5
    assert placeholder != mended.color(Role.Text)  # still lighter than typed text
    highlight = mended.color(Role.Highlight)
    assert contrast_ratio(mended.color(Role.HighlightedText), highlight) >= 4.5
    assert highlight.blue() > highlight.red()  # still the same blue, only darker
    assert mended.color(Role.Window) == fusion.color(Role.Window)


OWN_COLOUR = re.compile(
    r"setStyleSheet\(|QColor\(|QBrush\(|setForeground\(|setBackground\(|Qt\.GlobalColor"
    r"|setPalette\(|setPointSize|setPixelSize"
)
# Where colours and sizes are made: the palette, its contrast and the focus frame.
COLOUR_MODULES = {"appearance.py", "contrast.py", "focus_frame.py"}


def test_no_widget_draws_its_own_colours_or_fixes_its_text_size() -> None:
    """Colours come from the palette (so high contrast reaches them) and headings from
    ``appearance.scaled_font`` (so they grow with the text size)."""
    found = [
        f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in COLOUR_MODULES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OWN_COLOUR.search(line) and ".palette()." not in line  # a palette role is fine
    ]
    assert found == []


def test_the_source_scan_would_find_a_colour() -> None:
    assert OWN_COLOUR.search('label.setStyleSheet("color: red")')
    assert OWN_COLOUR.search("font.setPointSize(14)")
    assert not OWN_COLOUR.search("title.setFont(scaled_font(1.3, bold=True))")


# -- colour is never the only signal ----------------------------------------------------------
def _marked_items(listing: QListWidget) -> list[str]:
    """Texts of the items that stand out by weight or colour."""
    marked = []
    for row in range(listing.count()):
        item = listing.item(row)
        font = item.data(Qt.ItemDataRole.FontRole)
        coloured = item.data(Qt.ItemDataRole.ForegroundRole) is not None
        if coloured or (font is not None and font.bold()):
            marked.append(item.text())
    return marked


def test_an_overdue_task_says_so_in_words_not_only_in_bold(qtbot, session: Session) -> None:
    clock = Clock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    tasks = TaskService(session.vault.db, session.trail, clock)
    today = clock().date()
    tasks.add("review_retention", today - timedelta(days=3))
    tasks.add("review_retention", today + timedelta(days=3))
    panel = TasksPanel(tasks)
    qtbot.addWidget(panel)
    marked = _marked_items(panel.list)
    assert len(marked) == 1  # positive control: the overdue one stands out
    assert f"[{TaskState.OVERDUE.label}]" in marked[0]
    assert "overdue" in panel.summary.text()
    assert "⚠" in panel.summary.text()


def test_an_ended_representative_is_greyed_and_says_ended(qtbot, session: Session) -> None:
    clock = Clock()
    kit = intakes(session, now=clock)
    service = RepresentationService(session.vault.db, session.trail, kit.service.profile, clock)
    citizen = session.caseload.add_citizen("Jan Voorbeeld", "01-03-1950")
    for name in ("Mien Voorbeeld", "Kees Voorbeeld"):
        rep = service.add_representative(
            citizen.id, RepresentativeKind.PARTNER, name, AuthoritySeen.VERKLARING
        )
    service.end_representative(rep.id)
    panel = RepresentativesPanel(service, citizen.id)
    qtbot.addWidget(panel)
    marked = _marked_items(panel.list)
    assert len(marked) == 1
    assert "Kees Voorbeeld" in marked[0]
    assert "ended on" in marked[0]


def test_the_strength_meter_says_the_strength_in_words(qtbot) -> None:
    field = PasswordField("Nieuwe wachtwoordzin", show_strength=True)
    qtbot.addWidget(field)
    weak = field.strength_label.text()
    field.line_edit.setText("paars tractor zingt onder water bij de molen")
    assert field.meter.value() > 0
    assert field.strength_label.text() != weak
    assert field.strength is not None
    assert field.strength.label in field.strength_label.text()
    assert field.meter.accessibleDescription() == field.strength.label


def _edge_visibility(widget: QWidget) -> float:
    """Share of a widget's outermost pixels that stand out 3:1 from the window behind it."""
    image = widget.grab().toImage()
    window = widget.palette().color(Role.Window)
    w, h = image.width(), image.height()
    edge = [(x, 0) for x in range(w)] + [(x, h - 1) for x in range(w)]
    edge += [(0, y) for y in range(h)] + [(w - 1, y) for y in range(h)]
    strong = sum(1 for x, y in edge if contrast_ratio(image.pixelColor(x, y), window) >= 3.0)
    return strong / len(edge)


@pytest.mark.parametrize("make", [QLineEdit, QListWidget, QPlainTextEdit], ids=lambda c: c.__name__)
def test_in_high_contrast_fields_and_lists_keep_a_visible_edge(qtbot, make) -> None:
    appearance.apply(Preferences(high_contrast=True))
    try:
        window = QWidget()
        qtbot.addWidget(window)
        field = make()
        QVBoxLayout(window).addWidget(field)
        window.show()
        qtbot.waitExposed(window)
        assert _edge_visibility(field) > 0.9
    finally:
        appearance.apply(Preferences())
