"""Issue 10: a vault whose file is damaged in a page unlock does not read opens, the check after
unlock finds the damage, the app locks at once and the lock screen says why; the vault's files
keep their bytes (nothing is written: writes wait for the check)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services.lock_policy import LockReason
from app.storage.errors import DamageFoundAfterUnlock
from app.storage.vault import VaultPaths
from tests.support.damage import PAGE, flip_bit, unread_page
from tests.support.files import fingerprint
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_first_run_and_lock import add_citizen, run_wizard

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "casework"


def _kept(folder: Path) -> dict[str, str]:
    """vault.db, its -wal and vault.key (the failure counter and -shm index are no data)."""
    found = fingerprint(folder)
    return {n: found[n] for n in ("vault.db", "vault.db-wal", "vault.key") if n in found}


def _damage_a_page_unlock_does_not_read(folder: Path) -> None:
    page = unread_page(folder, PASSPHRASE)
    flip_bit(VaultPaths(folder).db, (page - 1) * PAGE + 1234, bit=4)


def test_a_damaged_vault_locks_after_unlock_and_keeps_its_files(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    add_citizen(qtbot, controller)
    folder = controller.session.vault.paths.folder
    controller.lock()
    _damage_a_page_unlock_does_not_read(folder)
    before = _kept(folder)
    screen = controller.lock_screen
    screen.passphrase.line_edit.setText(PASSPHRASE)
    qtbot.keyClick(screen.passphrase.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.last_lock_reason is LockReason.DAMAGED, timeout=20_000)
    assert controller.session is None
    assert controller.top_windows == [screen]
    assert screen.error_label.text() == str(DamageFoundAfterUnlock())
    assert screen.error_label.accessibleName()
    assert _kept(folder) == before
    label = screen.error_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # laid out
    SHOTS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(SHOTS / "lock_screen_damage_found.png"))


def test_a_full_disk_at_the_unlock_events_is_shown_and_the_vault_stays_open(
    qtbot, controller, monkeypatch
) -> None:
    """The unlock events are written once the check passed; when the disk is full by then,
    the worker sees the full-disk message (not "the check could not run") and may go on."""
    import threading

    from app.storage.errors import DiskFull
    from app.storage.vault import OpenVault

    verdict = threading.Event()

    def held_back_write_failed(self: OpenVault) -> bool:
        verdict.wait(20)
        raise DiskFull(detail="test")

    monkeypatch.setattr(OpenVault, "integrity_check", held_back_write_failed)
    run_wizard(qtbot, controller)
    verdict.set()
    qtbot.waitUntil(lambda: controller.message_box is not None, timeout=20_000)
    assert controller.message_box.text() == str(DiskFull())
    assert controller.session is not None
