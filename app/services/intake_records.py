"""What the worker records during an open intake besides the help request and the domain gate:
notes, limitations, the medical adviser's conclusion, documents seen, network persons, the
identity check, extra first-contact fields, the Wmo onderzoek items, the ``andere zorgen?``
answer and meldcode signals (issue 4; DESIGN sections 1 and 5).

Every writer runs in one audited transaction and checks, before writing, that the intake was
informed first, is not closed, holds more than contact data, and — for content about a life
domain — that the domain is open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.citizen import ValidationError, clean_note
from app.domain.intake import Compartment, Intake, IntakeMode, NoteKind
from app.domain.notes import IntakeNote, NoteSource, check_interpretation, check_medical, is_special
from app.domain.profile import Law, Role
from app.domain.visit_records import (
    EXPLAINED_ITEMS,
    MELDCODE_STEPS,
    ONDERZOEK_ITEMS,
    Disposition,
    DocumentSource,
    IdDocument,
    IdentityCheck,
    Limitation,
    MedicalAdvice,
    MedicalDocument,
    MeldcodeKind,
    MeldcodeSignal,
    NetworkPerson,
    check_bsn,
    check_identity,
    check_network_person,
    check_text,
)
from app.i18n import translate
from app.services.audit_trail import audited, first_arg, result_id
from app.services.household import HouseholdService
from app.services.intake import IntakeService
from app.services.tasks import TaskService
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as repo
from app.storage import intake_repository as intake_repo
from app.storage.db import Connection

# The art. 9(2) ground recorded on the dossier once health data are recorded (DESIGN section 1).
ART9 = {
    Role.TOELEIDING: "AVG art. 9 lid 2 sub g; Wmo 2015 art. 5.1.1",
    Role.HULPVERLENING: "AVG art. 9 lid 2 sub h; UAVG art. 30 lid 3",
}
# Fields beyond the minimal first contact; each is allowed by the help-request need of its name.
EXTRA_FIELDS = ("bsn", "inkomen", "verblijfsstatus")


class IntakeRecords:
    def __init__(self, intakes: IntakeService) -> None:
        self._intakes = intakes
        self._db = intakes.db
        self.trail = intakes.trail
        self._profile = intakes.profile
        self._now = intakes.now
        self._new_id = intakes.new_id

    # -- andere zorgen? ------------------------------------------------------------------------
    @audited("record_concerns", "intake", first_arg)
    def record_concerns(self, intake_id: str, answer: str) -> None:
        """The citizen's answer to "andere zorgen?" (R-000-04); "geen" is an answer too."""
        text = check_text("answer", answer, True, translate("Records", "the citizen's answer"))

        def write(conn: Connection) -> None:
            self._content_intake(conn, intake_id)
            repo.set_intake(conn, intake_id, concerns_answer=text)

        self._db.transaction(write)

    # -- notes ---------------------------------------------------------------------------------
    @audited("create", "note", result_id)
    def add_note(
        self,
        intake_id: str,
        body: str,
        kind: NoteKind,
        source: NoteSource,
        on: date,
        domain: str | None = None,
        compartment: Compartment = Compartment.DOSSIER,
        refers_to: str | None = None,
        keep_medical_words: bool = False,
    ) -> IntakeNote:
        text = clean_note(body)
        check_medical("body", text, self._profile.medical_words, keep_medical_words)

        def write(conn: Connection) -> IntakeNote:
            intake = self._content_intake(conn, intake_id)
            if domain is not None:
                self._intakes.scope_in(conn, intake_id).require_open(domain)
            basis = notes_repo.get_note(conn, refers_to) if refers_to else None
            if refers_to and basis is None:
                raise ValidationError("refers_to", translate("Notes", "That note is gone."))
            check_interpretation(kind, basis, intake_id)
            _, role, _ = intake_repo.dossier_of(conn, intake_id)
            now = self._now()
            note = IntakeNote(
                self._new_id(), intake_id, intake.citizen_id, domain, kind, compartment,
                source, on, role, refers_to, is_special(domain), text, now, now,
                self.trail.actor,
            )  # fmt: skip
            notes_repo.insert_note(conn, note)
            if note.special:
                self._health_recorded(conn, intake_id)
            return note

        return self._db.transaction(write)

    @audited("correct", "note", first_arg)
    def correct_note(
        self,
        note_id: str,
        body: str,
        kind: NoteKind | None = None,
        keep_medical_words: bool = False,
    ) -> IntakeNote:
        """A correction keeps the earlier wording as a version (history, never overwritten)."""
        text = clean_note(body)
        check_medical("body", text, self._profile.medical_words, keep_medical_words)

        def write(conn: Connection) -> IntakeNote:
            old = notes_repo.get_note(conn, note_id)
            if old is None:
                raise ValidationError("note", translate("Notes", "That note is gone."))
            self._content_intake(conn, old.intake_id)
            if old.domain is not None:  # a withdrawn domain takes no changes
                self._intakes.scope_in(conn, old.intake_id).require_open(old.domain)
            new_kind = kind or old.kind
            if new_kind is NoteKind.INTERPRETATION:
                basis = notes_repo.get_note(conn, old.refers_to) if old.refers_to else None
                check_interpretation(new_kind, basis, old.intake_id)
            now = self._now()
            notes_repo.correct_note(conn, old, text, new_kind, now, self.trail.actor)
            return replace(old, body=text, kind=new_kind, updated_at=now)

        return self._db.transaction(write)

    @audited("medical_warning", "intake", first_arg)
    def medical_warning_shown(self, intake_id: str) -> None:
        """The medical-word warning was shown for this intake: one content-free event, counted
        by the quality report (R-000-48); the words themselves are never kept."""

    def notes(self, intake_id: str) -> list[IntakeNote]:
        return self._db.run(lambda c: notes_repo.notes(c, intake_id))

    def network_persons(self, intake_id: str) -> list[NetworkPerson]:
        return self._db.run(lambda c: repo.network_persons(c, intake_id))

    # -- first contact: extras and identity (R-000-14, R-004-01) -------------------------------
    @audited("set_extra", "intake", first_arg)
    def set_extra(self, intake_id: str, field: str, value: str) -> None:
        if field not in EXTRA_FIELDS:
            raise ValidationError(field, translate("Records", "This field does not exist."))
        cleaned = check_bsn(value) if field == "bsn" else check_text(field, value, True, field)

        def write(conn: Connection) -> None:
            self._content_intake(conn, intake_id)
            self._require_need(conn, intake_id, field)
            repo.set_extra(conn, intake_id, field, cleaned)

        self._db.transaction(write)

    def needs(self, intake_id: str) -> set[str]:
        """What the help requests so far need beyond the minimal first contact."""
        return self._db.run(lambda c: self._needs(c, intake_id))

    @audited("record_identity", "intake", first_arg)
    def record_identity(
        self, intake_id: str, doc_type: IdDocument, doc_number: str, expires_on: date
    ) -> IdentityCheck:
        today = self._now().date()
        number = check_identity(doc_number, expires_on, today)
        check = IdentityCheck(IdDocument(doc_type), number, expires_on, self.trail.actor, today)

        def write(conn: Connection) -> IdentityCheck:
            self._content_intake(conn, intake_id)
            self._require_need(conn, intake_id, "identiteit")
            repo.set_identity(conn, intake_id, check)
            return check

        return self._db.transaction(write)

    # -- network persons (R-000-15, R-002-11) --------------------------------------------------
    @audited("create", "network_person", result_id)
    def add_network_person(
        self, intake_id: str, name: str, relation: str, contact: str = "", support: str = ""
    ) -> NetworkPerson:
        fields = check_network_person(name, relation, contact, support)

        def write(conn: Connection) -> NetworkPerson:
            intake = self._content_intake(conn, intake_id)
            person = NetworkPerson(self._new_id(), intake_id, *fields)
            repo.insert_network_person(conn, person, self._now())
            days = self._profile.casework.inform_network_person_days  # R-004-17, R-003-18
            tasks = TaskService(self._db, self.trail, self._now, self._new_id)
            tasks.inform_person(intake.citizen_id, intake_id, person.id, days)
            return person

        return self._db.transaction(write)

    # -- limitations, adviser, documents seen (R-000-18..21, R-004-12/13) ---------------------
    @audited("create", "limitation", result_id)
    def add_limitation(
        self,
        intake_id: str,
        domain: str,
        description: str,
        source: str,
        keep_medical_words: bool = False,
    ) -> Limitation:
        text = check_text("description", description, True, translate("Records", "limitation"))
        origin = check_text("source", source, True, translate("Records", "source"))
        check_medical("description", text, self._profile.medical_words, keep_medical_words)

        def write(conn: Connection) -> Limitation:
            self._content_intake(conn, intake_id)
            self._intakes.scope_in(conn, intake_id).require_open(domain)
            item = Limitation(self._new_id(), intake_id, domain, text, origin, self._now().date())
            repo.insert_limitation(conn, item, self.trail.actor)
            self._health_recorded(conn, intake_id)
            return item

        return self._db.transaction(write)

    @audited("create", "medical_advice", result_id)
    def add_medical_advice(
        self, intake_id: str, conclusion: str, on: date, keep_medical_words: bool = False
    ) -> MedicalAdvice:
        """The adviser's (or another professional's) conclusion, never the data beneath it:
        a diagnosis or medication word is refused like in a note (R-003-24)."""
        text = check_text("conclusion", conclusion, True, translate("Records", "conclusion"))
        check_medical("conclusion", text, self._profile.medical_words, keep_medical_words)

        def write(conn: Connection) -> MedicalAdvice:
            self._content_intake(conn, intake_id)
            advice = MedicalAdvice(self._new_id(), intake_id, text, on)
            repo.insert_advice(conn, advice)
            self._health_recorded(conn, intake_id)
            return advice

        return self._db.transaction(write)

    @audited("log_document", "medical_document", result_id)
    def log_document(
        self,
        intake_id: str,
        source_type: DocumentSource,
        seen_on: date,
        disposition: Disposition | None = None,
        citizen_informed: bool = False,
    ) -> MedicalDocument:
        """A document was shown: only that, when, from what kind of source, and where it went."""
        doc = MedicalDocument(
            self._new_id(),
            intake_id,
            seen_on,
            DocumentSource(source_type),
            disposition,
            citizen_informed,
        )

        def write(conn: Connection) -> MedicalDocument:
            self._intakes.editable(conn, intake_id, changes_content=True)
            repo.insert_document(conn, doc)
            return doc

        return self._db.transaction(write)

    @audited("dispose_document", "medical_document", lambda _r, _i, doc_id, *a, **k: doc_id)
    def dispose_document(
        self, intake_id: str, doc_id: str, disposition: Disposition, informed: bool
    ) -> None:
        def write(conn: Connection) -> None:
            self._intakes.editable(conn, intake_id, changes_content=False)
            changed = repo.set_disposition(
                conn, intake_id, doc_id, Disposition(disposition), informed, self._now()
            )
            if not changed:
                raise ValidationError("document", translate("Records", "That document is gone."))

        self._db.transaction(write)

    def documents(self, intake_id: str) -> list[MedicalDocument]:
        return self._db.run(lambda c: repo.documents(c, intake_id))

    # -- Wmo onderzoek (art. 2.3.2 lid 4) -------------------------------------------------------
    @audited("record_onderzoek", "intake", first_arg)
    def record_onderzoek(self, intake_id: str, item: str, text: str) -> None:
        if item not in ONDERZOEK_ITEMS and item not in EXPLAINED_ITEMS:
            raise ValidationError("item", translate("Records", "This field does not exist."))
        label = translate("Onderzoek", ONDERZOEK_ITEMS.get(item, ""))
        cleaned = check_text(item, text, True, label)

        def write(conn: Connection) -> None:
            self._content_intake(conn, intake_id)
            law, _, _ = intake_repo.dossier_of(conn, intake_id)
            if law != Law.WMO.value:
                raise ValidationError(
                    "item", translate("Records", "These questions belong to a Wmo onderzoek.")
                )
            repo.set_onderzoek(conn, intake_id, item, cleaned, self._now().date())

        self._db.transaction(write)

    def record_explained(self, intake_id: str, item: str) -> None:
        """Tick that the citizen was told about the personal plan, free support or the pgb."""
        if item not in EXPLAINED_ITEMS:
            raise ValidationError("item", translate("Records", "This field does not exist."))
        self.record_onderzoek(intake_id, item, translate("Records", "explained"))

    def onderzoek(self, intake_id: str) -> dict[str, str]:
        return self._db.run(lambda c: repo.onderzoek(c, intake_id))

    # -- meldcode (outside the domain gate) ----------------------------------------------------
    @audited("create", "meldcode_signal", result_id)
    def record_meldcode(
        self, intake_id: str, kind: MeldcodeKind, signs: str, steps: dict[str, date]
    ) -> MeldcodeSignal:
        """Always possible, in any mode and any domain state (Wet verplichte meldcode)."""
        text = check_text("signs", signs, True, translate("Records", "the signs"))
        if set(steps) - set(MELDCODE_STEPS):
            raise ValidationError("steps", translate("Records", "Unknown meldcode step."))
        signal = MeldcodeSignal(self._new_id(), intake_id, MeldcodeKind(kind), text, dict(steps))

        def write(conn: Connection) -> MeldcodeSignal:
            if intake_repo.get_intake(conn, intake_id) is None:
                raise ValidationError(
                    "intake", translate("Intake", "This intake no longer exists.")
                )
            repo.insert_meldcode(conn, signal, self._now(), self.trail.actor)
            return signal

        return self._db.transaction(write)

    @audited("add_steps", "meldcode_signal", lambda _r, _i, signal_id, *a, **k: signal_id)
    def add_meldcode_steps(self, intake_id: str, signal_id: str, steps: dict[str, date]) -> None:
        """Steps taken later; also after the intake closed (the meldcode outlasts the visit)."""
        if set(steps) - set(MELDCODE_STEPS):
            raise ValidationError("steps", translate("Records", "Unknown meldcode step."))

        def write(conn: Connection) -> None:
            if not repo.add_meldcode_steps(conn, intake_id, signal_id, steps):
                raise ValidationError("signal", translate("Records", "That signal is gone."))

        self._db.transaction(write)

    def meldcode_signals(self, intake_id: str) -> list[MeldcodeSignal]:
        return self._db.run(lambda c: repo.meldcode_signals(c, intake_id))

    # -- household (R-001-15) -------------------------------------------------------------------
    def link_household(self, citizen_id: str, other_id: str, reason: str) -> None:
        """Link two citizens under a new household plan; see ``HouseholdService`` (audited)."""
        HouseholdService(self._db, self.trail, self._now, self._new_id).link(
            citizen_id, other_id, reason
        )

    # -- rules shared by the writers -----------------------------------------------------------
    def _content_intake(self, conn: Connection, intake_id: str) -> Intake:
        intake = self._intakes.editable(conn, intake_id)
        if intake.mode is IntakeMode.CONTACT_ONLY:
            raise ValidationError(
                "mode",
                translate("Records", "A contact-only registration holds contact data only."),
            )
        return intake

    def _needs(self, conn: Connection, intake_id: str) -> set[str]:
        needs: set[str] = set()
        for request in intake_repo.help_requests(conn, intake_id):
            help_type = self._profile.help_request_type(request.type_id)
            if help_type is not None:
                needs.update(help_type.needs)
        return needs

    def _require_need(self, conn: Connection, intake_id: str, need: str) -> None:
        if need not in self._needs(conn, intake_id):
            raise ValidationError(
                need,
                translate("Records", "The help request does not need this; leave it out."),
            )

    def _health_recorded(self, conn: Connection, intake_id: str) -> None:
        _, role, basis = intake_repo.dossier_of(conn, intake_id)
        if basis is None:
            intake_repo.set_basis_art9(conn, intake_id, ART9[Role(role)])
