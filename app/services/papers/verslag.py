"""The verslag of one intake, read from the vault (R-000-36, R-000-35, R-004-19).

What reaches the paper is chosen here: only open (discussed) domains with content, declined or
withdrawn domains by name only, only ``dossier`` notes written in the dossier's own role (never
werkdossier, personal or confidential notes, never helper notes on a municipal paper: R-001-17),
no meldcode signal, no medical advice or document log (the verslag carries nothing medical).
"""

from __future__ import annotations

from app.documents import verslag as doc
from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import IntakeNote
from app.domain.profile import Law
from app.domain.scope import DomainScope, DomainStatus, Minors
from app.domain.visit_records import EXPLAINED_ITEMS, ONDERZOEK_ITEMS
from app.i18n import translate
from app.services.intake import read_scope
from app.services.papers.registry import PaperRequest, PaperSource, require_citizen
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as records
from app.storage import intake_repository as intakes
from app.storage import paper_reads
from app.storage.db import Connection


def scope_of(conn: Connection, ctx: PaperContext, intake_id: str) -> DomainScope:
    """The intake's domain states, read the way the conversation reads them."""
    intake = intakes.get_intake(conn, intake_id)
    return read_scope(
        conn, ctx.profile, intake_id, Minors(intake.minors) if intake else Minors.UNKNOWN
    )


def shared_notes(conn: Connection, intake_id: str, role: str) -> list[IntakeNote]:
    """Notes that may leave the app on this paper: compartment dossier, the dossier's role."""
    return [
        n
        for n in notes_repo.notes(conn, intake_id)
        if n.compartment is Compartment.DOSSIER and (not n.role or n.role == role)
    ]


def consents_of(conn: Connection, intake_ids: list[str]) -> tuple[doc.ConsentLine, ...] | None:
    rows = paper_reads.consent_requests(conn, intake_ids)
    if rows is None:
        return None
    return tuple(
        doc.ConsentLine(c.recipient, c.purpose, c.method, c.on, c.valid_until) for c in rows
    )


def build(conn: Connection, request: PaperRequest, ctx: PaperContext) -> Paper:
    citizen = require_citizen(conn, request)
    facts = paper_reads.intake_facts(conn, request.intake_id)
    if facts is None:
        raise DocumentRefused([translate("Documents", "the conversation this paper is about")])
    iid = request.intake_id
    scope = scope_of(conn, ctx, iid)
    views = notes_repo.citizen_views(conn, iid)
    scores = {s.domain: s for s in intakes.scores(conn, iid)}
    notes = shared_notes(conn, iid, facts.role)
    limits = records.limitations(conn, iid)
    open_domains = [d for d in scope.all_domains() if scope.status(d).open]

    def entry(n: IntakeNote) -> doc.Entry:
        return doc.Entry(n.kind.value, n.source.value, n.on, n.body, views.get(("note", n.id), ""))

    parts = []
    for d in open_domains:
        answer = scope.answers.get(d)
        linked = scope.status(d) is DomainStatus.LINKED
        score = scores.get(d)
        parts.append(
            doc.DomainPart(
                d,
                scope.status(d).value,
                "help_request" if linked or answer is None else answer.trigger.value,
                "" if linked or answer is None else answer.concern,
                score.value if score else None,
                score.basis if score else "",
                tuple(entry(n) for n in notes if n.domain == d and n.kind != NoteKind.AGREEMENT),
                tuple(
                    doc.Finding(x.description, x.source, x.on, views.get(("limitation", x.id), ""))
                    for x in limits
                    if x.domain == d
                ),
                views.get(("score", d), ""),
                views.get(("domain", d), ""),
            )
        )
    declined = tuple(
        (d, scope.status(d).value)
        for d in scope.all_domains()
        if scope.status(d) in (DomainStatus.DECLINED, DomainStatus.WITHDRAWN)
    )
    wmo = facts.law == Law.WMO.value
    onderzoek = records.onderzoek(conn, iid) if wmo else {}
    consent_lines = consents_of(conn, [iid])
    data = doc.Verslag(
        citizen=citizen.name,
        case_number=citizen.case_number,
        held_on=facts.started_at.date(),
        wmo=wmo,
        help_requests=tuple(
            (r.words, views.get(("help_request", r.id), ""))
            for r in intakes.help_requests(conn, iid)
        ),
        onderzoek={
            k: v + (f" ({views[('onderzoek', k)]})" if ("onderzoek", k) in views else "")
            for k, v in onderzoek.items()
            if k in ONDERZOEK_ITEMS
        },
        explained=tuple(k for k in onderzoek if k in EXPLAINED_ITEMS),
        network=tuple((p.name, p.relation) for p in records.network_persons(conn, iid)),
        domains=tuple(parts),
        declined=declined,
        general=tuple(entry(n) for n in notes if n.domain is None and n.kind != NoteKind.AGREEMENT),
        agreements=tuple(entry(n) for n in notes if n.kind == NoteKind.AGREEMENT),
        zrm_complete=all(d in scores for d in scope.all_domains()),
        consents=consent_lines,
        conclusion=facts.close_note,
        regie=_regie(ctx, facts, consent_lines or ()),
    )
    return doc.build(data, ctx)


def _regie(
    ctx: PaperContext, facts: paper_reads.IntakeFacts, consents: tuple[doc.ConsentLine, ...]
) -> doc.Regie | None:
    """The regie section for a complex (meervoudig) intake or a household plan (R-004-19)."""
    if facts.mode != "complex" and not facts.household_plan:
        return None
    if ctx.worker is None:
        raise DocumentRefused([translate("Documents", "the worker (not on the agency roster)")])
    statutory = tuple(
        f"{r.name} ({r.kind}; {r.legal_basis})" for r in ctx.profile.statutory_recipients
    )
    return doc.Regie(f"{ctx.worker.name}, {ctx.worker.role}", ctx.team_name(), statutory, consents)


def sample(ctx: PaperContext) -> Paper:
    return doc.build(doc.sample(), ctx)


SOURCES = (PaperSource(doc.DOCUMENT, "intake", build, sample),)
