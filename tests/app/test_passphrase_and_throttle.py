"""Weak passphrases are refused in plain words; failed unlocks slow down, never wipe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.passphrase import assess
from app.storage import errors
from app.storage.failed_unlocks import FailedUnlockCounter, delay_after
from app.storage.vault import TooManyAttempts, unlock
from tests.app.conftest import PASSPHRASE


@pytest.mark.parametrize(
    "weak", ["kort", "welkom12345678", "wachtwoord123", "qwertyuiop123", "Voorbeeldstad1"]
)
def test_r003_14_weak_passphrases_are_rejected_with_a_reason(weak: str) -> None:
    result = assess(weak, ("Voorbeeldstad",))
    assert not result.acceptable
    assert result.reason


def test_a_long_unusual_passphrase_is_accepted() -> None:
    result = assess("paars tractor zingt onder water")
    assert result.acceptable
    assert result.reason == ""
    assert result.score >= 3


def test_delay_doubles_after_five_failures() -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 0, 0, 2, 4, 8, 16]


def test_throttle_refuses_early_attempts_and_does_not_wipe(locked_vault: Path) -> None:
    t = [datetime(2026, 11, 23, 9, 0, tzinfo=UTC)]

    def now() -> datetime:
        return t[0]

    for _ in range(5):
        with pytest.raises(errors.WrongPassphrase):
            unlock(locked_vault, "fout", now=now)
    with pytest.raises(TooManyAttempts) as waited:
        unlock(locked_vault, PASSPHRASE, now=now)
    assert waited.value.seconds == 2
    t[0] += timedelta(seconds=2)
    unlock(locked_vault, PASSPHRASE, now=now).lock()  # the vault is intact
    assert FailedUnlockCounter(locked_vault / "vault.failures").state().count == 0
