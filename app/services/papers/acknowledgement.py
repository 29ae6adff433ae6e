"""The verklaring van kennisname, built for one intake (R-000-34)."""

from __future__ import annotations

from app.documents import acknowledgement as doc
from app.documents.compose import Paper, PaperContext
from app.documents.texts import shipped_text
from app.services.papers.registry import PaperRequest, PaperSource, require_citizen
from app.storage import intake_repository as intakes
from app.storage.db import Connection

INFORMATION_SHEET = "informatieblad-privacy"


def build(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    citizen = require_citizen(conn, request)
    handover = intakes.get_handover(conn, request.intake_id)
    # The sheet the citizen actually received; before the hand-over is recorded, the one
    # being handed over now (this language, the version the profile prescribes).
    language = handover.language if handover else ctx.language
    version = handover.sheet_version if handover else None
    entry = ctx.profile.document(INFORMATION_SHEET)
    version = version or (entry.version(language) if entry else None) or ""
    sheet_title, language_name = sheet_names(language, version)
    return doc.build(
        doc.Acknowledgement(citizen.name, citizen.case_number, sheet_title, version, language_name),
        ctx,
    )


def sheet_names(language: str, version: str) -> tuple[str, str]:
    """The information sheet's printed title and language name, or neutral words when that
    text version is not shipped (an older sheet the citizen still holds)."""
    texts = shipped_text(INFORMATION_SHEET, language, version)
    return (texts.title, texts.language_name) if texts else ("Informatieblad privacy", language)


def sample(ctx: PaperContext) -> Paper:
    return doc.build(doc.sample(), ctx)


SOURCES = (PaperSource(doc.DOCUMENT, "intake", build, sample),)
