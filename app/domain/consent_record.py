"""The consent RECORD: what the citizen decided about one concrete consent request (issue 7;
DESIGN section 1 "Sharing", ground 2 *toestemming*; R-000-27, R-001-12, R-004-07/09).

A record copies the checked :class:`~app.domain.consent_terms.ConsentTerms` (named holder or
recipient, named items, purpose, law, grantor and capacity, method) and adds the decision
(``permit`` or ``deny``: a refusal is a record too), the template version and language of the
paper, and the period. Records are append-only: a change of purpose, item or party is a new
record (that may name the one it supersedes); what happens later is an *event*: given,
renewed (a new end date), withdrawn (when, how, by whom; orally too), expired, entered in
error.

Whether a record covers a share is decided at the moment of the share
(:func:`covers`): a withdrawal blocks what comes after it and leaves what came before lawful;
an entry in error never covered anything. The integrity hash is SHA-256 over a canonical JSON
form of the record's fixed fields (:func:`canonical`), so a changed row is detectable.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.consent_terms import ConsentKind, Direction, GrantorCapacity, Method, Party
from app.i18n import QT_TRANSLATE_NOOP, translate


class Decision(enum.StrEnum):
    PERMIT = "permit"
    DENY = "deny"


class EventKind(enum.StrEnum):
    GIVEN = "given"
    RENEWED = "renewed"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    ENTERED_IN_ERROR = "entered_in_error"


class ConsentStatus(enum.StrEnum):
    ACTIVE = "active"
    REFUSED = "refused"  # decision deny
    NOT_YET = "not_yet"  # before valid_from
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    ENTERED_IN_ERROR = "entered_in_error"


STATUS_TEXT = {
    ConsentStatus.ACTIVE: QT_TRANSLATE_NOOP("ConsentRecord", "valid"),
    ConsentStatus.REFUSED: QT_TRANSLATE_NOOP("ConsentRecord", "refused by the citizen"),
    ConsentStatus.NOT_YET: QT_TRANSLATE_NOOP("ConsentRecord", "not yet valid"),
    ConsentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ConsentRecord", "withdrawn"),
    ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("ConsentRecord", "expired"),
    ConsentStatus.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP("ConsentRecord", "entered in error"),
}
EVENT_TEXT = {
    EventKind.GIVEN: QT_TRANSLATE_NOOP("ConsentRecord", "given"),
    EventKind.RENEWED: QT_TRANSLATE_NOOP("ConsentRecord", "renewed"),
    EventKind.WITHDRAWN: QT_TRANSLATE_NOOP("ConsentRecord", "withdrawn"),
    EventKind.EXPIRED: QT_TRANSLATE_NOOP("ConsentRecord", "expired"),
    EventKind.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP("ConsentRecord", "entered in error"),
}


def status_text(status: ConsentStatus) -> str:
    return translate("ConsentRecord", STATUS_TEXT[status])


@dataclass(frozen=True)
class ConsentRecord:
    """One decision on one concrete consent; never changed after it is written."""

    id: str
    citizen_id: str  # the subject
    intake_id: str | None
    request_id: str | None  # the consent_request (form) it answers, when there was one
    supersedes: str | None  # the record this one replaces (a change of purpose, item or party)
    version: int  # 1, or one more than the record it supersedes
    kind: ConsentKind
    direction: Direction
    controller: str
    party: Party  # the named holder (obtain) or recipient (provide)
    items: tuple[str, ...]
    purpose: str
    help_request_id: str | None  # the help request the purpose is tied to
    law: str
    grantor: str
    capacity: GrantorCapacity
    method: Method
    attestation: str  # for ``mondeling``: the worker's attestation in words
    decision: Decision
    template_version: str  # of the form or confirmation the citizen got ("" when none)
    language: str
    valid_from: date
    valid_until: date
    recorded_at: datetime
    worker_id: str
    integrity_hash: str = ""


@dataclass(frozen=True)
class ConsentEvent:
    consent_id: str
    seq: int
    kind: EventKind
    at: datetime  # aware; a withdrawal has effect from this moment
    method: str  # "mondeling" / "schriftelijk" / "" (how a withdrawal reached the worker)
    by_whom: str  # who withdrew or renewed, in words ("the citizen", a representative's name)
    valid_until: date | None  # a renewal's new end date
    note: str
    worker_id: str


def canonical(record: ConsentRecord) -> bytes:
    """The fixed fields of ``record`` as canonical JSON (sorted keys, no spaces, UTF-8).

    The links to the intake, the form and a superseded record are left out: deleting those
    (a purge) sets them to NULL and must not make the record look tampered with."""
    data = {
        "id": record.id,
        "citizen_id": record.citizen_id,
        "version": record.version,
        "kind": record.kind.value,
        "direction": record.direction.value,
        "controller": record.controller,
        "party": {
            "organisation": record.party.organisation,
            "role": record.party.role,
            "person": record.party.person,
        },
        "items": list(record.items),
        "purpose": record.purpose,
        "help_request_id": record.help_request_id,
        "law": record.law,
        "grantor": record.grantor,
        "capacity": record.capacity.value,
        "method": record.method.value,
        "attestation": record.attestation,
        "decision": record.decision.value,
        "template_version": record.template_version,
        "language": record.language,
        "valid_from": record.valid_from.isoformat(),
        "valid_until": record.valid_until.isoformat(),
        "recorded_at": record.recorded_at.isoformat(),
        "worker_id": record.worker_id,
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def integrity_hash(record: ConsentRecord) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


def intact(record: ConsentRecord) -> bool:
    """True when the stored hash still matches the record's fields."""
    return record.integrity_hash == integrity_hash(record)


