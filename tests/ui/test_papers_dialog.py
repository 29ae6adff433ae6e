"""The papers dialog (issue 6): choose a paper, look at it, then print, save, hand over, queue
or post it; every delivery lands in the paper record with its text version and language.

Uses the verklaring van kennisname (the one paper every build has); every name is fictional.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.services.papers import SOURCES, PaperRequest, PaperService, PaperSource
from app.services.session import Session
from tests.support.intake import Clock, informed_intake, intakes
from tests.support.pdf import check_pdf, page_count, pdf_text
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from tests.ui.test_first_run_and_lock import _activate
from ui.views.papers.choices import PaperChoice, paper_choices
from ui.views.papers.papers_dialog import PapersDialog

ACK = "verklaring-kennisname"
SHEET = "informatieblad-privacy"
SHOTS = Path("test-output/casework")


class Kit:
    def __init__(self, session: Session, sources: dict[str, PaperSource] | None = None) -> None:
        kit = intakes(session, now=Clock())
        self.intake_id = informed_intake(kit, name="Fictief Papiertje")
        self.profile = kit.service.profile
        self.service = PaperService(
            session.vault.db, session.trail, self.profile, sources or SOURCES, Clock()
        )

    def dialog(self, qtbot, case_number: str = "KT-2026-00012") -> PapersDialog:  # type: ignore[no-untyped-def]
        choices = paper_choices(self.service, for_intake=True)
        dialog = PapersDialog(
            None, self.service, PaperRequest("", intake_id=self.intake_id), choices, case_number
        )
        qtbot.addWidget(dialog)
        return dialog


def _choose(dialog: PapersDialog, document: str, language: str = "nl") -> None:
    row = next(i for i, c in enumerate(dialog.choices) if c.document == document)
    dialog.papers.setCurrentRow(row)
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def test_lists_papers_that_apply_and_one_line_per_subject(session: Session) -> None:
    ack = SOURCES[ACK]
    notice = PaperSource("bericht-netwerkpersoon", "subject", ack.build, ack.sample)
    overview = PaperSource("inzage-overzicht", "citizen", ack.build, ack.sample)
    kit = Kit(session, {ACK: ack, notice.document: notice, overview.document: overview})
    subjects = {"bericht-netwerkpersoon": [("np-1", "Fictieve Buur"), ("np-2", "Fictieve Zus")]}
    choices = paper_choices(kit.service, for_intake=True, subjects=subjects)
    assert [(c.document, c.subject_id) for c in choices] == [
        (ACK, ""),
        ("bericht-netwerkpersoon", "np-1"),
        ("bericht-netwerkpersoon", "np-2"),
        ("inzage-overzicht", ""),
    ]
    assert "Fictieve Zus" in choices[2].label
    # From the citizen's file (no conversation): only papers about the citizen.
    assert [c.document for c in paper_choices(kit.service, False, subjects)] == ["inzage-overzicht"]


def test_placeholder_papers_are_not_listed(session: Session) -> None:
    kit = Kit(session)
    listed = {c.document for c in paper_choices(kit.service, for_intake=True)}
    # Without subjects: exactly the registry's papers about a conversation or a citizen.
    assert listed == {d for d, s in SOURCES.items() if s.scope != "subject"}
    assert ACK in listed


def test_r003_21_switching_language_renders_again_with_a_preview(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    dialog = kit.dialog(qtbot)
    _choose(dialog, ACK, "nl")
    assert dialog.paper is not None
    assert dialog.paper.meta.language == "nl"
    assert len(dialog.page_labels) == dialog.paper.pages
    first = dialog.paper.meta.number
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.paper.meta.language == "en"
    assert dialog.paper.meta.number != first
    assert "not consent" in pdf_text(dialog.paper.pdf).lower()
    dialog.large_print.setChecked(True)
    assert dialog.paper.meta.large_print
    assert len(dialog.page_labels) == dialog.paper.pages >= 1


def test_r000_32_save_writes_the_bytes_where_chosen_and_records_version_language(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit = Kit(session)
    dialog = kit.dialog(qtbot)
    _choose(dialog, ACK, "nl-easy")
    asked: list[str] = []

    def chosen(_parent, _title, default, _filter):  # type: ignore[no-untyped-def]
        asked.append(default)
        return str(tmp_path / "gekozen"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    paper = dialog.paper
    assert paper is not None
    assert dialog.save_paper()
    assert asked == [f"KT-2026-00012 {ACK}.pdf"]
    saved = tmp_path / "gekozen.pdf"
    assert saved.read_bytes() == paper.pdf
    check_pdf(saved.read_bytes())
    rows = kit.service.issued_in(kit.intake_id)
    assert [(r.number, r.delivery, r.version, r.language) for r in rows] == [
        (paper.meta.number, "opgeslagen", "2026.1", "nl-easy")
    ]
    assert dialog.paper is not None
    assert dialog.paper.meta.number != paper.meta.number
    assert "2026.1" in dialog.message.text()


def test_cancelled_save_writes_and_records_nothing(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    dialog = kit.dialog(qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert not dialog.save_paper()
    assert kit.service.issued_in(kit.intake_id) == []


def test_r003_21_print_paints_every_page_and_records_it(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    tmp_path: Path,
) -> None:
    kit = Kit(session)
    dialog = kit.dialog(qtbot)
    _choose(dialog, ACK, "nl-easy")
    dialog.large_print.setChecked(True)  # two pages
    paper = dialog.paper
    assert paper is not None
    assert paper.pages >= 2
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert dialog.print_paper(printer)
    printed = (tmp_path / "printer.pdf").read_bytes()
    assert len(pypdf.PdfReader(tmp_path / "printer.pdf").pages) == paper.pages
    assert page_count(printed) == paper.pages
    rows = kit.service.issued_in(kit.intake_id)
    assert [(r.number, r.delivery, r.language, r.large_print) for r in rows] == [
        (paper.meta.number, "geprint", "nl-easy", True)
    ]


def test_r000_32_queue_and_post_are_recorded_with_the_chosen_date(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    dialog = kit.dialog(qtbot)
    _choose(dialog, ACK, "en")
    queued = dialog.paper
    assert queued is not None
    assert dialog.queue_paper()
    assert dialog.posted_on.date().toPython() == date(2026, 11, 23)  # the paper's date
    dialog.posted_on.setDate(dialog.posted_on.date().addDays(1))
    posted = dialog.paper
    assert dialog.record_posted()
    rows = {r.delivery: r for r in kit.service.issued_in(kit.intake_id)}
    assert rows["wachtrij"].number == queued.meta.number
    assert rows["per_post"].number == posted.meta.number  # type: ignore[union-attr]
    assert rows["per_post"].posted_on == date(2026, 11, 24)
    assert {r.language for r in rows.values()} == {"en"}
    assert [q.id for q in kit.service.queued()] == [rows["wachtrij"].id]


def test_r000_32_preprinted_copy_only_for_general_papers(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    dialog = kit.dialog(qtbot)
    _choose(dialog, ACK, "nl")
    assert not dialog.sheet_button.isEnabled()  # the verklaring is never pre-printed
    _choose(dialog, SHEET, "nl-easy")
    assert dialog.sheet_button.isEnabled()
    assert not dialog.hand_over_preprinted()  # no number typed: refused in plain words
    assert "number" in dialog.message.text()
    dialog.sheet_number.setText("0042")
    assert dialog.hand_over_preprinted()
    rows = kit.service.issued_in(kit.intake_id)
    assert [(r.document, r.delivery, r.preprinted_number, r.version, r.language) for r in rows] == [
        (SHEET, "voorgedrukt", "0042", "2026.1", "nl-easy")
    ]


def test_r000_26_refused_paper_shows_what_is_missing(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    docs = tuple(
        replace(d, versions=(("nl", "2026.1"),)) if d.id == ACK else d
        for d in kit.profile.documents
    )
    kit.service = PaperService(
        session.vault.db, session.trail, replace(kit.profile, documents=docs), SOURCES, Clock()
    )
    dialog = kit.dialog(qtbot)
    _choose(dialog, ACK, "en")
    assert dialog.paper is None
    assert "documents.verklaring-kennisname.versions.en" in dialog.message.text()
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.page_labels == []
    assert not dialog.queue_paper()
    assert kit.service.issued_in(kit.intake_id) == []
    _choose(dialog, ACK, "nl")  # the worker picks the variant the agency has
    assert dialog.paper is not None
    assert dialog.print_button.isEnabled()


def test_no_paper_applies_says_so(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    dialog = PapersDialog(None, kit.service, PaperRequest("", citizen_id="x"), [])
    qtbot.addWidget(dialog)
    assert dialog.message.text()
    assert not dialog.print_button.isEnabled()


def test_dialog_is_named_for_screen_readers_and_renders_unclipped(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    kit = Kit(session)
    extra = PaperChoice(ACK, "Statement: information received (copy)")
    dialog = PapersDialog(
        None,
        kit.service,
        PaperRequest("", intake_id=kit.intake_id),
        [*paper_choices(kit.service, True), extra],
        "KT-2026-00012",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_interactive_widgets() == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "papers_dialog.png"))


def test_r003_21_intake_window_ctrl_p_lists_papers_per_network_person_and_consent(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
) -> None:
    from PySide6.QtCore import Qt

    from app.documents.consent_form import sample_terms
    from app.services.consent_requests import ConsentRequestService
    from ui.views.intake.intake_view import IntakeView

    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Netwerk")
    citizen_id = session.caseload.search("Fictief Netwerk")[0].id
    person = kit.records.add_network_person(intake_id, "Fictieve Buurvrouw", "buurvrouw")
    consents = ConsentRequestService(
        session.vault.db, session.trail, kit.service.profile, session.now
    )
    consent = consents.create(intake_id, sample_terms(consents.today()))
    view = IntakeView(session, kit.service.profile, citizen_id, intake_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    _activate(qtbot, view)  # shortcuts reach only the active window
    qtbot.keyClick(view.steps, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs = view.findChildren(PapersDialog)
    assert len(dialogs) == 1  # Ctrl+P opened it, on any step
    dialog = dialogs[0]
    lines = {(c.document, c.subject_id) for c in dialog.choices}
    assert ("bericht-netwerkpersoon", person.id) in lines
    assert ("toestemmingsformulier", consent.id) in lines
    assert ("bevestiging-mondelinge-toestemming", consent.id) in lines  # an oral consent
    assert ("verslag", "") in lines
    label = next(c.label for c in dialog.choices if c.subject_id == person.id)
    assert "Fictieve Buurvrouw" in label
    assert dialog.case_number.startswith("KT-")
    dialog.close()
    # The information and close steps have their own buttons, usable after the step is done.
    view.go("information")
    sheet_button = view.findChild(QPushButton, f"paper_{SHEET}")
    ack_button = view.findChild(QPushButton, f"paper_{ACK}")
    verslag_button = view.findChild(QPushButton, "paper_verslag")
    assert sheet_button.isVisible() and ack_button.isEnabled()  # noqa: PT018
    assert not verslag_button.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.resize(1400, 800)
    view.grab().save(str(SHOTS / "intake_step_papers.png"))
    view.go("close")
    assert verslag_button.isVisible() and not ack_button.isVisible()  # noqa: PT018
    view.go("information")
    ack_button.click()
    opened = [d for d in view.findChildren(PapersDialog) if d.isVisible()]
    assert len(opened) == 1
    assert opened[0].current_choice().document == ACK  # type: ignore[union-attr]
    assert opened[0].paper is not None
    opened[0].close()


def test_citizen_file_opens_papers_about_the_citizen(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ui.views.citizen_view import CitizenView

    kit = intakes(session)
    informed_intake(kit, name="Fictief Dossier")
    citizen = session.caseload.search("Fictief Dossier")[0]
    view = CitizenView(session, citizen.id, kit.service.profile)
    qtbot.addWidget(view)
    view.show()
    assert view.inzage_button.isVisible()
    view.inzage_button.click()
    dialog = view.findChildren(PapersDialog)[0]
    assert dialog.case_number == citizen.case_number
    citizen_papers = {d for d, s in SOURCES.items() if s.scope == "citizen"}
    assert {c.document for c in dialog.choices} == citizen_papers
    dialog.close()


def test_r000_25_medical_step_writes_a_consent_request_then_opens_its_form(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The network and medical steps hold "New consent form…" and "Questions to the GP…";
    what the worker wrote down opens straight in the papers dialog."""
    from app.documents.consent_form import sample_terms
    from app.services.consent_requests import ConsentRequestService
    from ui.views.intake.intake_view import IntakeView
    from ui.views.papers import consent_request_dialog

    kit = intakes(session)
    intake_id = informed_intake(kit, name="Fictief Stappen")
    citizen_id = session.caseload.search("Fictief Stappen")[0].id
    created: list[str] = []

    def write_down(_parent: object, service: ConsentRequestService, iid: str) -> str:
        created.append(service.create(iid, sample_terms(service.today())).id)
        return created[-1]

    monkeypatch.setattr(consent_request_dialog, "run", write_down)
    view = IntakeView(session, kit.service.profile, citizen_id, intake_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.go("information")
    assert not view.findChild(QPushButton, "request_consent").isVisible()
    view.go("medical")
    consent_button = next(
        b for b in view.findChildren(QPushButton, "request_consent") if b.isVisible()
    )
    assert view.findChild(QPushButton, "request_gp").isVisible()
    consent_button.click()
    dialogs = view.findChildren(PapersDialog)
    assert len(dialogs) == 1 and created  # noqa: PT018
    chosen = dialogs[0].choices[dialogs[0].papers.currentRow()]
    assert (chosen.document, chosen.subject_id) == ("toestemmingsformulier", created[0])
