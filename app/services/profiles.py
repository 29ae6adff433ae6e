"""Choosing and installing the agency profile (the signed file of DESIGN section 2).

This module adapts the profile format (``app.domain.profile``) and its signature check
(``app.services.profile_signing``) to what the first-run wizard and the vault need: the list
of shipped profiles, reading a file the worker picks, and installing a verified profile into
the vault with its signing key pinned.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
