"""Inzage-overzicht: everything this vault holds about one citizen, on paper (R-003-05,
R-003-21, R-003-22, R-000-37; AVG art. 15; DESIGN sections 1 and 7).

One action, readable without a password or digital skill: the personal details kept, every
dossier (law, role, controller, the art. 6 and art. 9 grounds, dates, the hand-over to the case
system), per conversation its place, who else was there and its outcome, the domain states in
the same words as the screen, every note (confidential ones included; personal work notes only
when the agency's setting says so) with its earlier wordings, scores with their dates, the
citizen's own views, network persons, limitations, the medical adviser's conclusions and the log
of documents seen (never their content); the notes in the citizen's file outside a
conversation; then the registers of ``inzage_registers`` (why a domain was raised, questions to
a GP, triage, representatives, refusals, visits, consents, case meetings, signals, rights
requests, copies of the file …), tasks, papers handed over, consents asked, disclosures and the
access log (who did what when; the log holds no content). The data live in ``inzage_data``.

Left out on purpose: another household member's data (every read is by this citizen's own
dossiers), and meldcode signals: DESIGN section 1 keeps them a restricted record outside every
output, and AVG art. 23 with UAVG art. 41 lets the controller limit access where it protects
another person (the victim, the reporter); that is the controller's decision per request, made
by a person, not by this paper. For the same reason a signal's reporter is not named. Every
other column left out is listed, with its reason, in ``tests/app/test_inzage_complete.py``.
"""

from __future__ import annotations

from datetime import date

from app.documents import inzage_registers as registers
from app.documents import record_words as words
from app.documents.compose import Paper, PaperContext, begin, finish, letterhead
from app.documents.inzage_data import ConversationPart, DossierPart, NoteLine, Overview, sample
from app.documents.inzage_registers import Field
from app.documents.layout import PaperWriter
from app.documents.texts import Texts
from app.documents.verslag import consent_lines, subheading
from app.domain.visit_records import EXPLAINED_ITEMS
from app.formatting import format_time

DOCUMENT = "inzage-overzicht"
__all__ = ["DOCUMENT", "ConversationPart", "DossierPart", "NoteLine", "Overview", "build", "sample"]


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
    if data.file_notes:
        w.heading(texts.get("file_notes_heading"))
        w.para(texts.get("file_notes_intro"))
        for n in data.file_notes:
            _note(w, texts, ctx, n)
    if not data.personal_notes:
        w.small(texts.get("personal_left_out"))
    registers.render(w, texts, ctx.profile, data.registers, top=True)
    _lists(w, texts, ctx, data, _contact(ctx))
    _access(w, texts, data)
    w.heading(texts.get("rights_heading"))
    w.lines(texts.items("rights", contact=_contact(ctx)))
    return finish(w)


def _contact(ctx: PaperContext) -> str:
    c = ctx.profile.privacy_contact
    return f"{c.name}, {c.phone}, {c.email}"


