"""``keukentafel --self-test``: the core steps with the real Dutch catalog, plus the Qt steps
(platform plugin, Qt's own Dutch catalog, QtPdf reading the rendered paper)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.commands.selftest import SelfTestRun, StepFailed, run_self_test
from app.crypto import TEST_KDF
from ui import i18n
from ui.__main__ import parse_arguments
from ui.self_test import GUI_STEPS, step_qt_pdf

ROOT = Path(__file__).resolve().parents[2]


def test_all_steps_pass_in_process_with_the_real_catalogs(qtbot, tmp_path: Path) -> None:
    lines: list[str] = []
    code = run_self_test(
        lines.append,
        kdf=TEST_KDF,
        load_catalog=i18n.load_catalog,
        extra_steps=GUI_STEPS,
        temp_parent=tmp_path,
    )
    assert code == 0, lines
    assert "OK     Dutch catalog: “Demo passphrase: {passphrase}” → “Demo-wachtwoordzin: " in (
        "\n".join(lines)
    )
    assert any(
        line.startswith("OK     Qt's Dutch standard buttons: “Cancel” → “Annuleren”")
        for line in lines
    )
    assert any(line.startswith("OK     PDF preview (QtPdf): ") for line in lines)
    assert list(tmp_path.iterdir()) == []


def test_qtpdf_step_fails_on_a_paper_that_is_not_a_pdf(qtbot, tmp_path: Path) -> None:
    run = SelfTestRun(tmp_path, TEST_KDF, on=None, load_catalog=None)  # type: ignore[arg-type]
    run.pdf, run.pages = b"%PDF-1.4 broken", 2
    with pytest.raises(StepFailed, match="QtPdf read 0 page"):
        step_qt_pdf(run)


def test_the_flag_is_ours_and_qt_options_pass_through() -> None:
    options, rest = parse_arguments(["keukentafel", "--self-test", "-platform", "offscreen"])
    assert options.self_test
    assert rest == ["keukentafel", "-platform", "offscreen"]


@pytest.mark.slow
def test_python_m_ui_self_test_exits_0(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("keukentafel ")
    assert len(lines) == 1 + 6 + 3 + 1  # version, core steps, Qt steps, verdict (any language)
    assert list(tmp_path.iterdir()) == []
