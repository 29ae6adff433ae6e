"""A visit to two household members: one tab per member, each with their own conversation.

Each member keeps their own dossier and intake (DESIGN section 5); the tabs share nothing but
the window, so a note typed in one tab can never land in the other. Ctrl+Tab switches members.
Reopening the visit (after a lock, say) finds each member's conversation started on the visit's
day again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.agenda import VisitRow
from app.domain.closing import IntakeStatus
from app.domain.profile import AgencyProfile
from app.services.intake import IntakeService
from app.services.session import Session
from ui.views.intake.intake_view import IntakeView


class VisitView(QWidget):
    """Emits ``citizen_requested(citizen_id)`` when a member's "back" is chosen."""

    citizen_requested = Signal(str)

    def __init__(
        self,
        session: Session,
        profile: AgencyProfile,
        row: VisitRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit_view")
        self.visit_id = row.visit.id
        service = IntakeService(session.vault.db, session.trail, profile, session.now)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("members")
        self.tabs.setAccessibleName(self.tr("Household members in this visit"))
        self.intake_views: list[IntakeView] = []
        for citizen_id, name, number in row.people:
            intake_id = self._todays_intake(service, citizen_id, row)
            view = IntakeView(session, profile, citizen_id, intake_id)
            view.back_requested.connect(lambda c=citizen_id: self.citizen_requested.emit(c))
            self.intake_views.append(view)
            self.tabs.addTab(view, f"{name} ({number})")
        heading = QLabel(
            self.tr(
                "Visit to {count} household members: each has their own conversation. "
                "Ctrl+Tab switches."
            ).format(count=len(row.people))
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self.switch(1)).setWhatsThis(
            self.tr("The next household member's conversation")  # listed on F1
        )
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self.switch(-1)).setWhatsThis(
            self.tr("The previous household member's conversation")
        )
        self.tabs.currentChanged.connect(self._focus_current)
        self.setFocusProxy(self.tabs)

    @staticmethod
    def _todays_intake(service: IntakeService, citizen_id: str, row: VisitRow) -> str | None:
        for intake in service.intakes_for(citizen_id):
            started = intake.started_at.astimezone().date()
            if IntakeStatus(intake.status).editable and started == row.visit.on_date:
                return intake.id
        return None

    def current(self) -> IntakeView:
        return self.intake_views[self.tabs.currentIndex()]

    def switch(self, delta: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())

    def _focus_current(self, _index: int) -> None:
        self.current().steps.setFocus()

    def flush_drafts(self) -> None:
        for view in self.intake_views:
            view.flush_drafts()
