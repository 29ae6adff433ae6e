"""Life domains: every domain with its state in words; the gate for a further domain
(propose → the citizen's ja / nee → later withdrawn); "waarom vragen we dit?" for each.

Content for an open domain (notes, limitation, ZRM score) is in ``domain_content.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.scope import DomainScope, DomainStatus, Trigger
from app.domain.why_we_ask import why_we_ask
from app.domain.zrm import display_name
from app.services.consents import ConsentService
from app.services.triage import TriageService
from ui.views.casework.triage_dialog import TriageDialog
from ui.views.intake.context import (
    IntakeContext,
    confirm,
    guidance_box,
    labelled_form,
    message_label,
    named,
)
from ui.views.intake.domain_content import DomainContent

DOMAIN_ROLE = Qt.ItemDataRole.UserRole


class DomainPage(QWidget):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.domains = named(QListWidget(), "domain_list")
        self.domains.setAccessibleName(self.tr("Life domains"))
        self.domains.setAccessibleDescription(
            self.tr("Each domain with its state; the chosen one is shown beside the list.")
        )
        self.domains.setMinimumWidth(240)
        self.domains.setWordWrap(True)  # long states wrap at 200 % text, not cut off
        self.domains.currentItemChanged.connect(lambda *_: self._show_current(self._scope()))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.why = named(QLabel(), "domain_why")
        self.why.setWordWrap(True)
        self.state = named(QLabel(), "domain_state")
        self.state.setWordWrap(True)
        self.message = message_label("domain_message")
        self.gate = self._build_gate()
        self.content = DomainContent(ctx)
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.addWidget(self.title)
        why_box = QGroupBox(self.tr("Why do we ask this?"))
        QVBoxLayout(why_box).addWidget(self.why)
        layout.addWidget(why_box)
        layout.addWidget(self.state)
        layout.addWidget(self.gate)
        triage = QHBoxLayout()
        triage.addWidget(self.still_needed_button)
        triage.addWidget(self.remove_button)
        triage.addStretch(1)
        triage.addWidget(self.moment_button)
        layout.addLayout(triage)
        layout.addWidget(self.message)
        layout.addWidget(self.content, 3)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows them
        splitter = QSplitter()
        splitter.addWidget(self.domains)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 520])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(guidance_box(ctx.profile, "domein"))
        outer.addWidget(splitter, 1)

    def _build_gate(self) -> QGroupBox:
        box = QGroupBox(self.tr("Talk about this domain too?"))
        self.trigger = named(QComboBox(), "gate_trigger")
        self.trigger.addItem(self.tr("the citizen raised it"), Trigger.CITIZEN_RAISED.value)
        self.trigger.addItem(
            self.tr("strong indication (write it down)"), Trigger.STRONG_INDICATION.value
        )
        self.concern = named(QLineEdit(), "gate_concern")
        self.indication = named(QLineEdit(), "gate_indication")
        self.proportionality = named(QLineEdit(), "gate_proportionality")
        self.propose_button = named(QPushButton(self.tr("&Propose to the citizen")), "gate_propose")
        self.propose_button.clicked.connect(self.propose)
        self.yes_button = named(QPushButton(self.tr("Citizen says &yes")), "gate_yes")
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button = named(QPushButton(self.tr("Citizen says n&o")), "gate_no")
        self.no_button.clicked.connect(lambda: self.answer(False))
        self.withdraw_button = named(
            QPushButton(self.tr("Citizen &withdraws the agreement")), "gate_withdraw"
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        self.delete_button = named(
            QPushButton(self.tr("&Delete what was recorded in this domain")), "gate_delete"
        )
        self.delete_button.clicked.connect(self.ask_delete_content)
        self.still_needed_button = named(
            QPushButton(self.tr("Triage: still &needed")), "triage_keep"
        )
        self.still_needed_button.clicked.connect(lambda: self.triage(True))
        self.remove_button = named(
            QPushButton(self.tr("Triage: no longer needed, &remove content")), "triage_remove"
        )
        self.remove_button.clicked.connect(self.ask_triage_remove)
        self.moment_button = named(
            QPushButton(self.tr("Triage &moment (all open domains)…")), "triage_moment"
        )
        self.moment_button.clicked.connect(self.open_triage_moment)
        self.triage_dialog: TriageDialog | None = None
        self.confirm_box: QMessageBox | None = None
        form = labelled_form(
            [
                (self.tr("&Raised by:"), self.trigger),
                (self.tr("The &concern it serves:"), self.concern),
                (self.tr("&Indication (what did you see?):"), self.indication),
                (self.tr("Why &proportionate (sensitive domain):"), self.proportionality),
            ],
            wrap=True,
        )
        buttons = QGridLayout()
        buttons.addWidget(self.propose_button, 0, 0)
        buttons.addWidget(self.yes_button, 0, 1)
        buttons.addWidget(self.no_button, 0, 2)
        buttons.addWidget(self.withdraw_button, 1, 0, 1, 2)
        buttons.addWidget(self.delete_button, 1, 2, 1, 2)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    # -- reading -------------------------------------------------------------------------------
    def current_domain(self) -> str | None:
        item = self.domains.currentItem()
        return None if item is None else str(item.data(DOMAIN_ROLE))

    def select(self, domain: str) -> None:
        for row in range(self.domains.count()):
            if self.domains.item(row).data(DOMAIN_ROLE) == domain:
                self.domains.setCurrentRow(row)
                return

    def refresh(self) -> None:
        current = self.current_domain()
        self.domains.blockSignals(True)  # the domain is shown once, below, not per change
        self.domains.clear()
        scope = self._scope()
        for domain in self._ctx.profile.zrm_domains():
            status = scope.status(domain.id) if scope else DomainStatus.NOT_DISCUSSED
            marker = "●" if status.open else "○"  # never colour alone: words follow
            item = QListWidgetItem(f"{marker} {display_name(domain)} — {status.label}")
            item.setData(DOMAIN_ROLE, domain.id)
            self.domains.addItem(item)
        self.select(current or self._first_open(scope))
        if self.domains.currentRow() < 0:
            self.domains.setCurrentRow(0)
        self.domains.blockSignals(False)
        self._show_current(scope)

    def _scope(self) -> DomainScope | None:
        """The intake's domain scope; None until the information has been given."""
        if not self._ctx.started or not self._ctx.service.handover(self._ctx.require_id()):
            return None
        return self._ctx.service.scope(self._ctx.require_id())

    def _first_open(self, scope: DomainScope | None) -> str:
        if scope is not None:
            for domain in self._ctx.profile.zrm_domains():
                if scope.status(domain.id).open:
                    return domain.id
        return ""

    def _show_current(self, scope: DomainScope | None) -> None:
        domain = self.current_domain()
        if domain is None:
            return
        name = next(display_name(d) for d in self._ctx.profile.zrm_domains() if d.id == domain)
        self.title.setText(name)
        self.why.setText(why_we_ask(domain))
        ready = scope is not None
        status = scope.status(domain) if scope is not None else DomainStatus.NOT_DISCUSSED
        self.state.setText(self.tr("State: {state}").format(state=status.label))
        not_discussed = status is DomainStatus.NOT_DISCUSSED
        for widget in (
            self.trigger,
            self.concern,
            self.indication,
            self.proportionality,
            self.propose_button,
        ):
            widget.setEnabled(ready and not_discussed)
        self.gate.setVisible(status is not DomainStatus.LINKED)
        self.still_needed_button.setVisible(status.open)
        self.remove_button.setVisible(status.open)
        self.yes_button.setEnabled(status is DomainStatus.PROPOSED)
        self.no_button.setEnabled(status is DomainStatus.PROPOSED)
        self.withdraw_button.setEnabled(status is DomainStatus.AGREED)
        self.delete_button.setEnabled(status is DomainStatus.WITHDRAWN)
        self.moment_button.setEnabled(ready)
        self.content.show_domain(domain if ready and status.open else None)

    # -- the gate ------------------------------------------------------------------------------
    def propose(self) -> None:
        domain = self.current_domain()
        if domain is None:
            return
        done = self._ctx.attempt(
            lambda: self._ctx.service.propose_domain(
                self._ctx.require_id(),
                domain,
                Trigger(self.trigger.currentData()),
                self.concern.text(),
                self.indication.text(),
                self.proportionality.text(),
            ),
            self.message,
            self.tr("Proposed. Ask the citizen: yes or no?"),
        )
        if done:
            for field in (self.concern, self.indication, self.proportionality):
                field.clear()

    def answer(self, agreed: bool) -> None:
        domain = self.current_domain()
        if domain is None:
            return
        done = (
            self.tr("Recorded: the citizen agreed. The domain is open.")
            if agreed
            else self.tr("Recorded: the citizen said no. Nothing about it is stored.")
        )
        self._ctx.attempt(
            lambda: self._ctx.service.answer_domain(self._ctx.require_id(), domain, agreed),
            self.message,
            done,
        )

    def withdraw(self) -> None:
        domain = self.current_domain()
        if domain is None:
            return
        self._ctx.attempt(
            lambda: self._consents().withdraw_domain(self._ctx.require_id(), domain),
            self.message,
            self.tr("Withdrawn: the domain is locked. Offer to delete what was recorded in it."),
        )

    def _consents(self) -> ConsentService:
        """Withdrawing also flags the domain for a deletion review (R-002-17)."""
        session = self._ctx.session
        return ConsentService(session.vault.db, session.trail, self._ctx.profile, session.now)

    def ask_delete_content(self) -> None:
        self.confirm_box = confirm(
            self,
            self.tr("Delete everything recorded in this domain? It cannot be brought back."),
            self.delete_content,
        )

    def ask_triage_remove(self) -> None:
        self.confirm_box = confirm(
            self,
            self.tr("Remove the content of this domain? It cannot be brought back."),
            lambda: self.triage(False),
        )

    def delete_content(self) -> None:
        domain = self.current_domain()
        if domain is None:
            return
        self._ctx.attempt(
            lambda: self._ctx.review.delete_withdrawn_content(self._ctx.require_id(), domain),
            self.message,
            self.tr("Deleted what was recorded in this domain."),
        )

    def triage(self, keep: bool) -> None:
        """A triage moment: is this open domain still needed? If not, its content goes."""
        domain = self.current_domain()
        if domain is None:
            return
        self._ctx.attempt(
            lambda: self._ctx.review.triage(self._ctx.require_id(), domain, keep),
            self.message,
            self.tr("Recorded: still needed.")
            if keep
            else self.tr("Content of this domain removed."),
        )

    def open_triage_moment(self) -> TriageDialog | None:
        """At a referral, escalation, change or end of help: every open domain at once."""
        if self._scope() is None:
            return None
        dialog = TriageDialog(TriageService(self._ctx.service), self._ctx.require_id(), self)
        dialog.accepted.connect(self._moment_recorded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "triage_dialog", None))
        self.triage_dialog = dialog
        dialog.open()
        return dialog

    def _moment_recorded(self) -> None:
        self.message.setText(self.tr("Triage moment recorded."))
        self._ctx.changed.emit()
