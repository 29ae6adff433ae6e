"""Import a bundle addressed to this vault (issue 7; DESIGN section 2 "Access follows the key").

The bundle is decrypted with the vault's own or roster identity, its audit signature verified
(and the sender vault's signing key pinned at its first bundle), its schema version checked;
then a reassignment or a substitution is inserted in one transaction. A bundle for someone
else, for the case system, from outside the roster, changed, newer, already imported, or for a
citizen this vault already holds gets its own plain message and writes nothing. A substitution
keeps its end date: :meth:`BundleImport.purge_expired` (for housekeeping) deletes it after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain.profile import AgencyProfile
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.services.bundles.identity import VaultKeys
from app.services.bundles.open import OpenedBundle, open_bundle
from app.services.bundles.schema import BundleUnreadable, Kind
from app.storage import audit
from app.storage import bundle_repository as repo
from app.storage.db import Connection, Database


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    kind: Kind
    citizen_id: str
    case_number: str
    rows: int
    valid_until: date | None


def _refuse(reason: str, message: str) -> BundleUnreadable:
    return BundleUnreadable(reason, message)


class BundleImport:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        profile: AgencyProfile,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.trail = trail
        self.profile = profile
        self.now = now
        self.keys = VaultKeys(db, trail, now)

    def today(self) -> date:
        return self.now().astimezone().date()

    def read(self, data: bytes) -> OpenedBundle:
        """Decrypt and verify without writing (for the dialog's preview)."""
        identities = self.db.transaction(self.keys.identities_in)
        return open_bundle(data, identities)

    def import_bundle(self, data: bytes) -> ImportResult:
        return self.db.transaction(lambda c: self._import(c, data))

    def _import(self, conn: Connection, data: bytes) -> ImportResult:
        opened = open_bundle(data, self.keys.identities_in(conn))
        h = opened.header
        _, owner = repo.vault_meta(conn)
        try:
            kind = Kind(h["kind"])
            bundle_id = str(h["bundle_id"])
            sender = (str(h["sender"]["worker_id"]), str(h["sender"]["vault_id"]))
            recipient = (str(h["recipient"]["kind"]), str(h["recipient"]["id"]))
            until = date.fromisoformat(h["valid_until"]) if h.get("valid_until") else None
            case_number = str(opened.doc["citizen"]["case_number"])
            tables = [
                repo.TableRows(
                    str(t["table"]),
                    tuple(str(c) for c in t["columns"]),
                    tuple(tuple(r) for r in t["rows"]),
                )
                for t in opened.doc["rows"]
            ]
            citizen_id = next(
                (str(t.rows[0][t.columns.index("id")]) for t in tables if t.table == "citizen"),
                "",
            )
        except (KeyError, TypeError, ValueError, IndexError):
            raise _refuse(
                "format", translate("Bundles", "This file is not a Keukentafel bundle.")
            ) from None
        self._check(conn, kind, bundle_id, sender, recipient, owner, until, opened)
        if not citizen_id:
            raise _refuse("format", translate("Bundles", "This file is not a Keukentafel bundle."))
        if repo.citizen_exists(conn, citizen_id, case_number):
            raise _refuse(
                "exists", translate("Bundles", "This citizen's file is already in this vault.")
            )
        try:
            count = repo.insert_rows(conn, kind.value, tables)
        except Exception:
            raise _refuse(
                "rows",
                translate("Bundles", "This bundle does not fit this vault. Nothing was imported."),
            ) from None
        repo.insert_import(
            conn, bundle_id, kind.value, citizen_id, sender, count, until, self.now()
        )
        repo.pin_key(conn, sender[1], opened.head.public_key, self.now())
        audit.append(conn, self.trail.actor, "import", "bundle", bundle_id, count, self.now)
        return ImportResult(bundle_id, kind, citizen_id, case_number, count, until)

    def _check(
        self,
        conn: Connection,
        kind: Kind,
        bundle_id: str,
        sender: tuple[str, str],
        recipient: tuple[str, str],
        owner: str,
        until: date | None,
        opened: OpenedBundle,
    ) -> None:
        if kind is Kind.ZAAKSYSTEEM or recipient != ("medewerker", owner):
            raise _refuse(
                "recipient",
                translate("Bundles", "This bundle is for someone else, not for this vault."),
            )
        pinned = repo.pinned_key(conn, sender[1])
        if pinned is not None and pinned != opened.head.public_key:
            raise _refuse(
                "signature",
                translate("Bundles", "This bundle was changed after it was made. Do not use it."),
            )
        from_worker = self.profile.worker(sender[0])
        if from_worker is None:
            raise _refuse(
                "sender", translate("Bundles", "The sender is not on the agency's roster.")
            )
        if kind is Kind.VERVANGING:
            if from_worker.vaste_vervanger != owner:
                raise _refuse(
                    "recipient",
                    translate("Bundles", "Only the named vaste vervanger may open a substitution."),
                )
            if until is None or until < self.today():
                raise _refuse("ended", translate("Bundles", "This substitution has ended."))
        if repo.import_known(conn, bundle_id):
            raise _refuse("known", translate("Bundles", "This bundle was imported before."))

    def purge_expired(self) -> int:
        """Delete substitutions past their end date (everything of the citizen); audited."""

        def work(conn: Connection) -> int:
            due = repo.expired_substitutions(conn, self.today())
            for bundle_id, citizen_id in due:
                repo.purge_substitution(conn, bundle_id, citizen_id, self.now())
                audit.append(conn, self.trail.actor, "purge", "bundle", bundle_id, now=self.now)
            return len(due)

        return self.db.transaction(work)
