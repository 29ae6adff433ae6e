"""Refusals, lack of capacity and escalation on the citizen's screen (R-004-26): refusal of
help or consent with the date and what was refused; wilsonbekwaam ter zake with the matter,
who assessed it and the representative who then acts; escalation to bemoeizorg or the GGD with
a reason, and against the citizen's will only with a second worker from the roster.
A thin view over :class:`RepresentationService`; every rule lives there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.refusals import REFUSAL_TEXT, TARGET_TEXT, EscalationTarget, RefusalKind
from app.domain.representatives import ACT_TEXT, Act, Capacity
from app.formatting import format_date
from app.i18n import translate
from app.services.representation import RepresentationService
from ui.views.casework.representatives_panel import run, to_date
from ui.views.intake.context import labelled_form, message_label, named
from ui.widgets.plain_tip import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole


class RefusalsPanel(QGroupBox):
    """Emits ``records_changed`` after anything is recorded or ended."""

    records_changed = Signal()

    def __init__(
        self,
        service: RepresentationService,
        citizen_id: str,
        intake_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Refusals, capacity and escalation"))
        self.setObjectName("refusals_panel")
        self._service = service
        self.citizen_id = citizen_id
        self.intake_id = intake_id
        self.list = named(QListWidget(), "refusals_list")
        self.list.setAccessibleName(self.tr("Refusals, capacity and escalations"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.message = message_label("refusals_message")
        self.tabs = named(QTabWidget(), "refusals_tabs")
        self.tabs.addTab(self._refusal_tab(), self.tr("Refusal"))
        self.tabs.addTab(self._capacity_tab(), self.tr("Lack of capacity"))
        self.tabs.addTab(self._escalation_tab(), self.tr("Escalation"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _date(self, name: str) -> QDateEdit:
        today = self._service.now().date()
        edit = named(QDateEdit(QDate(today.year, today.month, today.day)), name)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
        return edit

    def _refusal_tab(self) -> QWidget:
        self.refusal_kind = named(QComboBox(), "refusal_kind")
        for kind in RefusalKind:
            self.refusal_kind.addItem(translate("Refusals", REFUSAL_TEXT[kind]), kind.value)
        self.refusal_what = named(QLineEdit(), "refusal_what")
        self.refusal_what.setPlaceholderText(self.tr("In a few words, as the citizen said it"))
        self.refusal_on = self._date("refusal_on")
        self.refusal_button = named(QPushButton(self.tr("Record the &refusal")), "refusal_record")
        self.refusal_button.clicked.connect(self.record_refusal)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Kind:"), self.refusal_kind),
                    (self.tr("What was re&fused:"), self.refusal_what),
                    (self.tr("O&n:"), self.refusal_on),
                ]
            )
        )
        layout.addWidget(self.refusal_button)
        layout.addStretch(1)
        return page

    def _capacity_tab(self) -> QWidget:
        self.matter = named(QComboBox(), "capacity_matter")
        for act in Act:
            self.matter.addItem(translate("Representation", ACT_TEXT[act]), act.value)
        self.matter.currentIndexChanged.connect(lambda _i: self._fill_representatives())
        self.assessed_by = named(QLineEdit(), "capacity_assessed_by")
        self.assessed_by.setPlaceholderText(self.tr("e.g. the GP, the medical adviser"))
        self.assessed_on = self._date("capacity_assessed_on")
        self.acting = named(QComboBox(), "capacity_representative")
        self.details = named(QLineEdit(), "capacity_details")
        self.details.setPlaceholderText(self.tr("Optional; no diagnosis"))
        self.capacity_button = named(
            QPushButton(self.tr("Record the lack of &capacity")), "capacity_record"
        )
        self.capacity_button.clicked.connect(self.record_incapacity)
        self.end_capacity_button = named(
            QPushButton(self.tr("Citizen can decide again (end selected)")), "capacity_end"
        )
        self.end_capacity_button.clicked.connect(self.end_selected_incapacity)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("For the &matter:"), self.matter),
                    (self.tr("Assessed &by:"), self.assessed_by),
                    (self.tr("Assessed o&n:"), self.assessed_on),
                    (self.tr("Acts for &them (forms go to):"), self.acting),
                    (self.tr("&Details:"), self.details),
                ]
            )
        )
        layout.addWidget(self.capacity_button)
        layout.addWidget(self.end_capacity_button)
        return page

    def _escalation_tab(self) -> QWidget:
        self.target = named(QComboBox(), "escalation_target")
        for target in EscalationTarget:
            self.target.addItem(translate("Refusals", TARGET_TEXT[target]), target.value)
        self.reason = named(QPlainTextEdit(), "escalation_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(self.fontMetrics().height() * 4)
        self.escalation_on = self._date("escalation_on")
        self.against_will = named(
            QCheckBox(self.tr("Against the citizen's &will (needs a second worker)")),
            "escalation_against_will",
        )
        self.second = named(QComboBox(), "escalation_second")
        self.second.addItem(self.tr("— nobody"), "")
        for worker in self._service.profile.roster:
            if worker.id != self._service.trail.actor:
                self.second.addItem(f"{worker.name} ({worker.role})", worker.id)
        self.escalation_button = named(
            QPushButton(self.tr("Record the &escalation")), "escalation_record"
        )
        self.escalation_button.clicked.connect(self.escalate)
        page = QWidget()
        layout = QVBoxLayout(page)
        form = labelled_form(
            [
                (self.tr("&To:"), self.target),
                (self.tr("&Reason (required):"), self.reason),
                (self.tr("O&n:"), self.escalation_on),
            ]
        )
        layout.addLayout(form)
        layout.addWidget(self.against_will)
        layout.addLayout(labelled_form([(self.tr("&Second worker:"), self.second)]))
        layout.addWidget(self.escalation_button)
        return page

    # -- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.list.clear()
        for refusal in self._service.refusals(self.citizen_id):
            what = refusal.what or self.tr("(words removed with the intake)")
            self._add_line(
                "refusal",
                refusal.id,
                f"{format_date(refusal.on, 'short')} · "
                f"{translate('Refusals', REFUSAL_TEXT[refusal.kind])}: {what}",
            )
        names = {r.id: r.label for r in self._service.representatives(self.citizen_id)}
        for item in self._service.incapacities(self.citizen_id):
            text = self.tr(
                "{date} · cannot judge {matter} (assessed by {who}); acting: {rep}"
            ).format(
                date=format_date(item.assessed_on, "short"),
                matter=translate("Representation", ACT_TEXT[item.act]),
                who=item.assessed_by,
                rep=names.get(item.representative_id or "", self.tr("nobody yet")),
            )
            if item.ended_on is not None:
                text += " · " + self.tr("ended {date}").format(
                    date=format_date(item.ended_on, "short")
                )
            self._add_line("incapacity", item.id, text)
        for escalation in self._service.escalations(self.citizen_id):
            text = self.tr("{date} · escalated to {target}: {reason}").format(
                date=format_date(escalation.on, "short"),
                target=translate("Refusals", TARGET_TEXT[escalation.target]),
                reason=escalation.reason,
            )
            if escalation.against_will:
                second = self._service.profile.worker(escalation.second_worker_id)
                text += " · " + self.tr("against the citizen's will, with {worker}").format(
                    worker=second.name if second else escalation.second_worker_id
                )
            self._add_line("escalation", escalation.id, text)
        self._fill_representatives()

    def _add_line(self, kind: str, item_id: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, (kind, item_id))
        self.list.addItem(item)

    def _fill_representatives(self) -> None:
        """Only the representatives the rules let act on the chosen matter."""
        act = Act(str(self.matter.currentData()))
        answer = self._service.who_signs(self.citizen_id, act, Capacity.NEE)
        self.acting.clear()
        for rep in answer.representatives:
            self.acting.addItem(rep.label, rep.id)
        self.acting.addItem(self.tr("— nobody recorded yet (find out)"), "")
        self.acting.setToolTip(plain_tip(answer.explanation))  # names as typed

    # -- recording -------------------------------------------------------------------------------
    def _done(self, ok: bool, *fields: QLineEdit | QPlainTextEdit) -> None:
        if ok:
            for field in fields:
                field.clear()
            self.refresh()
            self.records_changed.emit()

    def record_refusal(self) -> None:
        kind = RefusalKind(str(self.refusal_kind.currentData()))
        on = to_date(self.refusal_on.date())
        self._done(
            run(
                lambda: self._service.record_refusal(
                    self.citizen_id, kind, self.refusal_what.text(), on, self.intake_id
                ),
                self.message,
                self.tr("Refusal recorded."),
            ),
            self.refusal_what,
        )

    def record_incapacity(self) -> None:
        act = Act(str(self.matter.currentData()))
        on: date = to_date(self.assessed_on.date())
        rep_id = str(self.acting.currentData() or "") or None
        self._done(
            run(
                lambda: self._service.record_incapacity(
                    self.citizen_id,
                    act,
                    self.assessed_by.text(),
                    on,
                    rep_id,
                    self.details.text(),
                    self.intake_id,
                ),
                self.message,
                self.tr("Lack of capacity recorded for this matter."),
            ),
            self.assessed_by,
            self.details,
        )

    def end_selected_incapacity(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()
        key = item.data(ID_ROLE) if item is not None else None
        if not key or key[0] != "incapacity":
            self.message.setText(self.tr("Select a lack of capacity in the list first."))
            return
        item_id = str(key[1])
        self._done(
            run(
                lambda: self._service.end_incapacity(item_id),
                self.message,
                self.tr("Ended: the citizen decides on this matter again."),
            )
        )

    def escalate(self) -> None:
        target = EscalationTarget(str(self.target.currentData()))
        on = to_date(self.escalation_on.date())
        self._done(
            run(
                lambda: self._service.escalate(
                    self.citizen_id,
                    target,
                    self.reason.toPlainText(),
                    on,
                    self.against_will.isChecked(),
                    str(self.second.currentData() or ""),
                    self.intake_id,
                ),
                self.message,
                self.tr("Escalation recorded."),
            ),
            self.reason,
        )
