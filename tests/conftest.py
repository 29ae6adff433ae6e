"""Test set-up: headless Qt, and no test ever touches the real user profile."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# All of this must happen before the first QApplication / QSettings exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="kt-test-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["HOME"] = str(_HOME)
for _var, _sub in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(_HOME / _sub)
os.environ["KEUKENTAFEL_TEST"] = "1"

from PySide6.QtCore import QStandardPaths  # noqa: E402

QStandardPaths.setTestModeEnabled(True)
