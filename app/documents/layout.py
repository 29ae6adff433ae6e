"""A4 PDFs for citizens: embedded open fonts, page numbers, black and white (DESIGN 7).

A document module writes its paper through :class:`PaperWriter` (titles, paragraphs, one idea
per line, facts, empty tick boxes, room to write and sign) and gets the PDF bytes from
:meth:`PaperWriter.render`, built in memory: no temp files. Every page carries the paper's
title, number, text version, language, date, the controller and "page x of y". Every text is
escaped, so nothing a worker or citizen typed is read as markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.base import LOCALE_OF, PaperMeta
from app.formatting import format_date_in
from app.paths import resources_dir

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
FONT_ITALIC = "NotoSans-Italic"
MARGIN = 20 * mm
# Footer words per language; the document texts themselves live in resources/documents.
_FOOTER = {
    "nl": ("Pagina {page} van {pages}", "Nummer", "tekstversie"),
    "en": ("Page {page} of {pages}", "Number", "text version"),
}


@dataclass(frozen=True)
class Sizes:
    body: float
    leading: float
    title: float
    heading: float
    space: float  # after a paragraph

    @staticmethod
    def for_paper(easy: bool, large_print: bool) -> Sizes:
        body = 14.0 if easy else 11.0
        if large_print:
            body = 18.0 if easy else 16.0
        return Sizes(body, body * 1.45, body * 1.6, body * 1.2, body * (0.9 if easy else 0.6))


def register_fonts() -> None:
    """Register the embedded Noto Sans faces once (SIL OFL 1.1, see resources/fonts)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "NotoSans-Italic.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)


def text(value: str) -> str:
    """Escape for reportlab's paragraph markup and keep the writer's line breaks."""
    return escape(value).replace("\n", "<br/>")


class PaperWriter:
    """Collects the flowables of one paper; ``easy`` is the easy-read layout (larger type,
    more space, one idea per line)."""

    def __init__(self, meta: PaperMeta, easy: bool = False) -> None:
        register_fonts()
        self.meta = meta
        self.easy = easy
        self.sizes = Sizes.for_paper(easy, meta.large_print)
        s = self.sizes
        self._body = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=s.body,
            leading=s.leading,
            spaceAfter=s.space,
            alignment=TA_LEFT,
            bulletFontName=FONT,
            textColor=colors.black,
        )
        self._bold = ParagraphStyle("bold", parent=self._body, fontName=FONT_BOLD)
        self._small = ParagraphStyle(
            "small", parent=self._body, fontSize=s.body * 0.85, leading=s.body * 1.2, spaceAfter=2
        )
        self._title = ParagraphStyle(
            "title",
            parent=self._body,
            fontName=FONT_BOLD,
            fontSize=s.title,
            leading=s.title * 1.25,
            spaceAfter=s.space * 2,
        )
        self._heading = ParagraphStyle(
            "heading",
            parent=self._body,
            fontName=FONT_BOLD,
            fontSize=s.heading,
            leading=s.heading * 1.3,
            spaceBefore=s.space * 1.5,
            spaceAfter=s.space,
        )
        self._bullet = ParagraphStyle(
            "bullet",
            parent=self._body,
            leftIndent=s.body * 1.4,
            bulletIndent=s.body * 0.3,
            spaceAfter=s.space * 0.6,
        )
        self.story: list[Flowable] = []
        self.pages = 0  # set by render()

    # -- writing -------------------------------------------------------------------------------
    def title(self, value: str) -> None:
        self.story.append(Paragraph(text(value), self._title))

    def heading(self, value: str) -> None:
        # A heading never ends a page alone.
        self.story.append(CondPageBreak(self.sizes.leading * 4))
        self.story.append(Paragraph(text(value), self._heading))

    def para(self, value: str, bold: bool = False) -> None:
        self.story.append(Paragraph(text(value), self._bold if bold else self._body))

    def small(self, value: str) -> None:
        self.story.append(Paragraph(text(value), self._small))

    def lines(self, values: list[str]) -> None:
        """One idea per line: each its own short paragraph (the easy-read rule)."""
        for value in values:
            self.para(value)

    def bullets(self, values: list[str]) -> None:
        for value in values:
            self.story.append(Paragraph(text(value), self._bullet, bulletText="•"))

    def facts(self, rows: list[tuple[str, str]]) -> None:
        """Label and value side by side (a value may be long and wrap)."""
        if not rows:
            return
        data = [[Paragraph(text(k), self._bold), Paragraph(text(v), self._body)] for k, v in rows]
        width = A4[0] - 2 * MARGIN
        table = Table(data, colWidths=[width * 0.34, width * 0.66], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.story.append(table)
        self.story.append(Spacer(1, self.sizes.space))

    def checkbox(self, label: str) -> None:
        """An empty box to tick by hand; never pre-ticked (R-002-16)."""
        box = self.sizes.body * 1.1
        cell = Table([[""]], colWidths=[box], rowHeights=[box], hAlign="LEFT")
        cell.setStyle(
            TableStyle(
                [("BOX", (0, 0), (-1, -1), 1, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT)]
            )
        )
        width = A4[0] - 2 * MARGIN
        row = Table(
            [[cell, Paragraph(text(label), self._body)]],
            colWidths=[box + 4 * mm, width - box - 4 * mm],
            hAlign="LEFT",
        )
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                ]
            )
        )
        self.story.append(row)

    def write_space(self, label: str, lines: int = 4) -> None:
        """Ruled lines for the citizen to write on (a reaction, an answer)."""
        width = A4[0] - 2 * MARGIN
        rows = [[""] for _ in range(lines)]
        ruled = Table(
            rows, colWidths=[width], rowHeights=[self.sizes.leading * 1.5] * lines, hAlign="LEFT"
        )
        ruled.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                ]
            )
        )
        self.story.append(KeepTogether([Paragraph(text(label), self._bold), ruled]))
        self.story.append(Spacer(1, self.sizes.space))

    def signature(self, rows: list[str], heading: str = "", notes: tuple[str, ...] = ()) -> None:
        """A block of labelled lines to fill in by hand (name, capacity, date, signature),
        kept on one page with its heading and the small notes that explain it."""
        width = A4[0] - 2 * MARGIN
        data = [[Paragraph(text(label), self._body), ""] for label in rows]
        # Rows grow with a label that wraps (no fixed heights: a long label never overlaps).
        table = Table(data, colWidths=[width * 0.34, width * 0.66], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("TOPPADDING", (0, 0), (-1, -1), self.sizes.leading * 1.2),
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        head = [Paragraph(text(heading), self._heading)] if heading else []
        tail = [Paragraph(text(note), self._small) for note in notes]
        self.story.append(KeepTogether([*head, table, *tail]))
        self.story.append(Spacer(1, self.sizes.space))

    @contextmanager
    def together(self) -> Iterator[None]:
        """Keep what is written inside on one page (a choice and the signature under it)."""
        start = len(self.story)
        yield
        items = [f for f in self.story[start:] if not isinstance(f, CondPageBreak)]
        del self.story[start:]
        self.story.append(KeepTogether(items))

    def space(self, factor: float = 1.0) -> None:
        self.story.append(Spacer(1, self.sizes.leading * factor))

    def page_break(self) -> None:
        self.story.append(PageBreak())

    # -- output --------------------------------------------------------------------------------
    def render(self) -> bytes:
        """The PDF, built in memory."""
        buffer = io.BytesIO()
        meta = self.meta
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 14 * mm,
            title=meta.title,
            author=meta.controller,
            subject=f"{meta.document} {meta.version} {meta.language}",
            creator="Keukentafel",
            lang="en" if meta.language == "en" else "nl",
            invariant=True,
            initialFontName=FONT,
            initialFontSize=11,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="paper", frames=[frame])])
        footer = _footer_lines(meta)
        totals: list[int] = []
        doc.build(list(self.story), canvasmaker=_numbered_canvas(footer, meta.language, totals))
        self.pages = totals[-1] if totals else 0
        return buffer.getvalue()