def valid_until_on(record: ConsentRecord, events: Iterable[ConsentEvent], at: datetime) -> date:
    """The end date in force at ``at``: the record's, or a renewal recorded before ``at``."""
    end = record.valid_until
    for event in events:
        if event.kind is EventKind.RENEWED and event.at <= at and event.valid_until:
            end = max(end, event.valid_until)
    return end


def status_on(record: ConsentRecord, events: Sequence[ConsentEvent], at: datetime) -> ConsentStatus:
    """The record's status at the moment ``at`` (aware datetime), by the events known now.

    An entry in error never covered anything; a refusal never permits; a withdrawal counts from
    its own moment, so a share before it stays lawful and one after it is blocked.
    """
    mine = [e for e in events if e.consent_id == record.id]
    if any(e.kind is EventKind.ENTERED_IN_ERROR for e in mine):
        return ConsentStatus.ENTERED_IN_ERROR
    if record.decision is Decision.DENY:
        return ConsentStatus.REFUSED
    day = at.astimezone().date()
    if day < record.valid_from:
        return ConsentStatus.NOT_YET
    if any(e.kind is EventKind.WITHDRAWN and e.at <= at for e in mine):
        return ConsentStatus.WITHDRAWN
    if day > valid_until_on(record, mine, at):
        return ConsentStatus.EXPIRED
    return ConsentStatus.ACTIVE


def same_name(a: str, b: str) -> bool:
    """Organisation and item names match regardless of case and surrounding or double spaces."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def covers(
    record: ConsentRecord,
    events: Sequence[ConsentEvent],
    organisation: str,
    direction: Direction,
    item: str,
    at: datetime,
) -> bool:
    """True when ``record`` permits ``item`` to go ``direction`` to/from ``organisation`` at
    ``at`` (R-000-27): valid then, same party and direction, the item named on it."""
    return (
        status_on(record, events, at) is ConsentStatus.ACTIVE
        and record.direction is direction
        and same_name(record.party.organisation, organisation)
        and any(same_name(named, item) for named in record.items)
    )


def covering(
    records: Iterable[tuple[ConsentRecord, Sequence[ConsentEvent]]],
    organisation: str,
    direction: Direction,
    item: str,
    at: datetime,
) -> ConsentRecord | None:
    """The newest record that covers the share, or None."""
    found = [r for r, ev in records if covers(r, ev, organisation, direction, item, at)]
    return max(found, key=lambda r: (r.recorded_at, r.version)) if found else None
