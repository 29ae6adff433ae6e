"""Export one citizen as a bundle encrypted to exactly one roster key (issue 7; DESIGN section 2
"Access follows the key"; R-000-43, R-000-45, R-002-20, R-003-17).

The recipient is never a typed key: it is the case system or a worker from the signed roster
(for a substitution only the owner's named vaste vervanger), and :func:`seal` refuses any key
the roster does not hold. The laptop cannot read the bundle back: it is encrypted to the
recipient only. One transaction checks everything, records the disclosure (channel
``versleutelde_bundel``, the controller's own processing), logs the export, appends the audit
event, signs the chain head and writes the file atomically where the worker chose; a failure
anywhere writes nothing. A reassignment marks the intakes ``overgedragen`` and adds the
``purge_after_handover`` task. No e-mail, no network, no bulk export.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage

from app import __version__
from app.domain.consent_fhir import to_fhir
from app.domain.consent_terms import Direction, Problem
from app.domain.disclosure import Channel, DisclosureDraft, GroundKind, SharedItem
from app.domain.profile import AgencyProfile, Law
from app.domain.selection import Choice, Item, check_selection, chosen_items
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.services.bundles.identity import VaultKeys
from app.services.bundles.schema import (
    FORMAT,
    SCHEMA_VERSION,
    BundleRefused,
    Kind,
    Scope,
    canonical,
    case_field,
    check_scope,
    head_message,
    retention_until,
)
from app.services.retention_archive import archive_items
from app.services.sharing.catalogue import catalogue_for_citizen
from app.services.sharing.disclosures import DisclosureService
from app.services.tasks import TaskService
from app.storage import audit
from app.storage import bundle_repository as repo
from app.storage import consent_record_repository as consent_repo
from app.storage import disclosure_repository as disclosure_repo
from app.storage import intake_repository as intake_repo
from app.storage.atomic import write_atomic
from app.storage.db import Connection, Database
from app.storage.migrate import schema_version
from app.storage.repositories import citizen_in


@dataclass(frozen=True)
class Recipient:
    kind: str  # "zaaksysteem" | "medewerker"
    id: str
    name: str
    key: str


@dataclass(frozen=True)
class ExportRequest:
    citizen_id: str
    kind: Kind
    recipient_id: str
    purpose: str
    choices: tuple[Choice, ...] = ()  # zaaksysteem: what the worker ticked (nothing preset)
    scope: Scope = Scope.SELECTIE
    confirmed: tuple[str, ...] = ()  # extra fields confirmed for a decision export
    until: date | None = None  # vervanging: the substitution's end date


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    path: Path
    items: int
    rows: int
    disclosure_id: str
    sha256: str


def roster_keys(profile: AgencyProfile) -> set[str]:
    return {profile.case_system_key} | {w.age_public_key for w in profile.roster}


def seal(payload: bytes, key: str, profile: AgencyProfile) -> bytes:
    """Encrypt ``payload`` to ``key`` alone; any key outside the signed roster is refused."""
    if key not in roster_keys(profile):
        raise BundleRefused(
            [Problem("recipient", translate("Bundles", "That key is not on the agency's roster."))]
        )
    return bytes(pyrage.encrypt(payload, [pyrage.x25519.Recipient.from_str(key)]))


def recipients_for(profile: AgencyProfile, owner: str, kind: Kind) -> list[Recipient]:
    """Whom a bundle of ``kind`` may go to: never a typed address."""
    if kind is Kind.ZAAKSYSTEEM:
        name = profile.paper.case_system or translate("Bundles", "Case system")
        return [Recipient("zaaksysteem", "zaaksysteem", name, profile.case_system_key)]
    me = profile.worker(owner)
    if kind is Kind.VERVANGING:
        named = profile.worker(me.vaste_vervanger) if me else None
        return (
            [Recipient("medewerker", named.id, named.name, named.age_public_key)] if named else []
        )
    return [
        Recipient("medewerker", w.id, w.name, w.age_public_key)
        for w in profile.roster
        if w.id != owner
    ]


def default_name(case_number: str, kind: Kind, on: date) -> str:
    """Built from the case number, never the citizen's name."""
    return f"{case_number}-{kind.value}-{on.isoformat()}.age"


