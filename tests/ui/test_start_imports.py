"""Cold start (issue 10): what a fresh process has loaded when the first screen is up.

The benchmark (``benchmarks/run.py``) times the start against a bare PySide6 window; these tests
count instead, which the shared machine cannot make noisy. A fresh interpreter starts the app as
``build_for_benchmark`` does (``main`` minus the event loop), then reports ``sys.modules``, whether
PySide6 has built its ``Qt`` namespace or ``QStyle`` (each builds hundreds of Python enums:
~30 and ~15 ms), which window
came up and what the focus frame surrounds. In-process tests cannot see this: there everything is
imported already, which would also hide a lazy import that no longer resolves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Loaded at the first unlock or later, never for the lock screen: storage and crypto, the
# services, the main window and its packages, papers, and the Qt modules only they use.
HEAVY = (
    "argon2",
    "babel",
    "cryptography",
    "pyrage",
    "reportlab",
    "sqlcipher3",
    "zxcvbn",
    "app.crypto",
    "app.documents",
    "app.services.session",
    "app.storage.db",
    "app.storage.vault",
    "ui.focus_frame_style",
    "ui.high_contrast_style",
    "ui.system_events",
    "ui.views.first_run_wizard",
    "ui.views.main_window",
    "ui.views.casework",
    "ui.views.intake",
    "ui.views.papers",
    "ui.views.rights",
    "ui.views.sharing",
    "PySide6.QtDBus",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "logging.handlers",  # socket and pickle: only when the log file is set up
)

PROBE = """
import json, sys
from ui.__main__ import build_for_benchmark

app, window = build_for_benchmark(sys.argv[1])
app.processEvents()
for name in sys.argv[2:]:  # the tests of the probe itself
    if name == "Qt":
        from PySide6.QtCore import Qt
    elif name == "QStyle":
        from PySide6.QtWidgets import QStyle
    else:
        __import__(name)
import PySide6.QtCore, PySide6.QtWidgets

modules = sorted(sys.modules)
built = [  # PySide6 builds a class, with its enums, on first use
    name for module, name in ((PySide6.QtCore, "Qt"), (PySide6.QtWidgets, "QStyle"))
    if name in vars(module)
]
from ui.focus_frame import FocusFrames

frames = app.findChild(FocusFrames)
frame = frames.frame if frames is not None else None
around = frame.widget() if frame is not None else None
print(json.dumps({
    "window": type(window).__name__,
    "modules": modules,
    "built": built,
    "focus_frame_around": type(around).__name__ if around is not None else None,
    "focus_widget": type(app.focusWidget()).__name__,
}))
"""


def start(home: Path, folder: Path, *extra: str) -> dict[str, Any]:
    """Start the app in a fresh interpreter (settings and data under ``home``)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def heavy_loaded(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.fixture(scope="module")
def lock_screen_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One start to the lock screen; the folder holds a vault's files (only their presence is
    read before unlock)."""
    home = tmp_path_factory.mktemp("home")
    folder = tmp_path_factory.mktemp("vault")
    (folder / "vault.key").write_bytes(b"")
    (folder / "vault.db").write_bytes(b"")
    return start(home, folder)


def test_the_lock_screen_comes_up_without_storage_crypto_papers_or_the_main_window(
    lock_screen_start: dict[str, Any],
) -> None:
    assert lock_screen_start["window"] == "LockScreen"
    assert heavy_loaded(lock_screen_start["modules"]) == []


def test_the_lock_screen_builds_neither_the_qt_namespace_nor_qstyle(
    lock_screen_start: dict[str, Any],
) -> None:
    """``Qt.Something``, and calls whose overloads take a ``Qt`` enum (``QPalette(palette)``,
    ``QPainter.setPen``, ``fillRect``), build all ~100 Qt enums: ~30 ms of a ~250 ms start.
    A ``QStyle`` in Python (``app.style()``, a style subclass, ``app.findChild``, which wraps
    every child of the application) builds its ~700 enum members: ~15 ms."""
    assert lock_screen_start["built"] == []


def test_the_lock_screen_shows_the_focus_frame_at_default_settings(
    lock_screen_start: dict[str, Any],
) -> None:
    """The frame is part of the appearance at start too, not only after a display change."""
    assert lock_screen_start["focus_widget"] == "QLineEdit"
    assert lock_screen_start["focus_frame_around"] == "PasswordField"


def test_the_probe_sees_a_heavy_module_and_the_qt_namespace(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.key").write_bytes(b"")
    report = start(tmp_path / "home", folder, "ui.views.main_window", "Qt", "QStyle")
    assert "ui.views.main_window" in heavy_loaded(report["modules"])
    assert report["built"] == ["Qt", "QStyle"]


def test_without_a_vault_a_fresh_process_starts_the_first_run_wizard(tmp_path: Path) -> None:
    """The wizard's own modules load after the start; they must still resolve there."""
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    report = start(tmp_path / "home", empty)
    assert report["window"] == "FirstRunWizard"
    assert "ui.views.main_window" not in report["modules"]
