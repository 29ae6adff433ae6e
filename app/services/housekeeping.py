"""Purges that run after every unlock: intakes "niet doorgezet" past the agency's grace period
keep a contact registration only, and personal work notes expire (DESIGN section 1). Then open
files whose domain scope is due for review get their task (R-002-10). Issue 7 adds: consents
past their end date get their ``expired`` event, case-meeting details past the agency's period
are purged to an outcome line (R-003-13), and substitution bundles past their end date leave the
vault.

Runs off the GUI thread (``ui.tasks``); every purge is an audited event without content.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.bundles.import_ import BundleImport
from app.services.case_meetings import CaseMeetingService
from app.services.consents import ConsentService
from app.services.intake import IntakeService
from app.services.intake_review import IntakeReview
from app.services.profiles import installed_profile
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


def run_purges(session: Session) -> PurgeReport:
    visits = session.visits.purge_past()  # the agenda is not the dossier
    verified = installed_profile(session)
    if verified is None:  # no profile, no intakes
        return PurgeReport(0, 0, visits_cleared=visits)
    service = IntakeService(session.vault.db, session.trail, verified.profile, session.now)
    review = IntakeReview(service)
    purged, expired = len(review.purge_not_pursued()), review.purge_personal_notes()
    tasks = TaskService(session.vault.db, session.trail, session.now)
    interval = verified.profile.retention.domain_scope_review_days
    reviews = tasks.review_scopes(interval, tasks.today())
    db, trail, profile = session.vault.db, session.trail, verified.profile
    return PurgeReport(
        purged,
        expired,
        reviews,
        visits,
        ConsentService(db, trail, profile, session.now).expire_due(),
        CaseMeetingService(db, trail, profile, session.now).purge(),
        BundleImport(db, trail, profile, session.now).purge_expired(),
    )
