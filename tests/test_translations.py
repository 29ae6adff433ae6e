"""Dutch is the product language: the committed catalog is complete and current with the code."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import i18n  # noqa: E402  (packaging/i18n.py)


def test_problems_are_detected() -> None:
    sample = '<message><source>x</source><translation type="unfinished"></translation></message>'
    assert i18n.problems(sample) == ["1 unfinished translation(s)"]


def test_dutch_catalog_is_complete_and_current() -> None:
    assert i18n.check() == []
