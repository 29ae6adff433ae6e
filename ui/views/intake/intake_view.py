"""The intake window (DESIGN section 6): the steps on the left as a list the worker moves
through freely, each with its state in words; the current step in the centre under the help
request in the citizen's own words and the permanent reminder that the citizen can read this;
*Wat leggen we vast* on the right; F11 turns it into the large-type read-along view.

Keyboard: Ctrl+PgDown / Ctrl+PgUp next and previous step, F11 read along, Shift+F1 the agency's
privacy protocol (F1 is the list of shortcuts), Alt+letter for every field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.closing import IntakeStatus
from app.domain.intake import IntakeMode
from app.domain.profile import AgencyProfile, Law
from app.i18n import QT_TRANSLATE_NOOP
from app.services.herindicatie import HerindicatieService
from app.services.session import Session
from ui.appearance import scaled_font
from ui.focus_order import chain
from ui.views.casework.earlier_records import EarlierRecords
from ui.views.intake.casework_pages import procedure_service, procedure_state
from ui.views.intake.context import IntakeContext, named
from ui.views.intake.domain_page import DomainPage
from ui.views.intake.record_panel import ReadAlongDialog, RecordPanel, record_lines
from ui.views.intake.step_pages import STEP_IDS, StepPages
from ui.views.papers.launch import StepPapers, open_intake_papers
from ui.views.papers.papers_dialog import PapersDialog

KEYS = (  # (keys, what they do): the shortcuts below and the F1 list (help/shortcuts_dialog)
    ("Ctrl+PgDown", QT_TRANSLATE_NOOP("IntakeView", "Next step of the conversation")),
    ("Ctrl+PgUp", QT_TRANSLATE_NOOP("IntakeView", "Previous step of the conversation")),
    ("F11", QT_TRANSLATE_NOOP("IntakeView", "Read along: what we record, in large type")),
    ("Shift+F1", QT_TRANSLATE_NOOP("IntakeView", "The agency's privacy protocol")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("IntakeView", "Papers for this conversation")),
)

__all__ = ["KEYS", "STEP_IDS", "IntakeView"]  # STEP_IDS lives in step_pages (lazy pages)


def tab_stops_in(*containers: QWidget) -> list[QWidget]:
    """``ui.focus_order.tab_stops`` of each container in turn, from one walk of the window's
    focus chain instead of one walk per container."""
    window = containers[0].window()
    found: list[list[QWidget]] = [[] for _ in containers]
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            for stops, container in zip(found, containers, strict=True):
                if container.isAncestorOf(widget):
                    stops.append(widget)
                    break
        widget = widget.nextInFocusChain()
    return [w for stops in found for w in stops]


class IntakeView(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        session: Session,
        profile: AgencyProfile,
        citizen_id: str,
        intake_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intake_view")
        self.ctx = IntakeContext(session, profile, citizen_id, intake_id)
        self.ctx.changed.connect(self.refresh)
        self.read_along: ReadAlongDialog | None = None
        self.info_box: QMessageBox | None = None
        self.banner = named(QLabel(), "help_request_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the citizen's words as typed
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.banner.setFont(scaled_font(1.2))
        self.reminder = named(
            QLabel(self.tr("The citizen can read this — neutral and factual, no diagnoses.")),
            "reminder",
        )
        self.reminder.setWordWrap(True)
        self.reminder.setFrameShape(QFrame.Shape.StyledPanel)
        self.reminder.setMargin(4)
        self.procedure = procedure_service(self.ctx)  # the step's state, page or not
        self.stack = QStackedWidget()
        self.pages = StepPages(self.ctx, self.stack)  # each built when first shown
        self.titles = {
            "start": self.tr("Start"),
            "present": self.tr("Who is present"),
            "information": self.tr("Information first"),
            "request": self.tr("Help request"),
            "domains": self.tr("Life domains"),
            "concerns": self.tr("Other concerns?"),
            "onderzoek": self.tr("Wmo onderzoek"),
            "procedure": self.tr("Process and deadlines"),
            "network": self.tr("Network and details"),
            "medical": self.tr("Medical"),
            "meldcode": self.tr("Meldcode"),
            "review": self.tr("Look back together"),
            "close": self.tr("Close"),
        }
        self.steps = named(QListWidget(), "steps")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAccessibleDescription(
            self.tr("Each step with its state. Ctrl+Page Down and Ctrl+Page Up: next, previous.")
        )
        self.steps.setMinimumWidth(250)
        self.steps.setWordWrap(True)  # long states wrap at 200 % text, not cut off
        for step in STEP_IDS:
            self.steps.addItem(self.titles[step])
        self.steps.currentRowChanged.connect(self._show_step)
        self.steps.installEventFilter(self)
        self.panel = RecordPanel(self.ctx)
        self.panel.read_along.clicked.connect(self.open_read_along)
        self.earlier = EarlierRecords()  # read-only, same law only; loaded once per intake
        self.earlier.hide()
        self._earlier_for: str | None = None
        self.back_button = named(QPushButton(self.tr("&Back to the citizen")), "intake_back")
        self.back_button.clicked.connect(self.back_requested)
        self.protocol_button = named(
            QPushButton(self.tr("Privacy protocol (Shift+F1)")), "protocol"
        )
        self.protocol_button.clicked.connect(self.show_protocol)
        self.papers_button = named(QPushButton(self.tr("Papers (Ctrl+P)")), "papers")
        self.papers_button.clicked.connect(lambda: self.open_papers())
        self.step_papers = StepPapers(
            self.ctx,
            {
                "information": ("informatieblad-privacy", "verklaring-kennisname"),
                "close": ("verslag", "wat-wij-vastleggen"),
            },
            lambda: str(self.pages["information"].language.currentData()),  # type: ignore[attr-defined]
            {"network": ("consent", "records", "disclosures"), "medical": ("consent", "gp")},
        )
        self._layout()
        slots = (lambda: self.move(1), lambda: self.move(-1), self.open_read_along,
                 self.show_protocol, self.open_papers)  # fmt: skip
        for (keys, what), slot in zip(KEYS, slots, strict=True):  # F1 is the shortcut list
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setWhatsThis(QCoreApplication.translate("IntakeView", what))
        self.refresh()
        if intake_id is None:
            first = "start"
        elif self.ctx.service.handover(intake_id):
            first = "domains"
        else:  # a herindicatie opens here: information first, again
            first = "information"
        self.steps.setCurrentRow(STEP_IDS.index(first))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.papers_button)
        top.addWidget(self.protocol_button)
        top.addWidget(self.back_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.reminder)
        centre_layout.addWidget(self.stack, 1)
        centre_layout.addWidget(self.step_papers)
        splitter = QSplitter()
        splitter.addWidget(self.steps)
        splitter.addWidget(centre)
        right = QSplitter(Qt.Orientation.Vertical)  # what we record; earlier records below
        right.addWidget(self.panel)
        right.addWidget(self.earlier)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([250, 800, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- navigation ------------------------------------------------------------------------------
    def current_step(self) -> str:
        return STEP_IDS[max(self.steps.currentRow(), 0)]

    def go(self, step: str) -> QWidget:
        self.steps.setCurrentRow(STEP_IDS.index(step))
        return self.pages[step]

    def position(self) -> str:
        """The step, and on the domains step the open domain; after a ``/`` the steps whose
        pages are built, so a restore builds them again for their typed text (ui.form_state).
        Ids only (lock, language switch)."""
        step, domains = self.current_step(), self.pages.built("domains")
        domain = domains.current_domain() if isinstance(domains, DomainPage) else None
        here = f"{step}:{domain}" if step == "domains" and domain else step
        return f"{here}/{','.join(self.pages.built_steps())}"

    def go_to_position(self, position: str) -> None:
        here, _, built = position.partition("/")
        for other in built.split(","):
            if other in STEP_IDS:
                self.pages.build(other)  # not shown: its fields take the typed text back
        step, _, domain = here.partition(":")
        page = self.go(step) if step in STEP_IDS else None
        if domain and isinstance(page, DomainPage):
            page.select(domain)

    def move(self, delta: int) -> None:
        row = min(max(self.steps.currentRow() + delta, 0), len(STEP_IDS) - 1)
        self.steps.setCurrentRow(row)
        # the focus follows (a screen reader reads the new step); Tab goes on into its page
        self.steps.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+PgDown/PgUp on the steps list move a step (the list would jump a page)."""
        if watched is self.steps and isinstance(event, QKeyEvent):
            key = event
            if (
                event.type() == QEvent.Type.KeyPress
                and key.modifiers() & Qt.KeyboardModifier.ControlModifier
                and key.key()
                in (
                    Qt.Key.Key_PageDown,
                    Qt.Key.Key_PageUp,
                )
            ):
                self.move(1 if key.key() == Qt.Key.Key_PageDown else -1)
                return True
        return super().eventFilter(watched, event)

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[STEP_IDS[row]]  # built on first show
        page.refresh()  # type: ignore[attr-defined]
        self.stack.setCurrentIndex(row)  # each page sits in its own scroll area
        self.step_papers.show_for(STEP_IDS[row])
        # Tab reads on from the step list into this page (pages and panels built later too)
        chain(self.steps, *tab_stops_in(page, self.step_papers, self.panel, self.earlier))

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        words = [r.words for r in ctx.service.help_requests(ctx.intake_id)] if ctx.started else []
        self.banner.setText(
            self.tr("Help request in the citizen's words: {words}").format(
                words=" · ".join(f"“{w}”" for w in words)
            )
            if words
            else self.tr("No help request yet: start from the citizen's own question.")
        )
        items = ctx.review_items()  # read once per change, for the steps and both lists
        if ctx.intake_id is not None and ctx.intake_id != self._earlier_for:
            self._earlier_for = ctx.intake_id
            earlier = HerindicatieService(ctx.service).earlier_records(ctx.intake_id)
            self.earlier.show_records(earlier)
            self.earlier.setVisible(bool(earlier))
        states = self._states({i.kind for i in items})
        for row, step in enumerate(STEP_IDS):
            self.steps.item(row).setText(f"{self.titles[step]} — {states[step]}")
        if self.steps.currentRow() >= 0:  # none yet while the view is being built
            self.pages[self.current_step()].refresh()  # type: ignore[attr-defined]
        lines = record_lines(ctx, items)
        self.panel.show_lines(lines)
        if self.read_along is not None:
            self.read_along.show_lines(lines)
        if self.window().isActiveWindow() and QApplication.focusWidget() is None:
            self.steps.setFocus()  # a step just done disabled the focused button: not lost

    def _states(self, kinds: set[str]) -> dict[str, str]:
        done, todo, optional, skip = (
            self.tr("done"),
            self.tr("to do"),
            self.tr("if needed"),
            self.tr("not needed"),
        )
        states = dict.fromkeys(STEP_IDS, todo)
        states.update(
            present=optional,
            network=optional,
            medical=optional,
            meldcode=self.tr("only with signs"),
        )
        ctx = self.ctx
        if not ctx.started:
            return states
        intake_id = ctx.require_id()
        intake = ctx.service.get(intake_id)
        states["start"] = done
        informed = ctx.service.handover(intake_id)
        states["information"] = done if informed else todo
        contact_only = intake is not None and intake.mode is IntakeMode.CONTACT_ONLY
        states["request"] = skip if contact_only else (done if "help_request" in kinds else todo)
        states["domains"] = skip if contact_only else optional
        states["concerns"] = skip if contact_only else (done if "concerns" in kinds else todo)
        check = ctx.review.close_check(intake_id)
        wmo = ctx.service.law(intake_id) is Law.WMO
        if contact_only or not wmo:
            states["onderzoek"] = skip
        elif not check.wmo_explained_missing:
            states["onderzoek"] = done
        states["procedure"] = {
            "skip": skip,
            "todo": todo,
            "overdue": self.tr("overdue"),
            "done": done,
        }[procedure_state(self.procedure, intake_id)]
        if check.documents_without_disposition:
            states["medical"] = self.tr("disposition missing")
        states["review"] = skip if contact_only else (done if check.reviewed else todo)
        states["close"] = check.status.label if check.status is not IntakeStatus.OPEN else todo
        return states

    # -- read along and the protocol -----------------------------------------------------------
    def open_read_along(self) -> ReadAlongDialog:
        if self.read_along is None:
            dialog = ReadAlongDialog(self.ctx, self)
            dialog.finished.connect(self._read_along_closed)
            self.read_along = dialog
            dialog.showFullScreen()
        return self.read_along

    def _read_along_closed(self) -> None:
        if self.read_along is not None:
            self.read_along.deleteLater()
            self.read_along = None

    def show_protocol(self) -> None:
        text = self.ctx.profile.guidance_for("privacyprotocol") or self.tr(
            "Your organisation has not added its privacy protocol to the profile."
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Privacy protocol"),
            text,
            QMessageBox.StandardButton.Close,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "info_box", None))
        self.info_box = box
        box.open()

    def open_papers(self) -> PapersDialog:
        """The papers for this conversation (Ctrl+P, on every step)."""
        return open_intake_papers(self, self.ctx)

    def flush_drafts(self) -> None:
        domains = self.pages.built("domains")  # a page never shown holds no draft
        if isinstance(domains, DomainPage):
            domains.content.autosaver.flush()
