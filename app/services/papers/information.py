"""The information sheet, "Wat wij van u vastleggen" and the network-person notice, built from
the vault (issue 6 item 1; DESIGN sections 1, 6 and 7).

Each ``build`` reads inside the read transaction through repository functions only. The domain
states of "Wat wij van u vastleggen" are rebuilt with the same pure rules the intake uses
(:class:`DomainScope` from the help requests and the recorded answers), so the paper can only
name a domain the conversation really opened, declined or withdrew.
"""

from __future__ import annotations

from datetime import date, datetime

from app.documents import information_sheet, network_notice, what_we_record
from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.documents.texts import shipped_text
from app.domain.scope import Minors
from app.i18n import translate
from app.services.intake import read_scope
from app.services.papers.registry import PaperRequest, PaperSource, require_citizen
from app.storage import intake_records_repository as records
from app.storage import intake_repository as intakes
from app.storage import paper_repository as papers
from app.storage import registration_repository as registrations
from app.storage.db import Connection

_SAMPLE_CITIZEN = ("Mevrouw A. Voorbeeld (fictief)", "KT-2026-00001")


# -- informatieblad privacy ---------------------------------------------------------------------
def build_sheet(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    citizen = require_citizen(conn, request)
    return information_sheet.build(ctx, citizen.name, citizen.case_number)


def sample_sheet(ctx: PaperContext) -> Paper:
    return information_sheet.build(ctx, *_SAMPLE_CITIZEN)


# -- wat wij van u vastleggen -------------------------------------------------------------------
def build_record(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    citizen = require_citizen(conn, request)
    intake = intakes.get_intake(conn, request.intake_id)
    if intake is None:
        raise DocumentRefused([translate("Documents", "the conversation this paper is about")])
    law = intakes.dossier_of(conn, request.intake_id)[0]
    scope = read_scope(conn, ctx.profile, request.intake_id, Minors(intake.minors))
    states = []
    for domain in scope.all_domains():
        state = scope.status(domain).value
        if state in what_we_record.OPEN_STATES + what_we_record.CLOSED_STATES:
            states.append((domain, state))
    handed = tuple(
        what_we_record.HandedPaper(
            _title(p.document, p.language, p.version), _day(p.recorded_at), p.delivery
        )
        for p in papers.for_intake(conn, request.intake_id)
    )
    others = tuple(
        what_we_record.Registration(r.kind, r.organisation, r.description, r.kept_by)
        for r in registrations.for_intake(conn, request.intake_id)
    )
    data = what_we_record.WhatWeRecord(
        citizen.name,
        citizen.case_number,
        _day(intake.started_at),
        law,
        tuple(states),
        handed,
        others,
    )
    return what_we_record.build(data, ctx)


def sample_record(ctx: PaperContext) -> Paper:
    return what_we_record.build(what_we_record.sample(), ctx)


# -- bericht voor een netwerkpersoon ------------------------------------------------------------
def build_notice(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    citizen = require_citizen(conn, request)
    person = next(
        (p for p in records.network_persons(conn, request.intake_id) if p.id == request.subject_id),
        None,
    )
    if person is None:
        raise DocumentRefused(
            [translate("Documents", "the network person (not recorded in this conversation)")]
        )
    law = intakes.dossier_of(conn, request.intake_id)[0]
    return network_notice.build(network_notice.NetworkNotice(person, citizen.name, law), ctx)


def sample_notice(ctx: PaperContext) -> Paper:
    return network_notice.build(network_notice.sample(), ctx)


def _title(document: str, language: str, version: str) -> str:
    """The printed title of a paper handed over (its id when that text is not shipped)."""
    texts = shipped_text(document, language, version)
    return texts.title if texts else document


def _day(at: datetime) -> date:
    return at.astimezone().date()


SOURCES = (
    PaperSource(information_sheet.DOCUMENT, "intake", build_sheet, sample_sheet, preprintable=True),
    PaperSource(what_we_record.DOCUMENT, "intake", build_record, sample_record),
    PaperSource(network_notice.DOCUMENT, "subject", build_notice, sample_notice),
)
