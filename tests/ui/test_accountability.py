"""The accountability dialogs (issue 8): reports, review mode and the privacy-incident form.
English source text; every name is fictional; the clock is injected (Monday 23 November 2026).
Screenshots go to test-output/accountability/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.crypto import TEST_KDF
from app.domain.profile import AgencyProfile
from app.services import session as session_mod
from app.services.incidents import IncidentService
from app.services.reports.access import AccessReportService
from app.services.reports.quality import QualityReportService
from app.services.review_mode import ReviewModeService
from app.services.session import Session, WorkerIdentity
from app.storage import audit
from tests.support.intake import Clock, Intakes, informed_intake, intakes
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.accountability.incident_dialog import IncidentDialog
from ui.views.accountability.reports_dialog import ReportsDialog
from ui.views.accountability.review_dialog import ReviewDialog

SHOTS = Path("test-output/accountability")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def kit(tmp_path: Path, clock: Clock) -> Iterator[Intakes]:
    worker = WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Noord")
    s = session_mod.create(tmp_path / "kluis", PASSPHRASE, worker, TEST_KDF, now=clock)
    built = intakes(s, clock)
    for n in range(6):
        informed_intake(built, name=f"Fictief Schermsma {n}")
    yield built
    if not s.locked:
        s.lock()


def _profile(kit: Intakes) -> AgencyProfile:
    return kit.service.profile


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def _events(session: Session) -> list[tuple[str, str]]:
    return [(e.action, e.object_type) for e in session.vault.db.run(audit.events)]


def test_r002_23_r000_48_reports_dialog_shows_and_exports(
    qtbot: QtBot, kit: Intakes, clock: Clock, tmp_path: Path
) -> None:
    s = kit.session
    dialog = ReportsDialog(
        AccessReportService(s.vault.db, s.trail, clock),
        QualityReportService(s.vault.db, s.trail, _profile(kit), clock),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.show_access, Qt.MouseButton.LeftButton)
    assert dialog.access_table.rowCount() > 0
    assert "0 by someone not assigned" in dialog.access_summary.text()
    texts = {dialog.access_table.item(r, 7).text() for r in range(dialog.access_table.rowCount())}
    assert not any("Schermsma" in t for t in texts)  # case numbers, never names
    assert unnamed_interactive_widgets() == []
    _shot(dialog, "reports-access.png")
    dialog.choose_path = lambda *_: str(tmp_path / "access.csv")  # type: ignore[method-assign]
    dialog.export_access.click()
    assert (tmp_path / "access.csv").exists()
    assert ("export", "access_report") in _events(s)
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.show_quality, Qt.MouseButton.LeftButton)
    rows = {
        dialog.quality_table.item(r, 1).text(): dialog.quality_table.item(r, 2).text()
        for r in range(dialog.quality_table.rowCount())
    }
    assert rows["Intakes started"] == "6"
    assert unnamed_interactive_widgets() == []
    _shot(dialog, "reports-quality.png")
    dialog.choose_path = lambda *_: str(tmp_path / "q.pdf")  # type: ignore[method-assign]
    dialog.export_pdf.click()
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
    assert ("export", "quality_report") in _events(s)


def test_r000_48_review_dialog_opens_read_only_and_logs(
    qtbot: QtBot, kit: Intakes, clock: Clock
) -> None:
    s = kit.session
    dialog = ReviewDialog(ReviewModeService(s.vault.db, s.trail, _profile(kit), clock))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_button.isEnabled() is False
    qtbot.keyClicks(dialog.reviewer_name, "Tessa Teamleider")
    qtbot.keyClicks(dialog.reviewer_role, "teamleider")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.sample.count() == _profile(kit).reporting.review_sample_size
    assert "Tessa Teamleider" in dialog.status.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.view.isReadOnly()
    assert dialog.sample.currentItem().text() in dialog.view.toPlainText()
    assert ("review_open", "citizen") in _events(s)
    assert unnamed_interactive_widgets() == []
    _shot(dialog, "review-mode.png")
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert ("review_end", "review_session") in _events(s)
    assert dialog.sample.count() == 0


def test_r002_31_incident_dialog_shows_procedure_and_saves(
    qtbot: QtBot, kit: Intakes, clock: Clock, tmp_path: Path
) -> None:
    s = kit.session
    dialog = IncidentDialog(IncidentService(s.vault.db, s.trail, _profile(kit), clock))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Meldpunt datalekken" in dialog.procedure.toPlainText()
    assert "Do not write names" in dialog.warning.text()
    qtbot.keyClicks(dialog.what, "Brief aan Fictief Schermsma 1 naar verkeerd adres")
    dialog.categories["contact"].setChecked(True)
    dialog.citizens.setValue(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Do not write names" in dialog.message.text()
    assert dialog.incident is None
    dialog.what.setPlainText("Brief naar een verkeerd adres gestuurd.")
    assert unnamed_interactive_widgets() == []
    _shot(dialog, "privacy-incident.png")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.incident is not None
    dialog.choose_path = lambda: str(tmp_path / "incident.pdf")  # type: ignore[method-assign]
    dialog.pdf_button.click()
    assert (tmp_path / "incident.pdf").read_bytes().startswith(b"%PDF")
    assert ("create", "privacy_incident") in _events(s)
