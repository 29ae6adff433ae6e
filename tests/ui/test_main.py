"""``python -m ui``: the application starts on the right first screen, in Dutch, and stops."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import crypto
from app import i18n as core_i18n
from app.paths import AppPaths
from ui import __main__ as entry
from ui import i18n
from ui.views.first_run_wizard import FirstRunWizard
from ui.views.lock_screen import LockScreen


@pytest.fixture
def isolated(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    paths = AppPaths(data=tmp_path / "data", logs=tmp_path / "logs")
    monkeypatch.setattr(entry, "default_paths", lambda: paths)
    monkeypatch.setattr(crypto, "calibrate", lambda **kwargs: crypto.TEST_KDF)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield paths
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    i18n.install("en")
    core_i18n.uninstall()
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


class FirstScreenOnly:
    """Stands in for the QApplication in ``main``: ``exec`` looks at the windows and returns.

    The real ``exec`` cannot run inside the test session: after it returned once, background
    jobs of later tests stalled in ``emit`` (PySide6 6.11).
    """

    def __init__(self) -> None:
        self.seen: list = []

    def exec(self) -> int:
        QCoreApplication.processEvents()
        self.seen.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0


def run_until_first_screen(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], **kwargs: object
) -> tuple[int, list]:
    app = FirstScreenOnly()
    argv_seen: list[list[str]] = []
    real_make_application = entry.make_application

    def make_application(qt_argv: list[str]) -> FirstScreenOnly:
        argv_seen.append(qt_argv)
        real_make_application()  # the real one: returns the test session's application
        return app

    monkeypatch.setattr(entry, "make_application", make_application)
    code = entry.main(argv, **kwargs)  # type: ignore[arg-type]
    assert argv_seen == [argv[:1]]  # our options are not passed to Qt
    return code, app.seen


def test_first_start_opens_the_wizard_in_dutch(isolated: AppPaths, monkeypatch) -> None:
    code, seen = run_until_first_screen(monkeypatch, ["keukentafel"])
    assert code == 0
    assert [type(w) for w in seen] == [FirstRunWizard]
    assert seen[0].next_button.text().replace("&", "") == "Volgende"
    assert (isolated.logs / "keukentafel.log").exists()


def test_demo_starts_locked_on_the_demo_vault(isolated: AppPaths, monkeypatch, capsys) -> None:
    code, seen = run_until_first_screen(monkeypatch, ["keukentafel", "--demo"])
    assert code == 0
    assert [type(w) for w in seen] == [LockScreen]
    assert seen[0].folder == isolated.demo_vault
    assert (isolated.demo_vault / "vault.db").exists()
    assert "demo-voorbeeldstad" in capsys.readouterr().out


def test_a_vault_folder_argument_is_used(isolated: AppPaths, monkeypatch, tmp_path: Path) -> None:
    folder = tmp_path / "elders"
    from app.commands.demo import ensure_demo_vault

    ensure_demo_vault(folder, crypto.TEST_KDF)
    _code, seen = run_until_first_screen(monkeypatch, ["keukentafel", "--vault", str(folder)])
    assert [type(w) for w in seen] == [LockScreen]
    assert seen[0].folder == folder


def test_qt_options_pass_through() -> None:
    options, rest = entry.parse_arguments(["kt", "--demo", "-platform", "offscreen"])
    assert options.demo
    assert rest == ["kt", "-platform", "offscreen"]
