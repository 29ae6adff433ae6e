"""The catalogue of what could leave: every item of one intake or one citizen, as
:class:`~app.domain.selection.Item` (issue 7; R-003-03, R-002-18, R-001-07).

*Dat*-information comes first (that there is contact, the contact person, open or closed,
the case number),
then *wat*-information: help requests, dossier notes, limitations, ZRM scores with their
basis, network persons, the medical adviser's conclusion. Never offered: notes in the
``werkdossier``, ``persoonlijk`` or ``vertrouwelijk`` compartments, meldcode signals, content
of a domain that no longer accepts content, and anything about another household member.
Health, addiction and justice content is flagged special, so it is offered item by item.
Keys are stable: a stored disclosure names them.

Reads only, inside the caller's connection; nothing is ticked here.
"""

from __future__ import annotations

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.consent_record import same_name
from app.domain.intake import Compartment, Intake
from app.domain.notes import SPECIAL_DOMAINS
from app.domain.profile import AgencyProfile
from app.domain.scope import DomainScope, Minors
from app.domain.selection import InfoKind, Item, Special, offerable
from app.domain.zrm import display_name
from app.formatting import format_date
from app.i18n import translate
from app.services.intake import read_scope
from app.storage import disclosure_repository as disclosure_repo
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as records_repo
from app.storage import intake_repository as intake_repo
from app.storage.db import Connection
from app.storage.repositories import citizen_in

SPECIAL_OF_DOMAIN = {
    "lichamelijke_gezondheid": Special.HEALTH,
    "geestelijke_gezondheid": Special.HEALTH,
    "middelengebruik": Special.ADDICTION,
    "justitie": Special.JUSTICE,
}
assert set(SPECIAL_OF_DOMAIN) == set(SPECIAL_DOMAINS)  # noqa: S101 - one list of special domains


def special_of(domain: str | None, flagged: bool = False) -> Special:
    """The special category of content in ``domain``; a note flagged special without a
    domain counts as health data (the stricter reading)."""
    if domain in SPECIAL_OF_DOMAIN:
        return SPECIAL_OF_DOMAIN[domain]
    return Special.HEALTH if flagged else Special.NONE


def catalogue_for_intake(conn: Connection, intake_id: str, profile: AgencyProfile) -> list[Item]:
    """Every item of one intake that could leave, *dat* first; empty for an unknown intake."""
    intake = intake_repo.get_intake(conn, intake_id)
    if intake is None:
        return []
    return offerable(_dat_items(conn, intake, profile) + _content(conn, intake, profile))


def catalogue_for_citizen(conn: Connection, citizen_id: str, profile: AgencyProfile) -> list[Item]:
    """Every item of all of the citizen's intakes, *dat* first (once), newest intake first."""
    intakes = intake_repo.intakes_for(conn, citizen_id)
    if not intakes:
        return offerable(_case_number(conn, citizen_id))
    items = _dat_items(conn, intakes[0], profile)
    for intake in intakes:
        items += _content(conn, intake, profile)
    return offerable(items)


# -- dat ---------------------------------------------------------------------------------------
def _case_number(conn: Connection, citizen_id: str) -> list[Item]:
    citizen = citizen_in(conn, citizen_id)
    if citizen is None:
        return []
    return [
        Item(
            "dat:case_number",
            translate("Catalogue", "Case number"),
            InfoKind.DAT,
            citizen.case_number,
            source_type="citizen",
            source_id=citizen.id,
        )
    ]


def _dat_items(conn: Connection, intake: Intake, profile: AgencyProfile) -> list[Item]:
    """That there is contact (since the first intake's date), the worker, the case number."""
    first = min(
        (i.started_at for i in intake_repo.intakes_for(conn, intake.citizen_id)),
        default=intake.started_at,
    )
    contact = translate("Catalogue", "There is contact with us since {date}.").format(
        date=format_date(first.date())
    )
    items = [
        Item(
            "dat:contact",
            translate("Catalogue", "That there is contact"),
            InfoKind.DAT,
            contact,
            source_type="citizen",
            source_id=intake.citizen_id,
        )
    ]
    handover = intake_repo.get_handover(conn, intake.id)
    worker_id = handover.worker_id if handover else ""
    rostered = profile.worker(worker_id) if worker_id else None
    named = (
        (rostered.name, rostered.role)
        if rostered
        else disclosure_repo.worker_named(conn, worker_id)
    )
    if named is not None:
        items.append(
            Item(
                "dat:worker",
                translate("Catalogue", "Contact person"),
                InfoKind.DAT,
                f"{named[0]} ({named[1]})" if named[1] else named[0],
                source_type="worker",
                source_id=worker_id,
            )
        )
    intakes = intake_repo.intakes_for(conn, intake.citizen_id) or [intake]
    still_open = any(IntakeStatus(i.status).editable for i in intakes)
    items.append(
        Item(
            "dat:status",
            translate("Catalogue", "Open or closed"),
            InfoKind.DAT,
            translate("Catalogue", "open") if still_open else translate("Catalogue", "closed"),
            source_type="citizen",
            source_id=intake.citizen_id,
        )
    )
    return items + _case_number(conn, intake.citizen_id)


