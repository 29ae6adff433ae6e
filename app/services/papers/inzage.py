"""The inzage-overzicht of one citizen, read from the vault in one read transaction (R-003-05,
R-003-21, R-003-22, R-000-37).

Every read starts from this citizen's own dossiers, so another household member's data never
reach the paper. Meldcode signals are left out (see ``app/documents/inzage.py``): their audit
events name the signal, not the intake, so the access log leaves them out as well. Personal work
notes follow the agency setting ``[paper] personal_notes_in_inzage``, in a conversation and in
the citizen's file alike. Everything else the vault keeps about the citizen comes in as
registers (``inzage_registers``); ``tests/app/test_inzage_complete.py`` walks the database and
fails on any stored value that reaches neither the overview nor its commented exclusion list.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from app.documents import inzage as doc
from app.documents.base import LOCALE_OF
from app.documents.compose import Paper, PaperContext
from app.documents.verslag import Finding
from app.domain.disclosure import Disclosure
from app.domain.intake import Compartment
from app.domain.tasks import kind_label
from app.domain.visit_records import EXPLAINED_ITEMS, ONDERZOEK_ITEMS
from app.formatting import format_date_in
from app.services.papers import inzage_registers as more
from app.services.papers.registry import PaperRequest, PaperSource, require_citizen
from app.services.papers.verslag import consents_of, scope_of
from app.storage import disclosure_repository as disclosure_repo
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as records
from app.storage import intake_repository as intakes
from app.storage import inzage_citizen_reads as lists
from app.storage import inzage_reads as reads
from app.storage import paper_reads
from app.storage import representation_repository as representation
from app.storage.db import Connection

_ONDERZOEK_ORDER = (*ONDERZOEK_ITEMS, *EXPLAINED_ITEMS)


def build(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    return doc.build(overview(conn, request, ctx), ctx)


def overview(conn: Connection, request: PaperRequest, ctx: PaperContext) -> doc.Overview:
    """What the paper prints, as data: the machine-readable inzage copy is made from the same
    object, so the two cannot disagree (R-002-25)."""
    citizen = require_citizen(conn, request)
    personal = ctx.profile.paper.personal_notes_in_inzage
    ids: list[str] = [citizen.id]
    dossiers = []
    dossier_rows = paper_reads.dossiers(conn, citizen.id)
    handovers = reads.handovers(conn, citizen.id)
    for d in dossier_rows:
        ids += [d.id, *d.intake_ids]
        parts = tuple(_conversation(conn, ctx, i, personal) for i in d.intake_ids)
        handover = handovers.get(d.id, {})
        dossiers.append(
            doc.DossierPart(
                d.law,
                d.role,
                d.controller,
                d.basis_art6,
                d.basis_art9,
                d.created_at.date(),
                tuple(p for p in parts if p is not None),
                _day(handover.get("confirmed_on")),
                _day(handover.get("local_until")),
            )
        )
        ids += paper_reads.object_ids(conn, list(d.intake_ids))
    intake_ids = [i for d in dossier_rows for i in d.intake_ids]
    tasks = paper_reads.tasks_about(conn, citizen.id)
    task_extras = lists.task_extras(conn, [t.id for t in tasks])
    issued = lists.papers(conn, citizen.id, intake_ids)
    reps = representation.representatives(conn, citizen.id)
    shares = disclosure_repo.disclosures_for(conn, citizen.id)
    ids += [t.id for t in tasks] + [p["id"] for p in issued] + [r.id for r in reps]
    ids += reads.object_ids(conn, citizen.id, intake_ids)
    data = doc.Overview(
        citizen=citizen.name,
        case_number=citizen.case_number,
        born=citizen.date_of_birth,
        since=citizen.created_at.date(),
        representatives=tuple((r.kind.value.replace("_", " "), r.name) for r in reps),
        dossiers=tuple(dossiers),
        tasks=tuple((kind_label(t.kind), t.due_on, t.status) for t in tasks),
        papers=tuple(
            (
                datetime.fromisoformat(p["recorded_at"]).date(),
                _title(ctx, p["document"]),
                p["version"],
                p["language"],
                p["delivery"],
            )
            for p in issued
        ),
        consents=consents_of(conn, intake_ids),
        disclosures=tuple(_disclosure_line(d, ctx.language) for d in shares),
        access=tuple(
            (e.at, _who(ctx, e.actor), e.action, e.object_type)
            for e in paper_reads.access_events(conn, ids)
        ),
        personal_notes=personal,
        file_notes=tuple(_file_notes(conn, citizen.id, personal)),
        registers=more.citizen(conn, ctx, citizen.id, intake_ids),
        task_details=tuple(more.fields(task_extras.get(t.id, {})) for t in tasks),
        paper_details=tuple(
            more.fields(
                {
                    "number": p["number"],
                    "preprinted_number": p["preprinted_number"],
                    "posted_on": p["posted_on"],
                    "printed_on": p["printed_at"],
                }
            )
            for p in issued
        ),
        disclosure_details=tuple(more.disclosure_details(d) for d in shares),
        disclosure_third_party=tuple(
            any(i.key.startswith("network_person:") for i in d.draft.items) for d in shares
        ),
    )
    return data


def _history(conn: Connection, note_id: str) -> tuple[tuple[datetime, str, str], ...]:
    return tuple((v.replaced_at, v.kind.value, v.body) for v in notes_repo.versions(conn, note_id))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _file_notes(conn: Connection, citizen_id: str, personal: bool) -> list[doc.NoteLine]:
    """Notes written in the citizen's file outside a conversation, with any earlier wording;
    personal work notes follow the agency setting as in a conversation."""
    return [
        doc.NoteLine(
            n["kind"],
            n["compartment"],
            n["source"],
            date.fromisoformat(n["on_day"][:10]),
            n["body"],
            n["domain"],
            "",
            _history(conn, n["id"]),
        )
        for n in reads.file_notes(conn, citizen_id)
        if personal or n["compartment"] != Compartment.PERSONAL.value
    ]


def _disclosure_line(d: Disclosure, language: str) -> str:
    """One share in the register's own words: when, to whom, what, why, on which ground."""
    x = d.draft
    who = ", ".join(p for p in (x.organisation, x.role) if p)
    items = ", ".join(i.label for i in x.items)
    on = format_date_in(x.at.astimezone().date(), LOCALE_OF[language], "short")
    return f"{on} · {who} · {items} · {x.purpose} · {x.ground.value}"


