"""R-001-28: a lookup the worker did by hand in another system, with its source and reason.

Keukentafel prefills nothing from the BRP, Suwinet or any other registration (it has no
connection to them). When the worker looked something up by hand, this box records where and
why, so the citizen's inzage can say where data came from.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from app.domain.lookups import LOOKUP_SOURCE_TEXT, LookupSource
from app.formatting import format_date
from app.i18n import translate
from ui.views.intake.context import IntakeContext, labelled_form, named


class LookupBox(QGroupBox):
    def __init__(self, ctx: IntakeContext, message: QLabel) -> None:
        super().__init__()
        self.setTitle(self.tr("Looked up by hand in another system (nothing is prefilled)"))
        self._ctx = ctx
        self._message = message
        self.source = named(QComboBox(), "lookup_source")
        for source, source_text in LOOKUP_SOURCE_TEXT.items():
            self.source.addItem(translate("Lookups", source_text), source.value)
        self.reason = named(QLineEdit(), "lookup_reason")
        self.reason.setPlaceholderText(self.tr("why this was needed for the help request"))
        self.on = named(QDateEdit(QDate.currentDate()), "lookup_on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")  # the Dutch way, whatever the system locale
        self.button = named(QPushButton(self.tr("Record the &lookup")), "lookup_save")
        self.button.clicked.connect(self.save)
        self.found = named(QListWidget(), "lookup_list")
        self.found.setAccessibleName(self.tr("Lookups recorded"))
        self.found.setMaximumHeight(80)
        layout = QVBoxLayout(self)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("So&urce:"), self.source),
                    (self.tr("Rea&son:"), self.reason),
                    (self.tr("Looked up &on:"), self.on),
                ]
            )
        )
        layout.addWidget(self.button)
        layout.addWidget(self.found)

    def save(self) -> None:
        on = self.on.date().toPython()
        if self._ctx.attempt(
            lambda: self._ctx.lookups.record_lookup(
                self._ctx.require_id(),
                LookupSource(self.source.currentData()),
                self.reason.text(),
                on,  # type: ignore[arg-type]
            ),
            self._message,
            self.tr("Lookup recorded."),
        ):
            self.reason.clear()
            self.refresh()

    def refresh(self) -> None:
        self.found.clear()
        if not self._ctx.started:
            return
        for found in self._ctx.lookups.lookups(self._ctx.intake_id):
            source = translate("Lookups", LOOKUP_SOURCE_TEXT[found.source])
            self.found.addItem(f"{format_date(found.on)} · {source}: {found.reason}")