# -- wat ---------------------------------------------------------------------------------------
def content_open(scope: DomainScope, domain: str | None) -> bool:
    """Whether content in ``domain`` (None: no domain) may be offered from this scope."""
    if domain is None:
        return True
    try:
        return scope.accepts_content(domain)
    except ValidationError:  # a domain the current profile no longer knows
        return False


def _domain_label(profile: AgencyProfile, domain: str) -> str:
    for item in profile.zrm_domains():
        if item.id == domain:
            return display_name(item)
    return domain


def _content(conn: Connection, intake: Intake, profile: AgencyProfile) -> list[Item]:
    scope = read_scope(conn, profile, intake.id, Minors(intake.minors))
    day = format_date(intake.started_at.date(), "short")
    items: list[Item] = []
    for request in intake_repo.help_requests(conn, intake.id):
        items.append(
            Item(
                f"help_request:{request.id}",
                translate("Catalogue", "Help request of {date}").format(date=day),
                InfoKind.WAT,
                request.words,
                source_type="help_request",
                source_id=request.id,
            )
        )
    for note in notes_repo.notes(conn, intake.id):
        if note.compartment is not Compartment.DOSSIER or not content_open(scope, note.domain):
            continue
        if note.citizen_id != intake.citizen_id:  # another household member's: never
            continue
        where = _domain_label(profile, note.domain) if note.domain else ""
        label = translate("Catalogue", "Note of {date}").format(date=format_date(note.on, "short"))
        items.append(
            Item(
                f"note:{note.id}",
                f"{label} ({where})" if where else label,
                InfoKind.WAT,
                note.body,
                special_of(note.domain, note.special),
                note.domain,
                note.compartment,
                "note",
                note.id,
            )
        )
    for limit in records_repo.limitations(conn, intake.id):
        if not content_open(scope, limit.domain):
            continue
        items.append(
            Item(
                f"limitation:{limit.id}",
                translate("Catalogue", "Limitation ({domain})").format(
                    domain=_domain_label(profile, limit.domain)
                ),
                InfoKind.WAT,
                limit.description,
                special_of(limit.domain),
                limit.domain,
                source_type="limitation",
                source_id=limit.id,
            )
        )
    for score in intake_repo.scores(conn, intake.id):
        if not content_open(scope, score.domain):
            continue
        items.append(
            Item(
                f"zrm:{intake.id}:{score.domain}",
                translate("Catalogue", "ZRM score ({domain})").format(
                    domain=_domain_label(profile, score.domain)
                ),
                InfoKind.WAT,
                translate("Catalogue", "{value} of 5; basis: {basis}").format(
                    value=score.value, basis=score.basis
                ),
                special_of(score.domain),
                score.domain,
                source_type="zrm_score",
                source_id=f"{intake.id}:{score.domain}",
            )
        )
    for person in records_repo.network_persons(conn, intake.id):
        items.append(
            Item(
                f"network_person:{person.id}",
                translate("Catalogue", "Network person: {relation}").format(
                    relation=person.relation
                ),
                InfoKind.WAT,
                f"{person.name} ({person.relation})",
                source_type="network_person",
                source_id=person.id,
            )
        )
    for advice in records_repo.advices(conn, intake.id):
        items.append(
            Item(
                f"medical_advice:{advice.id}",
                translate("Catalogue", "Medical adviser's conclusion of {date}").format(
                    date=format_date(advice.on, "short")
                ),
                InfoKind.WAT,
                advice.conclusion,
                Special.HEALTH,
                source_type="medical_advice",
                source_id=advice.id,
            )
        )
    return items


def item_named(items: list[Item], name: str) -> Item | None:
    """The catalogue item whose key or label is ``name`` (case and spaces ignored)."""
    return next((i for i in items if i.key == name or same_name(i.label, name)), None)
