"""Inzage-overzicht: everything this vault holds about one citizen, on paper (R-003-05,
R-003-21, R-003-22, R-000-37; AVG art. 15; DESIGN sections 1 and 7).

One action, readable without a password or digital skill: the personal details kept, every
dossier (law, role, controller, the art. 6 and art. 9 grounds, dates), per conversation the
domain states in the same words as the screen, every note (confidential ones included; personal
work notes only when the agency's setting says so) with its earlier wordings, scores, the
citizen's own views, network persons, limitations, the medical adviser's conclusions and the log
of documents seen (never their content), tasks, papers handed over, consents asked, disclosures
and the access log (who did what when; the log holds no content).

Left out on purpose: another household member's data (every read is by this citizen's own
dossiers), and meldcode signals: DESIGN section 1 keeps them a restricted record outside every
output, and AVG art. 23 with UAVG art. 41 lets the controller limit access where it protects
another person (the victim, the reporter); that is the controller's decision per request, made
by a person, not by this paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.documents import record_words as words
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead
from app.documents.layout import PaperWriter
from app.documents.texts import Texts
from app.documents.verslag import ConsentLine, Finding, consent_lines, subheading
from app.domain.visit_records import EXPLAINED_ITEMS
from app.formatting import format_time

DOCUMENT = "inzage-overzicht"


@dataclass(frozen=True)
class NoteLine:
    kind: str
    compartment: str
    source: str
    on: date
    body: str
    domain: str | None = None
    view: str = ""
    history: tuple[tuple[datetime, str, str], ...] = ()  # (replaced at, kind, earlier wording)


@dataclass(frozen=True)
class ConversationPart:
    started: date
    closed: date | None
    mode: str
    help_requests: tuple[tuple[str, str], ...] = ()  # (words, view)
    states: tuple[tuple[str, str], ...] = ()  # (domain, status) for every domain
    scores: tuple[tuple[str, int | None, str], ...] = ()  # (domain, value, basis), open domains
    onderzoek: tuple[tuple[str, str], ...] = ()  # (item key, text)
    details: tuple[tuple[str, str], ...] = ()  # (field key, value): identity, BSN …
    notes: tuple[NoteLine, ...] = ()
    network: tuple[tuple[str, str, str, str], ...] = ()  # name, relation, contact, support
    findings: tuple[Finding, ...] = ()
    advices: tuple[tuple[date, str], ...] = ()
    documents: tuple[tuple[date, str, str], ...] = ()  # seen on, source, what happened
    close_note: str = ""


@dataclass(frozen=True)
class DossierPart:
    law: str
    role: str
    controller: str
    basis_art6: str
    basis_art9: str
    created: date
    conversations: tuple[ConversationPart, ...] = ()


@dataclass(frozen=True)
class Overview:
    citizen: str
    case_number: str
    born: date | None
    since: date
    representatives: tuple[tuple[str, str], ...] = ()  # (kind, name)
    dossiers: tuple[DossierPart, ...] = ()
    tasks: tuple[tuple[str, date, str], ...] = ()  # (what, due, status)
    papers: tuple[tuple[date, str, str, str, str], ...] = ()  # on, title, version, lang, how
    consents: tuple[ConsentLine, ...] | None = None  # None: no consent register
    disclosures: tuple[str, ...] | None = None  # None: no disclosure register (issue 7)
    access: tuple[tuple[datetime, str, str, str], ...] = ()  # at, who, action, object type
    personal_notes: bool = False  # the agency's setting: personal work notes included


def build(data: Overview, ctx: PaperContext) -> Paper:
    texts, w = begin(DOCUMENT, ctx)
    letterhead(w, ctx, data.citizen, data.case_number)
    w.lines(texts.items("intro", date=words.day(texts, ctx.on)))
    w.small(texts.get("intro_law"))
    w.heading(texts.get("person_heading"))
    rows = [(texts.get("person_name"), data.citizen), (texts.get("person_case"), data.case_number)]
    if data.born:
        rows.append((texts.get("person_born"), words.day(texts, data.born)))
    rows.append((texts.get("person_since"), words.day(texts, data.since)))
    rows += [(texts.get("person_representative"), f"{n} ({k})") for k, n in data.representatives]
    w.facts(rows)
    if not data.dossiers:
        w.para(texts.get("dossiers_none"))
    for dossier in data.dossiers:
        _dossier(w, texts, ctx, dossier)
    if not data.personal_notes:
        w.small(texts.get("personal_left_out"))
    _lists(w, texts, data, _contact(ctx))
    _access(w, texts, data)
    w.heading(texts.get("rights_heading"))
    w.lines(texts.items("rights", contact=_contact(ctx)))
    return finish(w)


def _contact(ctx: PaperContext) -> str:
    c = ctx.profile.privacy_contact
    return f"{c.name}, {c.phone}, {c.email}"


def _dossier(w: PaperWriter, texts: Texts, ctx: PaperContext, d: DossierPart) -> None:
    w.heading(texts.get("dossier_heading", law=texts.get(f"law_{d.law}")))
    w.facts(
        [
            (texts.get("dossier_role"), texts.get(f"role_{d.role}")),
            (texts.get("dossier_controller"), d.controller),
            (texts.get("dossier_art6"), d.basis_art6),
            (texts.get("dossier_art9"), d.basis_art9 or texts.get("dossier_art9_none")),
            (texts.get("dossier_created"), words.day(texts, d.created)),
        ]
    )
    for c in d.conversations:
        _conversation(w, texts, ctx, c)


def _conversation(w: PaperWriter, texts: Texts, ctx: PaperContext, c: ConversationPart) -> None:
    w.heading(texts.get("conversation_heading", date=words.day(texts, c.started)))
    status = (
        texts.get("conversation_closed", date=words.day(texts, c.closed))
        if c.closed
        else texts.get("conversation_open")
    )
    rows = [(texts.get("conversation_kind"), texts.get(f"mode_{c.mode}"))]
    rows.append((texts.get("conversation_status"), status))
    rows += [(texts.get(f"detail_{key}"), value) for key, value in c.details]
    w.facts(rows)

    def label(domain: str) -> str:
        return words.domain_label(texts, ctx.profile, domain)

    if c.help_requests:
        subheading(w, texts.get("requests"))
        for request, view in c.help_requests:
            w.bullets([request])
            _view(w, texts, view)
    if c.states:
        subheading(w, texts.get("states"))
        w.facts([(label(d), words.state_label(texts, s)) for d, s in c.states])
    if c.scores:
        subheading(w, texts.get("scores"))
        w.facts(
            [
                (label(d), words.score_text(texts, v) + (f"\n{basis}" if basis else ""))
                for d, v, basis in c.scores
            ]
        )
        w.small(texts.get("scores_note"))
    if c.onderzoek:
        subheading(w, texts.get("onderzoek"))
        w.facts([(texts.get(f"onderzoek_{k}"), _answer(texts, k, v)) for k, v in c.onderzoek])
    if c.notes:
        subheading(w, texts.get("notes"))
        for n in c.notes:
            _note(w, texts, ctx, n)
    if c.network:
        subheading(w, texts.get("network"))
        w.bullets([", ".join(p for p in person if p) for person in c.network])
    if c.findings:
        subheading(w, texts.get("findings"))
        for f in c.findings:
            w.bullets([f"{f.description} ({f.source}, {words.day(texts, f.on)})"])
            _view(w, texts, f.view)
    if c.advices:
        subheading(w, texts.get("advices"))
        w.bullets([f"{words.day(texts, on)}: {text}" for on, text in c.advices])
    if c.documents:
        subheading(w, texts.get("documents"))
        w.bullets(
            [
                texts.get(
                    "document_line",
                    date=words.day(texts, on),
                    source=texts.get(f"docsource_{src}"),
                    what=texts.get(f"disposition_{what}" if what else "disposition_none"),
                )
                for on, src, what in c.documents
            ]
        )
    if c.close_note:
        subheading(w, texts.get("close_note"))
        w.para(c.close_note)


def _answer(texts: Texts, key: str, value: str) -> str:
    """An onderzoek answer; the "explained" ticks read as such in the paper's language."""
    return texts.get("onderzoek_told") if key in EXPLAINED_ITEMS else value


