"""Verslag of the conversation (R-000-36, R-000-35, R-004-19; DESIGN sections 1 and 7).

For a Wmo dossier it follows Wmo 2015 art. 2.3.2 lid 4: the help request in the citizen's words,
what they want to achieve, eigen kracht and gebruikelijke hulp, mantelzorg and the carer's own
needs, the social network (network persons by name and relation only), voorliggende
voorzieningen. Then the discussed domains with why each was discussed and who raised it, facts
with their source and interpretations labelled as such, limitations (never a diagnosis), the
citizen's own view beside the entry it is about, ZRM scores only where assessed (``niet
beoordeeld`` literally otherwise, an incomplete matrix marked, never a total or average), what
was declined (the domain's name only), agreements, consents asked, the worker's conclusion, the
eigen bijdrage and pgb, and room for the citizen's reaction and signature so the verslag can
serve as the aanvraag. A non-Wmo dossier keeps the same order without the art. 2.3.2 headings.

Nothing about undiscussed domains; only ``dossier`` notes (never werkdossier, personal or
confidential notes, never notes written in another role: R-001-17); never a meldcode signal.

The regie section (R-004-19) is part of this paper, not a separate ondersteuningsplan: a
complex (meervoudig) intake or a household plan is agreed in this same conversation, and one
paper with one signature keeps the coordinator, the exchanges and the consent term beside the
plan they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.platypus import CondPageBreak

from app.documents import record_words as words
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead
from app.documents.layout import PaperWriter
from app.documents.texts import Texts

DOCUMENT = "verslag"
# Art. 2.3.2 lid 4 items in the order the verslag prints them (keys of ONDERZOEK_ITEMS).
ONDERZOEK_ORDER = (
    "doel",
    "eigen_kracht",
    "gebruikelijke_hulp",
    "mantelzorg",
    "mantelzorger_behoefte",
    "sociaal_netwerk",
    "voorliggend",
)
EXPLAINED_ORDER = ("persoonlijk_plan", "clientondersteuning", "pgb")


@dataclass(frozen=True)
class Entry:
    """A note as the citizen reads it: kind, source, date, text and their own view beside it."""

    kind: str  # feit | waarneming | interpretatie | afspraak
    source: str
    on: date
    body: str
    view: str = ""


@dataclass(frozen=True)
class Finding:
    """A limitation: what the citizen cannot do (no diagnosis), with its source."""

    description: str
    source: str
    on: date
    view: str = ""


@dataclass(frozen=True)
class DomainPart:
    domain: str
    status: str  # linked | agreed (only discussed domains are printed with content)
    trigger: str  # help_request | citizen_raised | strong_indication
    concern: str
    score: int | None
    basis: str
    entries: tuple[Entry, ...] = ()
    findings: tuple[Finding, ...] = ()
    score_view: str = ""
    view: str = ""  # the citizen's own view on the domain as a whole


@dataclass(frozen=True)
class ConsentLine:
    """A consent asked: named recipient, purpose, how it was asked, until when (R-002-16)."""

    recipient: str
    purpose: str
    method: str  # mondeling | schriftelijk
    on: date
    until: date


@dataclass(frozen=True)
class Regie:
    """Who keeps the overview of a complex or household plan, and what is shared (R-004-19)."""

    coordinator: str  # name, role
    team: str
    statutory: tuple[str, ...]  # recipients by law: "name (what for)"
    consents: tuple[ConsentLine, ...]


@dataclass(frozen=True)
class Verslag:
    citizen: str
    case_number: str
    held_on: date
    wmo: bool
    help_requests: tuple[tuple[str, str], ...]  # (the citizen's words, their view)
    onderzoek: dict[str, str] = field(default_factory=dict)
    explained: tuple[str, ...] = ()
    network: tuple[tuple[str, str], ...] = ()  # (name, relation)
    domains: tuple[DomainPart, ...] = ()
    declined: tuple[tuple[str, str], ...] = ()  # (domain, declined | withdrawn)
    general: tuple[Entry, ...] = ()  # notes not tied to a domain
    agreements: tuple[Entry, ...] = ()
    zrm_complete: bool = False
    consents: tuple[ConsentLine, ...] | None = None  # None: no consent register
    conclusion: str = ""
    regie: Regie | None = None


def build(data: Verslag, ctx: PaperContext) -> Paper:
    texts, w = begin(DOCUMENT, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    w.para(texts.get("intro", date=words.day(texts, data.held_on)))
    w.heading(texts.get("request_heading"))
    for request, view in data.help_requests:
        w.bullets([request])
        _view(w, texts, view)
    if not data.help_requests:
        w.para(texts.get("request_none"))
    if data.wmo:
        _onderzoek(w, texts, data)
    elif data.network:
        w.heading(texts.get("network_heading"))
        w.bullets([f"{name} ({relation})" for name, relation in data.network])
    _domains(w, texts, ctx, data)
    _zrm(w, texts, ctx, data)
    if data.declined:
        w.heading(texts.get("declined_heading"))
        w.para(texts.get("declined_intro"))
        w.bullets(
            [
                f"{words.domain_label(texts, ctx.profile, d)}: {words.state_label(texts, s)}"
                for d, s in data.declined
            ]
        )
    w.heading(texts.get("agreements_heading"))
    _entries(w, texts, data.agreements, texts.get("agreements_none"), label=False)
    if data.consents is not None:
        w.heading(texts.get("consents_heading"))
        if data.consents:
            w.bullets(consent_lines(texts, data.consents))
        else:
            w.para(texts.get("consents_none"))
        w.small(texts.get("consents_note"))
    if data.regie is not None:
        _regie(w, texts, data.regie)
    w.heading(texts.get("conclusion_heading"))
    w.para(data.conclusion or texts.get("conclusion_none"))
    if data.wmo:
        w.heading(texts.get("costs_heading"))
        w.lines(texts.items("costs"))
        told = [
            texts.get(f"explained_{item}") for item in EXPLAINED_ORDER if item in data.explained
        ]
        if told:
            w.para(texts.get("explained_intro"))
            w.bullets(told)
    w.heading(texts.get("reaction_heading"))
    w.lines(texts.items("reaction_intro"))
    w.write_space(texts.get("reaction_label"), lines=6)
    if data.wmo:
        w.para(texts.get("aanvraag"), bold=True)
    w.signature(texts.items("signature"), heading=texts.get("signature_heading"))
    w.small(texts.get("copy"))
    return finish(w)


def subheading(w: PaperWriter, value: str) -> None:
    """A bold line that starts a small block; like a heading, never alone at a page's foot."""
    w.story.append(CondPageBreak(w.sizes.leading * 4))
    w.para(value, bold=True)


