"""The home screen with a caseload of 500 (issue 5 "Evidence"): the task list shows a Wmo
deadline that turns "te laat" as the injected clock moves on, stays overdue when postponed
(a legal date never moves), and search finds one citizen among 500. Fictional names only."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.domain.citizen import Citizen, case_number
from app.services.procedure import ProcedureService
from app.services.session import Session
from app.services.tasks import TaskService
from app.storage.repositories import CitizenRepository
from tests.support.intake import Clock, informed_intake, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.home_view import HomeView

OUTPUT = Path(__file__).resolve().parents[2] / "test-output" / "casework"


def caseload(session: Session, size: int) -> None:
    rng = random.Random(5)
    repo = CitizenRepository(session.vault.db)
    at = datetime(2025, 1, 1, tzinfo=UTC)

    def insert(conn) -> None:
        for i in range(size):
            dob = date(1930, 1, 1) + timedelta(days=rng.randint(0, 30_000))
            repo.insert(
                conn,
                Citizen(
                    uuid.uuid4().hex, case_number(2025, i + 1), f"Proef{i:03d} Fictief", dob, at, at
                ),
            )

    session.vault.db.transaction(insert)


def lines(home: HomeView) -> list[str]:
    return [home.tasks.list.item(i).text() for i in range(home.tasks.list.count())]


def beschikking(home: HomeView) -> str:
    return next(line for line in lines(home) if "Beschikking (2 weeks)" in line)


def test_a_wmo_deadline_turns_te_laat_on_a_home_screen_with_500_citizens(
    qtbot, session: Session
) -> None:
    clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    session.now = clock
    caseload(session, 500)
    kit = intakes(session, now=clock)
    intake_id = informed_intake(kit, name="Jan Fictief")
    tasks = TaskService(session.vault.db, session.trail, clock)
    procedure = ProcedureService(kit.service, tasks)
    procedure.record_event(intake_id, "melding", date(2026, 11, 20))
    procedure.record_event(intake_id, "aanvraag", date(2026, 11, 23))
    home = HomeView(session, tasks)
    qtbot.addWidget(home)
    home.resize(1300, 800)
    home.show()
    assert beschikking(home) == (
        "[open] 07-12-2026 · Beschikking (2 weeks) (legal deadline) · Jan Fictief (KT-2026-00001)"
    )
    procedure.record_event(intake_id, "plan_aangeboden", date(2026, 11, 23))
    home.refresh()
    assert home.tasks.summary.text() == "Nothing overdue."
    clock.value = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # the day after the legal date
    home.refresh()
    assert lines(home)[0] == beschikking(home)  # overdue comes first
    assert beschikking(home).startswith("[overdue] 07-12-2026 · Beschikking (2 weeks)")
    assert home.tasks.summary.text() == "⚠ 1 task(s) overdue."
    home.tasks.list.setCurrentRow(0)
    home.tasks.postpone()
    dialog = home.tasks.dialog
    assert dialog is not None
    dialog.until_edit.setText("15-12-2026")
    dialog.buttons.accepted.emit()
    assert "reason" in dialog.message.text()  # no reason: refused, the date stays typed
    assert dialog.until_edit.text() == "15-12-2026"
    dialog.reason_edit.setText("Advies medisch adviseur komt later")
    dialog.buttons.accepted.emit()
    assert beschikking(home).startswith("[overdue, postponed to 15-12-2026] 07-12-2026")
    assert unnamed_interactive_widgets() == []
    home.search_edit.setText("Jan Fict")
    assert home.model.rowCount() == 1
    OUTPUT.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert home.grab().save(str(OUTPUT / "home-500-overdue.png"))
    procedure.record_event(intake_id, "beschikking", date(2026, 12, 8))
    home.refresh()
    assert not any("Beschikking (2 weeks)" in line for line in lines(home))
