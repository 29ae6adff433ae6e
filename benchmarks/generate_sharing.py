"""The generated vaults' consents, disclosures and audit events (issue 10).

Every second citizen gets a written consent to share with a fictional thuiszorg organisation
(with its "given" event) and one disclosure made under it; every citizen, note, consent and
disclosure gets its audit event, appended to the hash chain as the services do. Rows go in with
plain INSERTs inside the generator's large transactions, to keep a 10,000-citizen build quick.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from app.storage import audit
from app.storage.db import Connection

ORGANISATION = "Thuiszorg Fictief Oost"

_CONSENT = (
    "INSERT INTO consent_record (id, citizen_id, kind, direction, controller, organisation,"
    " party_role, items, purpose, law, grantor, capacity, method, decision, valid_from,"
    " valid_until, recorded_at, worker_id, integrity_hash)"
    " VALUES (?, ?, 'avg', 'verstrekken', 'Gemeente Fictief', ?, 'wijkverpleging', ?, ?, 'wmo',"
    " 'inwoner', 'inwoner', 'schriftelijk', 'permit', ?, ?, ?, ?, ?)"
)
_EVENT = (
    "INSERT INTO consent_event (consent_id, seq, kind, at, method, worker_id)"
    " VALUES (?, 1, 'given', ?, 'schriftelijk', ?)"
)
_DISCLOSURE = (
    "INSERT INTO disclosure (id, citizen_id, at, direction, organisation, role, items, info,"
    " purpose, ground, channel, consent_id, recorded_at, worker_id)"
    " VALUES (?, ?, ?, 'verstrekken', ?, 'wijkverpleging', ?, 'dat', ?, 'toestemming',"
    " 'beveiligd_kanaal', ?, ?, ?)"
)


def audit_events(
    conn: Connection, worker_id: str, at: datetime, events: list[tuple[str, str, str]]
) -> None:
    """Append ``(action, object type, object id)`` events, one second apart from ``at``."""
    for n, (action, object_type, object_id) in enumerate(events):
        moment = at + timedelta(seconds=n)
        audit.append(conn, worker_id, action, object_type, object_id, now=_clock(moment))


def _clock(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def sharing(
    conn: Connection, citizen_id: str, worker_id: str, at: datetime, rng: random.Random
) -> list[tuple[str, str, str]]:
    """A consent and a disclosure for every second citizen; returns their audit events."""
    if rng.random() < 0.5:
        return []
    consent_id, disclosure_id = uuid.uuid4().hex, uuid.uuid4().hex
    items = json.dumps(["Beperkingen bij het lopen", "Hulpvraag"])
    purpose = "Afstemmen van de thuiszorg na de indicatie"
    stamp = at.isoformat()
    until = (at + timedelta(days=365)).date().isoformat()
    digest = hashlib.sha256(f"{consent_id}{citizen_id}{items}".encode()).hexdigest()
    conn.execute(
        _CONSENT,
        (consent_id, citizen_id, ORGANISATION, items, purpose, at.date().isoformat(), until,
         stamp, worker_id, digest),
    )  # fmt: skip
    conn.execute(_EVENT, (consent_id, stamp, worker_id))
    conn.execute(
        _DISCLOSURE,
        (disclosure_id, citizen_id, stamp, ORGANISATION, items, purpose, consent_id, stamp,
         worker_id),
    )  # fmt: skip
    return [("create", "consent_record", consent_id), ("create", "disclosure", disclosure_id)]
