"""A consent record as a FHIR R5 ``Consent`` resource (issue 7, "Export of a consent as FHIR R5
Consent JSON"; a bundle carries it to the case system).

Mapping:

- ``status`` from :func:`~app.domain.consent_record.status_on` at ``at``: valid, not yet valid
  and refused records are ``active`` (a refusal is an active record whose ``decision`` is
  ``deny``: R5 has no "rejected" state); withdrawn and expired ones ``inactive``; an entry in
  error ``entered-in-error``.
- ``category``: LOINC 59284-0 (patient consent) and the kind of consent in words.
- ``subject`` the reference given; ``date`` the day of recording; ``grantor`` who decided and in
  which capacity; ``controller`` the dossier's controller; ``decision`` permit or deny;
  ``period`` from the start to the end date in force (a renewal included);
  ``regulatoryBasis`` the law or task in words.
- one ``provision``: the named organisation as actor (role INF, the holder we obtain from, or
  PRCP, the recipient we give to, with its own role in words), action ``access`` (obtain) or
  ``disclose`` (provide), each named data item as a ``code`` with text, the purpose as a
  ``purpose`` coding's display.
- ``sourceAttachment``: the paper the citizen got (form or oral confirmation) with its template
  version and language; ``verification`` the worker's attestation for an oral consent.
- extensions: the integrity hash (SHA-256 over the canonical form), the version and the record
  it supersedes, and the withdrawal moments.

Pure: no I/O, no Qt; the moment of the status is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from app.domain.consent_record import (
    ConsentEvent,
    ConsentRecord,
    ConsentStatus,
    EventKind,
    status_on,
    valid_until_on,
)
from app.domain.consent_terms import ConsentKind, Direction, Method

EXT = "urn:keukentafel:fhir:consent:"
ID_SYSTEM = "urn:keukentafel:consent-record"
KIND_SYSTEM = "urn:keukentafel:consent-kind"
PURPOSE_SYSTEM = "urn:keukentafel:consent-purpose"
LOINC = "http://loinc.org"
ACTION_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentaction"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"

FHIR_STATUS = {
    ConsentStatus.ACTIVE: "active",
    ConsentStatus.NOT_YET: "active",
    ConsentStatus.REFUSED: "active",
    ConsentStatus.WITHDRAWN: "inactive",
    ConsentStatus.EXPIRED: "inactive",
    ConsentStatus.ENTERED_IN_ERROR: "entered-in-error",
}
KIND_DISPLAY = {
    ConsentKind.GEHEIMHOUDING: "doorbreking beroepsgeheim van de houder",
    ConsentKind.WETTELIJK: "wettelijk vereiste toestemming",
    ConsentKind.AVG: "toestemming AVG",
}
ACTION = {Direction.OPVRAGEN: "access", Direction.VERSTREKKEN: "disclose"}
ACTOR_ROLE = {
    Direction.OPVRAGEN: ("INF", "informant"),  # the holder the data come from
    Direction.VERSTREKKEN: ("PRCP", "primary information recipient"),
}
PAPER = {
    Method.SCHRIFTELIJK: "toestemmingsformulier",
    Method.MONDELING: "bevestiging-mondelinge-toestemming",
}


def to_fhir(
    record: ConsentRecord,
    events: Sequence[ConsentEvent],
    subject_reference: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    """``record`` as a FHIR R5 Consent (a JSON-ready dict).

    ``at`` (aware) is the moment of the status; when left out, the last moment the record
    knows of (its recording or its newest event), so the same input always gives the same
    output."""
    mine = sorted((e for e in events if e.consent_id == record.id), key=lambda e: e.seq)
    moment = at or max([record.recorded_at, *(e.at for e in mine)])
    status = status_on(record, mine, moment)
    period = {
        "start": record.valid_from.isoformat(),
        "end": valid_until_on(record, mine, moment).isoformat(),
    }
    role_code, role_display = ACTOR_ROLE[record.direction]
    party = record.party
    actor_name = ", ".join(x for x in (party.organisation, party.person) if x.strip())
    resource: dict[str, Any] = {
        "resourceType": "Consent",
        "id": record.id,
        "meta": {"versionId": str(record.version)},
        "extension": _extensions(record, mine),
        "identifier": [{"system": ID_SYSTEM, "value": record.id}],
        "status": FHIR_STATUS[status],
        "category": [
            {"coding": [{"system": LOINC, "code": "59284-0", "display": "Patient Consent"}]},
            {
                "coding": [
                    {
                        "system": KIND_SYSTEM,
                        "code": record.kind.value,
                        "display": KIND_DISPLAY[record.kind],
                    }
                ]
            },
        ],
        "subject": {"reference": subject_reference},
        "date": record.recorded_at.date().isoformat(),
        "period": period,
        "grantor": [{"display": f"{record.grantor} ({record.capacity.value})"}],
        "controller": [{"display": record.controller}],
        "regulatoryBasis": [{"text": record.law}],
        "sourceAttachment": [_attachment(record)],
        "decision": record.decision.value,
        "provision": [
            {
                "period": period,
                "actor": [
                    {
                        "role": {
                            "coding": [
                                {
                                    "system": PARTICIPATION,
                                    "code": role_code,
                                    "display": role_display,
                                }
                            ],
                            "text": party.role or role_display,
                        },
                        "reference": {"display": actor_name},
                    }
                ],
                "action": [
                    {"coding": [{"system": ACTION_SYSTEM, "code": ACTION[record.direction]}]}
                ],
                "purpose": [
                    {"system": PURPOSE_SYSTEM, "code": "hulpvraag", "display": record.purpose}
                ],
                "code": [{"text": item} for item in record.items],
            }
        ],
    }
    if record.method is Method.MONDELING and record.attestation:
        resource["verification"] = [
            {
                "verified": True,
                "verificationType": {"text": "mondeling"},
                "verifiedBy": {"display": record.worker_id},
                "verificationDate": [record.recorded_at.isoformat()],
            }
        ]
    return resource


def _attachment(record: ConsentRecord) -> dict[str, Any]:
    paper = PAPER[record.method]
    attachment: dict[str, Any] = {
        "contentType": "application/pdf",
        "language": record.language,
        "title": f"{paper} {record.template_version}".strip(),
        "creation": record.recorded_at.isoformat(),
    }
    return attachment


def _extensions(record: ConsentRecord, events: Sequence[ConsentEvent]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = [
        {"url": EXT + "integrity-sha256", "valueString": record.integrity_hash},
        {"url": EXT + "version", "valuePositiveInt": record.version},
        {"url": EXT + "method", "valueCode": record.method.value},
        {"url": EXT + "template-version", "valueString": record.template_version},
    ]
    if record.supersedes:
        found.append({"url": EXT + "supersedes", "valueString": record.supersedes})
    if record.attestation:
        found.append({"url": EXT + "attestation", "valueString": record.attestation})
    for event in events:
        if event.kind is EventKind.WITHDRAWN:
            found.append(
                {
                    "url": EXT + "withdrawn",
                    "extension": [
                        {"url": "at", "valueDateTime": event.at.isoformat()},
                        {"url": "method", "valueCode": event.method or "onbekend"},
                        {"url": "by", "valueString": event.by_whom},
                    ],
                }
            )
    return found
