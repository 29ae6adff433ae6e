"""docs/requirements.md maps every requirement id of ../shared/requirements to its evidence.

Each id needs exactly one row whose status is ``tests: name, name`` (each a test function that
exists in tests/), ``N/A: reason`` or ``later: topic (#issue)``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "requirements"
MAP = ROOT / "docs" / "requirements.md"
DEFINED = re.compile(r"^\s*[-*]\s*\**(R-00\d-\d+)\**", re.MULTILINE)
ROW = re.compile(r"^\|[ \t]*(R-00\d-\d+)[ \t]*\|(.*)\|[ \t]*(.+?)[ \t]*\|[ \t]*$", re.MULTILINE)
STATUS = re.compile(r"^(tests: .+|N/A: .{10,}|later: .+\(#\d+\).*)$")


def defined_ids() -> set[str]:
    ids: set[str] = set()
    for seed in sorted(SHARED.glob("seed-*.md")):
        ids.update(DEFINED.findall(seed.read_text("utf-8")))
    return ids


def existing_test_functions() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        names.update(
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        )
    return names


def rows() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(3)) for m in ROW.finditer(MAP.read_text("utf-8"))]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the project")
def test_every_requirement_id_has_exactly_one_row() -> None:
    ids = defined_ids()
    assert len(ids) > 100  # the seeds define 162; an empty parse must not pass
    mapped = [rid for rid, _ in rows()]
    missing = sorted(ids - set(mapped))
    duplicated = sorted({rid for rid in mapped if mapped.count(rid) > 1})
    unknown = sorted(set(mapped) - ids)
    assert not missing, f"ids without an entry: {missing}"
    assert not duplicated, f"ids with two rows: {duplicated}"
    assert not unknown, f"rows for ids the seeds do not define: {unknown}"


def test_every_status_follows_the_grammar() -> None:
    bad = [(rid, status) for rid, status in rows() if not STATUS.match(status)]
    assert not bad, f"rows whose status is not tests:/N/A:/later:: {bad[:10]}"


def test_every_named_test_exists() -> None:
    existing = existing_test_functions()
    missing = []
    for rid, status in rows():
        if status.startswith("tests:"):
            for name in (n.strip() for n in status.removeprefix("tests:").split(",")):
                if name not in existing:
                    missing.append((rid, name))
    assert not missing, f"named tests that do not exist: {missing}"
