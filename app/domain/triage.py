"""Triage moments: at a referral, an escalation, a change or the end of help the worker looks at
the scope of the file again (R-001-06, R-002-09, DESIGN section 1 "Minimal data").

A moment records its kind, the triage decision (verhelderen / plan / escaleren), the data
judged necessary and the data passed on, and for EVERY open domain "nog nodig" or
"verwijderen"; it cannot be saved while an open domain is unanswered. "Verwijderen" deletes
that domain's content physically. Triage happens during help, so a completed intake takes it
too; an intake broken off or not pursued (purged or waiting for its purge) does not.

Pure rules: no I/O, no Qt. The use case is ``app/services/triage.py``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from app.domain.citizen import ValidationError
from app.domain.closing import IntakeStatus
from app.domain.visit_records import check_text
from app.i18n import QT_TRANSLATE_NOOP, translate


class TriageKind(enum.StrEnum):
    REFERRAL = "verwijzing"
    ESCALATION = "escalatie"
    CHANGE = "wijziging"
    END = "einde"

    @property
    def label(self) -> str:
        return translate("Triage", KIND_TEXT[self])


class TriageDecision(enum.StrEnum):
    CLARIFY = "verhelderen"
    PLAN = "plan"
    ESCALATE = "escaleren"

    @property
    def label(self) -> str:
        return translate("Triage", DECISION_TEXT[self])


class Verdict(enum.StrEnum):
    """Per open domain; the values are those of the ``triage`` rows since migration 0003."""

    KEEP = "nodig"  # nog nodig
    REMOVE = "verwijderd"  # verwijderen: content deleted physically

    @property
    def label(self) -> str:
        return translate("Triage", VERDICT_TEXT[self])


KIND_TEXT = {
    TriageKind.REFERRAL: QT_TRANSLATE_NOOP("Triage", "referral"),
    TriageKind.ESCALATION: QT_TRANSLATE_NOOP("Triage", "escalation"),
    TriageKind.CHANGE: QT_TRANSLATE_NOOP("Triage", "change of help"),
    TriageKind.END: QT_TRANSLATE_NOOP("Triage", "end of help"),
}
DECISION_TEXT = {
    TriageDecision.CLARIFY: QT_TRANSLATE_NOOP("Triage", "clarify the question"),
    TriageDecision.PLAN: QT_TRANSLATE_NOOP("Triage", "make a plan"),
    TriageDecision.ESCALATE: QT_TRANSLATE_NOOP("Triage", "escalate"),
}
VERDICT_TEXT = {
    Verdict.KEEP: QT_TRANSLATE_NOOP("Triage", "still needed"),
    Verdict.REMOVE: QT_TRANSLATE_NOOP("Triage", "remove"),
}

# Where help goes on: the conversation itself, looking back, and help after a completed intake.
TRIAGE_STATUSES = frozenset({IntakeStatus.OPEN, IntakeStatus.REVIEW, IntakeStatus.COMPLETED})


@dataclass(frozen=True)
class TriageMoment:
    id: str
    intake_id: str
    kind: TriageKind
    decision: TriageDecision
    necessary: str  # the data judged necessary
    passed_on: str  # the data passed on ("nothing" is an answer too)
    at: datetime
    worker_id: str
    verdicts: Mapping[str, Verdict]  # open domain -> nog nodig / verwijderd


def check_status(status: str) -> None:
    """Raise a plain refusal unless help is still going on for this intake."""
    try:
        state = IntakeStatus(status)
    except ValueError:
        state = None
    if state not in TRIAGE_STATUSES:
        raise ValidationError(
            "status",
            translate(
                "Triage",
                "A triage moment belongs to help that goes on; this intake was broken off or "
                "not pursued.",
            ),
        )


def check_moment(
    open_domains: Mapping[str, str],
    verdicts: Mapping[str, Verdict],
    necessary: str,
    passed_on: str,
) -> tuple[str, str]:
    """Check a moment against the intake's open domains (id -> display name).

    Every open domain needs its verdict (R-002-09); a verdict for a domain that is not open is
    refused (a closed domain holds nothing to triage). Returns the cleaned texts (R-001-06).
    """
    stray = [d for d in verdicts if d not in open_domains]
    if stray:
        raise ValidationError(
            "domains", translate("Triage", "Only open domains are part of a triage moment.")
        )
    missing = [name for domain, name in open_domains.items() if domain not in verdicts]
    if missing:
        raise ValidationError(
            "domains",
            translate(
                "Triage", "Answer 'still needed' or 'remove' for every open domain: {names}."
            ).format(names=", ".join(missing)),
        )
    for verdict in verdicts.values():
        Verdict(verdict)
    needed = check_text(
        "necessary", necessary, True, translate("Triage", "the data judged necessary")
    )
    given = check_text(
        "passed_on",
        passed_on,
        True,
        translate("Triage", "the data passed on (write 'nothing' if nothing was passed on)"),
    )
    return needed, given
