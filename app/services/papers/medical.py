"""The letter with questions to the GP and the machtiging for the medical adviser, built for
one saved medical request (scope ``subject``: ``subject_id`` is the ``medical_request`` id)."""

from __future__ import annotations

from app.documents import medical_letters as doc
from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.i18n import translate
from app.services.papers.registry import PaperRequest, PaperSource, require_citizen
from app.storage import consent_request_repository as repo
from app.storage.db import Connection


def _paper(conn: Connection, request: PaperRequest) -> doc.MedicalPaper:
    citizen = require_citizen(conn, request)
    row = repo.get_medical(conn, request.subject_id) if request.subject_id else None
    if row is None or row.intake_id != request.intake_id:
        raise DocumentRefused([translate("Documents", "the questions this paper is about")])
    return doc.MedicalPaper(citizen.name, citizen.case_number, citizen.date_of_birth, row.request)


def build_letter(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    return doc.build_letter(_paper(conn, request), ctx)


def build_machtiging(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    return doc.build_machtiging(_paper(conn, request), ctx)


def sample_letter(ctx: PaperContext) -> Paper:
    return doc.build_letter(doc.sample(ctx), ctx)


def sample_machtiging(ctx: PaperContext) -> Paper:
    return doc.build_machtiging(doc.sample(ctx), ctx)


SOURCES = (
    PaperSource(doc.LETTER, "subject", build_letter, sample_letter),
    PaperSource(doc.MACHTIGING, "subject", build_machtiging, sample_machtiging),
)
