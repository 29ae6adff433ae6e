"""Installing the agency profile into the vault: the first import pins the signing key."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from app.commands.demo import DEMO_PASSPHRASE, ensure_demo_vault
from app.crypto import TEST_KDF
from app.domain.profile_errors import WrongSigningKey
from app.services import session as session_mod
from app.services.profile_signing import generate_signing_key, sign_profile_text
from app.services.profiles import install_profile, installed_profile, shipped_profiles
from app.services.session import Session


def test_demo_profile_is_shipped() -> None:
    demo = [c for c in shipped_profiles() if c.demo]
    assert demo
    assert demo[0].recovery_recipient
    assert len(demo[0].roster) == 4


def test_first_import_pins_and_a_foreign_update_is_refused(session: Session) -> None:
    demo = next(c for c in shipped_profiles() if c.demo)
    install_profile(session, demo)
    assert installed_profile(session).profile.id == "voorbeeldstad-demo"  # type: ignore[union-attr]
    pem, _ = generate_signing_key()
    body = re.sub(r"\n\[signature\][\s\S]*\Z", "\n", demo.text).replace(
        "version = 1\n", "version = 2\n", 1
    )
    forged = replace(demo, text=sign_profile_text(body, pem), version=2)
    with pytest.raises(WrongSigningKey):
        install_profile(session, forged)
    assert installed_profile(session).profile.version == 1  # type: ignore[union-attr]


def test_profile_sets_an_idle_lock_no_longer_than_its_own(session: Session) -> None:
    session.set_idle_minutes(15)
    demo = next(c for c in shipped_profiles() if c.demo)
    install_profile(session, demo)
    assert session.idle_minutes == demo.idle_minutes == 10


def test_demo_vault_has_fictional_citizens_and_opens_with_the_printed_passphrase(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "demo"
    assert ensure_demo_vault(folder, TEST_KDF)
    assert not ensure_demo_vault(folder, TEST_KDF)  # never over an existing vault
    s = session_mod.unlock(folder, DEMO_PASSPHRASE)
    assert len(s.caseload.search("")) >= 3
    assert installed_profile(s) is not None
    assert s.worker.name == "Anna de Demo"
    s.lock()
