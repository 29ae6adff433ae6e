"""``python -m ui``: start Keukentafel (locked at start, or the first-run wizard)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app import crypto
from app import log as app_log
from app.paths import default_paths

logger = logging.getLogger(__name__)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Keukentafel")
    app.setOrganizationName("Keukentafel")
    return app


def main(argv: Sequence[str] | None = None, vault_folder: Path | None = None) -> int:
    from app.services.profiles import read_profile_file, shipped_profiles
    from ui import i18n
    from ui.app_controller import AppController

    app = make_application(argv)
    paths = default_paths()
    app_log.configure(paths.logs)
    i18n.install()
    logger.info("start")
    controller = AppController(
        paths,
        kdf_factory=crypto.calibrate,
        list_profiles=shipped_profiles,
        read_profile=read_profile_file,
        vault_folder=vault_folder,
    )
    controller.start()
    code = app.exec()
    if controller.session is not None:
        controller.lock()
    logger.info("stop")
    return int(code)


def build_for_benchmark(folder: str) -> tuple[QApplication, QWidget]:
    """Start as ``main`` does, up to the first screen shown, for the cold-start benchmark."""
    from app.services.profiles import read_profile_file, shipped_profiles
    from ui import i18n
    from ui.app_controller import AppController

    app = make_application()
    i18n.install()
    controller = AppController(
        default_paths(),
        kdf_factory=lambda: crypto.TEST_KDF,
        list_profiles=shipped_profiles,
        read_profile=read_profile_file,
        vault_folder=Path(folder),
    )
    controller.start()
    app.processEvents()
    window = controller.lock_screen or controller.wizard
    if window is None:
        raise RuntimeError("no first screen")
    app.setProperty("kt_controller", controller)  # keep it alive
    return app, window


if __name__ == "__main__":
    sys.exit(main())
