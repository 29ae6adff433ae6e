"""Use cases on citizens and notes as the foundation knows them; every change is audited."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.agenda import parse_day
from app.domain.citizen import (
    MAX_NAME,
    Citizen,
    Note,
    ValidationError,
    case_number,
    clean_name,
    clean_note,
    parse_date_of_birth,
)
from app.i18n import translate
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.storage import intake_notes_repository as notes_repo
from app.storage.db import Connection, Database
from app.storage.repositories import CitizenRepository, NoteRepository


class CaseloadService:
    """Add and find citizens, and write, edit and delete their notes."""

    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self._db = db
        self.trail = trail
        self._now = now
        self._new_id = new_id
        self.citizens = CitizenRepository(db)
        self.notes = NoteRepository(db)

    @audited("create", "citizen", result_id)
    def add_citizen(self, name: str, date_of_birth: str = "") -> Citizen:
        now = self._now()
        cleaned = clean_name(name)
        dob = parse_date_of_birth(date_of_birth, now.date())

        def insert(conn: Connection) -> Citizen:
            number = case_number(now.year, self.citizens.next_sequence(conn, now.year))
            citizen = Citizen(self._new_id(), number, cleaned, dob, now, now)
            self.citizens.insert(conn, citizen)
            return citizen

        return self._db.transaction(insert)

    def search(self, text: str, limit: int = 200) -> list[Citizen]:
        """By any part of the name, the case number, or the date of birth as typed (dd-mm-jjjj)."""
        if len(text.strip()) > MAX_NAME:  # matches nothing; SQLite refuses LIKE patterns > 50 kB
            return []
        try:
            born = parse_day(text).isoformat()
        except ValidationError:
            born = text.strip()
        return self.citizens.search(text, limit, born)

    @audited("open", "citizen", first_arg)
    def open_citizen(self, citizen_id: str) -> tuple[Citizen, list[Note]]:
        citizen = self.citizens.get(citizen_id)
        if citizen is None:
            raise ValidationError(
                "citizen", translate("Validation", "This citizen is no longer in the vault.")
            )
        return citizen, self.notes.for_citizen(citizen_id)

    @audited("create", "note", result_id)
    def add_note(self, citizen_id: str, body: str) -> Note:
        text = clean_note(body)
        now = self._now()
        note = Note(self._new_id(), citizen_id, text, now, now)
        self._db.transaction(lambda c: self.notes.insert(c, note))
        return note

    @audited("edit", "note", first_arg)
    def edit_note(self, note_id: str, body: str) -> None:
        """The earlier wording stays as a version, written in the same transaction, with when
        and by whom it was replaced (R-000-38, R-003-23); the inzage-overzicht prints it."""
        text = clean_note(body)
        actor = self.trail.actor
        found = self._db.transaction(
            lambda c: notes_repo.rewrite_note(c, note_id, text, self._now(), actor)
        )
        if not found:
            raise ValidationError("note", translate("Validation", "This note no longer exists."))

    @audited("delete", "note", first_arg)
    def delete_note(self, note_id: str) -> None:
        self._db.transaction(lambda c: self.notes.delete(c, note_id))
