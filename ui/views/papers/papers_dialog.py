"""Papers for the citizen: choose, look, then print, save, hand over, queue or post (issue 6).

The worker picks a paper that applies to this conversation or citizen, its language variant
and large print, and sees every page before anything leaves the laptop. Each way the paper
reaches the citizen is recorded through :class:`PaperService` (one audit event, with the text
version and language the citizen received). A paper that cannot be made shows what is missing.
No file is written except where the worker chose to save one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.documents.base import DocumentRefused
from app.documents.compose import Paper
from app.domain.citizen import ValidationError
from app.services.papers import PaperRequest, PaperService
from app.storage.errors import VaultError
from ui.printing import PdfNotReadable, preview_images, print_pdf
from ui.views.papers.choices import DELIVERY_NAMES, LANGUAGE_NAMES, PaperChoice


class PapersDialog(QDialog):
    """``request_defaults`` names the citizen and/or conversation (and a language to start in);
    ``choices`` come from :func:`paper_choices`."""

    def __init__(
        self,
        parent: QWidget | None,
        service: PaperService,
        request_defaults: PaperRequest,
        choices: Iterable[PaperChoice],
        case_number: str = "",
        start_with: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("papers_dialog")
        self.setWindowTitle(self.tr("Papers for the citizen"))
        self.service = service
        self.defaults = request_defaults
        self.case_number = case_number
        self.choices = list(choices)
        self.paper: Paper | None = None
        self.request: PaperRequest | None = None
        self.page_labels: list[QLabel] = []
        self._dated = False  # the posting date starts at the paper's date, once

        self.papers = QListWidget()
        self.papers.setObjectName("paper_list")
        self.papers.setAccessibleName(self.tr("Papers"))
        for choice in self.choices:
            self.papers.addItem(choice.label)
        self.language = QComboBox()
        self.language.setObjectName("paper_language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(QCoreApplication.translate("Papers", name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(request_defaults.language)))
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setObjectName("paper_large_print")
        self.message = QLabel()
        self.message.setObjectName("paper_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setAccessibleName(self.tr("Message"))
        self.pages_label = QLabel()
        self.pages_label.setWordWrap(True)

        self.print_button = self._button("paper_print", self.tr("&Print…"), self.print_paper)
        self.save_button = self._button("paper_save", self.tr("&Save as PDF…"), self.save_paper)
        self.queue_button = self._button(
            "paper_queue", self.tr("Print at the &office"), self.queue_paper
        )
        self.sheet_number = QLineEdit()
        self.sheet_number.setObjectName("paper_sheet_number")
        self.sheet_number.setMaxLength(40)
        self.sheet_button = self._button(
            "paper_handed_over", self.tr("Record &hand-over"), self.hand_over_preprinted
        )
        self.posted_on = QDateEdit()
        self.posted_on.setObjectName("paper_posted_on")
        self.posted_on.setCalendarPopup(True)
        self.posted_on.setDisplayFormat("d-M-yyyy")
        self.post_button = self._button(
            "paper_posted", self.tr("Record &posting"), self.record_posted
        )
        self.close_button = self._button("paper_close", self.tr("&Close"), self.accept)

        self.preview = QWidget()
        self.preview_layout = QVBoxLayout(self.preview)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("paper_preview")
        self.preview_area.setAccessibleName(self.tr("Page preview"))
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.preview)
        self.preview_area.setMinimumWidth(360)  # it scrolls; the fields need room at 200 %
        self._layout()

        self.papers.currentRowChanged.connect(lambda _row: self.render_choice())
        self.language.currentIndexChanged.connect(lambda _i: self.render_choice())
        self.large_print.toggled.connect(lambda _on: self.render_choice())
        start = next((i for i, c in enumerate(self.choices) if c.document == start_with), 0)
        if self.choices:
            self.papers.setCurrentRow(start)
        else:
            self.message.setText(self.tr("No paper applies here yet."))
            self._enable(False)
        self.resize(1000, 720)
        self.papers.setFocus()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())  # not clicked(bool) into the slot's argument
        return button

    def _layout(self) -> None:
        left = QVBoxLayout()
        label = QLabel(self.tr("P&aper:"))
        label.setBuddy(self.papers)
        left.addWidget(label)
        left.addWidget(self.papers, 1)
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language, 1)
        left.addLayout(row)
        left.addWidget(self.large_print)
        now = QGroupBox(self.tr("Give it now"))
        now_layout = QHBoxLayout(now)
        now_layout.addWidget(self.print_button)
        now_layout.addWidget(self.save_button)
        left.addWidget(now)
        later = QGroupBox(self.tr("No printer here"))
        grid = QGridLayout(later)
        sheet_label = QLabel(self.tr("Pre-printed copy &number:"))
        sheet_label.setBuddy(self.sheet_number)
        grid.addWidget(sheet_label, 0, 0)
        grid.addWidget(self.sheet_number, 0, 1)
        grid.addWidget(self.sheet_button, 0, 2)
        post_label = QLabel(self.tr("Sent by post o&n:"))
        post_label.setBuddy(self.posted_on)
        grid.addWidget(post_label, 1, 0)
        grid.addWidget(self.posted_on, 1, 1)
        grid.addWidget(self.post_button, 1, 2)
        grid.addWidget(self.queue_button, 2, 0, 1, 3)
        left.addWidget(later)
        left.addWidget(self.message)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        left.addLayout(close_row)
        right = QVBoxLayout()
        right.addWidget(self.pages_label)
        right.addWidget(self.preview_area, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    # -- making ---------------------------------------------------------------------------------
    def current_choice(self) -> PaperChoice | None:
        row = self.papers.currentRow()
        return self.choices[row] if 0 <= row < len(self.choices) else None

    def render_choice(self) -> Paper | None:
        """Make the chosen paper again (a new paper number) and show its pages."""
        choice = self.current_choice()
        self.paper = None
        self.request = None
        self._show_pages([])
        if choice is None:
            return None
        request = replace(
            self.defaults,
            document=choice.document,
            subject_id=choice.subject_id,
            language=str(self.language.currentData()),
            large_print=self.large_print.isChecked(),
            number="",
        )
        preprintable = self.service.source(choice.document).preprintable
        self.sheet_number.setEnabled(preprintable)
        try:
            paper = self.service.render(request)
            images = preview_images(paper.pdf, self._preview_width())
        except (DocumentRefused, ValidationError, VaultError, PdfNotReadable) as exc:
            self.message.setText(str(exc))
            self._enable(False)
            return None
        self.paper, self.request = paper, request
        if not self._dated:
            on, self._dated = paper.meta.on, True
            self.posted_on.setDate(QDate(on.year, on.month, on.day))
        self._show_pages(images)
        self.message.setText("")
        self._enable(True)
        self.sheet_button.setEnabled(preprintable)
        return paper

    def _preview_width(self) -> int:
        """The page fits the preview's width (no sideways scrolling for the worker)."""
        area = self.preview_area
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = 2 * self.preview_layout.contentsMargins().left() + 4
        if area.isVisible():
            return area.viewport().width() - bar - margins
        return area.minimumWidth() - 2 * area.frameWidth() - bar - margins

    def showEvent(self, event: QShowEvent) -> None:
        """The preview's real width is known once shown: fit the pages to it."""
        super().showEvent(event)
        if self.paper is not None:
            self._show_pages(preview_images(self.paper.pdf, self._preview_width()))

    def _enable(self, on: bool) -> None:
        for widget in (
            self.print_button,
            self.save_button,
            self.queue_button,
            self.post_button,
            self.posted_on,
            self.sheet_button,
        ):
            widget.setEnabled(on)

    def _show_pages(self, images: list[QImage]) -> None:
        for label in self.page_labels:
            self.preview_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        for index, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(self.tr("Page {page}").format(page=index))
            self.preview_layout.addWidget(label)
            self.page_labels.append(label)
        self.pages_label.setText(
            self.tr("Pages: {pages} · paper number {number}").format(
                pages=len(images), number=self.paper.meta.number if self.paper else ""
            )
            if images and self.paper
            else ""
        )

    # -- delivering -----------------------------------------------------------------------------
    def print_paper(self, printer: QPrinter | None = None) -> bool:
        """Print through the system's print dialog (or ``printer``, already set up)."""
        if self.paper is None or self.request is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setColorMode(QPrinter.ColorMode.GrayScale)
            printer.setDocName(self.paper.meta.title)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            print_pdf(self.paper.pdf, printer)
        except (OSError, PdfNotReadable) as exc:
            self.message.setText(self.tr("Not printed: {reason}").format(reason=exc))
            return False
        return self._record("geprint")

    def save_paper(self) -> bool:
        """Save the PDF where the worker chooses, under a name from the case number."""
        if self.paper is None or self.request is None:
            return False
        default = self.default_file_name()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the paper as PDF"), default, self.tr("PDF (*.pdf)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.paper.pdf)
        except OSError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=exc.strerror or exc))
            return False
        return self._record("opgeslagen")

    def default_file_name(self) -> str:
        document = self.request.document if self.request else "papier"
        return f"{self.case_number} {document}.pdf" if self.case_number else f"{document}.pdf"

    def queue_paper(self) -> bool:
        return self._record("wachtrij")

    def record_posted(self) -> bool:
        posted = self.posted_on.date()
        return self._record("per_post", date(posted.year(), posted.month(), posted.day()))

    def hand_over_preprinted(self) -> bool:
        if self.request is None:
            return False
        request = self.request

        def work() -> str:
            issue = self.service.record_preprinted(request, self.sheet_number.text())
            return issue.version

        return self._attempt("voorgedrukt", work)

    def _record(self, delivery: str, posted_on: date | None = None) -> bool:
        paper, request = self.paper, self.request
        if paper is None or request is None:
            return False

        def work() -> str:
            return self.service.record(request, paper, delivery, posted_on).version

        done = self._attempt(delivery, work)
        if done:  # the next copy is another copy: it gets its own number
            message = self.message.text()
            self.render_choice()
            self.message.setText(message)
        return done

    def _attempt(self, delivery: str, work: Callable[[], str]) -> bool:
        try:
            version = work()
        except (DocumentRefused, ValidationError, VaultError) as exc:
            self.message.setText(str(exc))
            return False
        choice = self.current_choice()
        self.message.setText(
            self.tr("Recorded: {paper}, {how} (text version {version}, {language}).").format(
                paper=choice.label if choice else "",
                how=QCoreApplication.translate("Papers", DELIVERY_NAMES[delivery]),
                version=version,
                language=self.language.currentText(),
            )
        )
        return True
