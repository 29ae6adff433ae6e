"""Purges that run after every unlock: intakes "niet doorgezet" past the agency's grace period
keep a contact registration only, and personal work notes expire (DESIGN section 1).

Runs off the GUI thread (``ui.tasks``); every purge is an audited event without content.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.intake import IntakeService
from app.services.intake_review import IntakeReview
from app.services.profiles import installed_profile
from app.services.session import Session


@dataclass(frozen=True)
class PurgeReport:
    intakes_purged: int
    personal_notes_expired: int


def run_purges(session: Session) -> PurgeReport:
    verified = installed_profile(session)
    if verified is None:  # no profile, no intakes
        return PurgeReport(0, 0)
    service = IntakeService(session.vault.db, session.trail, verified.profile, session.now)
    review = IntakeReview(service)
    return PurgeReport(len(review.purge_not_pursued()), review.purge_personal_notes())
