"""Where Keukentafel keeps its files: the only module that resolves per-user folders.

Vaults live in the per-user, non-roaming data folder (a roaming profile would copy them to a
server). The worker may pick another folder; we warn when it looks cloud-synced, because a sync
client copies the encrypted vault off the laptop and may corrupt a database mid-write.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Keukentafel"

# Folder names used by common sync clients (lower case).
_SYNC_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud",
    "icloud drive",
    "nextcloud",
    "owncloud",
    "pcloud",
    "box sync",
    "box",
    "synologydrive",
    "stack",
    "surfdrive",
    "sharepoint",
)


@dataclass(frozen=True)
class AppPaths:
    data: Path
    logs: Path

    @property
    def vaults(self) -> Path:
        return self.data / "vaults"

    @property
    def demo_vault(self) -> Path:
        return self.data / "demo-vault"

    def vault_for(self, worker_id: str) -> Path:
        safe = "".join(ch for ch in worker_id if ch.isalnum() or ch in "-_") or "vault"
        return self.vaults / safe


def default_paths() -> AppPaths:
    """Per-user folders from platformdirs (``roaming=False``)."""
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def looks_cloud_synced(folder: Path, environ: dict[str, str] | None = None) -> bool:
    """True when ``folder`` lies inside a folder that a sync client uploads."""
    env = dict(os.environ) if environ is None else environ
    resolved = folder.expanduser().absolute()
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = env.get(var)
        if root and resolved.is_relative_to(Path(root).absolute()):
            return True
    for part in resolved.parts:
        lowered = part.lower()
        if lowered in _SYNC_MARKERS or lowered.startswith(("onedrive", "dropbox", "nextcloud")):
            return True
    return False


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``.

    The source tree when run from a checkout; inside a PyInstaller build the bundle's data
    folder (``sys._MEIPASS``, the ``_internal`` folder beside the executables), where
    ``packaging/keukentafel.spec`` puts both folders under the same names.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (also inside a PyInstaller bundle)."""
    return install_root() / "resources"
