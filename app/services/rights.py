"""Use cases of the citizen's rights requests (issue 8; AVG art. 12-18 and 21, Wmo 2015 art.
5.3.5, Jeugdwet art. 7.3.8/7.3.9; DESIGN section 1 "Papers and rights").

Every request is recorded with its due date and a statutory ``rights_request`` task; an
extension needs reasons and a notice within the first month; a (partial) refusal stores the
remedy text for the dossier's controller. Per kind the action: the inzage overview in one
action (plus, when asked, an encrypted machine-readable copy), a correction with history and
the citizen's own statement, a deletion that removes the data physically, a restriction that
stops sharing while it is active. Audit lines hold ids and counts only, never content.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.documents.compose import Paper
from app.domain.citizen import ValidationError, clean_note
from app.domain.notes import IntakeNote, check_medical
from app.domain.profile import AgencyProfile, ComplaintRoute, Controller, Role
from app.domain.representation import CitizenFacts
from app.domain.rights import (
    Capacity,
    Decision,
    DestructionLaw,
    RightKind,
    RightsRequest,
    check_decision,
    check_extension,
    check_law,
    check_notice_day,
    check_requester,
    check_scope,
    due_date,
    remedy_text,
)
from app.domain.visit_records import check_text
from app.i18n import translate
from app.services import rights_inzage
from app.services.audit_trail import AuditTrail, audited, first_arg, result_id
from app.services.erasure import ErasureReason, ErasureReport, ErasureService
from app.services.papers import SOURCES, PaperRequest, PaperService
from app.services.papers import inzage as inzage_paper
from app.services.sharing.disclosures import DisclosureService
from app.services.tasks import TaskService
from app.storage import intake_notes_repository as notes_repo
from app.storage import intake_records_repository as records_repo
from app.storage import paper_repository as paper_repo
from app.storage import rights_repository as repo
from app.storage import task_repository as task_repo
from app.storage.atomic import write_atomic
from app.storage.db import Connection, Database
from app.storage.erasure import CompactReport
from app.storage.repositories import citizen_in

INZAGE = "inzage-overzicht"


@dataclass(frozen=True)
class InzageAnswer:
    """The printed overview and, when asked, where the encrypted copy went and its passphrase
    (show it once; it is not kept anywhere)."""

    paper: Paper
    copy_path: Path | None = None
    passphrase: str | None = None


@dataclass(frozen=True)
class Correction:
    note: IntakeNote
    recipients: list[tuple[str, str]]  # (organisation, role) who may need to be told


@dataclass(frozen=True)
class Decided:
    request: RightsRequest
    erased: ErasureReport | None = None  # the whole dossier went (request gone with it)
    compact: CompactReport | None = None  # single items went


class RightsService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.db = db
        self.trail = trail
        self.profile = profile
        self.now = now
        self.new_id = new_id
        self.tasks = TaskService(db, trail, now, new_id)

    def today(self) -> date:
        return self.now().astimezone().date()

    # -- recording -----------------------------------------------------------------------------
    @audited("create", "rights_request", result_id)
    def record(
        self,
        citizen_id: str,
        kind: RightKind,
        received_on: date,
        capacity: Capacity = Capacity.ZELF,
        requester_name: str = "",
        minor_consent: bool = False,
        destruction_law: DestructionLaw | None = None,
        scope: str = "",
    ) -> RightsRequest:
        """Record a request and its statutory task due on the due date."""
        kind, capacity = RightKind(kind), Capacity(capacity)
        check_law(kind, destruction_law)
        text = check_scope(scope)
        if received_on > self.today():
            raise ValidationError(
                "received_on", translate("Rights", "A request cannot come in after today.")
            )

        def write(conn: Connection) -> RightsRequest:
            citizen = citizen_in(conn, citizen_id)
            if citizen is None:
                raise ValidationError("citizen", translate("Rights", "This citizen is gone."))
            age = CitizenFacts(citizen.date_of_birth, received_on).age
            name = check_requester(capacity, requester_name, age, minor_consent)
            request = RightsRequest(
                self.new_id(), citizen_id, kind, received_on, capacity, name, minor_consent,
                destruction_law, due_date(kind, received_on, destruction_law), text,
                worker_id=self.trail.actor,
            )  # fmt: skip
            repo.insert(conn, request, self.now())
            self.tasks.add(
                "rights_request", request.due_on, citizen_id, object_id=request.id,
                statutory=True, source_key=_task_key(request.id),
            )  # fmt: skip
            return request

        return self.db.transaction(write)

    @audited("extend", "rights_request", first_arg)
    def extend(
        self, request_id: str, months: int, reason: str, notice_on: date | None = None
    ) -> RightsRequest:
        """Up to two more months, decided within the first month with reasons. Until the
        reasoned notice is recorded (``notice_on`` or :meth:`record_notice`) a task reminds
        that it must reach the citizen by the first due date."""
        today = self.today()

        def write(conn: Connection) -> RightsRequest:
            request = self._get(conn, request_id)
            extended_to = check_extension(request, months, reason, today)
            if notice_on is not None:
                check_notice_day(request, notice_on)
            repo.set_extension(conn, request_id, extended_to, reason.strip(), notice_on)
            if notice_on is None:
                self.tasks.add(
                    "rights_request_extension", request.due_on, request.citizen_id,
                    object_id=request_id, statutory=True, source_key=_notice_key(request_id),
                )  # fmt: skip
            else:
                self._move_task(conn, request_id, extended_to)
            return self._get(conn, request_id)

        return self.db.transaction(write)

    @audited("record_notice", "rights_request", first_arg)
    def record_notice(self, request_id: str, on: date) -> RightsRequest:
        """The reasoned notice of the extension reached the citizen on ``on``."""

        def write(conn: Connection) -> RightsRequest:
            request = self._get(conn, request_id)
            if request.extended_to is None or request.decision is not None:
                raise ValidationError(
                    "notice", translate("Rights", "There is no open extension to announce.")
                )
            check_notice_day(request, on)
            repo.set_notice(conn, request_id, on)
            self._move_task(conn, request_id, request.extended_to)
            self._done_task(conn, _notice_key(request_id))
            return self._get(conn, request_id)

        return self.db.transaction(write)

    def decide(
        self,
        request_id: str,
        decision: Decision,
        reason: str = "",
        items: Sequence[tuple[str, str]] = (),
    ) -> Decided:
        """Record the decision (a refusal gets the controller's remedy text) and carry it out.

        A deletion request granted without ``items`` erases the citizen's whole dossier: the
        decision's audit line is written first, then ``erase_request`` with the row count, in
        the same transaction (a crash leaves the request open and the dossier whole, or both
        done); the request itself goes with the dossier. With ``items`` (``(kind, id)``: note,
        network_person, limitation, medical_advice) only those go, then the file is compacted.
        """
        decision = Decision(decision)
        today = self.today()
        erasure = ErasureService(self.db, self.trail)

        def write(conn: Connection) -> tuple[RightsRequest, int | None]:
            request = self._get(conn, request_id)
            text = check_decision(request, decision, reason, today)
            remedy = ""
            if decision is not Decision.TOEGEWEZEN:
                remedy = remedy_text(self._controller(conn, request.citizen_id), self._routes())
            if items and (
                request.kind is not RightKind.VERWIJDERING or decision is Decision.AFGEWEZEN
            ):
                raise ValidationError(
                    "items", translate("Rights", "Only a granted deletion removes entries.")
                )
            repo.set_decision(conn, request_id, decision, today, text, remedy)
            self._done_task(conn, _task_key(request_id))
            self._done_task(conn, _notice_key(request_id))
            self.trail.append_in(conn, f"decide_{decision.value}", "rights_request", request_id)
            removed = sum(self._delete_item(conn, request.citizen_id, k, i) for k, i in items)
            if items:
                self.trail.append_in(conn, "delete_items", "rights_request", request_id, removed)
            decided = self._get(conn, request_id)
            whole = decision is Decision.TOEGEWEZEN and not items
            if decided.kind is RightKind.VERWIJDERING and whole:
                ids = [decided.citizen_id]
                return decided, erasure.erase_in(conn, ids, ErasureReason.REQUEST)
            return decided, None

        decided, erased = self.db.transaction(write)
        if erased is not None:
            return Decided(decided, erased=ErasureReport(1, erased, erasure.compact()))
        if items and decided.kind is RightKind.VERWIJDERING and decision is not Decision.AFGEWEZEN:
            return Decided(decided, compact=erasure.compact())
        return Decided(decided)

    @audited("lift_restriction", "rights_request", first_arg)
    def lift_restriction(self, request_id: str) -> RightsRequest:
        """End an active restriction (the citizen was told before, AVG art. 18 lid 3)."""

        def write(conn: Connection) -> RightsRequest:
            request = self._get(conn, request_id)
            if not request.restricting:
                raise ValidationError(
                    "request", translate("Rights", "No restriction is active on this request.")
                )
            repo.set_lifted(conn, request_id, self.today())
            return self._get(conn, request_id)

        return self.db.transaction(write)

    # -- inzage in one action (R-000-37, R-002-25, R-003-22) -------------------------------------
    def answer_inzage(
        self,
        request_id: str,
        copy_folder: Path | None = None,
        language: str = "nl",
        large_print: bool = False,
    ) -> InzageAnswer:
        """The printed inzage overview and, only with ``copy_folder``, the machine-readable
        copy, encrypted with a generated passphrase and written atomically there (audited
        ``export``/``citizen``). Record the paper's delivery with :class:`PaperService`."""
        request = self.get(request_id)
        if request.kind is not RightKind.INZAGE:
            raise ValidationError("request", translate("Rights", "This is not an inzage request."))
        papers = PaperService(self.db, self.trail, self.profile, SOURCES, self.now, self.new_id)
        paper_request = PaperRequest(INZAGE, language, large_print, citizen_id=request.citizen_id)
        paper = papers.render(paper_request)
        if copy_folder is None:
            return InzageAnswer(paper)
        ctx = papers.context(paper_request)
        data = self.db.run(lambda c: inzage_paper.overview(c, paper_request, ctx))
        sealed, passphrase = rights_inzage.encrypted_copy(data, self.now())
        path = copy_folder / rights_inzage.copy_name(request.id, self.today())
        write_atomic(path, sealed)
        self.trail.record("export", "citizen", request.citizen_id)
        return InzageAnswer(paper, path, passphrase)

    def paper_request(self, request_id: str, language: str = "nl") -> PaperRequest:
        """The paper request of an inzage answer (to record how the overview was delivered)."""
        return PaperRequest(INZAGE, language, citizen_id=self.get(request_id).citizen_id)

    # -- correction with history (R-000-38, R-003-23, R-000-17) ---------------------------------
    @audited("correct", "note", lambda _r, _q, note_id, *a, **k: note_id)
    def record_correction(
        self,
        request_id: str,
        note_id: str,
        new_text: str = "",
        citizen_statement: str = "",
        keep_medical_words: bool = False,
    ) -> Correction:
        """Correct a note (the earlier wording stays in its history) and/or put the citizen's
        own statement beside it; works on closed conversations too (Jeugdwet art. 7.3.8).
        Returns the recipients in the disclosure log who may need to be told."""
        text = clean_note(new_text) if new_text.strip() else ""
        if text:
            check_medical("body", text, self.profile.medical_words, keep_medical_words)
        statement = ""
        if citizen_statement.strip():
            label = translate("Rights", "the citizen's statement")
            statement = check_text("statement", citizen_statement, True, label)
        if not text and not statement:
            raise ValidationError(
                "text", translate("Rights", "Write the correction or the citizen's statement.")
            )

        def write(conn: Connection) -> Correction:
            request, note = self._request_note(conn, request_id, note_id, RightKind.CORRECTIE)
            now = self.now()
            if text and text != note.body:
                notes_repo.correct_note(conn, note, text, note.kind, now, self.trail.actor)
            if statement:
                notes_repo.set_citizen_view(conn, note.intake_id, "note", note_id, statement, now)
            updated = notes_repo.get_note(conn, note_id)
            assert updated is not None  # noqa: S101 - read inside the same transaction
            return Correction(updated, self.recipients(request.citizen_id))

        return self.db.transaction(write)

    def remove_note(self, request_id: str, note_id: str) -> CompactReport:
        """An outdated note removed on request: deleted physically, then the file compacted."""

        def write(conn: Connection) -> None:
            self._request_note(conn, request_id, note_id, None)
            notes_repo.delete_note(conn, note_id)
            self.trail.append_in(conn, "delete", "note", note_id)

        self.db.transaction(write)
        return ErasureService(self.db, self.trail).compact()

    def notes(self, citizen_id: str) -> list[IntakeNote]:
        """The citizen's notes (all conversations), to pick one for a correction."""

        def read(conn: Connection) -> list[IntakeNote]:
            ids = repo.intake_ids(conn, citizen_id)
            return [n for intake_id in ids for n in notes_repo.notes(conn, intake_id)]

        return self.db.run(read)

    def recipients(self, citizen_id: str) -> list[tuple[str, str]]:
        """Whom the disclosure log names as recipients (R-003-23): they may need to be told."""
        sharing = DisclosureService(self.db, self.trail, self.profile, self.now, self.new_id)
        return sharing.recipients_for(citizen_id)

    # -- reading -------------------------------------------------------------------------------
    def get(self, request_id: str) -> RightsRequest:
        return self.db.run(lambda c: self._get(c, request_id))

    def for_citizen(self, citizen_id: str) -> list[RightsRequest]:
        return self.db.run(lambda c: repo.for_citizen(c, citizen_id))

    def open_requests(self) -> list[RightsRequest]:
        """Undecided requests, by first due date."""
        return self.db.run(repo.open_requests)

    def restricted(self, citizen_id: str) -> bool:
        return self.db.run(lambda c: repo.restricted(c, citizen_id))

    def remedy(self, citizen_id: str) -> str:
        """The remedy text a refusal would carry for this citizen's controller (for preview)."""
        return remedy_text(self.db.run(lambda c: self._controller(c, citizen_id)), self._routes())

    # -- helpers -------------------------------------------------------------------------------
    def _get(self, conn: Connection, request_id: str) -> RightsRequest:
        request = repo.get(conn, request_id)
        if request is None:
            raise ValidationError("request", translate("Rights", "This request no longer exists."))
        return request

    def _request_note(
        self, conn: Connection, request_id: str, note_id: str, kind: RightKind | None
    ) -> tuple[RightsRequest, IntakeNote]:
        request = self._get(conn, request_id)
        allowed = (RightKind.CORRECTIE, RightKind.VERWIJDERING) if kind is None else (kind,)
        if request.kind not in allowed:
            raise ValidationError(
                "request", translate("Rights", "This request is not about changing notes.")
            )
        note = notes_repo.get_note(conn, note_id)
        if note is None or note.citizen_id != request.citizen_id:
            raise ValidationError("note", translate("Rights", "That note is gone."))
        return request, note

    def _delete_item(self, conn: Connection, citizen_id: str, kind: str, item_id: str) -> int:
        owner = repo.item_owner(conn, kind, item_id)
        if owner is None or owner[1] != citizen_id:
            raise ValidationError("items", translate("Rights", "An entry to delete is gone."))
        if kind == "note":
            return notes_repo.delete_note(conn, item_id)
        return records_repo.delete_by_id(conn, owner[0], kind, item_id)

    def _controller(self, conn: Connection, citizen_id: str) -> Controller:
        role = paper_repo.role_of_citizen(conn, citizen_id)
        return self.profile.controller(Role(role) if role else Role.TOELEIDING)

    def _routes(self) -> tuple[ComplaintRoute, ...]:
        return self.profile.complaint_routes

    def _move_task(self, conn: Connection, request_id: str, due_on: date) -> None:
        task = task_repo.by_source(conn, _task_key(request_id))
        if task is not None:
            self.tasks.move_in(conn, task, due_on)

    def _done_task(self, conn: Connection, key: str) -> None:
        task = task_repo.by_source(conn, key)
        if task is not None:
            self.tasks.done_in(conn, task)


def _task_key(request_id: str) -> str:
    return f"rights_request:{request_id}"


def _notice_key(request_id: str) -> str:
    return f"rights_request_extension:{request_id}"
