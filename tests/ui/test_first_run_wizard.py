"""The first-run wizard on its own: profiles, roster, folder, passphrase, and its errors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.crypto import TEST_KDF
from app.paths import AppPaths
from app.services import session as session_mod
from app.services.profiles import ProfileChoice, RosterEntry
from app.storage.errors import VaultExists
from tests.ui.conftest import PASSPHRASE, fictional_choice
from ui.tasks import TaskRunner
from ui.views.first_run_wizard import FirstRunWizard


class ProfileFileError(Exception):
    """As the profile reader raises: ``str()`` is the plain message."""


def agency_choice() -> ProfileChoice:
    return replace(
        fictional_choice(),
        organisation="Gemeente Testwijk",
        demo=False,
        roster=(
            RosterEntry("w-bram", "Bram Proefmans", "Wmo-consulent", "Team Oost"),
            RosterEntry("w-chantal", "Chantal Testers", "Wijkteammedewerker", "Team West"),
        ),
    )


def make_wizard(qtbot, app_paths: AppPaths, choices, read=None) -> FirstRunWizard:
    def refuse(path: Path) -> ProfileChoice:
        raise ProfileFileError("The file is not a Keukentafel agency profile.")

    wizard = FirstRunWizard(
        app_paths, lambda: list(choices), read or refuse, lambda: TEST_KDF, TaskRunner()
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_passphrase_page(qtbot, wizard: FirstRunWizard) -> None:
    for _ in range(3):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 3


def test_demo_profiles_are_plainly_marked(qtbot, app_paths) -> None:
    wizard = make_wizard(qtbot, app_paths, [agency_choice(), fictional_choice()])
    texts = [wizard.profile_list.item(i).text() for i in range(wizard.profile_list.count())]
    assert not texts[0].startswith("DEMO")
    assert texts[1].startswith("DEMO")


def test_a_refused_profile_file_shows_its_message(
    qtbot, app_paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    picked = tmp_path / "profiel.toml"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked), ""))
    wizard = make_wizard(qtbot, app_paths, [fictional_choice()])
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.profile_error.text() == "The file is not a Keukentafel agency profile."
    assert wizard.profile_list.count() == 1


def test_an_imported_profile_is_added_and_chosen(
    qtbot, app_paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    picked = tmp_path / "testwijk.toml"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked), ""))
    read: list[Path] = []

    def reader(path: Path) -> ProfileChoice:
        read.append(path)
        return agency_choice()

    wizard = make_wizard(qtbot, app_paths, [fictional_choice()], reader)
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert read == [picked]
    assert wizard.profile is not None
    assert wizard.profile.organisation == "Gemeente Testwijk"


def test_the_roster_lists_the_workers_and_only_a_demo_allows_own_details(qtbot, app_paths) -> None:
    wizard = make_wizard(qtbot, app_paths, [agency_choice()])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.roster_list.count() == 2
    assert not wizard.own_details.isVisibleTo(wizard)
    wizard.roster_list.setCurrentRow(1)
    worker = wizard.worker()
    assert worker is not None
    assert worker.id == "w-chantal"


def test_a_demo_worker_can_type_name_role_and_team(qtbot, app_paths) -> None:
    wizard = make_wizard(qtbot, app_paths, [fictional_choice()])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.own_details.isVisibleTo(wizard)
    assert not wizard.name_edit.isEnabled()
    wizard.own_details.setChecked(True)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 1  # no name yet
    assert "enter your name" in wizard.worker_error.text()
    qtbot.keyClicks(wizard.name_edit, "Piet Proef")
    qtbot.keyClicks(wizard.role_edit, "Wmo-consulent")
    qtbot.keyClicks(wizard.team_edit, "Team Zuid")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 2
    worker = wizard.worker()
    assert worker is not None
    assert (worker.name, worker.role, worker.team) == ("Piet Proef", "Wmo-consulent", "Team Zuid")
    assert wizard.folder() == app_paths.vault_for(worker.id)


def test_another_folder_can_be_chosen(
    qtbot, app_paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = tmp_path / "eigen map"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    wizard = make_wizard(qtbot, app_paths, [fictional_choice()])
    for _ in range(2):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.folder() == app_paths.vault_for("w-anna")
    qtbot.mouseClick(wizard.folder_button, Qt.MouseButton.LeftButton)
    assert wizard.folder() == chosen
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.folder() == chosen  # a chosen folder is not replaced by the default


def test_create_waits_for_an_acceptable_and_repeated_passphrase(qtbot, app_paths) -> None:
    wizard = make_wizard(qtbot, app_paths, [fictional_choice()])
    to_passphrase_page(qtbot, wizard)
    assert not wizard.create_button.isEnabled()
    qtbot.keyClicks(wizard.passphrase.line_edit, PASSPHRASE)
    assert wizard.passphrase.strength_label.text().startswith("Strength: ")
    assert not wizard.create_button.isEnabled()
    qtbot.keyClicks(wizard.repeat.line_edit, PASSPHRASE[:-1])
    assert wizard.mismatch_label.text() != ""
    assert not wizard.create_button.isEnabled()
    qtbot.keyClicks(wizard.repeat.line_edit, PASSPHRASE[-1])
    assert wizard.mismatch_label.text() == ""
    assert wizard.create_button.isEnabled()


def test_the_workers_own_name_does_not_make_a_strong_passphrase(qtbot, app_paths) -> None:
    wizard = make_wizard(qtbot, app_paths, [fictional_choice()])
    to_passphrase_page(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase.line_edit, "Anna de Demo Anna de Demo")
    named = wizard.passphrase.strength
    wizard.passphrase.set_user_words(())
    unnamed = wizard.passphrase.strength
    assert named is not None
    assert unnamed is not None
    assert named.score < unnamed.score


def test_an_existing_vault_is_refused_and_what_was_typed_stays(qtbot, app_paths) -> None:
    folder = app_paths.vault_for("w-anna")
    worker = session_mod.WorkerIdentity("w-anna", "Anna de Demo", "Wmo-consulent", "Noord")
    session_mod.create(folder, PASSPHRASE, worker, TEST_KDF).lock()
    before = (folder / "vault.key").read_bytes()
    wizard = make_wizard(qtbot, app_paths, [fictional_choice()])
    to_passphrase_page(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase.line_edit, PASSPHRASE)
    qtbot.keyClicks(wizard.repeat.line_edit, PASSPHRASE)
    created: list[object] = []
    wizard.vault_created.connect(created.append)
    qtbot.keyClick(wizard.repeat.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.create_status.text() == str(VaultExists()), timeout=10_000)
    assert created == []
    assert wizard.isVisible()
    assert wizard.passphrase.text() == PASSPHRASE
    assert wizard.repeat.text() == PASSPHRASE
    assert wizard.back_button.isEnabled()
    assert wizard.create_button.isEnabled()
    assert (folder / "vault.key").read_bytes() == before
