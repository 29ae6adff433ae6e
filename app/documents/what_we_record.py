"""Wat wij van u vastleggen: the personal paper printed when a conversation closes (DESIGN 6, 7).

It names the domains actually opened for this intake (part of the help request, or discussed
with agreement), those the citizen declined or withdrew, without any content, and says nothing
was recorded about any other domain. It tells where the data go next (the case system, the
retention term of the dossier's law, the laptop purge), who sees them by role (the worker and
the vaste vervanger from the roster), which papers were handed over, other registrations the
worker knows of (R-002-28) and where a case-meeting report is kept (R-003-12).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead, require_worker
from app.formatting import format_date_in
from app.i18n import translate

DOCUMENT = "wat-wij-vastleggen"
OPEN_STATES = ("linked", "agreed")
CLOSED_STATES = ("declined", "withdrawn")


@dataclass(frozen=True)
class HandedPaper:
    title: str
    on: date
    delivery: str  # geprint | opgeslagen | voorgedrukt | wachtrij | per_post


@dataclass(frozen=True)
class Registration:
    kind: str  # registratie | casusoverleg_verslag
    organisation: str
    description: str
    kept_by: str


@dataclass(frozen=True)
class WhatWeRecord:
    citizen: str
    case_number: str
    on: date  # the day of the conversation
    law: str  # the dossier's law: wmo | jeugdwet | participatiewet | wgs
    domains: tuple[tuple[str, str], ...]  # (domain id, state), in the profile's domain order
    papers: tuple[HandedPaper, ...] = ()
    registrations: tuple[Registration, ...] = ()


def build(data: WhatWeRecord, ctx: PaperContext) -> Paper:
    require_worker(ctx)
    worker = ctx.worker
    substitute = ctx.profile.worker(worker.vaste_vervanger) if worker else None
    if worker is None or substitute is None or not ctx.profile.paper.case_system:
        missing = []
        if substitute is None:
            missing.append(
                translate("Documents", "the worker's permanent substitute")
                + " (roster.vaste_vervanger)"
            )
        if not ctx.profile.paper.case_system:
            missing.append(
                translate("Documents", "the name of the case system") + " (paper.case_system)"
            )
        raise DocumentRefused(missing)
    texts, w = begin(DOCUMENT, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    labels = {c.id: c.label for c in ctx.profile.child_domains}

    def name(domain: str) -> str:
        key = f"domain_{domain}"
        return texts.get(key) if texts.has(key) else labels.get(domain, domain)

    retention = ctx.profile.retention
    values: dict[str, object] = {
        "date": format_date_in(data.on, "en" if ctx.language == "en" else "nl"),
        "case_system": ctx.profile.paper.case_system,
        "purge_days": retention.purge_after_handover_days,
        "worker": f"{worker.name} ({worker.role})",
        "substitute": substitute.name,
        "contact_point": ctx.profile.privacy_contact.name,
    }
    w.para(texts.get("intro", **values))

    w.heading(texts.get("domains_heading"))
    opened = [(d, s) for d, s in data.domains if s in OPEN_STATES]
    if opened:
        w.para(texts.get("domains_intro"))
        w.bullets([f"{name(d)}: {texts.get(f'state_{s}')}" for d, s in opened])
    else:
        w.para(texts.get("domains_none"))
    for state in CLOSED_STATES:
        closed = [name(d) for d, s in data.domains if s == state]
        if closed:
            w.para(texts.get(f"{state}_intro"))
            w.bullets(closed)
    w.para(texts.get("others"), bold=True)

    w.heading(texts.get("where_heading"))
    w.lines(texts.items("where", **values))
    years = retention.statutory_years(data.law) if data.law else None
    w.para(texts.get("keep_years", years=years) if years else texts.get("keep_other"))

    w.heading(texts.get("see_heading"))
    w.lines(texts.items("see", **values))

    w.heading(texts.get("papers_heading"))
    if data.papers:
        locale = "en" if ctx.language == "en" else "nl"
        w.bullets(
            [
                f"{p.title}: {format_date_in(p.on, locale)}, {texts.get('delivery_' + p.delivery)}"
                for p in data.papers
            ]
        )
    else:
        w.para(texts.get("papers_none"))

    w.heading(texts.get("registrations_heading"))
    others = [r for r in data.registrations if r.kind == "registratie"]
    if others:
        w.para(texts.get("registrations_intro"))
        w.bullets([texts.get("registration_line", **_fields(r)) for r in others])
        w.para(texts.get("registrations_ask"))
    else:
        w.para(texts.get("registrations_none"))
    meetings = [r for r in data.registrations if r.kind == "casusoverleg_verslag"]
    if meetings:
        w.heading(texts.get("meetings_heading"))
        w.para(texts.get("meetings_intro"))
        w.bullets([texts.get("meeting_line", **_fields(r)) for r in meetings])

    w.heading(texts.get("questions_heading"))
    w.lines(texts.items("questions", **values))
    return finish(w)


def _fields(r: Registration) -> dict[str, object]:
    return {"organisation": r.organisation, "description": r.description, "kept_by": r.kept_by}


def sample() -> WhatWeRecord:
    """Clearly fictional data for previews and tests."""
    return WhatWeRecord(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        on=date(2026, 11, 23),
        law="wmo",
        domains=(
            ("instrumentele_adl", "linked"),
            ("lichamelijke_gezondheid", "linked"),
            ("sociaal_netwerk", "agreed"),
            ("financien", "declined"),
        ),
        papers=(
            HandedPaper("Informatie over uw privacy", date(2026, 11, 23), "voorgedrukt"),
            HandedPaper("Verklaring: ik heb de informatie gekregen", date(2026, 11, 23), "geprint"),
        ),
        registrations=(
            Registration(
                "registratie", "Voedselbank Proefstad (fictief)", "inschrijving", "de voedselbank"
            ),
            Registration(
                "casusoverleg_verslag",
                "Wijkteam Zuid (fictief)",
                "Verslag casusoverleg van 20 november",
                "Wijkteam Zuid, de regievoerder",
            ),
        ),
    )
