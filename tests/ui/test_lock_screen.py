"""The lock screen: one message per vault failure, the wait after too many attempts, Enter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.crypto import TEST_KDF
from app.services import session as session_mod
from app.storage import errors
from app.storage.errors import TooManyAttempts
from tests.ui.conftest import PASSPHRASE
from ui.tasks import TaskRunner
from ui.views.lock_screen import LockScreen


class FakeUnlock:
    """Stands in for ``session.unlock``: raises what the test asks for, records the calls."""

    def __init__(self, error: Exception | None = None, result: object = None) -> None:
        self.error = error
        self.result = result
        self.calls: list[tuple[Path, str]] = []

    def __call__(self, folder: Path, passphrase: str) -> object:
        self.calls.append((folder, passphrase))
        if self.error is not None:
            raise self.error
        return self.result


def make_screen(qtbot, folder: Path, unlock: FakeUnlock) -> LockScreen:
    screen = LockScreen(folder, unlock, TaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show()
    return screen


def submit(qtbot, screen: LockScreen, passphrase: str) -> None:
    screen.passphrase.line_edit.setText(passphrase)
    qtbot.keyClick(screen.passphrase.line_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "error",
    [
        errors.WrongPassphrase(),
        errors.KeyFileMissing(),
        errors.KeyFileDamaged(),
        errors.KeyFileMismatch(),
        errors.DatabaseDamaged(),
        errors.NotAVault(),
        errors.SchemaTooNew(),
        errors.MigrationFailed(),
    ],
    ids=lambda e: e.code,
)
def test_each_vault_failure_shows_its_own_message(qtbot, tmp_path: Path, error) -> None:
    unlock = FakeUnlock(error)
    screen = make_screen(qtbot, tmp_path, unlock)
    submit(qtbot, screen, "iets verkeerds")
    qtbot.waitUntil(lambda: screen.error_label.text() == str(error), timeout=5_000)
    assert screen.passphrase.text() == "iets verkeerds"  # kept, selected for retyping
    assert screen.unlock_button.isEnabled()
    assert unlock.calls == [(tmp_path, "iets verkeerds")]


def test_an_unexpected_failure_gets_a_plain_message(qtbot, tmp_path: Path) -> None:
    screen = make_screen(qtbot, tmp_path, FakeUnlock(OSError(f"{tmp_path}/vault.db: kapot")))
    submit(qtbot, screen, "iets")
    qtbot.waitUntil(lambda: "could not be opened" in screen.error_label.text(), timeout=5_000)
    assert str(tmp_path) not in screen.error_label.text()


def test_too_many_attempts_disables_unlock_until_the_wait_is_over(qtbot, tmp_path: Path) -> None:
    unlock = FakeUnlock(TooManyAttempts(2))
    screen = make_screen(qtbot, tmp_path, unlock)
    submit(qtbot, screen, "iets")
    qtbot.waitUntil(lambda: not screen._busy, timeout=5_000)
    assert "Wait 2 seconds" in screen.error_label.text()
    assert not screen.unlock_button.isEnabled()
    qtbot.keyClick(screen.passphrase.line_edit, Qt.Key.Key_Return)  # refused while waiting
    assert len(unlock.calls) == 1
    qtbot.waitUntil(lambda: "1 second" in screen.error_label.text(), timeout=3_000)
    assert not screen.unlock_button.isEnabled()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3_000)
    assert "try again now" in screen.error_label.text()


def test_an_empty_passphrase_is_not_sent(qtbot, tmp_path: Path) -> None:
    unlock = FakeUnlock()
    screen = make_screen(qtbot, tmp_path, unlock)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert unlock.calls == []
    assert screen.error_label.text() == "Type your passphrase."


def test_success_emits_unlocked_and_clears_the_field(qtbot, tmp_path: Path) -> None:
    marker = object()
    screen = make_screen(qtbot, tmp_path, FakeUnlock(result=marker))
    with qtbot.waitSignal(screen.unlocked, timeout=5_000) as blocker:
        submit(qtbot, screen, PASSPHRASE)
    assert blocker.args == [marker]
    assert screen.passphrase.text() == ""


def test_a_damaged_key_file_is_told_apart_from_a_wrong_passphrase(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "kluis"
    worker = session_mod.WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Noord")
    session_mod.create(folder, PASSPHRASE, worker, TEST_KDF).lock()
    key = folder / "vault.key"
    key.write_bytes(key.read_bytes()[:40])
    screen = make_screen(qtbot, folder, FakeUnlock())
    screen._unlock = session_mod.unlock
    submit(qtbot, screen, PASSPHRASE)
    qtbot.waitUntil(lambda: "key file" in screen.error_label.text(), timeout=10_000)
    assert screen.error_label.text() == str(errors.KeyFileTruncated())  # cut short (issue 10)


def test_another_folder_without_a_vault_says_so(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(empty))
    screen = make_screen(qtbot, tmp_path, FakeUnlock())
    qtbot.mouseClick(screen.other_button, Qt.MouseButton.LeftButton)
    assert screen.folder == empty
    assert str(empty) in screen.folder_label.text()
    assert screen.error_label.text() == str(errors.VaultMissing())
