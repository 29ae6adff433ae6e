"""*Wat leggen we vast*: a live, plain-language list of what will be stored, and the large-type
**Meekijken** view for the citizen to read along (R-000-35). Both show the same lines, built
from the one review list of the vault, plus the domains that stay closed — nothing else, and
nothing of other citizens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.closing import ReviewItem
from app.domain.scope import DomainStatus
from app.domain.zrm import display_name
from ui.appearance import scaled_font
from ui.views.intake.context import IntakeContext, named


def record_lines(ctx: IntakeContext, items: list[ReviewItem]) -> list[str]:
    """One line per stored entry (``items`` from ``ctx.review_items()``), then one for the
    domains that stay closed."""
    if not ctx.started:
        return []
    intake_id = ctx.require_id()
    lines = []
    for item in items:
        line = f"{item.heading}: {item.text}"
        if item.citizen_view:
            line += " — " + QCoreApplication.translate(
                "RecordPanel", "citizen's view: {view}"
            ).format(view=item.citizen_view)
        lines.append(line)
    if ctx.service.handover(intake_id):
        scope = ctx.service.scope(intake_id)
        closed = [
            display_name(d)
            for d in ctx.profile.zrm_domains()
            if scope.status(d.id) is DomainStatus.NOT_DISCUSSED
        ]
        if closed:
            label = DomainStatus.NOT_DISCUSSED.label
            lines.append(f"{label[:1].upper()}{label[1:]}: {', '.join(closed)}")
    return lines


def read_only_description() -> str:
    return QCoreApplication.translate(
        "RecordPanel", "Read only: exactly what will be stored about the citizen."
    )


class RecordPanel(QWidget):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        title = QLabel(self.tr("What we record"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = named(QListWidget(), "record_list")
        self.list.setAccessibleName(self.tr("What we record"))
        self.list.setAccessibleDescription(read_only_description())
        self.list.setWordWrap(True)
        # a wrapped row's height depends on the width: a scroll bar that comes and goes as the
        # list outgrows the panel made Qt measure all rows twice per opening (issue 10)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.read_along = named(QPushButton(self.tr("Read &along (F11)")), "read_along_button")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.read_along)

    def show_lines(self, lines: list[str]) -> None:
        self.list.clear()
        self.list.addItems(lines)


class ReadAlongDialog(QDialog):
    """Full screen, large type: exactly what is recorded. Esc or F11 closes it."""

    def __init__(self, ctx: IntakeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_along")
        self.setWindowTitle(self.tr("Read along"))
        self._ctx = ctx
        heading = QLabel(self.tr("This is what we write down about you"))
        heading.setFont(scaled_font(2.0, bold=True))
        heading.setWordWrap(True)  # 200 % text on a laptop: two lines, not cut off
        self.list = named(QListWidget(), "read_along_list")
        self.list.setAccessibleName(self.tr("What we record"))
        self.list.setAccessibleDescription(read_only_description())
        self.list.setWordWrap(True)
        self.list.setFont(scaled_font(1.8))
        self.close_button = named(QPushButton(self.tr("&Back (Esc)")), "read_along_close")
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.close_button)
        self.show_lines(record_lines(ctx, ctx.review_items()))

    def show_lines(self, lines: list[str]) -> None:
        self.list.clear()
        self.list.addItems(lines)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
