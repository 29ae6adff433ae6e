"""Herindicatie: a new intake in an existing dossier, and what it may show of earlier ones
(DESIGN section 5; Wmo 2015 art. 5.1.1 lid 4; R-004-18).

The new intake joins the dossier as it is (same citizen, law and role; the dossier row is
reused, not copied) and starts empty: the worker asks again, nothing is copied in. Beside it,
read-only and each with its date, it shows earlier records of the same citizen under the same
law and in the same role: the help requests in the citizen's words, limitations and ZRM scores
of domains that were open, and how each intake ended. Never shown: anything under another law
(Jeugdwet, Pw or Wgs data need consent before reuse in a Wmo assessment), anything from the
other role (help data move to toeleiding only with a recorded necessity judgement), notes of
any compartment, meldcode signals, and intakes whose content was purged.

Pure data and rules; storage is ``app/storage/dossier_repository.py``, the use cases are in
``app/services/herindicatie.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.profile import Law, Role
from app.i18n import translate


@dataclass(frozen=True)
class Dossier:
    id: str
    citizen_id: str
    law: Law
    role: Role
    created_at: datetime


@dataclass(frozen=True)
class PastIntake:
    """An intake row as the selection rule needs it (no content)."""

    id: str
    dossier_id: str
    law: Law
    role: Role
    started_at: datetime
    status: str
    closed_at: datetime | None
    purge_after: str | None


@dataclass(frozen=True)
class EarlierHelpRequest:
    words: str  # the citizen's own words
    type_label: str
    on: date


@dataclass(frozen=True)
class EarlierLimitation:
    domain: str  # name on screen
    description: str
    source: str
    on: date


@dataclass(frozen=True)
class EarlierScore:
    domain: str  # name on screen
    label: str  # "3 – Limited self-sufficiency"
    basis: str
    on: date


@dataclass(frozen=True)
class EarlierIntake:
    """One earlier intake, read-only: what was asked, found and scored, each with its date."""

    intake_id: str
    started_at: datetime
    outcome: str  # the closing outcome in words ("completed", "broken off", …)
    closed_at: datetime | None
    help_requests: tuple[EarlierHelpRequest, ...]
    limitations: tuple[EarlierLimitation, ...]
    scores: tuple[EarlierScore, ...]


def check_same_dossier(dossier: Dossier | None, citizen_id: str, law: Law, role: Role) -> None:
    """A new intake joins an existing dossier only if it is the citizen's, same law and role."""
    if dossier is None:
        raise ValidationError(
            "dossier", translate("Herindicatie", "This dossier no longer exists.")
        )
    if dossier.citizen_id != citizen_id:
        raise ValidationError(
            "dossier", translate("Herindicatie", "This dossier belongs to someone else.")
        )
    if (dossier.law, dossier.role) != (law, role):
        raise ValidationError(
            "dossier",
            translate(
                "Herindicatie",
                "A new intake in this dossier keeps its law and role; start a new dossier for "
                "another law or role.",
            ),
        )


def is_purged(status: str, purge_after: str | None) -> bool:
    """A "niet doorgezet" intake whose grace period ran out keeps a contact registration only."""
    return status == IntakeStatus.NOT_PURSUED.value and purge_after is None


def earlier_for(current: PastIntake, others: list[PastIntake]) -> list[PastIntake]:
    """The intakes whose records ``current`` may show: same law and role, started before it,
    not purged; newest first."""
    chosen = [
        p
        for p in others
        if p.id != current.id
        and (p.law, p.role) == (current.law, current.role)
        and p.started_at <= current.started_at
        and not is_purged(p.status, p.purge_after)
    ]
    return sorted(chosen, key=lambda p: p.started_at, reverse=True)


def outcome_text(status: str) -> str:
    try:
        return IntakeStatus(status).label
    except ValueError:
        return status
