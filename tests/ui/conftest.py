from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n as core_i18n
from app.crypto import TEST_KDF
from app.paths import AppPaths
from app.services.profiles import ProfileChoice, RosterEntry
from ui.app_controller import AppController

if TYPE_CHECKING:
    from app.services.session import Session

PASSPHRASE = "paars tractor zingt onder water"


class FakeWall:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def demo_choice() -> ProfileChoice:
    from app.services.profiles import shipped_profiles

    return next(c for c in shipped_profiles() if c.demo)


def fictional_choice() -> ProfileChoice:
    """A profile choice built directly (for wizard tests that need no signed file)."""
    demo = demo_choice()
    return ProfileChoice(
        path=Path("fictief.toml"),
        text=demo.text,
        organisation="Gemeente Voorbeeldstad (DEMO)",
        version=1,
        demo=True,
        roster=(RosterEntry("w-anna", "Anna de Demo", "Wmo-consulent", "Wmo-team Noord"),),
        recovery_recipient=demo.recovery_recipient,
        idle_minutes=10,
    )


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data=tmp_path / "data", logs=tmp_path / "logs")


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


def restarted_controller(app_paths: AppPaths, wall: FakeWall) -> AppController:
    """A second start of the app on the same folders (the vault exists: the lock screen)."""
    restarted = AppController(
        app_paths,
        kdf_factory=lambda: TEST_KDF,
        list_profiles=list,
        read_profile=lambda path: None,  # type: ignore[arg-type,return-value]
        wall=wall,
    )
    restarted.start()
    return restarted


@pytest.fixture
def controller(qtbot: object, app_paths: AppPaths, wall: FakeWall) -> Iterator[AppController]:
    ctrl = AppController(
        app_paths,
        kdf_factory=lambda: TEST_KDF,
        list_profiles=lambda: [demo_choice()],
        read_profile=lambda path: demo_choice(),
        wall=wall,
    )
    yield ctrl
    if ctrl.session is not None:
        ctrl.lock()
    ctrl.lock_controller.stop()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    ctrl.tasks.wait()
    core_i18n.uninstall()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """An unlocked vault of its own (cheap key derivation), locked after the test."""
    from app.services import session as session_mod

    worker = session_mod.WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Noord")
    opened = session_mod.create(tmp_path / "kluis", PASSPHRASE, worker, TEST_KDF)
    yield opened
    if not opened.locked:
        opened.lock()
