"""Review mode: a random-sample quality check the worker holds together with a team leader
(issue 8; R-000-48, R-000-44).

The worker starts a session naming the reviewer (from the roster, or a name and role). The
dossiers with an intake in the period are the population; a seed is drawn first and recorded,
and the sample (at most ``profile.reporting.review_sample_size``) follows from the seed alone,
so anyone can redo the draw and see that it was random. Each sampled dossier opens read-only
(the inzage overview as data, without personal work notes; nothing here writes content), and
every open is an audit event ``review_open``/``citizen``. Start and end are logged too. The
session row holds reviewer, period, seed, counts and times: no content.
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.documents import inzage as inzage_doc
from app.documents.compose import PaperContext
from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile, Role, RosterWorker
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.services.papers import inzage as inzage_paper
from app.services.papers.registry import PaperRequest
from app.services.reports.period import Period
from app.storage import accountability_repository as repo
from app.storage import bundle_repository as bundle_repo
from app.storage import paper_reads
from app.storage import report_reads as reads
from app.storage.accountability_repository import ReviewSession
from app.storage.db import Connection, Database

MAX_NAME = 120


@dataclass(frozen=True)
class SampleEntry:
    citizen_id: str
    case_number: str
    opened: int


def draw(population: list[str], seed: str, size: int) -> list[str]:
    """The sample the recorded ``seed`` gives: the same seed and population, the same draw."""
    ordered = sorted(set(population))
    return random.Random(int(seed, 16)).sample(ordered, min(size, len(ordered)))  # noqa: S311


class ReviewModeService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        new_seed: Callable[[], str] = lambda: secrets.token_hex(16),
    ) -> None:
        self.db = db
        self.trail = trail
        self.profile = profile
        self.now = now
        self.new_id = new_id
        self.new_seed = new_seed

    def reviewers(self) -> list[RosterWorker]:
        """Roster colleagues who may sit in (everyone but the vault owner)."""
        owner = self.db.run(bundle_repo.vault_meta)[1]
        return [w for w in self.profile.roster if w.id != owner]

    def start(
        self, period: Period, reviewer_id: str = "", name: str = "", role: str = ""
    ) -> ReviewSession:
        """Record the session, its seed and the draw; one ``review_start`` event."""
        if reviewer_id:
            known = self.profile.worker(reviewer_id)
            if known is None:
                raise ValidationError(
                    "reviewer", translate("Review mode", "This colleague is not on the roster.")
                )
            name, role = known.name, known.role
        name, role = name.strip(), role.strip()
        if not name or len(name) > MAX_NAME:
            raise ValidationError("name", translate("Review mode", "Fill in who reviews."))
        if not role or len(role) > MAX_NAME:
            raise ValidationError("role", translate("Review mode", "Fill in the reviewer's role."))
        zone = self.now().astimezone().tzinfo

        def write(conn: Connection) -> ReviewSession:
            population = sorted(
                {c for c, started in reads.citizens_with_intake_between(conn)
                 if period.holds(started, zone)}
            )  # fmt: skip
            seed = self.new_seed()
            sample = draw(population, seed, self.profile.reporting.review_sample_size)
            session = ReviewSession(
                self.new_id(), reviewer_id, name, role, period.start, period.end, seed,
                len(population), len(sample), self.now(), None, self.trail.actor,
            )  # fmt: skip
            repo.insert_session(conn, session, sample)
            self.trail.append_in(conn, "review_start", "review_session", session.id, len(sample))
            return session

        return self.db.transaction(write)

    def sample(self, session_id: str) -> list[SampleEntry]:
        rows = self.db.run(lambda c: repo.sample(c, session_id))
        return [SampleEntry(*r) for r in rows]

    def sessions(self) -> list[ReviewSession]:
        return self.db.run(repo.sessions)

    def open(self, session_id: str, citizen_id: str) -> inzage_doc.Overview:
        """The sampled dossier, read-only, and one ``review_open``/``citizen`` event."""

        def read(conn: Connection) -> inzage_doc.Overview:
            session = repo.get_session(conn, session_id)
            if session is None or session.ended_at is not None:
                raise ValidationError(
                    "session", translate("Review mode", "This review session has ended.")
                )
            if not repo.mark_opened(conn, session_id, citizen_id):
                raise ValidationError(
                    "citizen", translate("Review mode", "This dossier is not in the sample.")
                )
            self.trail.append_in(conn, "review_open", "citizen", citizen_id)
            return inzage_paper.overview(
                conn, PaperRequest("inzage-overzicht", citizen_id=citizen_id),
                self._context(conn, citizen_id),
            )  # fmt: skip

        return self.db.transaction(read)

    def end(self, session_id: str) -> ReviewSession:
        def write(conn: Connection) -> ReviewSession:
            if not repo.end_session(conn, session_id, self.now()):
                raise ValidationError(
                    "session", translate("Review mode", "This review session has ended.")
                )
            self.trail.append_in(conn, "review_end", "review_session", session_id)
            found = repo.get_session(conn, session_id)
            assert found is not None  # noqa: S101 - just updated in this transaction
            return found

        return self.db.transaction(write)

    def _context(self, conn: Connection, citizen_id: str) -> PaperContext:
        dossiers = paper_reads.dossiers(conn, citizen_id)
        role = Role(dossiers[0].role) if dossiers else Role.TOELEIDING
        # Personal work notes are the worker's own: never part of a review.
        profile = replace(
            self.profile, paper=replace(self.profile.paper, personal_notes_in_inzage=False)
        )
        return PaperContext(
            profile, role, self.profile.worker(self.trail.actor), self.now().astimezone().date()
        )
