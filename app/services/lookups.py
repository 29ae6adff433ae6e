"""Manual lookups with a reason (R-001-28) and hulpverlening → toeleiding transfers with the
care worker's necessity judgement (R-004-18). See ``app/domain/lookups.py`` for the rules.

Both are audited with ids only; the reason and the judgement stay in the encrypted vault.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.intake import Compartment, Intake
from app.domain.lookups import (
    LookupSource,
    ManualLookup,
    RoleTransfer,
    check_judgement,
    check_reason,
    check_transfer,
)
from app.domain.notes import IntakeNote
from app.i18n import translate
from app.services.audit_trail import audited, result_id
from app.services.intake import IntakeService
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_repository as intake_repo
from app.storage import lookup_repository as repo
from app.storage.db import Connection


class ManualLookups:
    def __init__(self, intakes: IntakeService) -> None:
        self._intakes = intakes
        self._db = intakes.db
        self.trail = intakes.trail
        self._now = intakes.now
        self._new_id = intakes.new_id

    @audited("create", "manual_lookup", result_id)
    def record_lookup(
        self, intake_id: str, source: LookupSource, reason: str, on: date
    ) -> ManualLookup:
        """The worker looked something up by hand in ``source``; ``reason`` says why."""
        text = check_reason(reason)
        if on > self._now().date():
            raise ValidationError("on", translate("Lookups", "A lookup cannot be in the future."))

        def write(conn: Connection) -> ManualLookup:
            self._intakes.editable(conn, intake_id, changes_content=False)
            lookup = ManualLookup(
                self._new_id(), intake_id, source, text, on, self._now(), self.trail.actor
            )
            repo.insert_lookup(conn, lookup)
            return lookup

        return self._db.transaction(write)

    def lookups(self, intake_id: str) -> list[ManualLookup]:
        return self._db.run(lambda c: repo.lookups(c, intake_id))

    @audited("transfer_to_toeleiding", "note", result_id)
    def transfer_to_toeleiding(
        self, note_id: str, target_intake_id: str, judgement: str, judged_by: str
    ) -> IntakeNote:
        """Copy a hulpverlening note into the citizen's toeleiding intake (R-004-18).

        The copy carries the toeleiding role and the judgement; the original stays where it is.
        Personal and work notes never move this way.
        """
        text, who = check_judgement(judgement, judged_by)

        def write(conn: Connection) -> IntakeNote:
            note = notes_repo.get_note(conn, note_id)
            if note is None:
                raise ValidationError("note", translate("Notes", "That note is gone."))
            if note.compartment is not Compartment.DOSSIER:
                raise ValidationError(
                    "note",
                    translate(
                        "Lookups", "Only a dossier note can move; this one stays where it is."
                    ),
                )
            target = self._intakes.editable(conn, target_intake_id)
            _, to_role, _ = intake_repo.dossier_of(conn, target_intake_id)
            check_transfer(note.role, to_role, target.citizen_id == note.citizen_id)
            if note.domain is not None:  # the domain gate holds in the toeleiding as well
                self._intakes.scope_in(conn, target_intake_id).require_open(note.domain)
            now = self._now()
            copy = replace(
                note,
                id=self._new_id(),
                intake_id=target_intake_id,
                role=to_role,
                refers_to=None,
                created_at=now,
                updated_at=now,
                worker_id=self.trail.actor,
            )
            notes_repo.insert_note(conn, copy)
            repo.insert_transfer(
                conn,
                RoleTransfer(
                    self._new_id(), note.id, copy.id, text, who, now.date(), now, self.trail.actor
                ),
            )
            return copy

        return self._db.transaction(write)

    def role_of(self, intake_id: str) -> str:
        """The role (*pet*) of the intake's dossier: toeleiding or hulpverlening."""
        return self._db.run(lambda c: intake_repo.dossier_of(c, intake_id)[1])

    def toeleiding_targets(self, citizen_id: str) -> list[Intake]:
        """The citizen's intakes in a toeleiding dossier that can still take a note."""

        def read(conn: Connection) -> list[Intake]:
            return [
                i
                for i in intake_repo.intakes_for(conn, citizen_id)
                if intake_repo.dossier_of(conn, i.id)[1] == "toeleiding"
                and IntakeStatus(i.status).editable
            ]

        return self._db.run(read)

    def transfer_into(self, note_id: str) -> RoleTransfer | None:
        return self._db.run(lambda c: repo.transfer_into(c, note_id))