def _footer_lines(meta: PaperMeta) -> tuple[str, str]:
    _, number, version = _FOOTER["en" if meta.language == "en" else "nl"]
    first = f"{meta.title} · {meta.controller}"
    day = format_date_in(meta.on, LOCALE_OF[meta.language])
    second = f"{number} {meta.number} · {version} {meta.version} · {meta.language_name} · {day}"
    return first, second


def _numbered_canvas(footer: tuple[str, str], language: str, totals: list[int]) -> Any:
    """A canvas class that knows the page count when it writes "page x of y"."""
    page_text = _FOOTER["en" if language == "en" else "nl"][0]

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Every font on the paper is embedded: no Helvetica default left in the resources.
            kwargs.setdefault("initialFontName", FONT)
            kwargs.setdefault("initialFontSize", 11)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            totals.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            self.saveState()
            self.setFillColor(colors.black)
            self.setStrokeColor(colors.black)
            y = MARGIN
            self.setLineWidth(0.4)
            self.line(MARGIN, y + 9 * mm, A4[0] - MARGIN, y + 9 * mm)
            self.setFont(FONT, 8)
            self.drawString(MARGIN, y + 5 * mm, _fit(self, footer[0], A4[0] - 2 * MARGIN - 30 * mm))
            self.drawString(MARGIN, y + 1 * mm, _fit(self, footer[1], A4[0] - 2 * MARGIN))
            self.setFont(FONT_BOLD, 9)
            label = page_text.format(page=self._pageNumber, pages=total)  # type: ignore[attr-defined]
            self.drawRightString(A4[0] - MARGIN, y + 5 * mm, label)
            self.restoreState()

    return NumberedCanvas


def _fit(canvas: Canvas, value: str, width: float) -> str:
    """Shorten a footer line that would run off the page (a long organisation name)."""
    if canvas.stringWidth(value, FONT, 8) <= width:
        return value
    while value and canvas.stringWidth(value + "…", FONT, 8) > width:
        value = value[:-1]
    return value + "…"
