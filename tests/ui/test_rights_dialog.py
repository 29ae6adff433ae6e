"""The rights-requests dialog (issue 8): record an inzage request and answer it with the
overview and an encrypted copy; erase a dossier on request after the warning. English source
text; every name is fictional; the clock is injected (Monday 23 November 2026)."""

from __future__ import annotations

from pathlib import Path

import pyrage
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.rights import Decision, RightKind
from app.services.papers import SOURCES, PaperService
from app.services.rights import RightsService
from app.services.session import Session
from app.storage import audit
from tests.support.bundles import filled
from tests.support.intake import Clock, intakes
from tests.ui.test_accessible_names import unnamed_interactive_widgets
from ui.views.rights.rights_dialog import RightsDialog

SHOTS = Path("test-output/rights")


def _dialog(qtbot: QtBot, session: Session, name: str = "Jan Voorbeeld") -> RightsDialog:
    clock = Clock()
    kit = intakes(session, clock)
    data = filled(kit, name=name)
    profile = kit.service.profile
    service = RightsService(session.vault.db, session.trail, profile, clock)
    papers = PaperService(session.vault.db, session.trail, profile, SOURCES, clock)
    dialog = RightsDialog(service, papers, data.citizen_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: RightsDialog, kind: RightKind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_r000_37_r002_25_record_and_answer_an_inzage_request(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, session)
    assert unnamed_interactive_widgets() == []
    _choose(dialog, RightKind.INZAGE)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.requests.count() == 1
    line = dialog.requests.item(0).text()
    assert "answer by" in line
    assert "open" in line
    assert dialog.inzage_button.isVisible()
    out = tmp_path / "out"
    out.mkdir()
    dialog.choose_folder = lambda: out
    dialog.copy_check.setChecked(True)
    qtbot.mouseClick(dialog.inzage_button, Qt.MouseButton.LeftButton)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2
    assert files[0].endswith(".json.age")
    assert files[1].endswith(".pdf")
    phrase = dialog.passphrase.text()
    assert dialog.passphrase.isVisible()
    assert phrase
    assert b"Jan Voorbeeld" in pyrage.passphrase.decrypt((out / files[0]).read_bytes(), phrase)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "rights_dialog_inzage.png"))
    dialog.close()
    assert dialog.passphrase.text() == ""  # shown once


def test_r000_39_r002_26_erase_a_dossier_on_request(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, session, name="Zzyzx Sentinelsma")
    _choose(dialog, RightKind.VERWIJDERING)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.TOEGEWEZEN))
    warnings: list[str] = []
    dialog.confirm = lambda text: warnings.append(text) is not None  # says no first
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in warnings[0]
    assert dialog.requests.count() == 1  # nothing erased
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "rights_dialog_deletion.png"))
    dialog.confirm = lambda _text: True
    with qtbot.waitSignal(dialog.dossier_erased) as erased:
        qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert erased.args == [dialog.citizen_id]
    assert session.caseload.citizens.get(dialog.citizen_id) is None
    actions = [e.action for e in session.vault.db.run(audit.events)]
    assert actions.count("erase_request") == 1
