"""Earlier records beside a new intake (herindicatie), read-only and each with its date: the
help requests in the citizen's words, limitations, ZRM scores with date and basis, and how each
earlier intake ended. Only the same law and role; never notes or meldcode signals (the rule is
``app/domain/herindicatie.py``). Nothing can be copied from here: the worker asks again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain.herindicatie import EarlierIntake
from app.formatting import format_date


class EarlierRecords(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlier_records")
        title = QLabel(self.tr("Earlier records (read only)"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr("Same law only. Nothing is copied into this conversation: ask again.")
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("earlier_list")
        self.list.setAccessibleName(self.tr("Earlier records, read only"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)

    def show_records(self, records: list[EarlierIntake]) -> None:
        self.list.clear()
        for record in records:
            self._heading(record)
            for request in record.help_requests:
                self._line(
                    self.tr("Help request, {date}: “{words}” ({type})").format(
                        date=format_date(request.on, "short"),
                        words=request.words,
                        type=request.type_label,
                    )
                )
            for limitation in record.limitations:
                self._line(
                    self.tr("{domain}, {date}: limitation “{text}” (source: {source})").format(
                        domain=limitation.domain,
                        date=format_date(limitation.on, "short"),
                        text=limitation.description,
                        source=limitation.source,
                    )
                )
            for score in record.scores:
                self._line(
                    self.tr("{domain}, {date}: ZRM {label}; based on: {basis}").format(
                        domain=score.domain,
                        date=format_date(score.on, "short"),
                        label=score.label,
                        basis=score.basis,
                    )
                )
            if not (record.help_requests or record.limitations or record.scores):
                self._line(self.tr("Nothing recorded."))

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _heading(self, record: EarlierIntake) -> None:
        started = format_date(record.started_at.astimezone().date(), "short")
        if record.closed_at is not None:
            text = self.tr("Conversation of {date} — {outcome} on {closed}").format(
                date=started,
                outcome=record.outcome,
                closed=format_date(record.closed_at.astimezone().date(), "short"),
            )
        else:
            text = self.tr("Conversation of {date} — {outcome}").format(
                date=started, outcome=record.outcome
            )
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _line(self, text: str) -> None:
        self.list.addItem(QListWidgetItem(f"    {text}"))
