"""Reading the papers back: their text (pypdf), qpdf's structural check and the fonts (pikepdf).

``check_pdf`` is what ``qpdf --check`` reports, through libqpdf in the pikepdf wheel, so the
suite needs no system package; it also fails on any font that is not embedded.
"""

from __future__ import annotations

import io
import re

import pikepdf
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All text of the paper, whitespace folded to single spaces (line breaks fall anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def check_pdf(pdf: bytes) -> None:
    """Fail on any structural problem qpdf finds, and on a font that is not embedded."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        problems = doc.check_pdf_syntax()
        assert not problems, problems
        for page in doc.pages:
            fonts = page.resources.get("/Font", {})
            for name, font in fonts.items():
                descriptor = font.get("/FontDescriptor")
                if descriptor is None and "/DescendantFonts" in font:
                    descriptor = font.DescendantFonts[0].get("/FontDescriptor")
                assert descriptor is not None, f"font {name} has no descriptor (not embedded)"
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    f"font {name} ({font.get('/BaseFont')}) is not embedded"
                )


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
