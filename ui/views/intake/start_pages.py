"""The first three steps: who and how (start), information first, the help request."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.intake import CHECKLIST, Acknowledgement, IntakeMode
from app.domain.profile import Law, Role
from app.domain.scope import Minors
from app.domain.zrm import display_name
from app.i18n import translate
from ui.views.intake.context import IntakeContext, guidance_box, labelled_form, message_label, named

SHEET = "informatieblad-privacy"


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = named(QComboBox(), name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class StartPage(QWidget):
    """New intake: law, role (pet), mode, place, who else is present (with agreement), minors."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.law = _combo(
            "start_law",
            [
                (self.tr("Wmo 2015"), Law.WMO.value),
                (self.tr("Jeugdwet"), Law.JEUGDWET.value),
                (self.tr("Participatiewet"), Law.PARTICIPATIEWET.value),
                (self.tr("Debt help (Wgs)"), Law.WGS.value),
            ],
        )
        self.role = _combo(
            "start_role",
            [
                (self.tr("Toeleiding (for the municipality)"), Role.TOELEIDING.value),
                (self.tr("Hulpverlening (the team's own help)"), Role.HULPVERLENING.value),
            ],
        )
        self.mode = _combo(
            "start_mode",
            [
                (self.tr("single help request"), IntakeMode.SINGLE.value),
                (self.tr("complex help request"), IntakeMode.COMPLEX.value),
                (
                    self.tr("contact only (contact details, no notes)"),
                    IntakeMode.CONTACT_ONLY.value,
                ),
            ],
        )
        self.place = named(QLineEdit(), "start_place")
        self.present = named(QLineEdit(), "start_present")
        self.present.setPlaceholderText(self.tr("e.g. daughter, interpreter — roles, not names"))
        self.present_agreed = named(
            QCheckBox(self.tr("The citizen agrees that they are present")), "start_present_agreed"
        )
        self.minors = _combo(
            "start_minors",
            [
                (self.tr("unknown"), Minors.UNKNOWN.value),
                (self.tr("yes"), Minors.YES.value),
                (self.tr("no"), Minors.NO.value),
            ],
        )
        self.start_button = named(QPushButton(self.tr("&Start the conversation")), "start_button")
        self.start_button.clicked.connect(self.start)
        self.message = message_label("start_message")
        form = labelled_form(
            [
                (self.tr("&Law:"), self.law),
                (self.tr("&Role (pet):"), self.role),
                (self.tr("&Kind of contact:"), self.mode),
                (self.tr("&Place:"), self.place),
                (self.tr("Also &present:"), self.present),
                (self.tr("&Minors in household:"), self.minors),
            ]
        )
        form.addRow("", self.present_agreed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.start_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def start(self) -> None:
        present = tuple(p.strip() for p in self.present.text().split(",") if p.strip())
        if present and not self.present_agreed.isChecked():
            self.message.setText(
                self.tr("Ask the citizen first whether the others may be present, and tick it.")
            )
            return

        def work() -> None:
            intake = self._ctx.service.start_intake(
                self._ctx.citizen_id,
                Law(self.law.currentData()),
                Role(self.role.currentData()),
                IntakeMode(self.mode.currentData()),
                self.place.text(),
                present,
                Minors(self.minors.currentData()),
            )
            self._ctx.intake_id = intake.id

        self._ctx.attempt(work, self.message, self.tr("The conversation has started."))

    def refresh(self) -> None:
        self.setEnabled(not self._ctx.started)


class InfoPage(QWidget):
    """Information first: the sheet handed over, the oral checklist, the acknowledgement."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.language = _combo(
            "info_language",
            [
                (self.tr("Dutch (B1)"), "nl"),
                (self.tr("Dutch, easy to read"), "nl-easy"),
                (self.tr("English"), "en"),
            ],
        )
        self.format = _combo(
            "info_format",
            [
                (self.tr("printed here"), "papier"),
                (self.tr("large print"), "grote letters"),
                (self.tr("pre-printed copy"), "voorgedrukt"),
                (self.tr("sent by post"), "post"),
            ],
        )
        self.checks = {
            key: named(QCheckBox(translate("Checklist", text)), f"info_check_{key}")
            for key, text in CHECKLIST.items()
        }
        self.ack_group = QButtonGroup(self)
        self.acks = {}
        for ack, text in (
            (Acknowledgement.SIGNED, self.tr("signed")),
            (Acknowledgement.INFORMED_NOT_SIGNED, self.tr("informed, not signed")),
            (Acknowledgement.LATER, self.tr("later, with a reason")),
        ):
            button = named(QRadioButton(text), f"info_ack_{ack.value}")
            self.ack_group.addButton(button)
            self.acks[ack] = button
        self.acks[Acknowledgement.SIGNED].setChecked(True)
        self.reason = named(QLineEdit(), "info_reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.save_button = named(QPushButton(self.tr("&Record the information")), "info_save")
        self.save_button.clicked.connect(self.save)
        self.message = message_label("info_message")
        form = labelled_form(
            [
                (self.tr("Sheet &language:"), self.language),
                (self.tr("&Format:"), self.format),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "informatie"))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Explained out loud:")))
        for box in self.checks.values():
            layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Acknowledgement (kennis genomen, never consent):")))
        for button in self.acks.values():
            layout.addWidget(button)
        layout.addWidget(self.reason)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        language = str(self.language.currentData())
        document = self._ctx.profile.document(SHEET)
        version = (document.version(language) if document else None) or "?"
        ack = next(a for a, b in self.acks.items() if b.isChecked())
        ticked = tuple(k for k, box in self.checks.items() if box.isChecked())
        self._ctx.attempt(
            lambda: self._ctx.service.record_handover(
                self._ctx.require_id(),
                version,
                language,
                str(self.format.currentData()),
                ticked,
                ack,
                self.reason.text(),
            ),
            self.message,
            self.tr("Recorded: the information was given (sheet version {v}).").format(v=version),
        )

    def refresh(self) -> None:
        done = self._ctx.started and self._ctx.service.handover(self._ctx.require_id())
        self.setEnabled(self._ctx.started and not done)


class RequestPage(QWidget):
    """The help request in the citizen's own words and a type: its domains open."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.words = named(QPlainTextEdit(), "request_words")
        self.words.setTabChangesFocus(True)
        self.type = named(QComboBox(), "request_type")
        for help_type in ctx.profile.help_request_types:
            self.type.addItem(help_type.label, help_type.id)
        self.add_button = named(QPushButton(self.tr("&Record the help request")), "request_add")
        self.add_button.clicked.connect(self.add)
        self.requests = named(QListWidget(), "request_list")
        self.requests.setAccessibleName(self.tr("Help requests so far"))
        self.message = message_label("request_message")
        words_label = QLabel(self.tr("The help request in the citizen's &own words:"))
        words_label.setBuddy(self.words)
        type_label = QLabel(self.tr("&Type:"))
        type_label.setBuddy(self.type)
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "hulpvraag"))
        layout.addWidget(words_label)
        layout.addWidget(self.words, 1)
        layout.addWidget(type_label)
        layout.addWidget(self.type)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(self.requests, 1)

    def add(self) -> None:
        words, type_id = self.words.toPlainText(), str(self.type.currentData())
        before = self._linked()

        def work() -> None:
            self._ctx.service.add_help_request(self._ctx.require_id(), words, type_id)

        if self._ctx.attempt(work, self.message):
            opened = self._linked() - before
            names = [display_name(d) for d in self._ctx.profile.zrm_domains() if d.id in opened]
            self.message.setText(
                self.tr("Recorded. These domains are now open: {names}.").format(
                    names=", ".join(names) or self.tr("none new")
                )
            )
            self.words.clear()

    def _linked(self) -> set[str]:
        if not self._ctx.started or not self._ctx.service.handover(self._ctx.require_id()):
            return set()
        return self._ctx.service.scope(self._ctx.require_id()).linked()

    def refresh(self) -> None:
        self.requests.clear()
        if not self._ctx.started:
            self.setEnabled(False)
            return
        intake_id = self._ctx.require_id()
        for request in self._ctx.service.help_requests(intake_id):
            help_type = self._ctx.profile.help_request_type(request.type_id)
            self.requests.addItem(f"“{request.words}” — {help_type.label if help_type else ''}")
        self.setEnabled(True)
