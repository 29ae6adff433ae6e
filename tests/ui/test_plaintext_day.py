"""A scripted day of work through the real windows, then a scan for plaintext (issue 10;
R-002-21, R-001-21).

A worker unlocks, adds a citizen, writes a note, holds a kitchen-table conversation (where it
took place, the help request, a note and a ZRM score with its basis in a life domain, the BSN
the request needs, a consent form with a named recipient and purpose), saves the papers as PDF
(consent form, information sheet, verslag, and the inzage overview from the citizen's file),
prints one to a PDF file, hands the citizen over in an encrypted bundle, copies a note with
Ctrl+C and locks with Ctrl+L. Every sentinel (``DAY_SENTINELS``) typed that day must then be
absent, in any common encoding, from the vault folder, the temp folder, the log folder, the
QSettings file, the home folder (Qt's caches, XDG folders) and the clipboard. The PDFs the
worker saved may hold the data (it is where the worker chose to put them); the bundle file is
encrypted and may not. Positive controls: the papers, the bundle (opened with the DEMO-ONLY
case-system key) and the clipboard do hold the data before the lock, and a second test plants
a sentinel in each scanned place, each in another encoding, and finds every one.

All names and texts are fictional.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

import pyrage
import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QClipboard, QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app import log as app_log
from tests.support.bundles import secret
from tests.support.files import DAY_SENTINELS, scan_for, sentinels_in
from tests.support.pdf import pdf_text
from tests.ui.test_first_run_and_lock import _activate, add_citizen, run_wizard, unlock
from tests.ui.test_intake_walkthrough import child, choose, click
from ui.views.papers.consent_request_dialog import ConsentRequestDialog
from ui.views.papers.papers_dialog import PapersDialog
from ui.views.sharing.bundle_dialog import BundleDialog

S = DAY_SENTINELS
# What is scanned for: every sentinel, and the surname alone (a half-written name is a leak).
NEEDLES = (*S.values(), S["name"].split()[-1])
NOTE = f"Meneer bewaart het {S['note']}-hout voor de kachel in de gang."
PLACE = f"Bij de inwoner thuis, {S['street']} 17"
WORDS = f"Ik kom de trap in de {S['street']} niet meer op"
DOMAIN_NOTE = f"Badkamer boven; de {S['domain']}-drempel is te hoog."
BASIS = f"Samen de woning bekeken ({S['domain']})"
BSN_TYPED = f"{S['bsn'][:4]}.{S['bsn'][4:6]}.{S['bsn'][6:]}"
RECIPIENT = f"Stichting {S['recipient']} Woonhulp"
PURPOSE = f"Beoordelen of de traplift past ({S['purpose']})"


@dataclass
class Places:
    """Where the app may write, each redirected into this test's own folder."""

    data: Path  # the vault lives under it
    temp: Path
    logs: Path
    settings: Path  # the folder QSettings writes its file into
    home: Path
    export: Path  # the worker's chosen folder for PDFs and the bundle
    system_temp: Path  # the real temp folder, checked for new files only
    started: float

    def scanned(self) -> list[Path]:
        return [self.data, self.temp, self.logs, self.settings, self.home]

    def new_system_temp_files(self) -> list[Path]:
        found = []
        for base in (self.system_temp, Path("/dev/shm")):
            try:
                entries = list(base.iterdir())
            except OSError:
                continue
            for path in entries:
                try:
                    stat = path.stat()
                except OSError:
                    continue
                if path.is_file() and stat.st_mtime >= self.started and stat.st_size < 50e6:
                    found.append(path)
        return found

    def hits(self) -> dict[Path, set[str]]:
        return scan_for([*self.scanned(), *self.new_system_temp_files()], NEEDLES)


@pytest.fixture
def places(tmp_path: Path, app_paths, monkeypatch: pytest.MonkeyPatch) -> Iterator[Places]:  # type: ignore[no-untyped-def]
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    root = logging.getLogger()
    level = root.level
    home = tmp_path / "home"
    for sub in ("data", "config", "cache", "state", "runtime"):
        (home / sub).mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    system_temp = Path(tempfile.gettempdir())
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # C libraries and QDir::tempPath()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    # QSettings named as the installed app names it (ui/__main__.make_application), kept here.
    settings = tmp_path / "settings"
    QCoreApplication.setOrganizationName("Keukentafel")
    QCoreApplication.setApplicationName("Keukentafel")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings))
    app_log.configure(app_paths.logs, logging.DEBUG)  # as ui/__main__.main does, every level
    export = tmp_path / "gekozen map"
    export.mkdir()
    started = time.time() - 1  # file times may be coarser than the clock
    yield Places(app_paths.data, temp, app_paths.logs, settings, home, export, system_temp, started)
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, config)