def _dossier(w: PaperWriter, texts: Texts, ctx: PaperContext, d: DossierPart) -> None:
    w.heading(texts.get("dossier_heading", law=texts.get(f"law_{d.law}")))
    rows = [
        (texts.get("dossier_role"), texts.get(f"role_{d.role}")),
        (texts.get("dossier_controller"), d.controller),
        (texts.get("dossier_art6"), d.basis_art6),
        (texts.get("dossier_art9"), d.basis_art9 or texts.get("dossier_art9_none")),
        (texts.get("dossier_created"), words.day(texts, d.created)),
    ]
    if d.handed_over:
        rows.append((texts.get("dossier_handed_over"), words.day(texts, d.handed_over)))
    if d.local_until:
        rows.append((texts.get("dossier_local_until"), words.day(texts, d.local_until)))
    w.facts(rows)
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
    if c.place:
        rows.append((texts.get("conversation_place"), c.place))
    if c.present_roles:
        rows.append((texts.get("conversation_present"), ", ".join(c.present_roles)))
    if c.minors:
        rows.append((texts.get("conversation_minors"), _code(texts, "answer", c.minors)))
    rows.append((texts.get("conversation_status"), status))
    if c.status:
        rows.append((texts.get("conversation_outcome"), _code(texts, "status", c.status)))
    if c.reviewed:
        rows.append((texts.get("conversation_reviewed"), words.day(texts, c.reviewed)))
    if c.purge_after:
        rows.append((texts.get("conversation_purge"), words.day(texts, c.purge_after)))
    rows += [(texts.get(f"detail_{key}"), value) for key, value in c.details]
    w.facts(rows)

    def label(domain: str) -> str:
        return words.domain_label(texts, ctx.profile, domain)

    if c.help_requests:
        subheading(w, texts.get("requests"))
        types = c.help_types or ("",) * len(c.help_requests)
        for (request, view), kind in zip(c.help_requests, types, strict=True):
            w.bullets([request])
            if kind:
                w.small(texts.get("request_type", type=kind))
            _view(w, texts, view)
    if c.states:
        subheading(w, texts.get("states"))
        w.facts([(label(d), words.state_label(texts, s)) for d, s in c.states])
    dated = dict(c.scored_on)
    if c.scores:
        subheading(w, texts.get("scores"))
        w.facts(
            [
                (label(d), words.score_text(texts, v) + _basis(texts, basis, dated.get(d)))
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
        domains = c.finding_domains or ("",) * len(c.findings)
        for f, domain in zip(c.findings, domains, strict=True):
            head = f"{label(domain)}: " if domain else ""
            w.bullets([f"{head}{f.description} ({f.source}, {words.day(texts, f.on)})"])
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
    registers.render(w, texts, ctx.profile, c.registers)
    if c.concerns:
        subheading(w, texts.get("concerns"))
        w.para(c.concerns)
    if c.close_note:
        subheading(w, texts.get("close_note"))
        w.para(c.close_note)


def _code(texts: Texts, words_of: str, code: str) -> str:
    return registers.code_words(texts, words_of, code)


def _basis(texts: Texts, basis: str, on: date | None) -> str:
    if not basis:
        return ""
    return f"\n{basis}" + (f" ({words.day(texts, on)})" if on else "")


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


def _lists(w: PaperWriter, texts: Texts, ctx: PaperContext, data: Overview, contact: str) -> None:
    def details(all_details: tuple[tuple[Field, ...], ...], index: int) -> None:
        entry = all_details[index] if index < len(all_details) else ()
        if entry:
            w.small(" · ".join(f"{k}: {v}" for k, v in registers.rows(texts, ctx.profile, entry)))

    w.heading(texts.get("tasks_heading"))
    for i, (what, due, status) in enumerate(data.tasks):
        w.bullets([f"{what} · {words.day(texts, due)} · {texts.get(f'task_{status}')}"])
        details(data.task_details, i)
    if not data.tasks:
        w.para(texts.get("tasks_none"))
    w.heading(texts.get("papers_heading"))
    for i, (on, title, version, language, how) in enumerate(data.papers):
        line = texts.get(
            "paper_line",
            date=words.day(texts, on),
            title=title,
            version=version,
            language=language,
            how=texts.get(f"delivery_{how}"),
        )
        w.bullets([line])
        details(data.paper_details, i)
    if not data.papers:
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
    elif not data.disclosures:
        w.para(texts.get("disclosures_none"))
    for i, line in enumerate(data.disclosures or ()):
        w.bullets([line])
        details(data.disclosure_details, i)


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
        # issue 10
        "refusal",
        "incapacity",
        "escalation",
        "case_meeting",
        "signal",
        "rights_request",
        "third_party_request",
        "disclosure",
        "consent_record",
        "consent_request",
        "bundle",
        "household",
        "visit",
        "intake_present",
        "manual_lookup",
        "medical_request",
        "other_registration",
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
