"""Typed text is never rendered as markup (issue 10, "Reliability", found by fuzzing).

A QLabel, a message box and a tooltip take text that *looks like* HTML as rich text (Qt's
``AutoText``), so a citizen called ``<img src="file:///...">`` could draw a picture, load a local
file or show a link. This module fills a fictional vault where every text a worker types (names,
notes, help request, network person, representative, visit place, third party's request ...)
holds a marker wrapped in markup, tours every window and dialog (``tests.support.windows``), and
fails when a label, message box, button, tooltip, item or text view shows a marker without its
angle brackets, that is: rendered instead of shown as typed. Positive controls prove the check
catches a label left in automatic mode, a rich tooltip and an unescaped text view.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTextEdit,
    QWidget,
)

from app.domain.consent_record import Decision
from app.domain.consent_terms import (
    ConsentKind,
    ConsentTerms,
    Direction,
    GrantorCapacity,
    Method,
    Party,
)
from app.domain.intake import Acknowledgement, IntakeMode
from app.domain.notes import NoteKind, NoteSource
from app.domain.profile import Law, Role
from app.domain.refusals import PresentRole, RefusalKind
from app.domain.representatives import AuthoritySeen, RepresentativeKind
from app.domain.rights import RightKind
from app.services.consent_requests import ConsentRequestService
from app.services.consents import ConsentService
from app.services.household import HouseholdService
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.profiles import installed_profile
from app.services.representation import RepresentationService
from app.services.rights import RightsService
from app.services.sharing.disclosures import DisclosureService
from tests.support.app_world import (
    World,
    close_world,
    create_vault,
    new_controller,
    settle,
)
from tests.support.intake import ALL_ITEMS
from tests.support.windows import tour

SHOTS = Path("test-output/casework")
SHOWN = {  # screenshots to look at: the typed markup stays visible as typed
    "citizen/section0.0": "citizen_view",
    "intake/start": "intake_banner",
    "citizen/disclosures/discussed": "discussed_dialog",
}
# Two kinds of wrapping: a tag that would turn bold and an image that would be loaded.
WRAPS = ("<b>{}</b>", '<img src="x">{}')


def marked(n: int, plain: str = "") -> str:
    """Fictional text holding marker ``MKX<n>`` wrapped in markup (plus ``plain`` after it)."""
    return WRAPS[n % len(WRAPS)].format(f"MKX{n:02d}") + (f" {plain}" if plain else "")


MARKERS = {f"MKX{n:02d}": WRAPS[n % len(WRAPS)].format(f"MKX{n:02d}") for n in range(1, 29)}


def seed_marked(folder: Path) -> World:
    """Like ``app_world.seed``, but every typed text carries a marker in markup."""
    controller = new_controller(folder)
    create_vault(controller)
    session = controller.session
    assert session is not None
    verified = installed_profile(session)
    assert verified is not None
    profile = verified.profile
    db, trail, now = session.vault.db, session.trail, session.now
    jan = session.caseload.add_citizen(marked(1, "Voorbeeld"), "12-03-1948")
    els = session.caseload.add_citizen(marked(2, "Voorbeeld"), "02-07-1950")
    session.caseload.add_note(jan.id, marked(3, "belde over de trap"))
    intakes = IntakeService(db, trail, profile, now)
    records = IntakeRecords(intakes)
    intake_id = intakes.start_intake(jan.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE).id
    intakes.record_handover(intake_id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED)
    intakes.add_help_request(intake_id, marked(4, "huis schoonhouden"), "huishoudelijke-hulp")
    today = now().astimezone().date()
    note = records.add_note(
        intake_id,
        marked(5, "stofzuigen lukt niet"),
        NoteKind.FACT,
        NoteSource.CITIZEN,
        today,
        domain="instrumentele_adl",
    )
    intakes.score_domain(intake_id, "instrumentele_adl", 3, marked(6, "gesprek"), today)
    records.add_network_person(intake_id, marked(7, "Mieke"), marked(8), marked(9), marked(10))
    records.record_concerns(intake_id, marked(11, "geen"))
    people = RepresentationService(db, trail, profile, now)
    people.add_representative(
        jan.id,
        RepresentativeKind.MENTOR,
        marked(12, "Bert"),
        AuthoritySeen.BESCHIKKING,
        contact=marked(13),
        since=today,
    )
    people.add_present(intake_id, PresentRole.FAMILIELID, True, marked(14, "Kees"))
    people.record_refusal(jan.id, RefusalKind.HULP, marked(15, "geen hulp bij koken"), today)
    HouseholdService(db, trail, now).link(jan.id, els.id, marked(16, "echtpaar"))
    visit = session.visits.plan(
        today + timedelta(days=1), None, marked(17, "Dorpsstraat 1"), (jan.id, els.id)
    )
    session.visits.plan(today + timedelta(days=2), None, marked(18), (), marked(19, "Nieuw"))
    RightsService(db, trail, profile, now).record(jan.id, RightKind.INZAGE, today)
    DisclosureService(db, trail, profile, now).log_request(
        jan.id,
        marked(20, "De Linde"),
        marked(21, "indicatie?"),
        today,
        "telefonisch",
        marked(22, "medewerker"),
    )
    terms = ConsentTerms(
        kind=ConsentKind.AVG,
        direction=Direction.OPVRAGEN,
        controller="College van burgemeester en wethouders van Voorbeeldstad",
        party=Party(marked(23, "Woonstichting"), marked(24, "corporatie")),
        items=(marked(25, "of de woning een traplift kan krijgen"),),
        purpose=marked(26, "de aanvraag voor een woningaanpassing beoordelen"),
        law="Wmo 2015 art. 2.3.2",
        valid_until=today + timedelta(days=60),
        grantor=marked(27, "Jan"),
        capacity=GrantorCapacity.INWONER,
        method=Method.SCHRIFTELIJK,
        necessity=True,
        subsidiarity=True,
        proportionality=True,
        explained=True,
    )
    form = ConsentRequestService(db, trail, profile, now).create(intake_id, terms)
    ConsentService(db, trail, profile, now).record_decision(
        form.id, Decision.PERMIT, Method.SCHRIFTELIJK, marked(28, "getekend")
    )
    window = controller.main_window
    assert window is not None
    window.show_home()
    settle()
    return World(controller, jan.id, intake_id, els.id, visit.id, note.id)


# -- what the worker sees ---------------------------------------------------------------------
def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The text as Qt draws it in a label, message box or tooltip of ``text_format``."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if text_format == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def rendered(raw: str, displayed: str) -> list[str]:
    """Markers in ``raw`` or ``displayed`` that are not shown with their markup as typed."""
    return [
        core
        for core, typed in MARKERS.items()
        if (core in raw or core in displayed) and typed not in displayed
    ]


def markup_shown(window: QWidget) -> list[str]:
    """Every place in ``window`` where a marker's markup is rendered instead of shown."""
    problems: list[str] = []

    def check(where: str, raw: str, displayed: str) -> None:
        problems.extend(f"{where}: {core} in {raw[:80]!r}" for core in rendered(raw, displayed))

    widgets = [window, *(w for w in window.findChildren(QWidget) if w.window() is window)]
    for widget in widgets:
        kind = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        if isinstance(widget, QLabel):
            check(kind, widget.text(), shown(widget.text(), widget.textFormat()))
        elif isinstance(widget, QAbstractButton):
            check(kind, widget.text(), widget.text())  # buttons draw plain text
        elif isinstance(widget, QTextEdit):
            check(kind, widget.toHtml(), widget.toPlainText())
        if widget.toolTip():
            check(f"tooltip of {kind}", widget.toolTip(), shown(widget.toolTip()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for what, raw, displayed in _item_texts(widget):
                check(f"{what} of {kind}", raw, displayed)
    return problems


def _item_texts(view: QAbstractItemView) -> Iterator[tuple[str, str, str]]:
    """(what, raw, displayed) for each cell's text (plain: the standard delegate) and tooltip."""
    model = view.model()
    if model is None:
        return

    def walk(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            column = 0
            while (index := model.index(row, column, parent)).isValid():
                yield index
                if column == 0:
                    yield from walk(index)
                column += 1

    for index in walk(QModelIndex()):
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            yield "item", text, text
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str) and tip:
            yield "item tooltip", tip, shown(tip)


# -- the tour ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def world(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    opened = seed_marked(tmp_path_factory.mktemp("markup"))
    yield opened
    close_world(opened)


@pytest.fixture(scope="module")
def findings(world: World) -> tuple[dict[str, list[str]], set[str]]:
    """(problems per stop, the markers seen anywhere on the tour)."""
    problems: dict[str, list[str]] = {}
    seen: set[str] = set()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for stop in tour(world):
        found = markup_shown(stop.window)
        if found:
            problems[stop.name] = found
        seen |= _markers_in(stop.window)
        if stop.name in SHOWN:
            stop.window.grab().save(str(SHOTS / f"markup_{SHOWN[stop.name]}.png"))
    return problems, seen


def _markers_in(window: QWidget) -> set[str]:
    texts = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            texts.extend(raw for _, raw, _ in _item_texts(widget))
    return {core for core in MARKERS if any(core in text for text in texts)}


def test_no_window_renders_typed_text_as_markup(findings) -> None:
    problems, _ = findings
    assert problems == {}, "\n".join(f"{stop}: {p}" for stop, ps in problems.items() for p in ps)


def test_the_tour_shows_the_marked_texts(findings) -> None:
    """The check saw the typed texts: every marker appears somewhere on the tour."""
    _, seen = findings
    assert set(MARKERS) - seen == {"MKX28"}  # the consent's attestation: kept, not shown


# -- positive controls ------------------------------------------------------------------------
def test_the_check_catches_a_label_left_in_automatic_mode(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    auto = QLabel(marked(1, "Voorbeeld"), window)
    plain = QLabel(marked(2, "Voorbeeld"), window)
    plain.setTextFormat(Qt.TextFormat.PlainText)
    assert auto.textFormat() == Qt.TextFormat.AutoText
    problems = markup_shown(window)
    assert len(problems) == 1
    assert "MKX01" in problems[0]
    auto.setTextFormat(Qt.TextFormat.PlainText)
    assert markup_shown(window) == []


def test_the_check_catches_a_rich_tooltip_and_an_unescaped_text_view(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QLabel("Open", window)
    button.setToolTip(marked(3))
    view = QTextEdit(window)
    view.setHtml(f"<p>{marked(4)}</p>")
    problems = markup_shown(window)
    assert sorted(p.split(":")[0].split()[0] for p in problems) == ["QTextEdit", "tooltip"]
