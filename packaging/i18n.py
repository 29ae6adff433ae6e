"""Update and build the Qt Linguist catalogs: ``python packaging/i18n.py [--check]``.

Runs ``pyside6-lupdate`` over ``app/`` and ``ui/`` (options before the folders, or lupdate
finds nothing) and ``pyside6-lrelease`` to build the ``.qm`` files that are committed. With
``--check`` it works on a temporary copy and fails when the committed catalog is out of date
with the code, or when any string is unfinished or obsolete.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"nl": "nl_NL"}


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def lupdate(ts: Path, language: str, root: Path = ROOT) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-recursive",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "app",
            "ui",
            "-ts",
            str(ts),
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def problems(ts_text: str) -> list[str]:
    found = []
    unfinished = ts_text.count('type="unfinished"')
    obsolete = ts_text.count('type="obsolete"') + ts_text.count('type="vanished"')
    if unfinished:
        found.append(f"{unfinished} unfinished translation(s)")
    if obsolete:
        found.append(f"{obsolete} obsolete translation(s)")
    return found


def check(root: Path = ROOT) -> list[str]:
    """Return what is wrong with the committed catalogs (empty when all is well).

    ``root`` holds ``app/``, ``ui/`` and ``translations/`` (a test runs it on a copy)."""
    issues = []
    for lang, locale in LANGUAGES.items():
        committed_ts = root / "translations" / f"keukentafel_{lang}.ts"
        committed_qm = root / "translations" / f"keukentafel_{lang}.qm"
        if not committed_ts.exists() or not committed_qm.exists():
            issues.append(f"{committed_ts.name} or its .qm is missing")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / committed_ts.name
            shutil.copyfile(committed_ts, ts)
            lupdate(ts, locale, root)
            if ts.read_bytes() != committed_ts.read_bytes():
                issues.append(f"{committed_ts.name} is out of date: run `make i18n`")
            issues.extend(f"{committed_ts.name}: {p}" for p in problems(ts.read_text("utf-8")))
            qm = Path(tmp) / committed_qm.name
            lrelease(committed_ts, qm)
            if qm.read_bytes() != committed_qm.read_bytes():
                issues.append(f"{committed_qm.name} is not built from the .ts: run `make i18n`")
    return issues


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        issues = check()
        for issue in issues:
            print(issue, file=sys.stderr)
        return 1 if issues else 0
    (ROOT / "translations").mkdir(exist_ok=True)
    for lang, locale in LANGUAGES.items():
        ts = ROOT / "translations" / f"keukentafel_{lang}.ts"
        lupdate(ts, locale)
        lrelease(ts, ts.with_suffix(".qm"))
        remaining = problems(ts.read_text("utf-8"))
        print(f"{ts.name}: {', '.join(remaining) if remaining else 'complete'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