def _conversation(
    conn: Connection, ctx: PaperContext, intake_id: str, personal: bool
) -> doc.ConversationPart | None:
    facts = paper_reads.intake_facts(conn, intake_id)
    if facts is None:
        return None
    views = notes_repo.citizen_views(conn, intake_id)
    scope = scope_of(conn, ctx, intake_id)
    scores = {s.domain: s for s in intakes.scores(conn, intake_id)}
    notes = [
        n
        for n in notes_repo.notes(conn, intake_id)
        if personal or n.compartment is not Compartment.PERSONAL
    ]
    details = sorted(records.extras(conn, intake_id).items())
    onderzoek = records.onderzoek(conn, intake_id)
    extras = reads.intake_extras(conn, intake_id)
    requests = intakes.help_requests(conn, intake_id)
    limitations = records.limitations(conn, intake_id)
    return doc.ConversationPart(
        started=facts.started_at.date(),
        closed=facts.closed_at.date() if facts.closed_at else None,
        mode=facts.mode,
        help_requests=tuple((r.words, views.get(("help_request", r.id), "")) for r in requests),
        states=tuple((d, scope.status(d).value) for d in scope.all_domains()),
        scores=tuple(
            (d, scores[d].value if d in scores else None, scores[d].basis if d in scores else "")
            for d in scope.all_domains()
            if scope.status(d).open or d in scores
        ),
        onderzoek=tuple((k, onderzoek[k]) for k in _ONDERZOEK_ORDER if k in onderzoek),
        details=tuple(details),
        notes=tuple(
            doc.NoteLine(
                n.kind.value,
                n.compartment.value,
                n.source.value,
                n.on,
                n.body,
                n.domain,
                views.get(("note", n.id), ""),
                _history(conn, n.id),
            )
            for n in notes
        ),
        network=tuple(
            (p.name, p.relation, p.contact, p.support)
            for p in records.network_persons(conn, intake_id)
        ),
        findings=tuple(
            Finding(x.description, x.source, x.on, views.get(("limitation", x.id), ""))
            for x in limitations
        ),
        advices=tuple((a.on, a.conclusion) for a in records.advices(conn, intake_id)),
        documents=tuple(
            (m.seen_on, m.source_type.value, m.disposition.value if m.disposition else "")
            for m in records.documents(conn, intake_id)
        ),
        close_note=facts.close_note,
        place=extras.get("place") or "",
        present_roles=tuple(json.loads(extras.get("present") or "[]")),
        minors=extras.get("minors") or "",
        status=facts.status,
        concerns=extras.get("concerns") or "",
        reviewed=_day(extras.get("reviewed_at")),
        purge_after=_day(extras.get("purge_after")),
        help_types=tuple(_help_type(ctx, r.type_id) for r in requests),
        scored_on=tuple((s.domain, s.on) for s in scores.values()),
        finding_domains=tuple(x.domain for x in limitations),
        registers=(
            more.identity(ctx, records.identity(conn, intake_id)),
            *more.conversation(conn, ctx, intake_id, facts.law),
        ),
    )


def _help_type(ctx: PaperContext, type_id: str) -> str:
    kind = ctx.profile.help_request_type(type_id)
    return kind.label if kind else type_id


def _who(ctx: PaperContext, actor: str) -> str:
    worker = ctx.profile.worker(actor)
    return f"{worker.name} ({worker.role})" if worker else actor


def _title(ctx: PaperContext, document: str) -> str:
    from app.documents.base import DocumentRefused
    from app.documents.texts import load_texts

    try:
        return load_texts(document, ctx.language, ctx.profile).title
    except DocumentRefused:
        return document


def sample(ctx: PaperContext) -> Paper:
    return doc.build(doc.sample(), ctx)


SOURCES = (PaperSource(doc.DOCUMENT, "citizen", build, sample),)
