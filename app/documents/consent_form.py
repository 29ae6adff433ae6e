"""Toestemmingsformulier and the bevestiging mondelinge toestemming (issue 6 item 3; DESIGN 1
"Sharing"; R-000-25, R-001-10, R-002-16, R-003-16, R-004-06, R-004-08).

One consent per paper, on its own pages: never combined with the acknowledgement or the verslag.
The form says what kind of consent it is and that the college's own work does not depend on
it; it names the agency, the holder or recipient, each data item, the purpose, the law, the end
date, what refusing means, how and to whom to withdraw (orally too, from then on), the safety
exceptions, who signs in what capacity, and leaves the ja/nee boxes EMPTY. A paper is built
only from terms that pass :func:`check_terms` today, also when this module is called directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.documents.base import LOCALE_OF, DocumentRefused
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead
from app.documents.layout import PaperWriter
from app.documents.texts import Texts
from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
    Problem,
    check_terms,
)
from app.formatting import format_date_in, format_time
from app.i18n import translate

FORM = "toestemmingsformulier"
CONFIRMATION = "bevestiging-mondelinge-toestemming"


@dataclass(frozen=True)
class ConsentPaper:
    citizen: str
    case_number: str
    terms: ConsentTerms
    recorded_at: datetime  # when the worker recorded the terms (the oral consent's moment)
    recorded_by: str  # the worker's name, as on the roster


def refuse(problems: list[Problem]) -> None:
    """Refuse the paper naming every problem (never print it with a gap, R-000-25)."""
    if problems:
        raise DocumentRefused(
            [p.message for p in problems],
            translate("Documents", "This paper cannot be made: {items}"),
        )


def party_text(party: Party) -> str:
    parts = [party.organisation.strip()]
    extra = ", ".join(p.strip() for p in (party.role, party.person) if p.strip())
    return f"{parts[0]} ({extra})" if extra else parts[0]


def scope_rows(texts: Texts, terms: ConsentTerms, ctx: PaperContext) -> list[tuple[str, str]]:
    """The facts of the consent: kind, who, what, why, which law, until when, who decides."""
    until = format_date_in(terms.valid_until, LOCALE_OF[ctx.language])
    party_label = "label_holder" if terms.direction is Direction.OPVRAGEN else "label_recipient"
    rows = [
        (texts.get("label_kind"), texts.get(f"kind_{terms.kind.value}")),
        (texts.get("label_controller"), terms.controller),
        (texts.get(party_label), party_text(terms.party)),
        (texts.get("label_items"), "\n".join(f"• {item}" for item in terms.items)),
        (texts.get("label_purpose"), terms.purpose),
        (texts.get("label_law"), terms.law),
        (texts.get("label_valid"), texts.get("valid_until", date=until)),
        (
            texts.get("label_grantor"),
            texts.get(
                "grantor", name=terms.grantor, capacity=texts.get(f"capacity_{terms.capacity}")
            ),
        ),
    ]
    if terms.party.is_gp:
        rows.insert(4, (texts.get("label_answer_to"), terms.answer_to))
    return rows


def withdraw_and_exceptions(w: PaperWriter, texts: Texts, ctx: PaperContext, worker: str) -> None:
    contact = ctx.profile.privacy_contact
    w.heading(texts.get("withdraw_heading"))
    w.lines(
        texts.items(
            "withdraw",
            worker=worker,
            contact=contact.name,
            phone=contact.phone,
            email=contact.email,
            address=contact.address,
        )
    )
    w.heading(texts.get("exceptions_heading"))
    w.para(texts.get("exceptions_intro"))
    w.bullets(texts.items("exceptions"))
    w.para(texts.get("exceptions_told"))


def build_form(data: ConsentPaper, ctx: PaperContext) -> Paper:
    """The toestemmingsformulier, or :class:`DocumentRefused` naming each problem."""
    terms = data.terms
    worker = ctx.worker.name if ctx.worker else data.recorded_by
    problems = check_terms(terms, ctx.on)
    if not worker.strip():
        problems.append(
            Problem("worker", translate("Documents", "the worker (not on the agency roster)"))
        )
    refuse(problems)
    texts, w = begin(FORM, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    party = party_text(terms.party)
    w.heading(texts.get("what_heading"))
    w.para(texts.get(f"intro_{terms.direction.value}", party=party))
    w.para(texts.get(f"why_{terms.kind.value}", party=party))
    w.para(texts.get("own_work", controller=terms.controller), bold=True)
    w.facts(scope_rows(texts, terms, ctx))
    if terms.party.is_gp:
        w.lines(texts.items("gp_rules", party=party, adviser=terms.answer_to))
    w.heading(texts.get("voluntary_heading"))
    w.lines(texts.items("voluntary"))
    w.para(texts.get(f"refuse_{terms.direction.value}", party=party))
    withdraw_and_exceptions(w, texts, ctx, worker)
    with w.together():  # the choice and the signature under it on one page
        w.heading(texts.get("choice_heading"))
        w.checkbox(texts.get("choice_yes"))
        w.space(0.3)
        w.checkbox(texts.get("choice_no"))
        w.signature(
            texts.items("signature"),
            heading=texts.get("signature_heading"),
            notes=(texts.get("signature_note"), texts.get("copy")),
        )
    return finish(w)


def build_confirmation(data: ConsentPaper, ctx: PaperContext) -> Paper:
    """The written confirmation of an oral consent (R-004-08): date, time, worker, scope."""
    terms = data.terms
    problems = check_terms(terms, ctx.on)
    if terms.method is not Method.MONDELING:
        problems.append(
            Problem(
                "method",
                translate("Documents", "this consent was not given orally; print the consent form"),
            )
        )
    if not data.recorded_by.strip():
        problems.append(
            Problem("worker", translate("Documents", "the worker (not on the agency roster)"))
        )
    refuse(problems)
    texts, w = begin(CONFIRMATION, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    local = data.recorded_at.astimezone()
    w.para(
        texts.get(
            "intro",
            date=format_date_in(local.date(), LOCALE_OF[ctx.language]),
            time=format_time(local),
            worker=data.recorded_by,
            party=party_text(terms.party),
        )
    )
    w.para(texts.get("recorded_as"), bold=True)
    w.facts(scope_rows(texts, terms, ctx))
    if terms.party.is_gp:
        w.lines(texts.items("gp_rules", party=party_text(terms.party), adviser=terms.answer_to))
    w.para(texts.get("own_work", controller=terms.controller))
    withdraw_and_exceptions(w, texts, ctx, data.recorded_by)
    w.heading(texts.get("wrong_heading"))
    w.para(texts.get("wrong", worker=data.recorded_by, contact=ctx.profile.privacy_contact.name))
    w.signature(texts.items("signature"), heading=texts.get("signature_heading"))
    w.small(texts.get("copy"))
    return finish(w)


def sample_terms(on: date) -> ConsentTerms:
    """Clearly fictional terms (a housing corporation asked about stairs at home)."""
    return ConsentTerms(
        kind=ConsentKind.AVG,
        direction=Direction.OPVRAGEN,
        controller="College van burgemeester en wethouders van Voorbeeldstad",
        party=Party("Woonstichting Voorbeeldstad", "woningcorporatie", "mevrouw B. Fictief"),
        items=(
            "Of uw woning een traplift kan krijgen",
            "Welke aanpassingen de woonstichting al deed",
        ),
        purpose="Uw aanvraag voor een woningaanpassing beoordelen",
        law="Wmo 2015 art. 2.3.2 (onderzoek)",
        valid_until=on + timedelta(days=90),
        grantor="Mevrouw A. Voorbeeld (fictief)",
        capacity=GrantorCapacity.INWONER,
        method=Method.MONDELING,
        necessity=True,
        subsidiarity=True,
        proportionality=True,
        explained=True,
    )


def sample(ctx: PaperContext) -> ConsentPaper:
    terms = sample_terms(ctx.on)
    return ConsentPaper(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        terms=terms,
        recorded_at=datetime(ctx.on.year, ctx.on.month, ctx.on.day, 10, 30).astimezone(),
        recorded_by=ctx.worker.name if ctx.worker else "Medewerker Voorbeeld (fictief)",
    )
