"""The toestemmingsformulier and the bevestiging mondelinge toestemming, built for one saved
consent request (scope ``subject``: ``subject_id`` is the ``consent_request`` id)."""

from __future__ import annotations

from app.documents import consent_form as doc
from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.i18n import translate
from app.services.papers.registry import PaperRequest, PaperSource, require_citizen
from app.storage import consent_request_repository as repo
from app.storage.db import Connection


def _paper(conn: Connection, request: PaperRequest, ctx: PaperContext) -> doc.ConsentPaper:
    citizen = require_citizen(conn, request)
    row = repo.get_consent(conn, request.subject_id) if request.subject_id else None
    if row is None or row.intake_id != request.intake_id:
        raise DocumentRefused([translate("Documents", "the consent this paper is about")])
    worker = ctx.profile.worker(row.worker_id)
    return doc.ConsentPaper(
        citizen.name, citizen.case_number, row.terms, row.created_at, worker.name if worker else ""
    )


def build_form(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    return doc.build_form(_paper(conn, request, ctx), ctx)


def build_confirmation(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    return doc.build_confirmation(_paper(conn, request, ctx), ctx)


def sample_form(ctx: PaperContext) -> Paper:
    return doc.build_form(doc.sample(ctx), ctx)


def sample_confirmation(ctx: PaperContext) -> Paper:
    return doc.build_confirmation(doc.sample(ctx), ctx)


SOURCES = (
    PaperSource(doc.FORM, "subject", build_form, sample_form),
    PaperSource(doc.CONFIRMATION, "subject", build_confirmation, sample_confirmation),
)
