"""What of the werkdossier goes to the archive (R-004-14, R-004-15).

The working file is kept apart from the dossier: the catalogue of what could leave never offers
werkdossier notes. The one exception is the case-system bundle, the archive export: a werkdossier
note the worker marked "contributed to the decision" is offered there, and nowhere else. Personal
notes never leave (they are not read here at all). The rest of the werkdossier is purged with
the local copy.

Reads only, inside the caller's connection.
"""

from __future__ import annotations

from app.domain.intake import Compartment
from app.domain.profile import AgencyProfile
from app.domain.scope import Minors
from app.domain.selection import InfoKind, Item
from app.formatting import format_date
from app.i18n import translate
from app.services.intake import read_scope
from app.services.sharing.catalogue import content_open, special_of
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_repository as intake_repo
from app.storage import retention_repository as repo
from app.storage.db import Connection


def archive_items(conn: Connection, citizen_id: str, profile: AgencyProfile) -> list[Item]:
    """The citizen's werkdossier notes marked "contributed to the decision", as catalogue
    items for the case-system bundle only; never another household member's, never a note in
    a domain that no longer accepts content."""
    items: list[Item] = []
    for intake in intake_repo.intakes_for(conn, citizen_id):
        marked = repo.contributed_notes(conn, intake.id)
        if not marked:
            continue
        scope = read_scope(conn, profile, intake.id, Minors(intake.minors))
        for note in notes_repo.notes(conn, intake.id):
            if note.id not in marked or note.compartment is not Compartment.WORK:
                continue
            if note.citizen_id != citizen_id or not content_open(scope, note.domain):
                continue
            label = translate("Retention", "Working-file note of {date} (contributed)").format(
                date=format_date(note.on, "short")
            )
            items.append(
                Item(
                    f"note:{note.id}",
                    label,
                    InfoKind.WAT,
                    note.body,
                    special_of(note.domain, note.special),
                    note.domain,
                    note.compartment,
                    "note",
                    note.id,
                )
            )
    return items
