"""``keukentafel bundle open`` for the back office: decrypt, verify, summary or JSON; plain
messages and exit codes for a wrong key or a changed bundle (issue 7). Fictional data."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest

from app.cli import main
from app.domain.selection import Choice
from app.services.bundles.export import ExportRequest
from app.services.bundles.schema import Kind
from tests.support.bundles import DEMO_KEYS, filled, secret, worker
from tests.support.intake import Clock

CASE_KEY = DEMO_KEYS / "DEMO-ONLY-case-system.agekey"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    path = tmp_path / "zaak.age"
    anna.bundles.export(
        ExportRequest(d.citizen_id, Kind.ZAAKSYSTEEM, "zaaksysteem", "Besluit op de melding",
                      (Choice("dat:case_number"),)),
        path,
    )  # fmt: skip
    return path


def test_r000_45_bundle_open_prints_a_verified_summary_without_content(
    bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bundle", "open", "--identity", str(CASE_KEY), str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "signature valid" in out
    assert "zaaksysteem" in out
    assert "Items: 1" in out
    assert "Voorbeeld" not in out


def test_bundle_open_writes_json_where_asked(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "zaak.json"
    code = main(["bundle", "open", "--identity", str(CASE_KEY), str(bundle), "--out", str(out),
                 "--format", "json"])  # fmt: skip
    assert code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [c["key"] for c in doc["content"]] == ["dat:case_number"]
    assert "{" not in capsys.readouterr().out  # written to the file, not printed


def test_bundle_open_refuses_another_key_and_a_changed_bundle(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = DEMO_KEYS / "DEMO-ONLY-worker-w-bram.agekey"
    assert main(["bundle", "open", "--identity", str(other), str(bundle)]) == 1
    assert "not addressed to this key" in capsys.readouterr().err
    identity = pyrage.x25519.Identity.from_str(secret("case-system"))
    doc = json.loads(pyrage.decrypt(bundle.read_bytes(), [identity]))
    doc["header"]["purpose"] = "Iets anders"
    changed = tmp_path / "changed.age"
    changed.write_bytes(pyrage.encrypt(json.dumps(doc).encode(), [identity.to_public()]))
    assert main(["bundle", "open", "--identity", str(CASE_KEY), str(changed)]) == 1
    assert "changed after it was made" in capsys.readouterr().err
    assert main(["bundle", "open", "--identity", str(tmp_path / "geen"), str(bundle)]) == 2
