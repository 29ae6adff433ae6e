"""A worker's session: an unlocked vault and the services that work on it.

The UI holds at most one :class:`Session`. Locking ends it: the connection closes and the data
key is gone; only ids survive in the UI's navigation state. Services get their collaborators
here, through their constructors, never through globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import crypto
from app.domain.citizen import ValidationError
from app.domain.passphrase import assess
from app.services.audit_trail import AuditTrail
from app.services.caseload import CaseloadService
from app.services.drafts import DraftService
from app.services.lock_policy import DEFAULT_IDLE_MINUTES, clamp_idle_minutes
from app.services.visits import VisitService
from app.storage import vault as vault_store
from app.storage.repositories import SettingsRepository

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class WorkerIdentity:
    """The vault owner: from the agency roster, or typed in for the demo."""

    id: str
    name: str
    role: str
    team: str


@dataclass(frozen=True)
class RecoveryNotice:
    at: datetime
    reason: str


class Session:
    def __init__(self, vault: vault_store.OpenVault, now: Clock = _utcnow) -> None:
        self.vault = vault
        self.now = now
        self.settings = SettingsRepository(vault.db)
        self.trail = AuditTrail(vault.db, vault.actor, now)
        self.caseload = CaseloadService(vault.db, self.trail, now)
        self.visits = VisitService(vault.db, self.trail, now)
        self.drafts = DraftService(vault.db, now)

    @property
    def worker(self) -> WorkerIdentity:
        data = self.settings.get("worker", {}) or {}
        return WorkerIdentity(
            str(data.get("id", self.trail.actor)),
            str(data.get("name", "")),
            str(data.get("role", "")),
            str(data.get("team", "")),
        )

    @property
    def idle_minutes(self) -> int:
        return clamp_idle_minutes(int(self.settings.get("lock.idle_minutes", DEFAULT_IDLE_MINUTES)))

    def set_idle_minutes(self, minutes: int) -> int:
        value = clamp_idle_minutes(minutes)
        self.settings.set("lock.idle_minutes", value)
        return value

    def take_recovery_notice(self) -> RecoveryNotice | None:
        """When the agency opened this vault with the recovery key: when and why, shown once."""
        data = self.settings.get("notice.recovery_used")
        if not data:
            return None
        self.settings.delete("notice.recovery_used")
        self.trail.record("recovery_notice_shown", "vault", self.vault.vault_id)
        return RecoveryNotice(datetime.fromisoformat(str(data["at"])), str(data["reason"]))

    def change_passphrase(self, old: str, new: str, kdf: crypto.KdfParams) -> None:
        """Re-wrap the data key under a new passphrase (the database is not rewritten).

        Checks the new passphrase against the same rule as at creation; call off the GUI
        thread (two key derivations).
        """
        strength = assess(new, (self.worker.name,))
        if not strength.acceptable:
            raise ValidationError("passphrase", strength.reason)
        vault_store.change_passphrase(self.vault.paths.folder, old, new, kdf, self.now)
        self.trail.record("passphrase_changed", "vault", self.vault.vault_id)

    @property
    def failed_attempts(self) -> int:
        return self.vault.failed_attempts_since_last_unlock

    def lock(self) -> None:
        self.vault.lock()

    @property
    def locked(self) -> bool:
        return self.vault.locked


def create(
    folder: Path,
    passphrase: str,
    worker: WorkerIdentity,
    kdf: crypto.KdfParams,
    recovery_recipient: str | None = None,
    now: Clock = _utcnow,
) -> Session:
    """Create the vault and store who owns it."""
    vault = vault_store.create_vault(folder, passphrase, worker.id, kdf, recovery_recipient, now)
    session = Session(vault, now)
    session.settings.set(
        "worker",
        {"id": worker.id, "name": worker.name, "role": worker.role, "team": worker.team},
    )
    return session


def unlock(folder: Path, passphrase: str, now: Clock = _utcnow) -> Session:
    return Session(vault_store.unlock(folder, passphrase, now), now)


def unlock_with_key(folder: Path, key: bytes, now: Clock = _utcnow) -> Session:
    return Session(vault_store.unlock_with_key(folder, key, now), now)