def _note(w: PaperWriter, texts: Texts, ctx: PaperContext, n: NoteLine) -> None:
    head = texts.get(
        "note_head",
        kind=words.kind_label(texts, n.kind),
        compartment=texts.get(f"compartment_{n.compartment}"),
        source=words.source_label(texts, n.source),
        date=words.day(texts, n.on),
    )
    if n.domain:
        head = f"{words.domain_label(texts, ctx.profile, n.domain)} · {head}"
    w.bullets([f"{head}: {n.body}"])
    for at, kind, body in n.history:
        w.small(
            texts.get(
                "note_earlier",
                date=words.day(texts, at),
                kind=words.kind_label(texts, kind),
                body=body,
            )
        )
    _view(w, texts, n.view)


def _view(w: PaperWriter, texts: Texts, view: str) -> None:
    if view:
        w.para(texts.get("view", view=view))


def _lists(w: PaperWriter, texts: Texts, data: Overview, contact: str) -> None:
    w.heading(texts.get("tasks_heading"))
    if data.tasks:
        w.bullets(
            [
                f"{what} · {words.day(texts, due)} · {texts.get(f'task_{status}')}"
                for what, due, status in data.tasks
            ]
        )
    else:
        w.para(texts.get("tasks_none"))
    w.heading(texts.get("papers_heading"))
    if data.papers:
        w.bullets(
            [
                texts.get(
                    "paper_line",
                    date=words.day(texts, on),
                    title=title,
                    version=version,
                    language=language,
                    how=texts.get(f"delivery_{how}"),
                )
                for on, title, version, language, how in data.papers
            ]
        )
    else:
        w.para(texts.get("papers_none"))
    if data.consents is not None:
        w.heading(texts.get("consents_heading"))
        if data.consents:
            w.bullets(consent_lines(texts, data.consents))
        else:
            w.para(texts.get("consents_none"))
    w.heading(texts.get("disclosures_heading"))
    if data.disclosures is None:
        w.para(texts.get("disclosures_unregistered", contact=contact))
    elif data.disclosures:
        w.bullets(list(data.disclosures))
    else:
        w.para(texts.get("disclosures_none"))


