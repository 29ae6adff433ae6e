"""Everything an intake will store, item by item, in the words the citizen reads.

One function builds the list for the review screen, the Meekijken view and (later) the
*Wat wij van u vastleggen* paper, so the three cannot disagree with the vault or with each
other. Closed domains show their state in words and nothing else; a refusal shows no content.
Meldcode signals are restricted and are not part of this list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from app.domain.closing import ReviewItem
from app.domain.intake import Compartment, NoteKind
from app.domain.notes import IntakeNote
from app.domain.refusals import CONFIDENTIALITY_TEXT, ROLE_TEXT
from app.domain.scope import DomainStatus
from app.domain.visit_records import (
    DISPOSITION_TEXT,
    EXPLAINED_ITEMS,
    ID_DOCUMENT_TEXT,
    ONDERZOEK_ITEMS,
    SOURCE_TEXT,
)
from app.domain.zrm import display_name, score_label
from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.intake import IntakeService
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as repo
from app.storage import intake_repository as intake_repo
from app.storage import representation_repository
from app.storage.db import Connection

KIND_TEXT = {
    NoteKind.FACT: QT_TRANSLATE_NOOP("Review", "fact"),
    NoteKind.OBSERVATION: QT_TRANSLATE_NOOP("Review", "observation"),
    NoteKind.INTERPRETATION: QT_TRANSLATE_NOOP("Review", "interpretation"),
    NoteKind.AGREEMENT: QT_TRANSLATE_NOOP("Review", "agreement"),
}
COMPARTMENT_TEXT = {
    Compartment.DOSSIER: "",
    Compartment.WORK: QT_TRANSLATE_NOOP("Review", "working file"),
    Compartment.PERSONAL: QT_TRANSLATE_NOOP("Review", "worker's own note, deleted after a while"),
    Compartment.CONFIDENTIAL: QT_TRANSLATE_NOOP("Review", "confidential, never shared"),
}
EXTRA_TEXT = {
    "bsn": QT_TRANSLATE_NOOP("Review", "BSN"),
    "inkomen": QT_TRANSLATE_NOOP("Review", "Income"),
    "verblijfsstatus": QT_TRANSLATE_NOOP("Review", "Residence status"),
}


def describe(conn: Connection, intakes: IntakeService, intake_id: str) -> list[ReviewItem]:
    views = notes_repo.citizen_views(conn, intake_id)
    items: list[ReviewItem] = []

    def add(kind: str, item_id: str, heading: str, text: str) -> None:
        items.append(ReviewItem(kind, item_id, heading, text, views.get((kind, item_id), "")))

    general = translate("Review", "The conversation")
    for request in intake_repo.help_requests(conn, intake_id):
        help_type = intakes.profile.help_request_type(request.type_id)
        label = help_type.label if help_type else request.type_id
        add(
            "help_request",
            request.id,
            translate("Review", "Help request"),
            f"“{request.words}” ({label})",
        )
    state = repo.intake_state(conn, intake_id)
    if state.get("concerns_answer"):
        add(
            "concerns",
            intake_id,
            translate("Review", "Other concerns?"),
            str(state["concerns_answer"]),
        )
    for key, value in sorted(repo.extras(conn, intake_id).items()):
        add("extra", key, general, f"{translate('Review', EXTRA_TEXT[key])}: {value}")
    check = repo.identity(conn, intake_id)
    if check is not None:
        add(
            "identity",
            intake_id,
            general,
            translate(
                "Review", "Identity checked: {doc}, number {number}, valid until {until}"
            ).format(
                doc=translate("Records", ID_DOCUMENT_TEXT[check.doc_type]),
                number=check.doc_number,
                until=format_date(check.expires_on),
            ),
        )
    for attendee in representation_repository.present(conn, intake_id):
        parts = [translate("Refusals", ROLE_TEXT[attendee.role]), attendee.name]
        if attendee.confidentiality is not None:
            parts.append(translate("Refusals", CONFIDENTIALITY_TEXT[attendee.confidentiality]))
        text = " · ".join(p for p in parts if p)
        add("present", attendee.id, translate("Review", "Also present"), text)
    answers = repo.onderzoek(conn, intake_id)
    for item, label in {**ONDERZOEK_ITEMS, **EXPLAINED_ITEMS}.items():
        if item in answers:
            text = translate("Onderzoek", label)
            add("onderzoek", item, translate("Review", "Wmo onderzoek"), f"{text}: {answers[item]}")
    if intake_repo.has_handover(conn, intake_id):  # no domain holds anything before it
        _domain_items(conn, intakes, intake_id, add)
    for person in repo.network_persons(conn, intake_id):
        parts = [person.name, person.relation, person.contact, person.support]
        add(
            "network_person",
            person.id,
            translate("Review", "Network"),
            " · ".join(p for p in parts if p),
        )
    for advice in repo.advices(conn, intake_id):
        text = translate("Review", "Medical adviser, {date}: {text}").format(
            date=format_date(advice.on), text=advice.conclusion
        )
        add("medical_advice", advice.id, translate("Review", "Medical adviser"), text)
    for doc in repo.documents(conn, intake_id):
        where = (
            translate("Records", DISPOSITION_TEXT[doc.disposition])
            if doc.disposition
            else translate("Review", "no disposition yet")
        )
        text = translate("Review", "Document seen on {date} ({source}); not kept: {where}").format(
            date=format_date(doc.seen_on),
            source=translate("Records", SOURCE_TEXT[doc.source_type]),
            where=where,
        )
        add("medical_document", doc.id, translate("Review", "Documents seen"), text)
    return items


def _domain_items(
    conn: Connection,
    intakes: IntakeService,
    intake_id: str,
    add: Callable[[str, str, str, str], None],
) -> None:
    scope = intakes.scope_in(conn, intake_id)
    scores = {s.domain: s for s in intake_repo.scores(conn, intake_id)}
    notes = notes_repo.notes(conn, intake_id)
    limitations = repo.limitations(conn, intake_id)
    day = cache(format_date)  # notes share a few days; babel takes ~0.1 ms a date (issue 10)
    for note in (n for n in notes if n.domain is None):
        add("note", note.id, translate("Review", "The conversation"), _note_text(note, day))
    for domain in intakes.profile.zrm_domains():
        status = scope.status(domain.id)
        if status is DomainStatus.NOT_DISCUSSED:
            continue
        heading = display_name(domain)
        add("domain", domain.id, heading, status.label)
        if status is DomainStatus.DECLINED:
            continue  # a refusal carries no content, ever
        for note in (n for n in notes if n.domain == domain.id):
            add("note", note.id, heading, _note_text(note, day))
        for limitation in (x for x in limitations if x.domain == domain.id):
            text = translate("Review", "Limitation: {text} (source: {source})").format(
                text=limitation.description, source=limitation.source
            )
            add("limitation", limitation.id, heading, text)
        if domain.id in scores:
            score = scores[domain.id]
            text = translate("Review", "ZRM score {label}, {date}; based on: {basis}").format(
                label=score_label(score.value), date=format_date(score.on), basis=score.basis
            )
            add("score", domain.id, heading, text)


def _note_text(note: IntakeNote, day: Callable[[date], str]) -> str:
    label = translate("Review", KIND_TEXT[note.kind])
    where = COMPARTMENT_TEXT[note.compartment]
    suffix = f" ({translate('Review', where)})" if where else ""
    return f"{label.capitalize()}, {day(note.on)}: {note.body}{suffix}"