class BundleService:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.db = db
        self.trail = trail
        self.profile = profile
        self.now = now
        self.new_id = new_id
        self.keys = VaultKeys(db, trail, now)

    def today(self) -> date:
        return self.now().astimezone().date()

    def offer(self, citizen_id: str) -> list[Item]:
        """The citizen's catalogue for the case system, *dat* first; nothing is ticked."""
        return self.db.run(lambda c: self._archive_catalogue(c, citizen_id))

    def _archive_catalogue(self, conn: Connection, citizen_id: str) -> list[Item]:
        """The archive export also offers werkdossier notes marked "contributed to the
        decision" (R-004-14); personal notes never (R-004-15)."""
        return catalogue_for_citizen(conn, citizen_id, self.profile) + archive_items(
            conn, citizen_id, self.profile
        )

    def recipients(self, kind: Kind) -> list[Recipient]:
        owner = self.db.run(repo.vault_meta)[1]
        return recipients_for(self.profile, owner, kind)

    def default_name(self, citizen_id: str, kind: Kind) -> str:
        citizen = self.db.run(lambda c: citizen_in(c, citizen_id))
        return default_name(citizen.case_number if citizen else "KT", kind, self.today())

    def export(self, request: ExportRequest, path: Path) -> ExportResult:
        """Check, record, encrypt and write one bundle; raises :class:`BundleRefused` (or the
        disclosure's refusal) with every problem, and writes nothing then."""
        return self.db.transaction(lambda c: self._export(c, request, path))

    # -- the one transaction -------------------------------------------------------------------
    def _export(self, conn: Connection, req: ExportRequest, path: Path) -> ExportResult:
        vault_id, owner = repo.vault_meta(conn)
        self.keys.own_in(conn)  # made (and audited) before the head is signed
        citizen = citizen_in(conn, req.citizen_id)
        if citizen is None:
            raise BundleRefused([Problem("citizen", translate("Bundles", "This citizen is gone."))])
        problems: list[Problem] = []
        recipient = next(
            (r for r in recipients_for(self.profile, owner, req.kind) if r.id == req.recipient_id),
            None,
        )
        if recipient is None:
            problems.append(
                Problem(
                    "recipient",
                    translate(
                        "Bundles",
                        "This recipient is not on the agency's roster for this kind of bundle.",
                    ),
                )
            )
        offered = catalogue_for_citizen(conn, req.citizen_id, self.profile)
        # The archive export alone also offers contributed werkdossier notes (R-004-14).
        archive = req.kind is Kind.ZAAKSYSTEEM
        extra = archive_items(conn, req.citizen_id, self.profile) if archive else []
        if archive:
            offered = offered + extra
            problems += check_selection(offered, req.choices, req.purpose)
            items = chosen_items(offered, req.choices)
            problems += check_scope(req.scope, items, req.confirmed)
            grounds = {c.key: c.ground for c in req.choices}
        else:
            if not req.purpose.strip():
                problems.append(Problem("purpose", translate("Bundles", "Write down the purpose.")))
            items = offered
            own = translate("Bundles", "Hand-over within the controller's own processing")
            grounds = {i.key: own for i in offered}
        if req.kind is Kind.VERVANGING and (req.until is None or req.until <= self.today()):
            problems.append(
                Problem(
                    "until", translate("Bundles", "Give the substitution an end date after today.")
                )
            )
        draft = self._draft(req, recipient, items, grounds) if recipient else None
        disclosures = DisclosureService(self.db, self.trail, self.profile, self.now, self.new_id)
        if draft is not None:
            problems += [
                p for p in disclosures.checked_in(conn, draft, extra)[1] if p not in problems
            ]
        if problems or draft is None or recipient is None:
            raise BundleRefused(problems)
        bundle_id = self.new_id()
        rows = (
            repo.rows_of_citizen(conn, req.kind.value, req.citizen_id)
            if req.kind is not Kind.ZAAKSYSTEEM
            else []
        )
        entry = disclosures.record_in(conn, draft, extra)
        if req.kind is Kind.OVERDRACHT:
            repo.mark_handed_over(conn, req.citizen_id, self.now())
            due = self.today() + timedelta(days=self.profile.retention.purge_after_handover_days)
            TaskService(self.db, self.trail, self.now, self.new_id).add(
                "purge_after_handover", due, req.citizen_id, None, bundle_id, False,
                f"purge_after_handover:{bundle_id}",
            )  # fmt: skip
        doc = self._document(conn, req, bundle_id, (vault_id, owner), recipient, items, rows)
        row_count = sum(len(t.rows) for t in rows)
        audit.append(conn, self.trail.actor, "export", "bundle", bundle_id, len(items), self.now)
        last = audit.events(conn, limit=1)[0]
        head = {"seq": last.seq, "hash": last.hash, "at": last.at}
        signature, public = self.keys.sign_in(conn, head_message(doc, head))
        doc["audit_head"] = head | {"signature": signature, "public_key": public}
        sealed = seal(json.dumps(doc, ensure_ascii=False).encode(), recipient.key, self.profile)
        digest = hashlib.sha256(sealed).hexdigest()
        repo.insert_export(
            conn,
            {
                "id": bundle_id, "citizen_id": req.citizen_id, "kind": req.kind.value,
                "scope": req.scope.value if req.kind is Kind.ZAAKSYSTEEM else "",
                "recipient_kind": recipient.kind, "recipient_id": recipient.id,
                "items": len(items), "rows": row_count,
                "valid_until": req.until.isoformat() if req.kind is Kind.VERVANGING and req.until
                else None,
                "disclosure_id": entry.id, "sha256": digest,
                "created_at": self.now().isoformat(), "worker_id": self.trail.actor,
            },
        )  # fmt: skip
        write_atomic(path, sealed)  # last: a failed write rolls everything back
        return ExportResult(bundle_id, path, len(items), row_count, entry.id, digest)

    def _draft(
        self, req: ExportRequest, recipient: Recipient, items: list[Item], grounds: dict[str, str]
    ) -> DisclosureDraft:
        worker = self.profile.worker(recipient.id)
        return DisclosureDraft(
            citizen_id=req.citizen_id,
            at=self.now(),
            organisation=worker.employer if worker else recipient.name,
            items=tuple(SharedItem.of(i, grounds.get(i.key, "")) for i in items),
            purpose=req.purpose,
            ground=GroundKind.WETTELIJK,
            channel=Channel.VERSLEUTELDE_BUNDEL,
            direction=Direction.VERSTREKKEN,
            role=worker.role if worker else "",
            person=worker.name if worker else "",
        )

    def _document(
        self,
        conn: Connection,
        req: ExportRequest,
        bundle_id: str,
        sender: tuple[str, str],
        recipient: Recipient,
        items: list[Item],
        rows: list[repo.TableRows],
    ) -> dict[str, Any]:
        citizen = citizen_in(conn, req.citizen_id)
        case_number = citizen.case_number if citizen else ""
        header = {
            "bundle_id": bundle_id,
            "kind": req.kind.value,
            "scope": req.scope.value if req.kind is Kind.ZAAKSYSTEEM else None,
            "created_at": self.now().isoformat(timespec="seconds"),
            "sender": {"worker_id": sender[1], "vault_id": sender[0]},
            "recipient": {"kind": recipient.kind, "id": recipient.id},
            "app_version": __version__,
            "vault_schema_version": schema_version(conn),
            "valid_until": req.until.isoformat()
            if req.kind is Kind.VERVANGING and req.until
            else None,
            "purpose": req.purpose.strip(),
        }
        consents = [
            to_fhir(record, events, f"Patient/{case_number}")
            for record, events in consent_repo.with_events_for_citizen(conn, req.citizen_id)
        ]
        return {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "header": header,
            "citizen": {"case_number": case_number},
            "dossiers": self._dossiers(conn, req.citizen_id),
            "content": [
                {
                    "key": i.key, "field": case_field(i.key), "label": i.label,
                    "info": i.info.value, "special": i.special.value, "text": i.text,
                }
                for i in items
            ] if req.kind is Kind.ZAAKSYSTEEM else [],
            "rows": [
                {"table": t.table, "columns": list(t.columns), "rows": [list(r) for r in t.rows]}
                for t in rows
            ],
            "consents": consents,
            "disclosures": [
                json.loads(canonical(_disclosure(d)))
                for d in disclosure_repo.disclosures_for(conn, req.citizen_id)
            ],
        }  # fmt: skip

    def _dossiers(self, conn: Connection, citizen_id: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        rows = repo.dossier_rows(conn, citizen_id)
        intakes = intake_repo.intakes_for(conn, citizen_id)
        for d_id, law, role, controller, art6, art9, created in rows:
            dates = [datetime.fromisoformat(created).date()] + [
                i.started_at.date() for i in intakes if i.dossier_id == d_id
            ]
            found.append(
                {
                    "id": d_id, "law": law, "role": role, "controller": controller,
                    "legal_basis": [b for b in (art6, art9) if b],
                    "retention_until": retention_until(
                        Law(law), dates, self.profile.retention
                    ).isoformat(),
                }
            )  # fmt: skip
        return found


def _disclosure(d: Any) -> dict[str, Any]:
    draft = d.draft
    return {
        "id": d.id,
        "at": draft.at.isoformat(),
        "organisation": draft.organisation,
        "role": draft.role,
        "person": draft.person,
        "items": [i.key for i in draft.items],
        "info": draft.info.value,
        "purpose": draft.purpose,
        "ground": draft.ground.value,
        "channel": draft.channel.value,
        "legal_ground": draft.legal_ground,
        "consent_id": draft.consent_id,
        "corrects": draft.corrects,
    }