# Audit actions in plain words (the log keeps codes; anything else reads as "recorded").
_ACTIONS = {
    "open": "viewed",
    "view_earlier_records": "viewed",
    "edit": "changed",
    "correct": "changed",
    "delete": "deleted",
    "delete_item": "deleted",
    "delete_domain_content": "deleted",
    "print": "printed",
    "export": "printed",
    "hand_over": "printed",
    "queue": "printed",
    "post": "printed",
    "create": "created",
    "close": "closed",
}
_OBJECTS = frozenset(
    {
        "citizen",
        "intake",
        "note",
        "help_request",
        "network_person",
        "limitation",
        "medical_advice",
        "medical_document",
        "paper",
        "task",
        "representative",
    }
)


def _access(w: PaperWriter, texts: Texts, data: Overview) -> None:
    w.heading(texts.get("access_heading"))
    w.para(texts.get("access_intro"))
    for stamp, who, action, object_type in data.access:
        at = stamp.astimezone() if stamp.tzinfo else stamp  # the worker's (local) clock
        what = texts.get(f"object_{object_type if object_type in _OBJECTS else 'other'}")
        did = texts.get(f"action_{_ACTIONS.get(action, 'recorded')}")
        w.small(f"{words.day(texts, at)} {format_time(at)} · {who} · {what}: {did}")
    if not data.access:
        w.para(texts.get("access_none"))


def sample() -> Overview:
    """Clearly fictional data for previews and tests."""
    on = date(2026, 11, 23)
    stamp = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    return Overview(
        citizen="Mevrouw A. Voorbeeld (fictief)",
        case_number="KT-2026-00001",
        born=date(1950, 1, 1),
        since=on,
        dossiers=(
            DossierPart(
                "wmo",
                "toeleiding",
                "College van burgemeester en wethouders van Voorbeeldstad (fictief)",
                "AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2",
                "",
                on,
                (
                    ConversationPart(
                        on,
                        None,
                        "enkelvoudig",
                        (("Ik kan het huis niet meer schoonhouden (voorbeeld).", ""),),
                        (("instrumentele_adl", "linked"), ("financien", "not_discussed")),
                        (("instrumentele_adl", None, ""),),
                        notes=(
                            NoteLine(
                                "feit",
                                "dossier",
                                "inwoner",
                                on,
                                "Stofzuigen lukt niet (voorbeeld).",
                            ),
                        ),
                    ),
                ),
            ),
        ),
        access=((stamp, "J. Voorbeeld (fictief)", "create", "citizen"),),
    )
