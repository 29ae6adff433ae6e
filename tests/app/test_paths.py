"""Vault folders: per-user and non-roaming by default; cloud-synced folders get a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import default_paths, looks_cloud_synced


def test_default_vault_folder_is_in_the_user_data_folder() -> None:
    paths = default_paths()
    assert paths.vault_for("w-01").parent == paths.vaults
    assert "Keukentafel" in str(paths.data)


def test_worker_id_cannot_escape_the_vault_folder() -> None:
    paths = default_paths()
    assert paths.vault_for("../../etc").parent == paths.vaults


@pytest.mark.parametrize(
    "folder",
    [
        "/home/w/OneDrive - Gemeente Voorbeeldstad/kluis",
        "/home/w/Dropbox/kluis",
        "/home/w/Nextcloud/werk",
        "/Users/w/Library/Mobile Documents/iCloud Drive/kluis",
        "/home/w/Google Drive/kluis",
    ],
)
def test_r001_21_cloud_synced_folders_are_recognised(folder: str) -> None:
    assert looks_cloud_synced(Path(folder), environ={})


def test_onedrive_environment_variable_is_honoured(tmp_path: Path) -> None:
    assert looks_cloud_synced(tmp_path / "kluis", environ={"OneDrive": str(tmp_path)})


def test_ordinary_folders_are_not_flagged(tmp_path: Path) -> None:
    assert not looks_cloud_synced(tmp_path / "kluis", environ={})
    assert not looks_cloud_synced(Path("/home/w/.local/share/Keukentafel/vaults/w"), environ={})
