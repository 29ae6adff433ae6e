"""The checks on what may happen to a consent record (issue 7; R-001-12, R-004-07/08/09).

:func:`check_decision` adds to :func:`~app.domain.consent_terms.check_terms` what the decision
itself needs (an oral permit needs the worker's attestation in words, R-004-08);
:func:`oral_attestation` writes date, time, worker, scope and the word "mondeling" into it;
:func:`require_withdrawable`, :func:`check_renewal` and :func:`check_moment` refuse a second
withdrawal, a withdrawal of a refusal or an error, and a renewal beyond one year. Every refusal
is a :class:`~app.domain.citizen.ValidationError` in plain words that never echoes content.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from app.domain.citizen import ValidationError
from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    ConsentStatus,
    Decision,
    EventKind,
    status_on,
    valid_until_on,
)
from app.domain.consent_terms import MAX_TEXT, MAX_VALID_DAYS, ConsentTerms, Method, Problem
from app.i18n import translate

# A withdrawal may be entered a little ahead of the laptop's clock, never later than this.
CLOCK_SLACK = timedelta(minutes=5)


def check_decision(
    terms: ConsentTerms, decision: Decision, attestation: str, start: date
) -> list[Problem]:
    """The problems of the decision itself (the terms are checked by ``check_terms``)."""
    problems: list[Problem] = []
    words = " ".join(attestation.split())
    if is_oral_permit(terms, decision) and not words:
        problems.append(
            Problem(
                "attestation",
                translate(
                    "Consents", "Write down in your own words what the citizen agreed to orally."
                ),
            )
        )
    elif len(words) > MAX_TEXT:
        problems.append(
            Problem(
                "attestation",
                translate("Consents", "The attestation is too long (at most 500 characters)."),
            )
        )
    if start > terms.valid_until:
        problems.append(
            Problem(
                "valid_from", translate("Consents", "The consent cannot start after its end date.")
            )
        )
    return problems


def is_oral_permit(terms: ConsentTerms, decision: Decision) -> bool:
    return terms.method is Method.MONDELING and decision is Decision.PERMIT


def oral_attestation(terms: ConsentTerms, words: str, at: datetime, worker_id: str) -> str:
    """R-004-08: the word "mondeling", date and time, worker, scope, then the worker's words."""
    scope = "; ".join(terms.items)
    text = " ".join(words.split())
    return f"mondeling — {at.astimezone():%Y-%m-%d %H:%M} — {worker_id} — {scope} — {text}"


def require_withdrawable(record: ConsentRecord, events: Sequence[ConsentEvent]) -> None:
    """Refuse a refusal, an entry in error, or a consent withdrawn already."""
    if record.decision is Decision.DENY:
        raise ValidationError(
            "consent",
            translate(
                "Consents", "The citizen refused this consent; there is nothing to withdraw."
            ),
        )
    if any(e.kind is EventKind.ENTERED_IN_ERROR for e in events):
        raise ValidationError(
            "consent",
            translate("Consents", "This consent was entered in error; it never applied."),
        )
    if any(e.kind is EventKind.WITHDRAWN for e in events):
        raise ValidationError(
            "consent", translate("Consents", "This consent has already been withdrawn.")
        )


def require_active(record: ConsentRecord, events: Sequence[ConsentEvent], at: datetime) -> None:
    """A new version replaces only a consent that is still in force."""
    require_withdrawable(record, events)
    if status_on(record, events, at) is ConsentStatus.EXPIRED:
        raise ValidationError(
            "consent", translate("Consents", "This consent has expired; record a new one.")
        )


def check_renewal(
    record: ConsentRecord, events: Sequence[ConsentEvent], valid_until: date, at: datetime
) -> None:
    """A new end date: after the current one and today, within one year of today; never for a
    refusal, an error or a withdrawn consent."""
    require_withdrawable(record, events)
    today = at.astimezone().date()
    if valid_until <= max(today, valid_until_on(record, events, at)):
        raise ValidationError(
            "valid_until",
            translate("Consents", "The new end date must be after the current one."),
        )
    if (valid_until - today).days > MAX_VALID_DAYS:
        raise ValidationError(
            "valid_until",
            translate(
                "Consent", "A consent is for this request only: choose an end date within one year."
            ),
        )


def check_moment(at: datetime, record: ConsentRecord, now: datetime) -> datetime:
    """A withdrawal lies between the consent's recording and now. A moment a few minutes
    before the recording (a time field shows minutes only) counts as the recording itself."""
    if at.tzinfo is None:
        raise ValueError("the moment of withdrawal must be an aware datetime")
    if record.recorded_at - CLOCK_SLACK <= at < record.recorded_at:
        return record.recorded_at
    if at > now + CLOCK_SLACK or at < record.recorded_at:
        raise ValidationError(
            "at",
            translate("Consents", "The moment of withdrawal must lie between the consent and now."),
        )
    return at


def clean_text(field: str, value: str, what: str) -> str:
    """``value`` with its spaces tidied; refused when empty or too long."""
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, translate("Consent", "Fill in {what}.").format(what=what))
    if len(text) > MAX_TEXT:
        raise ValidationError(
            field, translate("Consents", "The text is too long (at most 500 characters).")
        )
    return text


def clean_note(note: str) -> str:
    text = " ".join(note.split())
    if len(text) > MAX_TEXT:
        raise ValidationError(
            "note", translate("Consents", "The note is too long (at most 500 characters).")
        )
    return text
