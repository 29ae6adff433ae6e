"""Vragen aan de huisarts and the machtiging for the medical adviser (issue 6 item 6;
R-000-22, R-000-23, R-003-20; DESIGN section 1 "Medical").

The letter asks the named GP specific questions (each a question), for a named purpose and
provision, says what is already known in functional words, and never asks for a copy of the
file. The machtiging names the treating professional, the medical adviser as the sole
recipient, the specific information, purpose, validity and how to withdraw. Both say that the
answer goes sealed to the adviser: the app never holds it. A paper is built only from a request
that passes :func:`check_request` today, also when this module is called directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.documents.base import LOCALE_OF
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead, require_worker
from app.documents.consent_form import refuse
from app.documents.texts import Texts
from app.domain.consent_terms import GrantorCapacity
from app.domain.medical_request import MedicalRequest, check_request
from app.formatting import format_date_in

LETTER = "vragen-huisarts"
MACHTIGING = "machtiging-medisch-adviseur"


@dataclass(frozen=True)
class MedicalPaper:
    citizen: str
    case_number: str
    date_of_birth: date | None  # so the practice finds the right patient
    request: MedicalRequest


def _questions(request: MedicalRequest) -> list[str]:
    return [f"{n}. {q.strip()}" for n, q in enumerate(request.questions, start=1) if q.strip()]


def _valid(texts: Texts, request: MedicalRequest, ctx: PaperContext) -> str:
    return texts.get(
        "valid_until", date=format_date_in(request.valid_until, LOCALE_OF[ctx.language])
    )


def build_letter(data: MedicalPaper, ctx: PaperContext) -> Paper:
    """The request letter to the GP, or :class:`DocumentRefused` naming each problem."""
    request = data.request
    refuse(check_request(request, ctx.on, ctx.profile.medical_words))
    require_worker(ctx)
    assert ctx.worker is not None  # noqa: S101 (require_worker refused otherwise)
    texts, w = begin(LETTER, ctx)
    letterhead(w, ctx)
    born = (
        format_date_in(data.date_of_birth, LOCALE_OF[ctx.language]) if data.date_of_birth else "-"
    )
    w.facts(
        [
            (texts.get("label_to"), f"{request.professional}\n{request.practice}"),
            (texts.get("label_about"), texts.get("about", name=data.citizen, born=born)),
            (texts.get("label_answer_to"), request.adviser),
        ]
    )
    w.para(texts.get("greeting", professional=request.professional))
    w.para(texts.get("intro", citizen=data.citizen, controller=ctx.controller.name))
    w.heading(texts.get("purpose_heading"))
    w.para(request.purpose)
    w.small(texts.get("law", law=request.law))
    w.heading(texts.get("known_heading"))
    w.para(request.known)
    w.heading(texts.get("questions_heading"))
    w.lines(_questions(request))
    w.heading(texts.get("not_asked_heading"))
    w.lines(texts.items("not_asked"))
    w.heading(texts.get("answer_heading"))
    w.lines(texts.items("answer", adviser=request.adviser, citizen=data.citizen))
    w.para(texts.get("valid", until=_valid(texts, request, ctx)))
    w.space(0.5)
    w.para(texts.get("closing"))
    w.para(f"{ctx.worker.name}\n{ctx.worker.role}, {ctx.team_name()}")
    w.small(texts.get("copy", citizen=data.citizen))
    return finish(w)


def build_machtiging(data: MedicalPaper, ctx: PaperContext) -> Paper:
    """The machtiging: the adviser is the sole recipient; the citizen signs (R-000-23)."""
    request = data.request
    refuse(check_request(request, ctx.on, ctx.profile.medical_words))
    texts, w = begin(MACHTIGING, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    w.para(
        texts.get("intro", professional=request.professional, practice=request.practice),
    )
    w.facts(
        [
            (texts.get("label_from"), f"{request.professional}, {request.practice}"),
            (texts.get("label_to"), texts.get("only", adviser=request.adviser)),
            (texts.get("label_questions"), "\n".join(_questions(request))),
            (texts.get("label_purpose"), request.purpose),
            (texts.get("label_law"), request.law),
            (texts.get("label_valid"), _valid(texts, request, ctx)),
            (
                texts.get("label_grantor"),
                texts.get(
                    "grantor",
                    name=request.grantor,
                    capacity=texts.get(f"capacity_{request.capacity}"),
                ),
            ),
        ]
    )
    w.heading(texts.get("sealed_heading"))
    w.lines(texts.items("sealed", adviser=request.adviser))
    w.heading(texts.get("voluntary_heading"))
    w.lines(texts.items("voluntary"))
    contact = ctx.profile.privacy_contact
    worker = ctx.worker.name if ctx.worker else contact.name
    w.heading(texts.get("withdraw_heading"))
    w.lines(
        texts.items(
            "withdraw",
            worker=worker,
            contact=contact.name,
            phone=contact.phone,
            email=contact.email,
            professional=request.professional,
        )
    )
    w.heading(texts.get("choice_heading"))
    w.checkbox(texts.get("choice_yes"))
    w.space(0.3)
    w.checkbox(texts.get("choice_no"))
    w.signature(texts.items("signature"), heading=texts.get("signature_heading"))
    w.small(texts.get("signature_note"))
    w.small(texts.get("copy"))
    return finish(w)


def sample(ctx: PaperContext) -> MedicalPaper:
    """Clearly fictional data for previews and tests."""
    adviser = next(
        (o.name for o in ctx.profile.recipient_organisations if o.role == "medisch adviseur"),
        "Medisch adviseur (fictief)",
    )
    return MedicalPaper(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        date_of_birth=date(1950, 1, 1),
        request=MedicalRequest(
            practice="Huisartsenpraktijk Centrum Voorbeeldstad",
            professional="Dokter F. Fictief",
            adviser=adviser,
            questions=(
                "Kan mevrouw zelf een trap op en af lopen?",
                "Verwacht u dat dit binnen een jaar verandert?",
            ),
            purpose="Beoordelen of mevrouw een traplift nodig heeft.",
            law="Wmo 2015 art. 5.1.1 lid 5",
            known="Mevrouw zegt dat zij de trap niet meer op komt. Zij slaapt nu beneden.",
            valid_until=ctx.on + timedelta(days=90),
            grantor="Mevrouw A. Voorbeeld (fictief)",
            capacity=GrantorCapacity.INWONER,
            explained=True,
        ),
    )
