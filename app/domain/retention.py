"""Retention: nothing stays on the laptop longer than needed (DESIGN section 1 "Retention";
R-000-40, R-001-24, R-002-27, R-004-14, R-004-15).

The statutory terms (Wmo 15 years, jeugdhulp 20 years, counted from the newest date of the
dossier, Wmo 5.3.4) bind the municipal case system, which is the archive. The laptop is not:

* a dossier whose hand-over the case system confirmed (or that went to a colleague) is due
  ``purge_after_handover_days`` after that confirmation;
* an intake ``niet doorgezet`` keeps its contact registration after the grace purge, and is due
  with its dossier at the statutory date;
* a dossier never handed over keeps its statutory date, and is reviewed every
  ``dossier_review_days`` (is it still needed here?);
* the access, triage and regie data block is kept at most ``regie_max_years``; at expiry the
  dossier is proposed for destruction (the prompt of R-001-24).

Closing a case records a decision per data block (:class:`Block`). Nothing here destroys
anything: due dossiers are proposed, and the worker confirms. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.citizen import ValidationError
from app.domain.profile import Retention
from app.i18n import QT_TRANSLATE_NOOP, translate


class Block(enum.StrEnum):
    """The data blocks of a closed case, each with its own retention decision (R-001-24)."""

    DOSSIER = "dossier"  # the dossier to be archived in the case system
    WERKDOSSIER = "werkdossier"  # the worker's working file (R-004-14)
    REGIE = "regie"  # access, triage and regie data: at most regie_max_years
    PERSOONLIJK = "persoonlijk"  # personal work notes: expire, never leave (R-004-15)


class Decision(enum.StrEnum):
    ARCHIVE = "zaaksysteem"  # dossier: to the case system; the statutory term runs there
    KEEP_HERE = "lokaal"  # dossier: kept in this vault to the statutory date, reviewed
    CONTRIBUTED = "bijgedragen"  # werkdossier: marked items go with the archive export
    DESTROY = "vernietigen"  # werkdossier / regie: purged with the local copy
    KEEP_YEARS = "bewaren"  # regie: kept for a number of years, at most regie_max_years
    EXPIRES = "vervalt"  # persoonlijk: expires after personal_note_days, never leaves

    @property
    def label(self) -> str:
        return translate("RetentionDecision", DECISION_TEXT[self])


DECISION_TEXT = {
    Decision.ARCHIVE: QT_TRANSLATE_NOOP(
        "RetentionDecision", "To the case system (statutory term there)"
    ),
    Decision.KEEP_HERE: QT_TRANSLATE_NOOP(
        "RetentionDecision", "Keep here until the statutory date, reviewed every year"
    ),
    Decision.CONTRIBUTED: QT_TRANSLATE_NOOP(
        "RetentionDecision", "Items that contributed to the decision go to the archive"
    ),
    Decision.DESTROY: QT_TRANSLATE_NOOP("RetentionDecision", "Destroy with the local copy"),
    Decision.KEEP_YEARS: QT_TRANSLATE_NOOP("RetentionDecision", "Keep for a number of years"),
    Decision.EXPIRES: QT_TRANSLATE_NOOP(
        "RetentionDecision", "Expires after the agency's period and never leaves"
    ),
}

BLOCK_TEXT = {
    Block.DOSSIER: QT_TRANSLATE_NOOP("RetentionBlock", "Dossier"),
    Block.WERKDOSSIER: QT_TRANSLATE_NOOP("RetentionBlock", "Working file (werkdossier)"),
    Block.REGIE: QT_TRANSLATE_NOOP("RetentionBlock", "Access, triage and regie data"),
    Block.PERSOONLIJK: QT_TRANSLATE_NOOP("RetentionBlock", "Personal work notes"),
}

# What each block may be decided to; persoonlijk has one fixed rule (R-004-15).
CHOICES: Mapping[Block, tuple[Decision, ...]] = {
    Block.DOSSIER: (Decision.ARCHIVE, Decision.KEEP_HERE),
    Block.WERKDOSSIER: (Decision.CONTRIBUTED, Decision.DESTROY),
    Block.REGIE: (Decision.KEEP_YEARS, Decision.DESTROY),
    Block.PERSOONLIJK: (Decision.EXPIRES,),
}


def block_label(block: Block) -> str:
    return translate("RetentionBlock", BLOCK_TEXT[block])


@dataclass(frozen=True)
class BlockDecision:
    block: Block
    decision: Decision
    years: int | None = None  # regie kept for this many years (KEEP_YEARS only)


def check_decisions(
    decisions: Iterable[BlockDecision], retention: Retention
) -> dict[Block, BlockDecision]:
    """Every block decided once, with an allowed choice; raise a plain ValidationError if not.

    The personal-notes block needs no choice: its one rule is filled in when absent.
    """
    found: dict[Block, BlockDecision] = {}
    for item in decisions:
        if item.block in found:
            raise ValidationError(
                "retention", translate("Retention", "Decide each data block once.")
            )
        if item.decision not in CHOICES[item.block]:
            raise ValidationError(
                "retention",
                translate(
                    "Retention", "That choice does not fit the block \u201c{block}\u201d."
                ).format(block=block_label(item.block)),
            )
        if item.decision is Decision.KEEP_YEARS:
            most = retention.regie_max_years
            if item.years is None or not 1 <= item.years <= most:
                raise ValidationError(
                    "retention",
                    translate(
                        "Retention",
                        "Access, triage and regie data are kept 1 to {most} years at most.",
                    ).format(most=most),
                )
        elif item.years is not None:
            raise ValidationError(
                "retention", translate("Retention", "Only regie data are kept for years.")
            )
        found[item.block] = item
    found.setdefault(Block.PERSOONLIJK, BlockDecision(Block.PERSOONLIJK, Decision.EXPIRES))
    missing = [b for b in Block if b not in found]
    if missing:
        raise ValidationError(
            "retention",
            translate(
                "Retention", "Before closing: make a retention decision for \u201c{block}\u201d."
            ).format(block=block_label(missing[0])),
        )
    return found


# -- dates -------------------------------------------------------------------------------------
def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class DueReason(enum.StrEnum):
    HANDOVER = "overdracht"  # the local copy's period after the hand-over ended
    STATUTORY = "bewaartermijn"  # the statutory retention date passed (never handed over)
    REGIE = "regie"  # the access, triage and regie data reached their maximum term

    @property
    def label(self) -> str:
        return translate("DueReason", REASON_TEXT[self])


REASON_TEXT = {
    DueReason.HANDOVER: QT_TRANSLATE_NOOP(
        "DueReason", "Handed over: the local copy's period has ended"
    ),
    DueReason.STATUTORY: QT_TRANSLATE_NOOP("DueReason", "The retention period has ended"),
    DueReason.REGIE: QT_TRANSLATE_NOOP(
        "DueReason", "Access and regie data reached their maximum term"
    ),
}


@dataclass(frozen=True)
class DossierDates:
    """What the service reads of one dossier; dates only, no content."""

    statutory_until: date
    handed_over_on: date | None  # case system confirmed, or moved to a colleague
    open: bool  # an intake still open or in review
    regie_until: date | None  # the regie block's end (closed + years), if kept


def local_due(dates: DossierDates, retention: Retention) -> tuple[date, DueReason] | None:
    """When the dossier's local copy is due for destruction here, and why; None while open."""
    if dates.open:
        return None
    if dates.handed_over_on is not None:
        days = timedelta(days=retention.purge_after_handover_days)
        return dates.handed_over_on + days, DueReason.HANDOVER
    due = (dates.statutory_until, DueReason.STATUTORY)
    if dates.regie_until is not None and dates.regie_until < dates.statutory_until:
        due = (dates.regie_until, DueReason.REGIE)
    return due


def citizen_due(
    dossiers: Iterable[tuple[date, DueReason] | None], on: date
) -> tuple[date, DueReason] | None:
    """A citizen is due only when every dossier is (destruction takes the whole citizen):
    the latest date and its reason; None when any dossier is not due on ``on``."""
    found = list(dossiers)
    if not found or any(d is None or d[0] > on for d in found):
        return None
    return max((d for d in found if d is not None), key=lambda d: d[0])


def review_due(anchor: date, interval_days: int, today: date) -> date | None:
    """The latest review date (anchor + k x interval, k >= 1) on or before ``today``."""
    steps = (today - anchor).days // interval_days
    return anchor + timedelta(days=steps * interval_days) if steps >= 1 else None
