"""Dutch is the product language: the committed catalog is complete and current with the code,
and the check really fails when the code has a string the catalog lacks."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import i18n  # noqa: E402  (packaging/i18n.py)


def test_problems_are_detected() -> None:
    sample = '<message><source>x</source><translation type="unfinished"></translation></message>'
    assert i18n.problems(sample) == ["1 unfinished translation(s)"]


def test_dutch_catalog_is_complete_and_current() -> None:
    assert i18n.check() == []


@pytest.fixture(scope="module")
def current_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """app/, ui/ and translations/ copied, with the copy's catalog brought up to date first
    (so the test does not depend on whether the working tree's catalog is current)."""
    tmp_path = tmp_path_factory.mktemp("i18n-copy")
    skip = shutil.ignore_patterns("__pycache__")
    for folder in ("app", "ui", "translations"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=skip)
    for lang, locale in i18n.LANGUAGES.items():
        ts = tmp_path / "translations" / f"keukentafel_{lang}.ts"
        i18n.lupdate(ts, locale, tmp_path)
        i18n.lrelease(ts, ts.with_suffix(".qm"))
    return tmp_path


def _unfinished(issues: list[str]) -> int:
    found = [re.search(r"(\d+) unfinished", issue) for issue in issues]
    return sum(int(m.group(1)) for m in found if m)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        (
            "ui/views/zz_new_view.py",
            "from PySide6.QtWidgets import QWidget\n\n\nclass NewView(QWidget):\n"
            "    def title(self) -> str:\n"
            '        return self.tr("A string the catalog has never seen")\n',
        ),
        (
            "app/zz_new_rule.py",
            "from app.i18n import translate\n\n\ndef message() -> str:\n"
            '    return translate("NewRule", "Another string the catalog lacks")\n',
        ),
    ],
)
def test_check_fails_when_the_code_has_a_string_the_catalog_lacks(
    current_copy: Path, module: str, source: str
) -> None:
    root = current_copy
    before = i18n.check(root)
    assert not any("out of date" in issue for issue in before)
    (root / module).write_text(source, "utf-8")
    try:
        after = i18n.check(root)
    finally:
        (root / module).unlink()
    assert "keukentafel_nl.ts is out of date: run `make i18n`" in after
    assert _unfinished(after) == _unfinished(before) + 1  # the new string, untranslated
