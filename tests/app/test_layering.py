"""app/ never imports Qt (STYLE 4.2): checked in a fresh interpreter, since pytest-qt loads Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[2]


def _app_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(app.__path__, prefix="app.")
        if "commands.gui" not in m.name
    )


def test_importing_every_app_module_loads_no_qt() -> None:
    modules = _app_modules()
    assert "app.storage.vault" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "banned = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in banned)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_check_can_fail() -> None:
    code = "import PySide6.QtCore, sys; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
