"""``keukentafel documents preview`` (issue 6): every paper, every listed language variant and
one large-print copy from fictional samples, so an agency can proof its texts (R-000-26)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import app.services.papers as papers
from app.cli import main as cli_main
from app.commands.documents import PreviewJob, jobs_for, render_previews
from app.documents.base import DocumentRefused
from app.documents.compose import Paper, PaperContext
from app.paths import resources_dir
from app.services.papers import SOURCES, PaperSource
from app.services.profile_signing import verify_profile_text
from tests.support.pdf import check_pdf, page_count, pdf_text

DEMO = resources_dir() / "profiles" / "voorbeeldstad.toml"


def _profile():  # type: ignore[no-untyped-def]
    return verify_profile_text(DEMO.read_text("utf-8")).profile


def test_r000_26_preview_writes_every_paper_in_every_listed_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "proef"
    assert cli_main(["documents", "preview", "--profile", str(DEMO), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    profile = _profile()
    expected = set()
    for document in SOURCES:
        entry = profile.document(document)
        assert entry is not None, document  # the demo profile lists every paper the app makes
        languages = [lang for lang, _version in entry.versions]
        expected |= {f"{document}-{lang}.pdf" for lang in languages}
        expected.add(f"{document}-{languages[0]}-groot.pdf")
    assert {p.name for p in out.iterdir()} == expected
    for name in expected:
        data = (out / name).read_bytes()
        check_pdf(data)
        assert page_count(data) >= 1
        assert name in printed  # one line per file
        assert "KT-VOOR-BEELD" in pdf_text(data)  # the fixed preview number, not a real one
    assert "DEMO" in printed


def test_r000_26_refused_paper_is_named_and_the_exit_code_is_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_ctx: PaperContext) -> Paper:
        raise DocumentRefused(["the name of the case system (paper.case_system)"])

    broken = PaperSource(
        "informatieblad-privacy", "intake", SOURCES["verklaring-kennisname"].build, refuse
    )
    monkeypatch.setattr(papers, "SOURCES", {**SOURCES, broken.document: broken})
    out = tmp_path / "proef"
    assert cli_main(["documents", "preview", "--profile", str(DEMO), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "informatieblad-privacy-nl.pdf" in printed
    assert "paper.case_system" in printed
    assert not (out / "informatieblad-privacy-nl.pdf").exists()
    assert (out / "verklaring-kennisname-nl.pdf").exists()  # the others are still made


def test_r000_26_paper_missing_from_the_profile_is_reported(tmp_path: Path) -> None:
    profile = _profile()
    without = replace(
        profile, documents=tuple(d for d in profile.documents if d.id != "verklaring-kennisname")
    )
    sources = {"verklaring-kennisname": SOURCES["verklaring-kennisname"]}
    assert list(jobs_for(without, sources)) == [
        PreviewJob("verklaring-kennisname", "nl"),
        PreviewJob("verklaring-kennisname", "nl", large_print=True),
    ]
    lines: list[str] = []
    results = render_previews(without, sources, tmp_path, date(2026, 11, 23), lines.append)
    assert all(r.refused for r in results)
    assert len(lines) == 2
    assert list(tmp_path.iterdir()) == []


def test_preview_refuses_a_profile_changed_after_signing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = tmp_path / "gewijzigd.toml"
    changed.write_text(
        DEMO.read_text("utf-8").replace(
            'name = "Gemeente Voorbeeldstad', 'name = "Gemeente Andersstad', 1
        ),
        "utf-8",
    )
    out = tmp_path / "proef"
    assert cli_main(["documents", "preview", "--profile", str(changed), "--out", str(out)]) == 1
    assert "REFUSED" in capsys.readouterr().err
    assert not out.exists()
