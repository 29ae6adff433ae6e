"""Record a disclosure, oral ones too (issue 7; R-003-03, R-003-04, R-002-18, R-004-27).

Thin: the fields are read into a :class:`DisclosureDraft`, the service lists every problem in
plain words under the form, and Save records through ``service.record`` (or
``service.correct`` for a correction, a new entry). The ground is one of three radio buttons
and none is chosen when the dialog opens; "vitaal belang" is never pre-selected either. The
items start with nothing ticked. A refusal keeps every field as typed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.consent_record import ConsentStatus, Decision, status_on, status_text
from app.domain.consent_terms import DIRECTION_TEXT, Direction, Problem
from app.domain.disclosure import (
    CHANNEL_TEXT,
    Channel,
    Disclosure,
    DisclosureDraft,
    GroundKind,
    ThirdPartyRequest,
)
from app.domain.selection import Item
from app.formatting import format_date, format_datetime
from app.services.consents import ConsentHistory, ConsentService
from app.services.sharing.disclosures import DisclosureService
from ui.focus_order import chain, tab_stops
from ui.views.intake.context import labelled_form, message_label, named
from ui.views.papers.consent_request_dialog import show_problems
from ui.views.sharing.disclosure_grounds import GroundFields
from ui.views.sharing.disclosure_items import ItemPicker


def combo(name: str, entries: list[tuple[str, object]]) -> QComboBox:
    box = named(QComboBox(), name)
    for text, data in entries:
        box.addItem(text, data)
    return box


class DisclosureDialog(QDialog):
    """Emits ``recorded(disclosure_id)`` once the service stored the entry."""

    recorded = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        service: DisclosureService,
        citizen_id: str,
        intake_id: str | None = None,
        corrects: Disclosure | None = None,
        request: ThirdPartyRequest | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.citizen_id = citizen_id
        self.intake_id = intake_id
        self.corrects = corrects
        self.request = request
        self.disclosure_id: str | None = None
        self.consents = ConsentService(service.db, service.trail, service.profile, service.now)
        self.history: list[ConsentHistory] = []
        self.setWindowTitle(self.tr("Record a disclosure"))
        self._recipient_fields()
        self.ground_fields = GroundFields(service.profile, service.today())
        self.consent = self.ground_fields.consent
        self.items = ItemPicker()
        self.problems = message_label("disclosure_problems")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        inner = QVBoxLayout(body)
        self.context = QLabel()
        self.context.setObjectName("disclosure_context")
        self.context.setWordWrap(True)
        inner.addWidget(self.context)
        inner.addLayout(self.recipient_form)
        inner.addWidget(self.ground_fields)
        items_box = QGroupBox(self.tr("What was shared (nothing is ticked until you tick it)"))
        box_layout = QVBoxLayout(items_box)
        box_layout.addWidget(self.items)
        inner.addWidget(items_box)
        inner.addWidget(self.problems)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.items.set_items(self._offered())
        chain(*tab_stops(scroll), *tab_stops(buttons))  # the ticks were made last
        self._prefill()
        self._connect()
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation.setMinimumContentsLength(24)
        self.resize(760, 780)
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _recipient_fields(self) -> None:
        profile = self.service.profile
        self.organisation = named(QComboBox(), "organisation")
        self.organisation.setEditable(True)
        self.organisation.setLineEdit(named(QLineEdit(), "organisation_text"))
        self.organisation.lineEdit().setAccessibleName(self.tr("Recipient"))  # type: ignore[union-attr]
        self.organisation.addItem("", None)
        for s in profile.statutory_recipients:
            self.organisation.addItem(s.name, ("statutory", s.id, s.kind))
        for org in profile.recipient_organisations:
            self.organisation.addItem(org.name, ("organisation", "", org.role))
        self.role = named(QLineEdit(), "recipient_role")
        self.person = named(QLineEdit(), "recipient_person")
        self.person.setPlaceholderText(self.tr("if known"))
        self.direction = combo(
            "direction",
            [(QCoreApplication.translate("Consent", DIRECTION_TEXT[d]), d) for d in Direction],
        )
        self.direction.setCurrentIndex(self.direction.findData(Direction.VERSTREKKEN))
        self.at = named(QDateTimeEdit(), "shared_at")
        self.at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(self.service.now().timestamp())))
        self.channel = combo(
            "channel",
            [(QCoreApplication.translate("Disclosure", CHANNEL_TEXT[c]), c) for c in Channel],
        )
        self.purpose = named(QLineEdit(), "purpose")
        self.purpose.setPlaceholderText(self.tr("why this recipient needs it, for this request"))
        self.recipient_form = labelled_form(
            [
                (self.tr("&Recipient"), self.organisation),
                (self.tr("R&ole"), self.role),
                (self.tr("&Person"), self.person),
                (self.tr("&Direction"), self.direction),
                (self.tr("&When shared"), self.at),
                (self.tr("&Channel"), self.channel),
                (self.tr("P&urpose"), self.purpose),
            ]
        )

    def _connect(self) -> None:
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.organisation.editTextChanged.connect(self.refresh)
        self.ground_fields.changed.connect(self.refresh)
        self.ground_fields.ground_changed.connect(self._consent_chosen)
        self.at.dateTimeChanged.connect(lambda _v: self._load_consents())
        self.consent.currentIndexChanged.connect(lambda _i: self._consent_chosen())
        self.items.changed.connect(self.refresh)
        for box in (self.direction, self.channel):
            box.currentIndexChanged.connect(self.refresh)
        for edit in (self.role, self.person, self.purpose):
            edit.textChanged.connect(self.refresh)

    # -- what the dialog offers ------------------------------------------------------------------
    def _offered(self) -> list[Item]:
        """The citizen's catalogue; a correction also offers what left then, gone since."""
        items = self.service.catalogue(self.citizen_id)
        if self.corrects is not None:
            known = {i.key for i in items}
            items += [
                Item(s.key, s.label, s.info, "", s.special)
                for s in self.corrects.draft.items
                if s.key not in known
            ]
        return items

    def _prefill(self) -> None:
        if self.request is not None:
            self.organisation.setEditText(self.request.organisation)
            self.role.setText(self.request.role)
            self.person.setText(self.request.person)
            self.context.setText(
                self.tr("Answers the request of {date}: {asked}").format(
                    date=format_date(self.request.received_on, "short"), asked=self.request.asked
                )
            )
        self._load_consents()
        if self.corrects is None:
            return
        d = self.corrects.draft
        self.setWindowTitle(self.tr("Correct a disclosure"))
        self.context.setText(
            self.tr(
                "Corrects the entry of {date} to {recipient}. The earlier entry stays as it "
                "was; tick again what was really shared."
            ).format(date=format_datetime(d.at, "short"), recipient=d.organisation)
        )
        self.organisation.setEditText(d.organisation)
        self.role.setText(d.role)
        self.person.setText(d.person)
        self.direction.setCurrentIndex(self.direction.findData(d.direction))
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(d.at.timestamp())))
        self.channel.setCurrentIndex(self.channel.findData(d.channel))
        self.purpose.setText(d.purpose)
        self.ground_fields.prefill(d)

    def _load_consents(self) -> None:
        """Consent records valid at the share's moment, with their status in words."""
        kept = self.consent.currentData()
        at = self.shared_at()
        self.history = [
            h
            for h in self.consents.history(self.citizen_id)
            if h.record.decision is Decision.PERMIT
            and status_on(h.record, h.events, at) is ConsentStatus.ACTIVE
        ]
        self.consent.blockSignals(True)
        self.consent.clear()
        self.consent.addItem(self.tr("Any valid consent that covers each item"), None)
        for h in self.history:
            r = h.record
            self.consent.addItem(
                self.tr("{status} until {until}: {organisation} — {items}").format(
                    organisation=r.party.organisation,
                    items="; ".join(r.items),
                    status=status_text(ConsentStatus.ACTIVE),
                    until=format_date(r.valid_until, "short"),
                ),
                r.id,
            )
        self.consent.setCurrentIndex(max(0, self.consent.findData(kept)))
        self.consent.blockSignals(False)
        self._consent_chosen()

    # -- reactions -------------------------------------------------------------------------------
    def _organisation_chosen(self, index: int) -> None:
        data = self.organisation.itemData(index)
        if isinstance(data, tuple):
            kind, recipient_id, role = data
            self.role.setText(str(role))
            if kind == "statutory":
                self.ground_fields.set_statutory(str(recipient_id))
        self.refresh()

    def _consent_chosen(self) -> None:
        chosen = self.consent.currentData()
        names: dict[str, None] = {}
        for h in self.history:
            if chosen in (None, h.record.id):
                names |= dict.fromkeys(h.record.items)
        self.items.set_names(list(names), self.ground() is GroundKind.TOESTEMMING)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------
    def shared_at(self) -> datetime:
        secs = self.at.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(secs).astimezone()

    def ground(self) -> GroundKind | None:
        return self.ground_fields.ground()

    def draft(self) -> DisclosureDraft | None:
        """The fields as a draft; None until a ground is chosen."""
        ground = self.ground()
        if ground is None:
            return None
        base = DisclosureDraft(
            citizen_id=self.citizen_id,
            intake_id=self.intake_id,
            at=self.shared_at(),
            organisation=self.organisation.currentText().strip(),
            role=self.role.text().strip(),
            person=self.person.text().strip(),
            items=self.items.chosen(),
            purpose=self.purpose.text().strip(),
            ground=ground,
            channel=Channel(self.channel.currentData()),
            direction=Direction(self.direction.currentData()),
            third_party_request_id=self.request.id if self.request is not None else None,
        )
        return self.ground_fields.apply(base)

    def refresh(self) -> None:
        draft = self.draft()
        if draft is None:
            problems = [Problem("ground", self.tr("Choose the ground of this share."))]
        else:
            problems = self.service.problems(draft)
        show_problems(self.problems, problems)
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            self.refresh()
            return
        try:
            if self.corrects is not None:
                entry = self.service.correct(self.corrects.id, draft)
            else:
                entry = self.service.record(draft)
        except ValidationError as error:
            self.problems.setText(str(error))
            self.save_button.setEnabled(False)
            return
        self.disclosure_id = entry.id
        self.recorded.emit(entry.id)
        self.accept()
