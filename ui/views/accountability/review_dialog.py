"""Review mode (issue 8; R-000-48): the worker and a team leader look at a random sample
together. The worker names the reviewer (from the roster or by name and role) and a period;
the service draws the sample from a recorded seed. Each dossier opens read-only in a text
browser (nothing here can be edited) and every open is logged. Ending the session is logged.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.documents.inzage import Overview
from app.domain.citizen import ValidationError
from app.domain.zrm import display_name
from app.formatting import format_date
from app.services.reports.period import period
from app.services.review_mode import ReviewModeService
from app.storage.accountability_repository import ReviewSession
from ui.views.accountability.reports_dialog import date_edit, day_of, qdate
from ui.views.intake.context import labelled_form, message_label, named


class ReviewDialog(QDialog):
    def __init__(self, service: ReviewModeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.session: ReviewSession | None = None
        self.setWindowTitle(self.tr("Review mode"))
        today = service.now().astimezone().date()
        self.reviewer = named(QComboBox(), "reviewer")
        self.reviewer.addItem(self.tr("Someone else (type name and role)"), "")
        for worker in service.reviewers():
            self.reviewer.addItem(f"{worker.name} ({worker.role})", worker.id)
        self.reviewer.currentIndexChanged.connect(self._typed_enabled)
        self.reviewer_name = named(QLineEdit(), "reviewer_name")
        self.reviewer_role = named(QLineEdit(), "reviewer_role")
        self.reviewer_role.setPlaceholderText(self.tr("e.g. team leader"))
        self.start_on = date_edit("review_from", qdate(today - timedelta(days=90)))
        self.end_on = date_edit("review_to", qdate(today))
        self.start_button = named(QPushButton(self.tr("&Start the review")), "start_review")
        self.start_button.clicked.connect(self.start)
        self.status = named(QLabel(self.tr("No review session yet.")), "review_status")
        self.status.setWordWrap(True)
        self.sample = named(QListWidget(), "review_sample")
        self.sample.setAccessibleName(self.tr("Dossiers in the sample"))
        self.sample.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button = named(QPushButton(self.tr("&Open read-only")), "open_review")
        self.open_button.clicked.connect(self.open_selected)
        self.end_button = named(QPushButton(self.tr("&End the review")), "end_review")
        self.end_button.clicked.connect(self.end)
        self.view = named(QTextBrowser(), "review_view")
        self.view.setAccessibleName(self.tr("Dossier, read-only"))
        self.view.setOpenLinks(False)
        self.message = message_label("review_message")
        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "buttons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(
            labelled_form(
                [
                    (self.tr("&Reviewer"), self.reviewer),
                    (self.tr("&Name"), self.reviewer_name),
                    (self.tr("R&ole"), self.reviewer_role),
                    (self.tr("&From"), self.start_on),
                    (self.tr("&To"), self.end_on),
                ]
            )
        )
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        side = QVBoxLayout()
        side.addWidget(self.sample, 1)
        side.addWidget(self.open_button)
        side.addWidget(self.end_button)
        row.addLayout(side, 1)
        row.addWidget(self.view, 3)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_running(False)
        self.resize(900, 620)

    def _typed_enabled(self) -> None:
        typed = not self.reviewer.currentData()
        self.reviewer_name.setEnabled(typed and self.session is None)
        self.reviewer_role.setEnabled(typed and self.session is None)

    def _set_running(self, running: bool) -> None:
        for widget in (self.reviewer, self.start_on, self.end_on, self.start_button):
            widget.setEnabled(not running)
        self.open_button.setEnabled(running)
        self.end_button.setEnabled(running)
        self._typed_enabled()

    def start(self) -> None:
        try:
            chosen = period(day_of(self.start_on), day_of(self.end_on))
            self.session = self.service.start(
                chosen,
                str(self.reviewer.currentData() or ""),
                self.reviewer_name.text(),
                self.reviewer_role.text(),
            )
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        s = self.session
        self.status.setText(
            self.tr(
                "Review with {name} ({role}): {drawn} of {population} dossiers drawn at "
                "random (seed {seed})."
            ).format(
                name=s.reviewer_name,
                role=s.reviewer_role,
                drawn=s.drawn,
                population=s.population,
                seed=s.seed,
            )
        )
        self.sample.clear()
        for entry in self.service.sample(s.id):
            item = QListWidgetItem(entry.case_number)
            item.setData(Qt.ItemDataRole.UserRole, entry.citizen_id)
            self.sample.addItem(item)
        if self.sample.count():
            self.sample.setCurrentRow(0)
        self.message.setText("")
        self._set_running(True)

    def open_selected(self) -> None:
        item = self.sample.currentItem()
        if self.session is None or item is None:
            return
        try:
            overview = self.service.open(self.session.id, str(item.data(Qt.ItemDataRole.UserRole)))
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.view.setHtml(self.overview_html(overview))
        self.message.setText(self.tr("Opened read-only; this is logged."))

    def end(self) -> None:
        if self.session is None:
            return
        try:
            self.service.end(self.session.id)
        except ValidationError as exc:
            self.message.setText(str(exc))
        self.session = None
        self.sample.clear()
        self.view.clear()
        self.status.setText(self.tr("The review session has ended."))
        self._set_running(False)

    def reject(self) -> None:
        if self.session is not None:
            self.end()
        super().reject()

    def overview_html(self, data: Overview) -> str:
        """The inzage overview as read-only HTML (escaped: nothing typed is read as markup)."""
        names = {d.id: display_name(d) for d in self.service.profile.zrm_domains()}
        parts = [f"<h2>{escape(data.case_number)}</h2>"]
        for d in data.dossiers:
            parts.append(f"<h3>{escape(d.law)} — {escape(d.role)} ({escape(d.controller)})</h3>")
            for c in d.conversations:
                title = self.tr("Conversation of {day}").format(day=format_date(c.started))
                parts.append(f"<p><b>{escape(title)}</b></p>")
                items = [escape(words) for words, _ in c.help_requests]
                items += [f"{escape(n.kind)}: {escape(n.body)}" for n in c.notes]
                items += [
                    f"{escape(names.get(domain, domain))}: "
                    + (str(value) if value is not None else escape(self.tr("not assessed")))
                    for domain, value, _ in c.scores
                ]
                parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        if data.tasks:
            parts.append(f"<h3>{escape(self.tr('Tasks'))}</h3><ul>")
            parts += [
                f"<li>{escape(w)} — {format_date(due, 'short')} — {escape(s)}</li>"
                for w, due, s in data.tasks
            ]
            parts.append("</ul>")
        return "".join(parts)
