"""``python -m ui``: start Keukentafel (locked at start, or the first-run wizard)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

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


def _calibrate() -> object:
    from app import crypto

    return crypto.calibrate()


def _test_kdf() -> object:
    from app import crypto

    return crypto.TEST_KDF


def _shipped_profiles() -> list[object]:
    from app.services.profiles import shipped_profiles

    return list(shipped_profiles())


def _read_profile(path: Path) -> object:
    from app.services.profiles import read_profile_file

    return read_profile_file(path)


def main(argv: Sequence[str] | None = None, vault_folder: Path | None = None) -> int:
    from ui import i18n
    from ui.app_controller import AppController

    app = make_application(argv)
    paths = default_paths()
    app_log.configure(paths.logs)
    i18n.install()
    logger.info("start")
    controller = AppController(
        paths,
        kdf_factory=_calibrate,  # type: ignore[arg-type]
        list_profiles=_shipped_profiles,  # type: ignore[arg-type]
        read_profile=_read_profile,  # type: ignore[arg-type]
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
    from ui import i18n
    from ui.app_controller import AppController

    app = make_application()
    i18n.install()
    controller = AppController(
        default_paths(),
        kdf_factory=_test_kdf,  # type: ignore[arg-type]
        list_profiles=_shipped_profiles,  # type: ignore[arg-type]
        read_profile=_read_profile,  # type: ignore[arg-type]
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
