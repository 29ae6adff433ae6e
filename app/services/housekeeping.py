"""Purges that run after every unlock: intakes "niet doorgezet" past the agency's grace period
keep a contact registration only, and personal work notes expire (DESIGN section 1). Then open
files whose domain scope is due for review get their task (R-002-10). Issue 7 adds: consents
past their end date get their ``expired`` event, case-meeting details past the agency's period
are purged to an outcome line (R-003-13), and substitution bundles past their end date leave the
vault.

Runs off the GUI thread (``ui.tasks``); every purge is an audited event without content. When
anything was removed the file and its log are compacted afterwards (``ErasureService.compact``),
so purged words are gone from disk, not only from the tables (R-000-39, R-000-41).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.services.bundles.import_ import BundleImport
from app.services.case_meetings import CaseMeetingService
from app.services.consents import ConsentService
from app.services.erasure import ErasureService
from app.services.intake import IntakeService
from app.services.intake_review import IntakeReview
from app.services.profiles import installed_profile
from app.services.retention import RetentionService
from app.services.session import Session
from app.services.tasks import TaskService


@dataclass(frozen=True)
class PurgeReport:
    intakes_purged: int
    personal_notes_expired: int
    scope_reviews_due: int = 0
    visits_cleared: int = 0
    consents_expired: int = 0
    meetings_purged: int = 0
    substitutions_ended: int = 0
    compacted: bool = False  # something was deleted: file and log compacted (R-000-39)
    # Issue 8 retention: dossiers due for destruction wait for the worker's confirmation
    # (never destroyed here), and dossiers never handed over get their yearly review task.
    destruction_due: int = 0
    retention_reviews: int = 0

    @property
    def removed_anything(self) -> bool:
        return bool(
            self.intakes_purged + self.personal_notes_expired + self.visits_cleared
            + self.meetings_purged + self.substitutions_ended
        )  # fmt: skip


def run_purges(session: Session) -> PurgeReport:
    visits = session.visits.purge_past()  # the agenda is not the dossier
    verified = installed_profile(session)
    if verified is None:  # no profile, no intakes
        return _compacted(session, PurgeReport(0, 0, visits_cleared=visits))
    service = IntakeService(session.vault.db, session.trail, verified.profile, session.now)
    review = IntakeReview(service)
    purged, expired = len(review.purge_not_pursued()), review.purge_personal_notes()
    tasks = TaskService(session.vault.db, session.trail, session.now)
    interval = verified.profile.retention.domain_scope_review_days
    reviews = tasks.review_scopes(interval, tasks.today())
    db, trail, profile = session.vault.db, session.trail, verified.profile
    report = PurgeReport(
        purged,
        expired,
        reviews,
        visits,
        ConsentService(db, trail, profile, session.now).expire_due(),
        CaseMeetingService(db, trail, profile, session.now).purge(),
        BundleImport(db, trail, profile, session.now).purge_expired(),
    )
    retention = RetentionService(db, trail, profile, session.now)
    report = replace(
        report,
        retention_reviews=retention.schedule_reviews(),
        destruction_due=len(retention.due()),
    )
    return _compacted(session, report)


def _compacted(session: Session, report: PurgeReport) -> PurgeReport:
    """Deleted must mean gone from the file: compact after any purge that removed rows."""
    if not report.removed_anything:
        return report
    # Checkpoint only: secure_delete already overwrote the rows, and a VACUUM of a large vault
    # would hold the database thread (and so the screen) for seconds after every unlock.
    ErasureService(session.vault.db, session.trail).compact(vacuum=False)
    return replace(report, compacted=True)
