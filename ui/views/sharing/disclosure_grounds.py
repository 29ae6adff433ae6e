"""The ground of one share: three radio buttons and the fields each ground needs (issue 7;
DESIGN section 1 "Sharing"; R-004-27, R-000-29, R-001-23).

None of the three grounds is chosen when the widget opens, and the exception reason starts
at "Choose a reason…", so "vitaal belang" is never a default. Statutory: which recipient's
provision, its legal ground suggested from the profile. Consent: one of the citizen's
consent records (the dialog fills the list). Exception: reason from the fixed list, legal
ground (suggested), minimum data, told on a date OR a reason to wait with a review date,
the parents for a young person. Below: against the citizen's will, the justification and the
second named person. The service decides what is missing; this widget only reads fields.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.disclosure import (
    REASON_TEXT,
    SUGGESTED_GROUND,
    DisclosureDraft,
    ExceptionReason,
    GroundKind,
)
from app.domain.profile import AgencyProfile
from ui.views.intake.context import labelled_form, named
from ui.views.papers.consent_request_dialog import date_edit, to_date

GROUND_PAGES = (GroundKind.WETTELIJK, GroundKind.TOESTEMMING, GroundKind.UITZONDERING)


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return row


def _page(*rows: tuple[str, QWidget]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(labelled_form(list(rows)))
    return page


class GroundFields(QGroupBox):
    """Emits ``changed`` on every edit and ``ground_changed`` when another ground is chosen."""

    changed = Signal()
    ground_changed = Signal()

    def __init__(self, profile: AgencyProfile, today: date) -> None:
        super().__init__()
        self.setTitle(self.tr("Ground of this share"))
        self.profile = profile
        self.statutory_radio = named(QRadioButton(self.tr("&Statutory provision")), "statutory")
        self.consent_radio = named(QRadioButton(self.tr("Co&nsent of the citizen")), "consent")
        self.exception_radio = named(
            QRadioButton(self.tr("E&xception without consent")), "exception"
        )
        self.grounds = QButtonGroup(self)
        radios = QHBoxLayout()
        for page, radio in enumerate(
            (self.statutory_radio, self.consent_radio, self.exception_radio), start=1
        ):
            radio.setChecked(False)
            self.grounds.addButton(radio, page)
            radios.addWidget(radio)
        self.pages = QStackedWidget()
        hint = QLabel(self.tr("Choose the ground above: nothing is chosen for you."))
        hint.setWordWrap(True)
        self.pages.addWidget(hint)
        self.pages.addWidget(self._statutory_page())
        self.pages.addWidget(self._consent_page())
        self.pages.addWidget(self._exception_page(today))
        self.against_will = named(
            QCheckBox(self.tr("Shared against the citizen's will")), "against_will"
        )
        self.justification = named(QLineEdit(), "justification")
        self.justification.setPlaceholderText(self.tr("for this case, in your own words"))
        self.second_person = named(QLineEdit(), "second_person")
        self.second_person.setPlaceholderText(self.tr("a colleague who agreed, by name"))
        layout = QVBoxLayout(self)
        layout.addLayout(radios)
        layout.addWidget(self.pages)
        layout.addWidget(self.against_will)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Justification"), self.justification),
                    (self.tr("Second named &person"), self.second_person),
                ]
            )
        )
        for box in (self.statutory, self.consent, self.reason):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(24)
        self._connect()
        self._ground_chosen()

    def _statutory_page(self) -> QWidget:
        self.statutory = named(QComboBox(), "statutory_recipient")
        self.statutory.addItem(self.tr("The agency's own processing (case system, colleague)"))
        for s in self.profile.statutory_recipients:
            self.statutory.addItem(f"{s.name} — {s.legal_basis}", s.id)
        self.statutory_ground = named(QLineEdit(), "statutory_ground")
        return _page(
            (self.tr("Pro&vision for"), self.statutory),
            (self.tr("&Legal ground"), self.statutory_ground),
        )

    def _consent_page(self) -> QWidget:
        self.consent = named(QComboBox(), "consent_record")
        note = QLabel(self.tr("Only consents valid at the moment of the share are listed."))
        note.setWordWrap(True)
        return _page((self.tr("Consent &record"), self.consent), ("", note))

    def _exception_page(self, today: date) -> QWidget:
        self.reason = named(QComboBox(), "reason")
        self.reason.addItem(self.tr("Choose a reason from the list…"), None)
        for reason in ExceptionReason:
            text = QCoreApplication.translate("Disclosure", REASON_TEXT[reason])
            self.reason.addItem(text, reason)
        self.exception_ground = named(QLineEdit(), "exception_ground")
        self.minimum_data = named(QLineEdit(), "minimum_data")
        self.minimum_data.setPlaceholderText(self.tr("exactly what was shared, no more"))
        self.told = named(QRadioButton(self.tr("The citizen was told on")), "told")
        self.postponed = named(QRadioButton(self.tr("Telling waits, for safety")), "postponed")
        self.telling = QButtonGroup(self)
        self.telling.addButton(self.told)
        self.telling.addButton(self.postponed)
        self.told_on = date_edit("told_on", today)
        self.told_on.setAccessibleName(self.tr("Date the citizen was told"))
        self.postpone_reason = named(QLineEdit(), "postpone_reason")
        self.review_on = date_edit("review_on", today + timedelta(days=14))
        self.parents = named(QCheckBox(self.tr("The parents were told on")), "parents_told")
        self.parents_on = date_edit("parents_told_on", today)
        self.parents_on.setAccessibleName(self.tr("Date the parents were told"))
        return _page(
            (self.tr("Re&ason"), self.reason),
            (self.tr("Le&gal ground"), self.exception_ground),
            (self.tr("&Minimum data"), self.minimum_data),
            (self.tr("Citizen told"), _row(self.told, self.told_on)),
            (self.tr("Or"), self.postponed),
            (self.tr("Reason to &wait"), self.postpone_reason),
            (self.tr("Re&view on"), self.review_on),
            (self.tr("Parents"), _row(self.parents, self.parents_on)),
        )

    def _connect(self) -> None:
        self.statutory.currentIndexChanged.connect(self._statutory_chosen)
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        self.grounds.idToggled.connect(lambda _id, on: self._ground_chosen() if on else None)
        self.telling.buttonToggled.connect(lambda *_: self.changed.emit())
        for edit in (
            self.statutory_ground, self.exception_ground, self.minimum_data,
            self.postpone_reason, self.justification, self.second_person,
        ):  # fmt: skip
            edit.textChanged.connect(self.changed)
        for tick in (self.against_will, self.parents):
            tick.toggled.connect(self.changed)
        for day in (self.told_on, self.review_on, self.parents_on):
            day.dateChanged.connect(self.changed)

    # -- reactions -------------------------------------------------------------------------------
    def set_statutory(self, recipient_id: str) -> None:
        self.statutory.setCurrentIndex(max(0, self.statutory.findData(recipient_id)))

    def _statutory_chosen(self, _index: int) -> None:
        recipient_id = self.statutory.currentData()
        basis = next(
            (s.legal_basis for s in self.profile.statutory_recipients if s.id == recipient_id),
            "",
        )
        self.statutory_ground.setText(basis)

    def _reason_chosen(self, _index: int) -> None:
        reason = self.chosen_reason()
        suggested = set(SUGGESTED_GROUND.values()) | {""}
        if reason is not None and self.exception_ground.text() in suggested:
            self.exception_ground.setText(SUGGESTED_GROUND[reason])
        self.changed.emit()

    def _ground_chosen(self) -> None:
        self.pages.setCurrentIndex(max(0, self.grounds.checkedId()))
        for index in range(self.pages.count()):  # only the page shown takes room
            page = self.pages.widget(index)
            shown = index == self.pages.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.adjustSize()
        self.ground_changed.emit()

    # -- reading ---------------------------------------------------------------------------------
    def chosen_reason(self) -> ExceptionReason | None:
        data = self.reason.currentData()
        return ExceptionReason(data) if data else None

    def ground(self) -> GroundKind | None:
        page = self.grounds.checkedId()
        return GROUND_PAGES[page - 1] if page > 0 else None

    def apply(self, draft: DisclosureDraft) -> DisclosureDraft:
        """``draft`` with the chosen ground and the fields that ground needs."""
        ground = self.ground() or draft.ground
        statutory = ground is GroundKind.WETTELIJK
        exception = ground is GroundKind.UITZONDERING
        told = exception and self.told.isChecked()
        waits = exception and self.postponed.isChecked()
        legal = self.statutory_ground if statutory else self.exception_ground
        consent = self.consent.currentData() if ground is GroundKind.TOESTEMMING else None
        parents = exception and self.parents.isChecked()
        return replace(
            draft,
            ground=ground,
            consent_id=consent,
            statutory_recipient_id=self.statutory.currentData() if statutory else None,
            legal_ground=legal.text().strip() if statutory or exception else "",
            reason=self.chosen_reason() if exception else None,
            minimum_data=self.minimum_data.text().strip() if exception else "",
            citizen_told_on=to_date(self.told_on.date()) if told else None,
            parents_told_on=to_date(self.parents_on.date()) if parents else None,
            postpone_reason=self.postpone_reason.text().strip() if waits else "",
            review_on=to_date(self.review_on.date()) if waits else None,
            justification=self.justification.text().strip(),
            second_person=self.second_person.text().strip(),
            against_will=self.against_will.isChecked(),
        )

    def prefill(self, draft: DisclosureDraft) -> None:
        """A correction starts from the earlier entry's words (the ground is chosen again)."""
        self.justification.setText(draft.justification)
        self.second_person.setText(draft.second_person)
        self.against_will.setChecked(draft.against_will)
