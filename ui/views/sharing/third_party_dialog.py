"""A third party asks for data about the citizen (issue 7; R-000-28).

Two small dialogs: :class:`ThirdPartyRequestDialog` logs the request (who asked, what, when,
how it came in) before anything else happens, and :class:`DiscussedDialog` records when and
how it was discussed with the citizen, which the service requires before any disclosure that
answers the request. Thin: the service checks; a refusal shows its plain reason and keeps
every field as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.citizen import ValidationError
from app.domain.disclosure import REQUEST_CHANNELS, ThirdPartyRequest
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP
from app.services.sharing.disclosures import DisclosureService
from ui.views.intake.context import labelled_form, message_label, named
from ui.views.papers.consent_request_dialog import date_edit, to_date
from ui.widgets.scrolling import fit_wrapped_height

REQUEST_CHANNEL_TEXT = {
    "mondeling": QT_TRANSLATE_NOOP("ThirdParty", "in person"),
    "telefonisch": QT_TRANSLATE_NOOP("ThirdParty", "by telephone"),
    "schriftelijk": QT_TRANSLATE_NOOP("ThirdParty", "in writing"),
    "e-mail": QT_TRANSLATE_NOOP("ThirdParty", "by e-mail (data never go back by e-mail)"),
    "beveiligd_kanaal": QT_TRANSLATE_NOOP("ThirdParty", "the agency's secure channel"),
}


class _SmallDialog(QDialog):
    """A form, the problems in plain words, Save and Cancel."""

    def _build(self, intro: QLabel | None, rows: list[tuple[str, QWidget]]) -> None:
        self.problems = message_label("third_party_problems")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro is not None:
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(labelled_form(rows))
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        fit_wrapped_height(self, 560)  # the intro wraps: at 200 % text it needs more lines

    def _try(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except ValidationError as error:
            self.problems.setText(str(error))
            return False
        self.accept()
        return True

    def save(self) -> bool:
        raise NotImplementedError


class ThirdPartyRequestDialog(_SmallDialog):
    def __init__(self, parent: QWidget | None, service: DisclosureService, citizen_id: str) -> None:
        super().__init__(parent)
        self.service = service
        self.citizen_id = citizen_id
        self.setWindowTitle(self.tr("Log a request from a third party"))
        self.organisation = named(QComboBox(), "request_organisation")
        self.organisation.setEditable(True)
        self.organisation.setLineEdit(named(QLineEdit(), "request_organisation_text"))
        self.organisation.lineEdit().setAccessibleName(self.tr("Who asked"))  # type: ignore[union-attr]
        self.organisation.addItem("", "")
        for org in service.profile.recipient_organisations:
            self.organisation.addItem(org.name, org.role)
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.role = named(QLineEdit(), "request_role")
        self.person = named(QLineEdit(), "request_person")
        self.asked = named(QLineEdit(), "request_asked")
        self.asked.setPlaceholderText(self.tr("what they asked, in short"))
        self.received_on = date_edit("request_received_on", service.today())
        self.channel = named(QComboBox(), "request_channel")
        for channel in REQUEST_CHANNELS:
            text = QCoreApplication.translate("ThirdParty", REQUEST_CHANNEL_TEXT[channel])
            self.channel.addItem(text, channel)
        intro = QLabel(
            self.tr("Nothing is given before the request is discussed with the citizen.")
        )
        self._build(
            intro,
            [
                (self.tr("&Who asked"), self.organisation),
                (self.tr("&Role"), self.role),
                (self.tr("&Person"), self.person),
                (self.tr("&What was asked"), self.asked),
                (self.tr("Re&ceived on"), self.received_on),
                (self.tr("&How it came in"), self.channel),
            ],
        )

    def _organisation_chosen(self, index: int) -> None:
        role = self.organisation.itemData(index)
        if role:
            self.role.setText(str(role))

    def save(self) -> bool:
        return self._try(
            lambda: self.service.log_request(
                self.citizen_id,
                self.organisation.currentText(),
                self.asked.text(),
                to_date(self.received_on.date()),
                str(self.channel.currentData()),
                self.role.text(),
                self.person.text(),
            )
        )


class DiscussedDialog(_SmallDialog):
    def __init__(
        self, parent: QWidget | None, service: DisclosureService, request: ThirdPartyRequest
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.request = request
        self.setWindowTitle(self.tr("Discussed with the citizen"))
        self.on = date_edit("discussed_on", service.today())
        self.how = named(QLineEdit(), "discussed_how")
        self.how.setPlaceholderText(self.tr("how, and what the citizen said"))
        intro = QLabel(
            self.tr("Request of {date} from {organisation}: {asked}").format(
                date=format_date(request.received_on, "short"),
                organisation=request.organisation,
                asked=request.asked,
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the organisation and question as typed
        self._build(intro, [(self.tr("&On"), self.on), (self.tr("&How"), self.how)])

    def save(self) -> bool:
        return self._try(
            lambda: self.service.record_discussed(
                self.request.id, to_date(self.on.date()), self.how.text()
            )
        )
