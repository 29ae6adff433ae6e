"""``python -m ui``: start Keukentafel (locked at start, or the first-run wizard).

Options: ``--vault FOLDER`` opens the vault in that folder; ``--demo`` starts on the demo vault
(fictional Gemeente Voorbeeldstad), creating it first when needed; ``--self-test`` checks the
installation in a throwaway vault and exits (``ui/self_test.py``). Qt's own options (such as
``-platform``) pass through to ``QApplication``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import log as app_log
from app.i18n import translate
from app.paths import default_paths

# Qt loads in ``make_application``, after the Qt-free modules above: PySide6 reads the source of
# every module imported after it (its ``__feature__`` hook, ~0.5 ms a module; cold start).
if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication, QWidget

    from app.crypto import KdfParams
    from app.services.profiles import ProfileChoice

logger = logging.getLogger(__name__)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Keukentafel")
    app.setOrganizationName("Keukentafel")
    return app


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (program name first) for ``QApplication``."""
    import argparse  # only here: every millisecond before the lock screen counts

    parser = argparse.ArgumentParser(prog="python -m ui", add_help=False)
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--self-test", action="store_true")
    known, rest = parser.parse_known_args(list(argv[1:]))
    return known, [*argv[:1], *rest]


def _calibrate() -> KdfParams:
    from app import crypto  # Argon2 loads only when a key is derived

    return crypto.calibrate()


def _test_kdf() -> KdfParams:
    from app import crypto

    return crypto.TEST_KDF


def _shipped_profiles() -> list[ProfileChoice]:
    from app.services.profiles import shipped_profiles  # loaded only for the wizard

    return list(shipped_profiles())


def _read_profile(path: Path) -> ProfileChoice:
    from app.services.profiles import read_profile_file

    return read_profile_file(path)


def _demo_folder(folder: Path | None) -> Path:
    """The demo vault (created on first use); its public passphrase goes to the terminal."""
    from app.commands.demo import DEMO_PASSPHRASE, ensure_demo_vault

    target = folder or default_paths().demo_vault
    ensure_demo_vault(target)
    print(translate("cli", "Demo vault in: {folder}").format(folder=target))
    print(translate("cli", "Demo passphrase: {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    return target


def main(
    argv: Sequence[str] | None = None, vault_folder: Path | None = None, demo: bool = False
) -> int:
    """Run the desktop app until its last window closes; the vault is locked on the way out."""
    from ui import relocalize
    from ui.app_controller import AppController

    options, qt_argv = parse_arguments(list(argv) if argv is not None else sys.argv[:1])
    if options.self_test:
        from ui import self_test

        return self_test.run(qt_argv)
    vault_folder = vault_folder or options.vault
    app = make_application(qt_argv)
    paths = default_paths()
    app_log.configure(paths.logs)
    relocalize.apply_saved()  # language, text size, contrast: the lock screen follows them
    if demo or options.demo:
        vault_folder = _demo_folder(vault_folder)
    logger.info("start")
    # The profile functions load only when the wizard asks for them (cold start, issue 3).
    controller = AppController(
        paths,
        kdf_factory=_calibrate,
        list_profiles=_shipped_profiles,
        read_profile=_read_profile,
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
    from ui import relocalize
    from ui.app_controller import AppController

    app = make_application()
    relocalize.apply_saved()
    controller = AppController(
        default_paths(),
        kdf_factory=_test_kdf,
        list_profiles=_shipped_profiles,
        read_profile=_read_profile,
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
    sys.exit(main(sys.argv))
