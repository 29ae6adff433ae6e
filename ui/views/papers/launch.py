"""Where the papers dialog and the print queue open from: the intake window (every step, and
buttons on the information and close steps), the citizen's file (the inzage-overzicht) and the
main window's menu (the print queue). Each call builds the services from the session and the
installed profile; the dialogs are window-modal, not blocking, and delete themselves on close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.domain.profile import AgencyProfile
from app.i18n import QT_TRANSLATE_NOOP
from app.services.consent_requests import ConsentRequestService
from app.services.consents import ConsentService
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.session import Session
from ui.views.intake.context import IntakeContext
from ui.views.papers import consent_request_dialog, medical_request_dialog
from ui.views.papers.choices import intake_subjects, paper_choices, paper_name
from ui.views.papers.papers_dialog import PapersDialog
from ui.views.papers.print_queue import PrintQueueDialog
from ui.views.sharing.consent_records_dialog import ConsentRecordsDialog, open_consent_records
from ui.views.sharing.disclosure_log import open_disclosures

INZAGE = "inzage-overzicht"
REQUEST_LABELS = {
    "consent": QT_TRANSLATE_NOOP("Papers", "New consent form…"),
    "gp": QT_TRANSLATE_NOOP("Papers", "Questions to the GP…"),
    "records": QT_TRANSLATE_NOOP("Papers", "Consents…"),
    "disclosures": QT_TRANSLATE_NOOP("Papers", "Disclosures…"),
}


def paper_service(session: Session, profile: AgencyProfile) -> PaperService:
    return PaperService(session.vault.db, session.trail, profile, SOURCES, session.now)


def case_number(session: Session, citizen_id: str) -> str:
    citizen = session.caseload.citizens.get(citizen_id) if citizen_id else None
    return citizen.case_number if citizen else ""


def _show(dialog: QWidget) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()


def open_intake_papers(
    parent: QWidget, ctx: IntakeContext, start_with: str = "", language: str = "nl"
) -> PapersDialog:
    """Every paper that applies to this conversation; before it starts, the citizen's."""
    session, service = ctx.session, paper_service(ctx.session, ctx.profile)
    if ctx.intake_id is None:
        choices = paper_choices(service, for_intake=False)
        defaults = PaperRequest("", language, citizen_id=ctx.citizen_id)
    else:
        consents = ConsentRequestService(session.vault.db, session.trail, ctx.profile, session.now)
        subjects = intake_subjects(ctx.records, consents, ctx.intake_id)
        choices = paper_choices(service, True, subjects)
        defaults = PaperRequest("", language, citizen_id=ctx.citizen_id, intake_id=ctx.intake_id)
    number = case_number(session, ctx.citizen_id)
    dialog = PapersDialog(parent, service, defaults, choices, number, start_with)
    _show(dialog)
    return dialog


def open_citizen_papers(
    parent: QWidget, session: Session, profile: AgencyProfile, citizen_id: str
) -> PapersDialog:
    """Papers about the citizen as a whole (the inzage-overzicht first)."""
    service = paper_service(session, profile)
    choices = paper_choices(service, for_intake=False)
    dialog = PapersDialog(
        parent,
        service,
        PaperRequest("", citizen_id=citizen_id),
        choices,
        case_number(session, citizen_id),
        INZAGE,
    )
    _show(dialog)
    return dialog


def open_consents(
    parent: QWidget,
    session: Session,
    profile: AgencyProfile,
    citizen_id: str,
    intake_id: str | None = None,
) -> ConsentRecordsDialog:
    """The citizen's consent records; from a conversation, its forms wait for a decision."""
    db, trail = session.vault.db, session.trail
    return open_consent_records(
        parent,
        ConsentService(db, trail, profile, session.now),
        ConsentRequestService(db, trail, profile, session.now),
        citizen_id,
        intake_id,
    )


def open_print_queue(parent: QWidget, session: Session, profile: AgencyProfile) -> PrintQueueDialog:
    dialog = PrintQueueDialog(
        parent, paper_service(session, profile), lambda c: case_number(session, c)
    )
    _show(dialog)
    return dialog


class StepPapers(QWidget):
    """A row of "Paper: <name>…" buttons under an intake step, for the papers of that step
    (the information step: the sheet and the verklaring; the close step: the verslag and what
    we record). It sits outside the step's page, which locks itself once its step is done,
    while its papers are wanted exactly then. Papers the registry lacks get no button."""

    def __init__(
        self,
        ctx: IntakeContext,
        steps: dict[str, tuple[str, ...]],
        language_of: Callable[[], str] | None = None,
        requests: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("step_papers")
        self.ctx = ctx
        self.language_of = language_of
        self.buttons: dict[str, list[QPushButton]] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for step, documents in steps.items():
            for document in (d for d in documents if d in SOURCES):
                text = QCoreApplication.translate("Papers", "Paper: {paper}…").format(
                    paper=paper_name(document)
                )
                button = QPushButton(text)
                button.setObjectName(f"paper_{document}")
                button.clicked.connect(lambda _on=False, d=document: self.open(d))
                row.addWidget(button)
                self.buttons.setdefault(step, []).append(button)
        # What a consent form or the GP letter asks is written down first (DESIGN 6, step 7).
        for step, kinds in (requests or {}).items():
            for kind in kinds:
                label = REQUEST_LABELS[kind]
                button = QPushButton(QCoreApplication.translate("Papers", label))
                button.setObjectName(f"request_{kind}")
                button.clicked.connect(lambda _on=False, k=kind: self.new_request(k))
                row.addWidget(button)
                self.buttons.setdefault(step, []).append(button)
        row.addStretch(1)
        self.show_for("")

    def show_for(self, step: str) -> None:
        for name, buttons in self.buttons.items():
            for button in buttons:
                button.setVisible(name == step)
        self.setVisible(step in self.buttons)

    def new_request(self, kind: str) -> PapersDialog | None:
        """Write down what a consent form or the GP letter asks, then open its paper."""
        ctx = self.ctx
        if ctx.intake_id is None:
            return None
        session = ctx.session
        if kind == "records":
            open_consents(self, session, ctx.profile, ctx.citizen_id, ctx.intake_id)
            return None
        if kind == "disclosures":
            open_disclosures(self, session, ctx.profile, ctx.citizen_id, ctx.intake_id)
            return None
        service = ConsentRequestService(session.vault.db, session.trail, ctx.profile, session.now)
        dialog = consent_request_dialog if kind == "consent" else medical_request_dialog
        if dialog.run(self, service, ctx.intake_id) is None:
            return None
        return self.open("toestemmingsformulier" if kind == "consent" else "vragen-huisarts")

    def open(self, document: str) -> PapersDialog:
        language = self.language_of() if self.language_of is not None else "nl"
        return open_intake_papers(self, self.ctx, document, language or "nl")
