"""Fuzzing four Qt forms with hypothesis text (issue 10, "Reliability"): the add-citizen form, the
note editor, the date and time fields of a planned visit, and the new-passphrase field.

Text goes in as a worker's paste would (``setText``) and, for a few examples, key by key
(``keyClicks``); then the form's own button. Either the form stores exactly what its field held
(as the domain cleans it) and clears, or it shows a plain message, keeps the typed text and
writes nothing. Any exception in a slot fails the test (pytest-qt). English source strings;
fictional data. Screenshots of a refusal after a 100,000-character paste go to
test-output/casework/.
"""

from __future__ import annotations

import string
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.agenda import parse_day, parse_time
from app.domain.citizen import clean_name, clean_note, parse_date_of_birth
from app.domain.passphrase import assess
from app.services.session import Session
from app.services.tasks import TaskService
from tests.support.fuzz import FUZZ, any_text, assert_plain
from tests.support.intake import Clock
from ui.views.citizen_view import CitizenView
from ui.views.home_view import HomeView
from ui.views.plan_visit_dialog import PlanVisitDialog
from ui.widgets.password_field import PasswordField

SHOTS = Path("test-output/casework")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
FORM = settings(
    FUZZ,
    max_examples=15,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one widget serves every example of a test
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
dates = st.one_of(
    any_text,
    st.sampled_from(["31-02-2020", "00-00-0000", "01-01-10000", "29-02-2024", "7-3-1950", ""]),
)
# What QTest can type key by key: its key table covers ASCII (an "é" trips an assertion inside
# QTest itself), so the rest of Unicode goes in through setText above.
typed = st.text(string.ascii_letters + string.digits + " .,;:'-/()&@", max_size=30)


@pytest.fixture
def clocked(session: Session) -> Session:
    session.now = Clock(NOW)
    return session


def _count(session: Session, sql: str) -> int:
    return int(session.vault.db.run(lambda c: c.execute(sql).fetchone()[0]))


@pytest.fixture
def home(qtbot: Any, clocked: Session) -> HomeView:
    view = HomeView(clocked, TaskService(clocked.vault.db, clocked.trail, clocked.now))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    return view


def _add_citizen(session: Session, home: HomeView) -> None:
    name, born = home.name_edit.text(), home.dob_edit.text()  # what Qt holds, not what was sent
    before = _count(session, "SELECT count(*) FROM citizen")
    home.add_button.click()
    if _count(session, "SELECT count(*) FROM citizen") == before:
        assert_plain(home.add_error.text(), name, born)
        assert (home.name_edit.text(), home.dob_edit.text()) == (name, born)  # kept
        return
    assert home.add_error.text() == ""
    assert (home.name_edit.text(), home.dob_edit.text()) == ("", "")
    newest = session.vault.db.run(
        lambda c: c.execute(
            "SELECT name, date_of_birth FROM citizen ORDER BY rowid DESC"
        ).fetchone()
    )
    born_on = parse_date_of_birth(born, NOW.date())
    assert tuple(newest) == (clean_name(name), born_on.isoformat() if born_on else None)


@FORM
@given(name=any_text, born=dates)
@example(name="x" * 100_000, born="31-02-2020")
@example(name="Jan\ud800\x00\u202eVoorbeeld", born="07-03-1950\r\n")
def test_fuzz_the_add_citizen_form(clocked: Session, home: HomeView, name: str, born: str) -> None:
    home.name_edit.setText(name)
    home.dob_edit.setText(born)
    _add_citizen(clocked, home)


@FORM
@given(name=typed, born=st.sampled_from(["", "07-03-1950", "31-02-2020", "1-1-1", "xx"]))
@example(name="Ella O'Brien-Unal", born="07-03-1950")
def test_fuzz_the_add_citizen_form_typed_key_by_key(
    qtbot: Any, clocked: Session, home: HomeView, name: str, born: str
) -> None:
    home.name_edit.clear()
    home.dob_edit.clear()
    qtbot.keyClicks(home.name_edit, name)
    qtbot.keyClicks(home.dob_edit, born)
    assert home.name_edit.text() == name
    _add_citizen(clocked, home)


def test_a_refused_100k_paste_leaves_the_form_readable(clocked: Session, home: HomeView) -> None:
    home.name_edit.setText("Zzyzx " * 20_000)
    home.dob_edit.setText("31-02-2020")
    home.add_button.click()
    assert home.add_error.text() == "The name is too long (at most 200 characters)."
    SHOTS.mkdir(parents=True, exist_ok=True)
    home.grab().save(str(SHOTS / "fuzz-add-citizen-refused.png"))


@pytest.fixture
def citizen_view(qtbot: Any, clocked: Session) -> CitizenView:
    citizen = clocked.caseload.add_citizen("Fenna Fictief", "01-02-1960")
    view = CitizenView(clocked, citizen.id)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


@FORM
@given(body=any_text)
@example(body="Regel een\r\nregel twee\rdrie\u2028vier\x00\ud800")
@example(body="x" * 20_001)
@example(body="<b>vet</b> &amp; {name} %s")
def test_fuzz_the_note_editor(clocked: Session, citizen_view: CitizenView, body: str) -> None:
    view = citizen_view
    view.editor.setPlainText(body)
    held = view.editor.toPlainText()
    before = [n.id for n in clocked.caseload.open_citizen(view.citizen_id)[1]]
    view.save_button.click()
    notes = clocked.caseload.open_citizen(view.citizen_id)[1]
    if [n.id for n in notes] == before:
        assert_plain(view.message.text(), held)
        assert view.editor.toPlainText() == held  # the text stays in the editor
        return
    assert view.message.text() == "Saved."
    assert view.editor.toPlainText() == ""
    new = [n for n in notes if n.id not in before]
    assert [n.body for n in new] == [clean_note(held)]


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot: Any, clocked: Session) -> None:
    citizen = clocked.caseload.add_citizen("<b>Fenna</b> <i>Fictief</i>", "")
    view = CitizenView(clocked, citizen.id)
    qtbot.addWidget(view)
    assert QtGui.Qt.mightBeRichText(citizen.name)  # Qt would render it as markup
    assert view.header.textFormat() == Qt.TextFormat.PlainText
    assert view.header.text() == "<b>Fenna</b> <i>Fictief</i>"