def consent_lines(texts: Texts, consents: tuple[ConsentLine, ...]) -> list[str]:
    return [
        texts.get(
            "consent_line",
            recipient=c.recipient,
            purpose=c.purpose,
            how=texts.get(f"method_{c.method}"),
            on=words.day(texts, c.on),
            until=words.day(texts, c.until),
        )
        for c in consents
    ]


def _view(w: PaperWriter, texts: Texts, view: str) -> None:
    if view:
        w.para(texts.get("view", view=view))


def _entries(
    w: PaperWriter, texts: Texts, entries: tuple[Entry, ...], empty: str, label: bool = True
) -> None:
    if not entries:
        w.para(empty)
        return
    for e in entries:
        head = texts.get(
            "entry_head",
            kind=words.kind_label(texts, e.kind),
            source=words.source_label(texts, e.source),
            date=words.day(texts, e.on),
        )
        w.bullets([f"{head}: {e.body}" if label else f"{e.body} ({words.day(texts, e.on)})"])
        _view(w, texts, e.view)


def _onderzoek(w: PaperWriter, texts: Texts, data: Verslag) -> None:
    for item in ONDERZOEK_ORDER:
        w.heading(texts.get(f"onderzoek_{item}"))
        w.para(data.onderzoek.get(item) or texts.get("onderzoek_open"))
        if item == "sociaal_netwerk" and data.network:
            w.para(texts.get("network_intro"))
            w.bullets([f"{name} ({relation})" for name, relation in data.network])
    w.small(texts.get("onderzoek_law"))


