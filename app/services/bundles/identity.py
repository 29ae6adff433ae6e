"""The vault's own keys (issue 7; DESIGN section 2 "Access follows the key").

Each vault gets an age X25519 identity and an Ed25519 signing key at first need; both live
only inside the encrypted database. The public age key is what the agency puts on the roster.
A worker (or the demo) may instead add the roster identity the agency made for them (an
``.agekey`` file): it is refused unless its public key is the roster key of this vault's owner.
Bundles are opened with either identity; the signing key signs the head of the audit chain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.domain.citizen import ValidationError
from app.domain.profile import AgencyProfile
from app.i18n import translate
from app.services.audit_trail import AuditTrail
from app.storage import audit
from app.storage import bundle_repository as repo
from app.storage.db import Connection, Database

SECRET_PREFIX = "AGE-SECRET-KEY-1"  # noqa: S105 - the format prefix, not a key


def public_of(secret: str) -> str:
    """The age public key (``age1…``) of an identity; ValueError for anything else."""
    try:
        return str(pyrage.x25519.Identity.from_str(secret).to_public())
    except Exception as exc:  # pyrage.IdentityError
        raise ValueError("identity") from exc


def secret_in(text: str) -> str | None:
    """The one identity line of an ``.agekey`` file (comments ignored), or None."""
    found = [line.strip() for line in text.splitlines() if line.strip().startswith(SECRET_PREFIX)]
    return found[0] if len(found) == 1 else None


class VaultKeys:
    def __init__(
        self,
        db: Database,
        trail: AuditTrail,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.trail = trail
        self.now = now

    # -- inside a transaction ------------------------------------------------------------------
    def own_in(self, conn: Connection) -> tuple[str, str, str, str]:
        """(age secret, age public, sign secret hex, sign public hex); made at first need."""
        found = repo.identity(conn, "vault")
        if found is not None and found[2] and found[3]:
            return found[0], found[1], found[2], found[3]
        age = pyrage.x25519.Identity.generate()
        signing = Ed25519PrivateKey.generate()
        sign_secret = signing.private_bytes_raw().hex()
        sign_public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
        values = (str(age), str(age.to_public()), sign_secret, sign_public)
        repo.put_identity(conn, "vault", *values, self.now())
        audit.append(conn, self.trail.actor, "create", "vault_identity", "vault", now=self.now)
        return values

    def identities_in(self, conn: Connection) -> list[str]:
        """Every age identity this vault may open a bundle with."""
        own = self.own_in(conn)[0]
        roster = repo.identity(conn, "roster")
        return [own] + ([roster[0]] if roster else [])

    def sign_in(self, conn: Connection, data: bytes) -> tuple[str, str]:
        """(Ed25519 signature hex, public key hex) over ``data``."""
        _, _, secret, public = self.own_in(conn)
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret))
        return key.sign(data).hex(), public

    # -- own calls -----------------------------------------------------------------------------
    def public_key(self) -> str:
        """The vault's own age public key, to show the worker (for the agency's roster)."""
        return self.db.transaction(lambda c: self.own_in(c)[1])

    def roster_public_key(self) -> str | None:
        """The public key of the roster identity added to this vault, if any."""
        found = self.db.run(lambda c: repo.identity(c, "roster"))
        return found[1] if found else None

    def add_roster_identity(self, text: str, profile: AgencyProfile) -> str:
        """Store the owner's roster identity from an ``.agekey`` file's text; its public key
        must be the roster key of this vault's worker. Returns the public key."""
        secret = secret_in(text)
        try:
            public = public_of(secret or "")
        except ValueError:
            raise ValidationError(
                "identity", translate("Bundles", "This file does not hold one age identity.")
            ) from None

        def write(conn: Connection) -> str:
            _, owner = repo.vault_meta(conn)
            worker = profile.worker(owner)
            if worker is None:
                raise ValidationError(
                    "identity",
                    translate("Bundles", "The agency roster does not list this vault's worker."),
                )
            if worker.age_public_key != public:
                raise ValidationError(
                    "identity",
                    translate(
                        "Bundles",
                        "This identity is not the roster key of this vault's worker.",
                    ),
                )
            repo.put_identity(conn, "roster", secret or "", public, None, None, self.now())
            audit.append(conn, self.trail.actor, "import", "vault_identity", "roster", now=self.now)
            return public

        return self.db.transaction(write)
