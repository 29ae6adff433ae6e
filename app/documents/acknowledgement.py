"""Verklaring van kennisname: "ik heb de informatie gekregen" (R-000-34; DESIGN section 1).

It says in so many words that signing is not consent and that refusing to sign changes
nothing; the refusal itself is recorded by the intake (``geïnformeerd, niet getekend``), not
on this paper. Always its own page, never combined with a consent form or the verslag.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents.compose import Paper, PaperContext, begin, finish, letterhead

DOCUMENT = "verklaring-kennisname"


@dataclass(frozen=True)
class Acknowledgement:
    citizen: str
    case_number: str
    sheet_title: str  # the information sheet handed over, as printed on it
    sheet_version: str
    sheet_language: str  # its language name, as printed on it


def build(data: Acknowledgement, ctx: PaperContext) -> Paper:
    texts, w = begin(DOCUMENT, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    w.para(
        texts.get(
            "intro",
            sheet=data.sheet_title,
            version=data.sheet_version,
            language=data.sheet_language,
        )
    )
    w.para(texts.get("explained"))
    w.heading(texts.get("statement_heading"))
    w.lines(texts.items("statement"))
    w.para(texts.get("no_need"), bold=True)
    w.signature(texts.items("signature"), heading=texts.get("signature_heading"))
    w.small(texts.get("copy"))
    return finish(w)


def sample() -> Acknowledgement:
    """Clearly fictional data for previews and tests."""
    return Acknowledgement(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        sheet_title="Informatieblad privacy",
        sheet_version="2026.1",
        sheet_language="Nederlands",
    )
