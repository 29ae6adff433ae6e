"""The hand-over and import dialogs (issue 7): nothing ticked at first, a refusal in plain
words keeps what was entered, a reassignment between two vaults through the dialogs. English
source strings; fictional data. Screenshots in test-output/sharing/."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.bundles.schema import Kind
from tests.support.bundles import filled, key_text, worker
from tests.support.intake import Clock
from ui.views.sharing.bundle_dialog import BundleDialog
from ui.views.sharing.import_dialog import ImportDialog

SHOTS = Path("test-output/sharing")


def _unnamed(widget: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListWidget

    kinds = (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListWidget)
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, kinds) and child.isVisibleTo(widget):
            buddy = any(
                getattr(label, "buddy", lambda: None)() is child
                for label in widget.findChildren(QWidget)
            )
            if not (child.accessibleName() or buddy or getattr(child, "text", lambda: "")()):
                found.append(child.objectName() or type(child).__name__)
    return found


def test_r003_03_bundle_dialog_ticks_nothing_and_keeps_input_on_refusal(
    qtbot: object, tmp_path: Path
) -> None:
    anna = worker(tmp_path, "w-anna", Clock())
    d = filled(anna.kit)
    dialog = BundleDialog(anna.bundles, d.citizen_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    rows = [dialog.items.item(i) for i in range(dialog.items.count())]
    assert rows
    assert all(r.checkState() is Qt.CheckState.Unchecked for r in rows)
    assert _unnamed(dialog) == []
    dialog.purpose.setText("Besluit op de melding")
    assert dialog.export_to(tmp_path / "none.age") is None  # nothing ticked: refused
    assert "Tick at least one item" in dialog.message.text()
    assert dialog.purpose.text() == "Besluit op de melding"
    rows[0].setCheckState(Qt.CheckState.Checked)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "bundle_dialog.png"))
    assert dialog.export_to(tmp_path / "zaak.age") is not None
    assert (tmp_path / "zaak.age").exists()


def test_bundle_evidence_reassignment_through_both_dialogs(qtbot: object, tmp_path: Path) -> None:
    clock = Clock()
    anna = worker(tmp_path, "w-anna", clock)
    bram = worker(tmp_path, "w-bram", clock)
    d = filled(anna.kit)
    dialog = BundleDialog(anna.bundles, d.citizen_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.OVERDRACHT.value))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("w-bram"))
    dialog.purpose.setText("Herverdeling caseload")
    path = tmp_path / "o.age"
    assert dialog.export_to(path) is not None

    opener = ImportDialog(bram.imports)
    qtbot.addWidget(opener)  # type: ignore[attr-defined]
    assert _unnamed(opener) == []
    opener.load(path.read_bytes())
    assert "not addressed to this key" in opener.message.text()  # roster identity missing
    opener.add_identity(key_text("worker-w-anna"))
    assert "not the roster key" in opener.message.text()
    opener.add_identity(key_text("worker-w-bram"))
    opener.load(path.read_bytes())
    assert opener.import_button.isEnabled()
    opener.show()
    opener.grab().save(str(SHOTS / "import_dialog.png"))
    assert opener.import_now() is not None
    assert bram.kit.service.get(d.intake_id) is not None
