"""R-001-18: break-glass recovery needs two people and a reason, and is logged and flagged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyrage
import pytest

from app.crypto import TEST_KDF
from app.recovery import ShareError, join_shares, split_identity
from app.services import session as session_mod
from app.storage import audit
from tests.app.conftest import PASSPHRASE, WORKER

ROOT = Path(__file__).resolve().parents[2]


def test_shares_join_back_and_each_alone_is_useless() -> None:
    identity = str(pyrage.x25519.Identity.generate())
    first, second = split_identity(identity)
    assert join_shares(first, second) == identity
    assert join_shares(second, first) == identity
    assert identity.split("1", 1)[1][:20] not in first + second


def test_mismatched_or_damaged_shares_are_refused() -> None:
    a1, a2 = split_identity(str(pyrage.x25519.Identity.generate()))
    b1, _ = split_identity(str(pyrage.x25519.Identity.generate()))
    with pytest.raises(ShareError):
        join_shares(a1, b1)
    with pytest.raises(ShareError):
        join_shares(a1, a1)
    with pytest.raises(ShareError):
        join_shares("onzin", a2)


def test_r001_18_cli_recovery_resets_the_passphrase_and_tells_the_owner(tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    folder = tmp_path / "vault"
    s = session_mod.create(folder, PASSPHRASE, WORKER, TEST_KDF, str(identity.to_public()))
    s.caseload.add_citizen("Jan Voorbeeld")
    s.lock()
    first, second = split_identity(str(identity))
    (tmp_path / "s1").write_text(first)
    (tmp_path / "s2").write_text(second)
    new = "nieuwe zin na herstel door twee mensen"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "recovery",
            "open",
            "--vault",
            str(folder),
            "--share",
            str(tmp_path / "s1"),
            str(tmp_path / "s2"),
            "--reason",
            "Wachtwoord kwijt",
            "--passphrase-stdin",
            "--test-kdf",
        ],
        cwd=ROOT,
        input=new + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    s = session_mod.unlock(folder, new)
    notice = s.take_recovery_notice()
    assert notice is not None
    assert notice.reason == "Wachtwoord kwijt"
    actions = [e.action for e in s.vault.db.run(audit.events)]
    assert "recovery_unlock" in actions
    assert "recovery_passphrase_reset" in actions
    assert [c.name for c in s.caseload.search("")] == ["Jan Voorbeeld"]
    s.lock()
