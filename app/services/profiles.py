"""Choosing and installing the agency profile (the signed file of DESIGN section 2).

This module adapts the profile format (``app.domain.profile``) and its signature check
(``app.services.profile_signing``) to what the first-run wizard and the vault need: the list
of shipped profiles, reading a file the worker picks, and installing a verified profile into
the vault with its signing key pinned.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.domain.profile_errors import ProfileError, UnparsableProfile, UnreadableProfile
from app.i18n import translate
from app.paths import resources_dir
from app.services.profile_signing import VerifiedProfile, verify_profile_text, verify_update
from app.services.session import Session
from app.storage.db import Connection

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RosterEntry:
    id: str
    name: str
    role: str
    team: str


@dataclass(frozen=True)
class ProfileChoice:
    """A verified profile file, summarised for the wizard."""

    path: Path
    text: str
    organisation: str
    version: int
    demo: bool
    roster: tuple[RosterEntry, ...]
    recovery_recipient: str | None
    idle_minutes: int


def _choice(path: Path, verified: VerifiedProfile) -> ProfileChoice:
    profile = verified.profile
    teams = {t.id: t.name for t in profile.teams}
    return ProfileChoice(
        path=path,
        text=verified.text,
        organisation=profile.organisation.name,
        version=profile.version,
        demo=profile.demo,
        roster=tuple(
            RosterEntry(w.id, w.name, w.role, teams.get(w.team, w.team)) for w in profile.roster
        ),
        recovery_recipient=profile.recovery_key,
        idle_minutes=profile.retention.idle_lock_minutes,
    )


def read_profile_file(path: Path) -> ProfileChoice:
    """Read and verify a profile file the worker picked; raise ProfileError with the reason."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise UnparsableProfile(translate("Profile", "it is not UTF-8 text")) from exc
    except OSError as exc:
        raise UnreadableProfile from exc
    return _choice(path, verify_profile_text(text))


def shipped_profiles() -> list[ProfileChoice]:
    """The verified profiles in ``resources/profiles`` (the demo profile at least)."""
    choices = []
    for path in sorted((resources_dir() / "profiles").glob("*.toml")):
        try:
            choices.append(read_profile_file(path))
        except ProfileError:
            logger.warning("shipped profile %s refused", path.name)
    return choices


def installed_profile(session: Session) -> VerifiedProfile | None:
    """The newest profile installed in the vault, re-verified against the pinned key."""

    def read(conn: Connection) -> tuple[str, str] | None:
        row = conn.execute(
            "SELECT text, public_key FROM agency_profile ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    row = session.vault.db.run(read)
    if row is None:
        return None
    return verify_profile_text(row[0], pinned_public_key=row[1])


def install_profile(session: Session, choice: ProfileChoice) -> VerifiedProfile:
    """Install a profile (first import pins its key; an update must match the pin)."""
    verified = verify_update(choice.text, installed_profile(session))
    now = session.now().isoformat(timespec="seconds")

    def store(conn: Connection) -> None:
        conn.execute(
            "INSERT INTO agency_profile (profile_id, version, public_key, sha256, text,"
            " installed_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                verified.profile.id,
                verified.profile.version,
                verified.public_key,
                verified.sha256,
                verified.text,
                now,
            ),
        )

    session.vault.db.transaction(store)
    session.set_idle_minutes(
        min(session.idle_minutes, verified.profile.retention.idle_lock_minutes)
    )
    session.trail.record(
        "install", "agency_profile", f"{verified.profile.id}@{verified.profile.version}"
    )
    return verified