def save_dialog_into(monkeypatch: pytest.MonkeyPatch, folder: Path, chosen: list[Path]) -> None:
    """The system's save dialog, answered with the suggested name in the worker's folder."""

    def answer(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        path = folder / Path(suggested).name
        chosen.append(path)
        return str(path), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def when_modal(fill: Callable[[QWidget], None], errors: list[BaseException]) -> None:
    """Fill the next modal dialog from inside its own event loop (as the worker would);
    on any failure close it, so the day never hangs. Gives up after five seconds."""
    deadline = time.monotonic() + 5

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(10, run)
            else:
                errors.append(TimeoutError("no modal dialog opened"))
            return
        try:
            fill(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, run)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key; QTest knows only ASCII keys, so a letter such as "ö" goes
    as the key event a keyboard layout sends for it (the key code and its text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def ctrl(qtbot, widget: QWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


# -- the day --------------------------------------------------------------------------------
def _unlock_and_write_a_note(qtbot, controller):  # type: ignore[no-untyped-def]
    run_wizard(qtbot, controller)  # yesterday: the vault was made
    controller.lock()
    unlock(qtbot, controller)  # this morning
    citizen = add_citizen(qtbot, controller, S["name"])
    qtbot.keyClicks(citizen.editor, NOTE)
    ctrl(qtbot, citizen.editor, Qt.Key.Key_S)
    assert citizen.notes_list.count() == 1
    return citizen


def _conversation(qtbot, controller, citizen, errors: list[BaseException]):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(citizen.intake_button, Qt.MouseButton.LeftButton)
    view = controller.main_window.intake_view
    controller.main_window.resize(1400, 860)
    _activate(qtbot, controller.main_window)
    type_into(qtbot, child(view, "start_place"), PLACE)
    click(qtbot, view, "start_button")
    view.go("information")
    for key in ("purpose", "recorded", "who_sees", "sharing", "rights"):
        child(view, f"info_check_{key}").setChecked(True)
    click(qtbot, view, "info_save")
    view.go("request")
    type_into(qtbot, child(view, "request_words"), WORDS)
    choose(view, "request_type", "woningaanpassing")
    click(qtbot, view, "request_add")
    page = view.go("domains")
    page.select("huisvesting")
    qtbot.keyClicks(child(view, "note_body"), DOMAIN_NOTE)
    click(qtbot, view, "note_save")
    choose(view, "score_value", 2)
    qtbot.keyClicks(child(view, "score_basis"), BASIS)
    click(qtbot, view, "score_save")
    view.go("network")
    qtbot.keyClicks(child(view, "extra_bsn"), BSN_TYPED)
    click(qtbot, view, "extras_save")
    view.go("medical")
    when_modal(_fill_consent, errors)
    consent = next(b for b in view.findChildren(QWidget, "request_consent") if b.isVisible())
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton)  # modal until saved
    assert not errors, errors
    return view


def _fill_consent(dialog: QWidget) -> None:
    assert isinstance(dialog, ConsentRequestDialog)
    dialog.organisation.lineEdit().setText(RECIPIENT)
    dialog.role.setText("woonhulp")
    dialog.items.entry.setText("Of de trap een traplift kan dragen")
    dialog.items.add()
    dialog.purpose.setText(PURPOSE)
    for tick in (dialog.necessity, dialog.subsidiarity, dialog.proportionality, dialog.explained):
        tick.setChecked(True)
    assert dialog.save_button.isEnabled(), dialog.problems.text()
    dialog.save_button.click()


def _papers(qtbot, controller, view, chosen: list[Path]) -> list[bytes]:  # type: ignore[no-untyped-def]
    """The consent form (opened after the terms were saved), the information sheet and the
    verslag saved as PDF; the sheet also printed to a PDF file; then the inzage overview."""
    dialogs = [d for d in view.findChildren(PapersDialog) if d.isVisible()]
    assert len(dialogs) == 1  # the consent form, opened by the Save above
    saved = [_save(dialogs[0], "toestemmingsformulier")]
    dialogs[0].close()
    _activate(qtbot, controller.main_window)
    ctrl(qtbot, view.steps, Qt.Key.Key_P)
    dialog = next(d for d in view.findChildren(PapersDialog) if d.isVisible())
    saved.append(_save(dialog, "informatieblad-privacy"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(chosen[0].parent / "geprint.pdf"))
    assert dialog.print_paper(printer), dialog.message.text()
    saved.append(_save(dialog, "verslag"))
    dialog.close()
    qtbot.mouseClick(child(view, "intake_back"), Qt.MouseButton.LeftButton)
    citizen = controller.main_window.citizen_view
    qtbot.mouseClick(citizen.inzage_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in citizen.findChildren(PapersDialog) if d.isVisible())
    saved.append(_save(dialog, "inzage-overzicht"))
    dialog.close()
    return saved


def _save(dialog: PapersDialog, document: str) -> bytes:
    row = next(i for i, c in enumerate(dialog.choices) if c.document == document)
    dialog.papers.setCurrentRow(row)
    assert dialog.paper is not None, dialog.message.text()
    pdf = dialog.paper.pdf
    assert dialog.save_paper(), dialog.message.text()
    return pdf


def _bundle(qtbot, controller) -> BundleDialog:  # type: ignore[no-untyped-def]
    citizen = controller.main_window.citizen_view
    qtbot.mouseClick(citizen.bundle_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in citizen.findChildren(BundleDialog) if d.isVisible())
    for i in range(dialog.items.count()):
        dialog.items.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.ground.setText("Wmo 5.2.1, nodig voor het besluit")
    dialog.confirm_extra.setChecked(True)
    qtbot.keyClicks(dialog.purpose, "Besluit op de melding")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None, dialog.message.text()
    return dialog


def _copy_the_note(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    citizen = controller.main_window.citizen_view
    citizen.notes_list.setFocus()
    citizen.notes_list.setCurrentRow(0)
    qtbot.keyClick(citizen.notes_list, Qt.Key.Key_Return)  # opens the note to edit it
    assert citizen.editor.toPlainText() == NOTE
    ctrl(qtbot, citizen.editor, Qt.Key.Key_A)
    ctrl(qtbot, citizen.editor, Qt.Key.Key_C)


def clipboard_sentinels() -> set[str]:
    """Every sentinel in the clipboard (and the X11 selection, where there is one): its text
    and the bytes of each format it offers."""
    clipboard = QApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    found: set[str] = set()
    for mode in modes:
        found |= sentinels_in(clipboard.text(mode).encode("utf-8"), NEEDLES)
        mime = clipboard.mimeData(mode)
        for name in mime.formats() if mime is not None else ():
            found |= sentinels_in(bytes(mime.data(name)), NEEDLES)
    return found


def test_r002_21_r001_21_a_day_of_work_leaves_no_plaintext_after_the_lock(
    qtbot,  # type: ignore[no-untyped-def]
    controller,
    places: Places,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen: list[Path] = []
    save_dialog_into(monkeypatch, places.export, chosen)
    errors: list[BaseException] = []
    citizen = _unlock_and_write_a_note(qtbot, controller)
    view = _conversation(qtbot, controller, citizen, errors)
    papers = _papers(qtbot, controller, view, chosen)
    _bundle(qtbot, controller).close()
    _copy_the_note(qtbot, controller)
    # positive controls: the day carried the data to the papers, the bundle and the clipboard
    overview = sentinels_in(pdf_text(papers[-1]).encode(), NEEDLES)
    assert overview >= {S[k] for k in ("name", "street", "bsn", "domain", "recipient", "purpose")}
    assert {S["recipient"], S["purpose"]} <= sentinels_in(pdf_text(papers[0]).encode(), NEEDLES)
    (bundle,) = places.export.glob("*.age")
    case_system = pyrage.x25519.Identity.from_str(secret("case-system"))  # DEMO-ONLY key
    assert {S["street"], S["domain"]} <= sentinels_in(
        pyrage.decrypt(bundle.read_bytes(), [case_system]), NEEDLES
    )
    assert clipboard_sentinels() == {S["note"]}
    assert places.hits() == {}  # while unlocked, the write-ahead log included
    ctrl(qtbot, controller.main_window, Qt.Key.Key_L)
    assert controller.session is None
    qtbot.waitUntil(lambda: not controller.tasks._live, timeout=20_000)
    assert clipboard_sentinels() == set()
    assert places.hits() == {}
    # the places scanned were the app's: the vault, the log and the settings file are there
    assert controller.vault_folder is not None
    assert controller.vault_folder.is_relative_to(places.data)
    assert "locked: manual" in (places.logs / "keukentafel.log").read_text("utf-8")
    assert Path(QSettings().fileName()).is_file()
    assert Path(QSettings().fileName()).is_relative_to(places.settings)
    # the worker's own folder: the four PDFs, the printed file and the bundle, nothing else;
    # named by case number, and the bundle holds nothing readable
    assert {p.name for p in places.export.iterdir()} == {p.name for p in chosen} | {
        "geprint.pdf",
        bundle.name,
    }
    assert not any(sentinels_in(p.name.encode(), NEEDLES) for p in places.export.iterdir())
    assert scan_for([bundle], NEEDLES) == {}


def test_r002_21_each_scanned_place_finds_a_planted_sentinel(qtbot, places: Places) -> None:  # type: ignore[no-untyped-def]
    """The scan cannot pass by seeing nothing: a sentinel planted in each place, each in
    another encoding, is found there and only there; the clipboard's text and its other
    formats are read."""
    planted_in_system_temp = places.system_temp / f"kt-plant-{os.getpid()}-{time.time_ns()}"
    plants = {
        places.data / "kluis" / "vault.db-journal": S["name"].encode("utf-16-le"),
        places.temp / "tmpa1b2.pdf": b"%PDF " + S["street"].encode("latin-1"),
        places.temp / "form.txt": f"q={quote_plus(S['recipient'] + ' ' + S['street'])}".encode(),
        places.home / "cache" / "qtshadercache" / "x": json.dumps({"q": S["domain"]}).encode(),
        planted_in_system_temp: BSN_TYPED.encode("utf-16-be"),
    }
    for path, data in plants.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    logging.getLogger("test").warning("planted %s", S["note"])
    settings = QSettings()
    settings.setValue("probe/street", S["street"])  # whatever escaping Qt uses
    settings.sync()
    try:
        hits = places.hits()
    finally:
        planted_in_system_temp.unlink()
    assert hits == {
        places.data / "kluis" / "vault.db-journal": {S["name"], S["name"].split()[-1]},
        places.temp / "tmpa1b2.pdf": {S["street"]},
        places.temp / "form.txt": {S["recipient"], S["street"]},
        places.home / "cache" / "qtshadercache" / "x": {S["domain"]},
        planted_in_system_temp: {S["bsn"]},
        places.logs / "keukentafel.log": {S["note"]},
        Path(settings.fileName()): {S["street"]},
    }
    assert Path(settings.fileName()).is_relative_to(places.settings)
    clipboard = QApplication.clipboard()
    clipboard.setText(S["purpose"])
    assert clipboard_sentinels() == {S["purpose"]}
    mime = QMimeData()
    mime.setData("application/x-kt-probe", S["name"].encode("utf-16-be"))
    clipboard.setMimeData(mime)
    assert clipboard_sentinels() == {S["name"], S["name"].split()[-1]}
    clipboard.clear()


def test_the_encodings_scanned_for() -> None:
    """Each way a file may hold a sentinel is looked for; a near miss is not a hit."""
    bsn, street = S["bsn"], S["street"]
    for form in ("9999.90.019", "999 990 019", "9999-90-019", bsn):
        assert sentinels_in(f"BSN: {form}".encode("utf-16-le"), [bsn]) == {bsn}
    assert sentinels_in(b"999990018", [bsn]) == set()
    for data in (
        street.upper().encode("utf-8"),
        street.encode("latin-1"),
        json.dumps(street).encode(),
        quote(street).encode(),
    ):
        assert sentinels_in(data, [street]) == {street}, data
    assert sentinels_in(b"Qurvelsteeg", [street]) == set()