@FORM
@given(day=dates, at=st.one_of(any_text, st.sampled_from(["9:30", "24:00", "9:60", "09.30"])),
       contact=any_text)  # fmt: skip
@example(day="31-02-2020", at="25:00", contact="Piet Proef")
@example(day="23-11-2026", at="9:30", contact="\x00\u202e Piet")
def test_fuzz_the_date_and_time_fields_of_a_visit(
    qtbot: Any, clocked: Session, day: str, at: str, contact: str
) -> None:
    dialog = PlanVisitDialog(clocked)
    qtbot.addWidget(dialog)
    dialog.date_edit.setText(day)
    dialog.time_edit.setText(at)
    dialog.contact_edit.setText(contact)
    held = (dialog.date_edit.text(), dialog.time_edit.text(), dialog.contact_edit.text())
    planned: list[str] = []
    dialog.planned.connect(planned.append)
    before = _count(clocked, "SELECT count(*) FROM visit")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    if not planned:
        assert _count(clocked, "SELECT count(*) FROM visit") == before
        assert_plain(dialog.message.text(), *held)
        assert (dialog.date_edit.text(), dialog.time_edit.text()) == held[:2]
        return
    row = clocked.visits.get(planned[0])
    assert row is not None
    visit = row.visit
    assert (visit.on_date, visit.at_time) == (parse_day(held[0]), parse_time(held[1]))
    assert visit.contact_name == clean_name(held[2])


@FORM
@given(text=any_text)
@example(
    text="een zin van meer dan tweeënzeventig tekens lang, zoals mensen die kiezen om te onthouden"
)
@example(text="\ud800" * 20)
@example(text="paars tractor zingt\x00 onder water")
def test_fuzz_the_new_passphrase_field(qtbot: Any, text: str) -> None:
    field = PasswordField("New passphrase", show_strength=True, user_words=("Anna de Demo",))
    qtbot.addWidget(field)
    field.line_edit.setText(text)
    held = field.line_edit.text()
    assert field.strength is not None
    assert field.strength == assess(held, ("Anna de Demo",))
    assert field.meter.value() == field.strength.score
    if held and not field.strength.acceptable:  # an empty field is not nagged
        assert_plain(field.reason_label.text(), held)
