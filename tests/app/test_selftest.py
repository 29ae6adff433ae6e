"""The installation self-test: every step in a throwaway vault, a plain message on failure,
and nothing left behind in the temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.commands import selftest
from app.commands.selftest import KNOWN_STRING, SelfTestRun, StepFailed, run_self_test
from app.crypto import TEST_KDF


def _dutch(language: str) -> selftest.Translate | None:
    """A stand-in for the Qt catalog (tests/ui/test_self_test.py uses the real one)."""
    table = {KNOWN_STRING: "Demo-wachtwoordzin: {passphrase}"} if language == "nl" else {}
    return lambda context, text: table.get((context, text), text)


def _run(temp: Path, **kwargs: object) -> tuple[int, list[str]]:
    lines: list[str] = []
    temp.mkdir(exist_ok=True)
    code = run_self_test(lines.append, kdf=TEST_KDF, temp_parent=temp, **kwargs)  # type: ignore[arg-type]
    return code, lines


def test_every_step_passes_and_the_temporary_vault_is_gone(tmp_path: Path) -> None:
    code, lines = _run(tmp_path / "tmp", load_catalog=_dutch)
    assert code == 0, lines
    assert lines[0].startswith("keukentafel ")
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        "OK     SQLCipher",
        "OK     FTS5 full-text search",
        "OK     Write to a new vault",
        "OK     Lock and unlock",
        "OK     Information sheet PDF",
        "OK     Dutch catalog",
    ]
    assert "community" in lines[1] or "4." in lines[1]  # SQLCipher's own version string
    assert "page(s)" in lines[5]
    assert lines[-1].startswith("Self-test passed")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_missing_catalog_fails_naming_the_step(tmp_path: Path) -> None:
    code, lines = _run(tmp_path / "tmp", load_catalog=lambda language: None)
    assert code == 1
    assert "FAILED Dutch catalog: translations/keukentafel_nl.qm is missing" in lines
    assert lines[-1] == "Self-test FAILED at step: Dutch catalog."
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_catalog_that_does_not_translate_fails(tmp_path: Path) -> None:
    code, lines = _run(tmp_path / "tmp", load_catalog=lambda language: lambda c, t: t)
    assert code == 1
    assert lines[-1] == "Self-test FAILED at step: Dutch catalog."


def test_a_failure_with_the_vault_open_still_removes_it(tmp_path: Path) -> None:
    seen: list[Path] = []

    def broken(run: SelfTestRun) -> str:
        seen.append(run.folder)
        assert (run.folder / "vault.db").exists()
        raise StepFailed("deliberately broken")

    code, lines = _run(
        tmp_path / "tmp", load_catalog=_dutch, extra_steps=(("Broken step", broken),)
    )
    assert code == 1
    assert "FAILED Broken step: deliberately broken" in lines
    assert lines[-1] == "Self-test FAILED at step: Broken step."
    assert seen
    assert not seen[0].exists()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_missing_demo_profile_stops_before_any_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.services.profiles as profiles

    monkeypatch.setattr(profiles, "resources_dir", lambda: tmp_path / "empty")
    code, lines = _run(tmp_path / "tmp", load_catalog=_dutch)
    assert code == 1
    assert lines[-2] == ("FAILED Write to a new vault: the demo profile is missing from resources")
    assert not any(line.startswith("OK     Lock") for line in lines)
    assert list((tmp_path / "tmp").iterdir()) == []


def test_an_unexpected_error_is_reported_with_its_kind(tmp_path: Path) -> None:
    def crash(run: SelfTestRun) -> str:
        raise OSError("disk full")

    code, lines = _run(tmp_path / "tmp", load_catalog=_dutch, extra_steps=(("Crash", crash),))
    assert code == 1
    assert "FAILED Crash: OSError: disk full" in lines


def test_the_cli_subcommand_runs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main as cli_main

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    assert cli_main(["selftest"], load_catalog=_dutch) == 0
    out = capsys.readouterr().out
    assert "OK     Dutch catalog" in out
    assert [p.name for p in tmp_path.iterdir()] == []