def _domains(w: PaperWriter, texts: Texts, ctx: PaperContext, data: Verslag) -> None:
    w.heading(texts.get("domains_heading"))
    if not data.domains:
        w.para(texts.get("domains_none"))
    if data.general:
        subheading(w, texts.get("general_heading"))
        _entries(w, texts, data.general, "")
    for part in data.domains:
        subheading(w, words.domain_label(texts, ctx.profile, part.domain))
        if part.trigger == "help_request":
            w.para(texts.get("why_linked"))
        else:
            w.para(texts.get(f"why_{part.trigger}", concern=part.concern))
        _view(w, texts, part.view)
        _entries(w, texts, part.entries, texts.get("entries_none"))
        for f in part.findings:
            w.bullets(
                [
                    texts.get(
                        "finding",
                        text=f.description,
                        source=f.source,
                        date=words.day(texts, f.on),
                    )
                ]
            )
            _view(w, texts, f.view)
    w.small(texts.get("kinds_note"))


def _zrm(w: PaperWriter, texts: Texts, ctx: PaperContext, data: Verslag) -> None:
    if not data.domains:
        return
    w.heading(texts.get("zrm_heading"))
    w.para(texts.get("zrm_intro"))
    rows = []
    for part in data.domains:
        value = words.score_text(texts, part.score)
        if part.score is not None and part.basis:
            value += "\n" + texts.get("zrm_basis", basis=part.basis)
        if part.score_view:
            value += "\n" + texts.get("view", view=part.score_view)
        rows.append((words.domain_label(texts, ctx.profile, part.domain), value))
    w.facts(rows)
    if not data.zrm_complete:
        w.para(texts.get("zrm_incomplete"), bold=True)
    w.small(texts.get("zrm_note"))


def _regie(w: PaperWriter, texts: Texts, regie: Regie) -> None:
    w.heading(texts.get("regie_heading"))
    w.para(texts.get("regie_coordinator", name=regie.coordinator, team=regie.team))
    w.para(texts.get("regie_exchanges"))
    w.bullets(list(regie.statutory) + consent_lines(texts, regie.consents))
    w.lines(texts.items("regie_consent_term"))


def sample() -> Verslag:
    """Clearly fictional data for previews and tests."""
    on = date(2026, 11, 23)
    return Verslag(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        held_on=on,
        wmo=True,
        help_requests=(("Ik kan het huis niet meer schoonhouden (voorbeeld).", ""),),
        onderzoek={
            "doel": "Zelf thuis blijven wonen (voorbeeld).",
            "eigen_kracht": "Koken lukt nog; stofzuigen niet (voorbeeld).",
            "mantelzorg": "Een buurvrouw doet de boodschappen (voorbeeld).",
        },
        explained=("persoonlijk_plan", "clientondersteuning", "pgb"),
        network=(("B. Voorbeeld (fictief)", "buurvrouw"),),
        domains=(
            DomainPart(
                "instrumentele_adl",
                "linked",
                "help_request",
                "",
                3,
                "Stofzuigen en dweilen lukken niet meer (voorbeeld).",
                (Entry("feit", "inwoner", on, "Ik kan niet lang staan (voorbeeld)."),),
                (Finding("Kan niet bukken (voorbeeld).", "inwoner", on),),
            ),
        ),
        agreements=(Entry("afspraak", "medewerker", on, "Wij bellen u binnen twee weken."),),
        conclusion="Hulp bij het huishouden lijkt passend (voorbeeld).",
    )
