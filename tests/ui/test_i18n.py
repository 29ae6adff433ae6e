"""Dutch is the product language: our catalog and Qt's own load, plurals included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app import formatting
from app import i18n as core_i18n
from app.domain import zrm
from app.storage.errors import WrongPassphrase
from ui import i18n
from ui.tasks import TaskRunner
from ui.views.lock_screen import LockScreen


@pytest.fixture
def dutch(qtbot: object) -> Iterator[None]:
    i18n.install("nl")
    yield
    i18n.install("en")
    core_i18n.uninstall()


def test_dutch_catalog_translates_widgets_app_strings_and_plurals(
    qtbot, dutch, tmp_path: Path
) -> None:
    screen = LockScreen(tmp_path, lambda folder, passphrase: None, TaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "&Ontgrendelen"
    assert str(WrongPassphrase()).startswith("De wachtwoordzin klopt niet")
    assert zrm.score_label(None) == "niet beoordeeld"
    text = "Since your last session a wrong passphrase was entered %n time(s)."
    one = QCoreApplication.translate("MainWindow", text, "", 1)
    many = QCoreApplication.translate("MainWindow", text, "", 3)
    assert one.startswith("Sinds uw vorige sessie is er 1 keer")
    assert "3 keer" in many


def test_qt_standard_buttons_are_dutch(qtbot, dutch) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "Opslaan" in texts
    assert "Annuleren" in texts


def test_screen_and_paper_dates_agree_in_dutch(dutch) -> None:
    from datetime import date

    assert formatting.format_date(date(2025, 3, 7)) == "7 maart 2025"


def test_a_missing_catalog_is_skipped_silently(qtbot, caplog) -> None:
    try:
        with caplog.at_level("DEBUG", logger="ui.i18n"):
            i18n.install("fy")  # no Frisian catalog, ours or Qt's
        assert [r for r in caplog.records if r.levelname != "DEBUG"] == []
        assert core_i18n.translate("VaultError", "There is no vault in this folder yet.") == (
            "There is no vault in this folder yet."
        )
    finally:
        i18n.install("en")
        core_i18n.uninstall()
