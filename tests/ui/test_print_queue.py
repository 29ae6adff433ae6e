"""The office print queue (issue 6): a queued paper is made again under its own number,
printed page by page, and marked printed (one audit event). Every name is fictional."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter

from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from app.storage import audit
from tests.support.intake import Clock, informed_intake, intakes
from tests.support.pdf import pdf_text
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.papers.print_queue import PrintQueueDialog

ACK = "verklaring-kennisname"


def _queued(session: Session) -> tuple[PaperService, str, str]:
    kit = intakes(session, now=Clock())
    intake_id = informed_intake(kit, name="Fictief Wachtrij")
    service = PaperService(session.vault.db, session.trail, kit.service.profile, SOURCES, Clock())
    request = PaperRequest(ACK, "nl-easy", True, intake_id=intake_id)
    issue = service.record(request, service.render(request), "wachtrij")
    return service, issue.id, issue.number


def test_r000_32_queue_lists_paper_case_number_and_date(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    service, _issue_id, _number = _queued(session)
    dialog = PrintQueueDialog(None, service, lambda _citizen: "KT-2026-00077")
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert dialog.table.rowCount() == 1
    assert "large print" in cells[0]
    assert cells[1] == "KT-2026-00077"
    assert "2026" in cells[2]
    assert cells[3] == "Eenvoudig Nederlands"
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_interactive_widgets() == []
    shots = Path("test-output/casework")
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / "print_queue.png"))


def test_r003_21_printing_from_the_queue_keeps_the_number_and_marks_it_printed(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
) -> None:
    service, issue_id, number = _queued(session)
    dialog = PrintQueueDialog(None, service)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kantoor.pdf"))
    again = service.render(service.request_of(service.queued()[0]))
    assert dialog.print_selected(printer)
    assert len(pypdf.PdfReader(tmp_path / "kantoor.pdf").pages) == again.pages
    assert number in pdf_text(again.pdf)  # the citizen's copy carries the queued number
    assert service.queued() == []
    assert dialog.table.rowCount() == 0
    assert not dialog.print_button.isEnabled()
    assert number in dialog.message.text()
    events = session.vault.db.run(lambda c: audit.events(c))
    assert any(e.action == "print" and e.object_id == issue_id for e in events)


def test_empty_queue_says_so(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = intakes(session, now=Clock())
    service = PaperService(session.vault.db, session.trail, kit.service.profile, SOURCES, Clock())
    dialog = PrintQueueDialog(None, service)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.message.text()
    assert not dialog.print_selected()


def test_main_window_toolbar_opens_the_print_queue(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ui.views.main_window import MainWindow

    _queued(session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.print_queue_action in window.toolbar.actions()
    window.print_queue_action.trigger()
    dialogs = window.findChildren(PrintQueueDialog)
    assert len(dialogs) == 1
    assert dialogs[0].table.rowCount() == 1
    assert dialogs[0].table.item(0, 1).text().startswith("KT-")  # the citizen's case number
    window.toggle_hidden()  # nothing reachable while the screen is hidden
    assert not window.print_queue_action.isEnabled()
    dialogs[0].close()
