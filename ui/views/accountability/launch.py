"""Open the accountability dialogs from the main window (issue 8): each is window-modal and does
not block (a lock may close it), with its service built from the session and the profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.profile import AgencyProfile
from app.services.incidents import IncidentService
from app.services.reports.access import AccessReportService
from app.services.reports.quality import QualityReportService
from app.services.review_mode import ReviewModeService
from app.services.session import Session
from ui.views.accountability.incident_dialog import IncidentDialog
from ui.views.accountability.reports_dialog import ReportsDialog
from ui.views.accountability.review_dialog import ReviewDialog


def _show(dialog: QDialog) -> QDialog:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_reports(parent: QWidget, session: Session, profile: AgencyProfile) -> QDialog:
    s = session
    return _show(
        ReportsDialog(
            AccessReportService(s.vault.db, s.trail, s.now),
            QualityReportService(s.vault.db, s.trail, profile, s.now),
            parent,
        )
    )


def open_review(parent: QWidget, session: Session, profile: AgencyProfile) -> QDialog:
    s = session
    return _show(ReviewDialog(ReviewModeService(s.vault.db, s.trail, profile, s.now), parent))


def open_incident(parent: QWidget, session: Session, profile: AgencyProfile) -> QDialog:
    s = session
    return _show(IncidentDialog(IncidentService(s.vault.db, s.trail, profile, s.now), parent))
