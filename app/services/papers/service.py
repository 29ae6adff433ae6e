"""Making papers and recording how they reached the citizen (issue 6; DESIGN sections 6, 7).

``render`` builds a paper in memory from the vault (nothing is written, nothing audited: the
worker may look before deciding). ``record`` logs a delivery: printed, saved as PDF, a
pre-printed numbered sheet handed over, queued for printing at the office, or sent by post on a
date. Every delivery is one audit event (``print``, ``export``, ``hand_over``, ``queue``,
``post``) on the paper row, never with content, and records which text version and language
the citizen received (R-000-32, R-002-14).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.documents.texts import load_texts
from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile, Role
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.services.papers.registry import PaperRequest, PaperSource
from app.storage import intake_repository
from app.storage import paper_repository as repo
from app.storage.db import Connection, Database
from app.storage.paper_repository import PaperIssue

DELIVERIES = ("geprint", "opgeslagen", "voorgedrukt", "wachtrij", "per_post")
_ACTION = {
    "geprint": "print",
    "opgeslagen": "export",
    "voorgedrukt": "hand_over",
    "wachtrij": "queue",
    "per_post": "post",
}


class PaperService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        sources: dict[str, PaperSource],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self._db = db
        self.trail = trail
        self.profile = profile
        self.sources = sources
        self._now = now
        self._new_id = new_id

    # -- making ---------------------------------------------------------------------------------
    def source(self, document: str) -> PaperSource:
        source = self.sources.get(document)
        if source is None:
            raise DocumentRefused([document], translate("Documents", "Unknown paper: {items}."))
        return source

    def render(self, request: PaperRequest) -> Paper:
        """The paper as PDF bytes, or :class:`DocumentRefused` naming what is missing."""
        source = self.source(request.document)
        if source.scope in ("intake", "subject") and not request.intake_id:
            raise DocumentRefused([translate("Documents", "the conversation this paper is about")])
        if source.scope == "citizen" and not (request.citizen_id or request.intake_id):
            raise DocumentRefused([translate("Documents", "the citizen this paper is for")])

        def read(conn: Connection) -> Paper:
            return source.build(conn, request, self._context(conn, request))

        return self._db.run(read)

    def context(self, request: PaperRequest) -> PaperContext:
        return self._db.run(lambda c: self._context(c, request))

    def _context(self, conn: Connection, request: PaperRequest) -> PaperContext:
        role = _role(conn, request)
        return PaperContext(
            profile=self.profile,
            role=role,
            worker=self.profile.worker(self.trail.actor),
            on=self._today(),
            language=request.language,
            large_print=request.large_print,
            number=request.number,
        )

    # -- delivering -----------------------------------------------------------------------------
    def record(
        self, request: PaperRequest, paper: Paper, delivery: str, posted_on: date | None = None
    ) -> PaperIssue:
        """The paper reached the citizen (or is on its way): one row, one audit event."""
        if delivery not in DELIVERIES or delivery == "voorgedrukt":
            raise ValueError(f"not a delivery of a made paper: {delivery}")
        if delivery == "per_post" and posted_on is None:
            raise ValidationError(
                "posted_on", translate("Documents", "Fill in the date of posting.")
            )
        return self._add(request, paper.meta.number, paper.meta.version, delivery, "", posted_on)

    def record_preprinted(self, request: PaperRequest, sheet_number: str) -> PaperIssue:
        """A pre-printed, numbered copy of a general paper was handed over (no printer)."""
        if not self.source(request.document).preprintable:
            raise ValidationError(
                "document",
                translate("Documents", "Only the general information sheet exists pre-printed."),
            )
        number = sheet_number.strip()
        if not number or len(number) > 40:
            raise ValidationError(
                "number", translate("Documents", "Fill in the number printed on the sheet.")
            )
        texts = load_texts(request.document, request.language, self.profile)
        own = f"VG-{self._new_id()[:8].upper()}"
        return self._add(request, own, texts.version, "voorgedrukt", number, None)

    def queued(self) -> list[PaperIssue]:
        return self._db.run(repo.queued)

    def printed_at_office(self, issue_id: str) -> None:
        def write(conn: Connection) -> None:
            if not repo.mark_printed(conn, issue_id, self._now()):
                raise ValidationError(
                    "paper",
                    translate("Documents", "This paper is no longer waiting to be printed."),
                )

        self.trail.within(lambda: self._db.transaction(write), "print", "paper", lambda _: issue_id)

    def issued_to(self, citizen_id: str) -> list[PaperIssue]:
        return self._db.run(lambda c: repo.for_citizen(c, citizen_id))

    def issued_in(self, intake_id: str) -> list[PaperIssue]:
        return self._db.run(lambda c: repo.for_intake(c, intake_id))

    def request_of(self, issue: PaperIssue) -> PaperRequest:
        """The request that makes a queued paper again, under the same number."""
        return PaperRequest(
            issue.document,
            issue.language,
            issue.large_print,
            issue.citizen_id or "",
            issue.intake_id or "",
            issue.subject_id,
            issue.number,
        )

    def _add(
        self,
        request: PaperRequest,
        number: str,
        version: str,
        delivery: str,
        preprinted: str,
        posted_on: date | None,
    ) -> PaperIssue:
        def write(conn: Connection) -> PaperIssue:
            citizen = request.citizen_id or _citizen_of(conn, request.intake_id)
            issue = PaperIssue(
                id=self._new_id(),
                number=number,
                document=request.document,
                version=version,
                language=request.language,
                large_print=request.large_print,
                citizen_id=citizen or None,
                intake_id=request.intake_id or None,
                subject_id=request.subject_id,
                delivery=delivery,
                preprinted_number=preprinted,
                posted_on=posted_on,
                recorded_at=self._now(),
                printed_at=None,
                worker_id=self.trail.actor,
            )
            repo.add(conn, issue)
            return issue

        return self.trail.within(
            lambda: self._db.transaction(write), _ACTION[delivery], "paper", lambda i: i.id
        )

    def _today(self) -> date:
        return self._now().astimezone().date()


def _citizen_of(conn: Connection, intake_id: str) -> str:
    if not intake_id:
        return ""
    citizen = repo.citizen_of_intake(conn, intake_id)
    return citizen.id if citizen else ""


def _role(conn: Connection, request: PaperRequest) -> Role:
    if request.intake_id and repo.citizen_of_intake(conn, request.intake_id):
        return Role(intake_repository.dossier_of(conn, request.intake_id)[1])
    if request.citizen_id:
        role = repo.role_of_citizen(conn, request.citizen_id)
        if role:
            return Role(role)
    return Role.TOELEIDING
