"""The About facts (app/about.py): versions read at run time, licences that match what each
distribution declares, licence texts that ship, and ``keukentafel about``."""

from __future__ import annotations

import importlib.metadata
import platform
import re
from pathlib import Path

import pytest
import sqlcipher3

from app import __version__, about
from app.paths import resources_dir


def _versions() -> dict[str, str]:
    return {c.name: v for c, v in about.component_versions()}


def test_distribution_versions_are_read_from_the_installed_metadata() -> None:
    versions = _versions()
    for component in about.COMPONENTS:
        if component.distributions and not component.version_of:
            expected = importlib.metadata.version(component.distributions[0])
            assert versions[component.name] == expected, component.name


def test_sqlcipher_sqlite_python_and_font_versions_come_from_the_running_libraries() -> None:
    conn = sqlcipher3.connect(":memory:")
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    versions = _versions()
    assert versions["SQLite"] == sqlite
    assert re.match(r"\d+\.\d+\.\d+", versions["SQLCipher"])
    assert re.match(r"\d+\.\d+", versions["OpenSSL"])
    assert versions["Python"] == platform.python_version()
    assert re.fullmatch(r"\d+\.\d{3}", versions["Noto Sans"])


def test_qt_versions_come_from_the_caller() -> None:
    versions = {c.name: v for c, v in about.component_versions({"qt": "6.99.1"})}
    assert versions["Qt"] == "6.99.1"
    assert versions["PySide6 (Qt for Python) and Shiboken6"] == importlib.metadata.version(
        "PySide6-Essentials"
    )


def test_font_revision_of_something_that_is_not_a_font_is_unknown(tmp_path: Path) -> None:
    junk = tmp_path / "not-a-font.ttf"
    junk.write_bytes(b"\x00\x01\x00\x00\x00\x05" + b"\xff" * 10)
    assert about._font_revision(junk) == ""
    assert about._font_revision(tmp_path / "missing.ttf") == ""


@pytest.mark.parametrize("component", about.COMPONENTS, ids=lambda c: c.name)
def test_the_licence_agrees_with_what_the_distribution_declares(component) -> None:
    for name in component.distributions:
        meta = importlib.metadata.metadata(name)
        declared = meta.get("License-Expression") or ""
        for spdx in re.findall(r"[A-Za-z0-9.+-]+", declared):
            if spdx not in {"AND", "OR", "WITH"}:
                assert spdx in component.licence, (name, declared)


@pytest.mark.parametrize("component", about.COMPONENTS, ids=lambda c: c.name)
def test_every_licence_text_ships(component) -> None:
    assert component.files
    for file in component.files:
        text = about.licence_text(file)
        assert len(text) > 300, file


def test_the_apps_own_licence_is_the_eupl() -> None:
    text = (resources_dir() / about.APP_LICENCE_FILE).read_text("utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in text
    assert "Compatible Licences" in text


def test_the_zrm_attribution_names_ggd_amsterdam_and_claims_no_licence() -> None:
    assert "© GGD Amsterdam" in about.ZRM_ATTRIBUTION
    assert "GGD Amsterdam" in about.ZRM_NOTE
    assert "licen" not in about.ZRM_NOTE.lower()


def test_keukentafel_about_prints_version_licence_and_components(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli import main as cli_main

    assert cli_main(["about"], qt_version="6.42.0") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Keukentafel {__version__} — EUPL-1.2")
    assert "no network connections" in out
    assert "- Qt 6.42.0 — LGPL-3.0-only" in out
    for component in about.COMPONENTS:
        assert f"- {component.name} " in out
    assert "GGD Amsterdam" in out
