"""Steps beside the domains: andere zorgen?, the Wmo onderzoek, network and first-contact
data, documents seen and the medical adviser (the meldcode signal: ``meldcode_page.py``)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.visit_records import (
    DISPOSITION_TEXT,
    EXPLAINED_ITEMS,
    ID_DOCUMENT_TEXT,
    ONDERZOEK_ITEMS,
    SOURCE_TEXT,
    Disposition,
    DocumentSource,
    IdDocument,
)
from app.i18n import translate
from ui.views.intake.context import (
    IntakeContext,
    guidance_box,
    labelled_form,
    message_label,
    named,
)
from ui.views.intake.lookup_box import LookupBox

ID_ROLE = Qt.ItemDataRole.UserRole


class ConcernsPage(QWidget):
    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.answer = named(QLineEdit(), "concerns_answer")
        self.save_button = named(QPushButton(self.tr("&Record the answer")), "concerns_save")
        self.save_button.clicked.connect(self.save)
        self.message = message_label("concerns_message")
        hint = QLabel(
            self.tr(
                'Ask: "Are there other things you are worried about?" A new question becomes a '
                "further help request (step Help request); a further domain is proposed in "
                "Life domains and opens only with the citizen's yes."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "andere_zorgen"))
        layout.addWidget(hint)
        layout.addLayout(labelled_form([(self.tr("The citizen's &answer:"), self.answer)]))
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        self._ctx.attempt(
            lambda: self._ctx.records.record_concerns(self._ctx.require_id(), self.answer.text()),
            self.message,
            self.tr("Answer recorded."),
        )

    def refresh(self) -> None:
        pass


class OnderzoekPage(QWidget):
    """Wmo 2015 art. 2.3.2 lid 4: part of every Wmo intake, not extra domains."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.fields = {k: named(QLineEdit(), f"onderzoek_{k}") for k in ONDERZOEK_ITEMS}
        self.explained = {
            k: named(QCheckBox(translate("Onderzoek", text)), f"explained_{k}")
            for k, text in EXPLAINED_ITEMS.items()
        }
        self.save_button = named(QPushButton(self.tr("&Save the onderzoek")), "onderzoek_save")
        self.save_button.clicked.connect(self.save)
        self.message = message_label("onderzoek_message")
        layout = QVBoxLayout(self)
        rows = [
            (translate("Onderzoek", ONDERZOEK_ITEMS[k]) + ":", f) for k, f in self.fields.items()
        ]
        layout.addLayout(labelled_form(rows))
        layout.addWidget(QLabel(self.tr("Told the citizen about:")))
        for box in self.explained.values():
            layout.addWidget(box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        def work() -> None:
            intake_id = self._ctx.require_id()
            for item, field in self.fields.items():
                if field.text().strip():
                    self._ctx.records.record_onderzoek(intake_id, item, field.text())
            for item, box in self.explained.items():
                if box.isChecked() and box.isEnabled():
                    self._ctx.records.record_explained(intake_id, item)

        self._ctx.attempt(work, self.message, self.tr("Saved."))

    def refresh(self) -> None:
        if not self._ctx.started:
            return
        stored = self._ctx.records.onderzoek(self._ctx.require_id())
        for item, field in self.fields.items():
            if item in stored and not field.hasFocus():
                field.setText(stored[item])
        for item, box in self.explained.items():
            box.setChecked(item in stored or box.isChecked())
            box.setEnabled(item not in stored)


class NetworkPage(QWidget):
    """Network persons (four fields), and identity or extras only when the request needs them."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.name = named(QLineEdit(), "network_name")
        self.relation = named(QLineEdit(), "network_relation")
        self.contact = named(QLineEdit(), "network_contact")
        self.support = named(QLineEdit(), "network_support")
        self.add_button = named(QPushButton(self.tr("&Add person")), "network_add")
        self.add_button.clicked.connect(self.add_person)
        self.people = named(QListWidget(), "network_list")
        self.people.setAccessibleName(self.tr("Network persons"))
        self.doc_type = named(QComboBox(), "identity_type")
        for doc, doc_text in ID_DOCUMENT_TEXT.items():
            self.doc_type.addItem(translate("Records", doc_text), doc.value)
        self.doc_number = named(QLineEdit(), "identity_number")
        self.expires = named(QDateEdit(QDate.currentDate().addYears(1)), "identity_expires")
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("dd-MM-yyyy")  # the Dutch way, whatever the system locale
        self.identity_button = named(
            QPushButton(self.tr("Record &identity check")), "identity_save"
        )
        self.identity_button.clicked.connect(self.save_identity)
        self.identity_box = QGroupBox(self.tr("Identity (no copy, no photo)"))
        identity = QVBoxLayout(self.identity_box)
        identity.addLayout(
            labelled_form(
                [
                    (self.tr("&Document:"), self.doc_type),
                    (self.tr("&Number:"), self.doc_number),
                    (self.tr("Valid &until:"), self.expires),
                ]
            )
        )
        identity.addWidget(self.identity_button)
        self.extras = {
            f: named(QLineEdit(), f"extra_{f}") for f in ("bsn", "inkomen", "verblijfsstatus")
        }
        self.extras_button = named(QPushButton(self.tr("Save &details")), "extras_save")
        self.extras_button.clicked.connect(self.save_extras)
        self.extras_box = QGroupBox(self.tr("Details this help request needs"))
        extras = QVBoxLayout(self.extras_box)
        self.extras_form = labelled_form(
            [
                (self.tr("&BSN:"), self.extras["bsn"]),
                (self.tr("In&come:"), self.extras["inkomen"]),
                (self.tr("&Residence status:"), self.extras["verblijfsstatus"]),
            ]
        )
        extras.addLayout(self.extras_form)
        extras.addWidget(self.extras_button)
        self.message = message_label("network_message")
        network_box = QGroupBox(self.tr("Network: name, relation, contact, support — nothing else"))
        network = QVBoxLayout(network_box)
        network.addLayout(
            labelled_form(
                [
                    (self.tr("Na&me:"), self.name),
                    (self.tr("Re&lation:"), self.relation),
                    (self.tr("C&ontact:"), self.contact),
                    (self.tr("&Support offered:"), self.support),
                ]
            )
        )
        network.addWidget(self.add_button)
        network.addWidget(self.people)
        layout = QVBoxLayout(self)
        layout.addWidget(network_box)
        layout.addWidget(self.identity_box)
        layout.addWidget(self.extras_box)
        self.lookup_box = LookupBox(ctx, self.message)
        layout.addWidget(self.lookup_box)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def add_person(self) -> None:
        fields = (self.name, self.relation, self.contact, self.support)
        if self._ctx.attempt(
            lambda: self._ctx.records.add_network_person(
                self._ctx.require_id(), *(f.text() for f in fields)
            ),
            self.message,
            self.tr("Person added."),
        ):
            for field in fields:
                field.clear()

    def save_identity(self) -> None:
        expires = self.expires.date().toPython()
        self._ctx.attempt(
            lambda: self._ctx.records.record_identity(
                self._ctx.require_id(),
                IdDocument(self.doc_type.currentData()),
                self.doc_number.text(),
                expires,  # type: ignore[arg-type]
            ),
            self.message,
            self.tr("Identity check recorded."),
        )

    def save_extras(self) -> None:
        def work() -> None:
            for field, edit in self.extras.items():
                if edit.isVisibleTo(self) and edit.text().strip():
                    self._ctx.records.set_extra(self._ctx.require_id(), field, edit.text())

        self._ctx.attempt(work, self.message, self.tr("Saved."))

    def refresh(self) -> None:
        needs = self._ctx.records.needs(self._ctx.intake_id) if self._ctx.started else set()
        self.identity_box.setVisible("identiteit" in needs)
        self.extras_box.setVisible(bool(needs & set(self.extras)))
        for field, edit in self.extras.items():
            self.extras_form.setRowVisible(edit, field in needs)
        self.people.clear()
        if self._ctx.started:
            for item in self._ctx.review_items():
                if item.kind == "network_person":
                    self.people.addItem(item.text)
        self.lookup_box.refresh()


class MedicalPage(QWidget):
    """Documents seen: logged with a disposition, never kept. The adviser's conclusion."""

    def __init__(self, ctx: IntakeContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.source = named(QComboBox(), "document_source")
        for source, source_text in SOURCE_TEXT.items():
            self.source.addItem(translate("Records", source_text), source.value)
        self.disposition = named(QComboBox(), "document_disposition")
        for disposition, text in DISPOSITION_TEXT.items():
            self.disposition.addItem(translate("Records", text), disposition.value)
        self.informed = named(
            QCheckBox(self.tr("The citizen knows what happened to it")), "document_informed"
        )
        self.log_button = named(QPushButton(self.tr("&Log the document")), "document_log")
        self.log_button.clicked.connect(self.log_document)
        self.documents = named(QListWidget(), "document_list")
        self.documents.setAccessibleName(self.tr("Documents seen"))
        self.dispose_button = named(
            QPushButton(self.tr("Set &disposition of selected")), "document_dispose"
        )
        self.dispose_button.clicked.connect(self.dispose_selected)
        self.advice = named(QLineEdit(), "advice_text")
        self.advice_button = named(QPushButton(self.tr("Save &conclusion")), "advice_save")
        self.advice_button.clicked.connect(self.save_advice)
        self.message = message_label("medical_message")
        hint = QLabel(
            self.tr(
                "Nothing medical is stored: no diagnosis, no medicines, no copies. "
                "Write what the citizen cannot do as a limitation in its domain."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(guidance_box(ctx.profile, "medisch"))
        layout.addWidget(hint)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("Document &from:"), self.source),
                    (self.tr("What &happened to it:"), self.disposition),
                ]
            )
        )
        layout.addWidget(self.informed)
        layout.addWidget(self.log_button)
        layout.addWidget(self.documents)
        layout.addWidget(self.dispose_button)
        layout.addLayout(labelled_form([(self.tr("Medical adviser's co&nclusion:"), self.advice)]))
        layout.addWidget(self.advice_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def log_document(self) -> None:
        self._ctx.attempt(
            lambda: self._ctx.records.log_document(
                self._ctx.require_id(),
                DocumentSource(self.source.currentData()),
                self._ctx.session.now().date(),
                Disposition(self.disposition.currentData()),
                self.informed.isChecked(),
            ),
            self.message,
            self.tr("Logged. Its content is not stored."),
        )

    def dispose_selected(self) -> None:
        item = self.documents.currentItem()
        if item is None:
            self.message.setText(self.tr("Select a document first."))
            return
        self._ctx.attempt(
            lambda: self._ctx.records.dispose_document(
                self._ctx.require_id(),
                str(item.data(ID_ROLE)),
                Disposition(self.disposition.currentData()),
                self.informed.isChecked(),
            ),
            self.message,
            self.tr("Disposition recorded."),
        )

    def save_advice(self) -> None:
        if self._ctx.attempt(
            lambda: self._ctx.records.add_medical_advice(
                self._ctx.require_id(), self.advice.text(), self._ctx.session.now().date()
            ),
            self.message,
            self.tr("Conclusion saved."),
        ):
            self.advice.clear()

    def refresh(self) -> None:
        self.documents.clear()
        if not self._ctx.started:
            return
        for item in self._ctx.review_items():
            if item.kind == "medical_document":
                row = QListWidgetItem(item.text)
                row.setData(ID_ROLE, item.id)
                self.documents.addItem(row)
