"""A whole intake with the keyboard only (issue 9: "every key goes to
``QApplication.focusWidget()`` through one helper, the test never names a widget, and there is
not a single mouse event").

The demo vault is made through the first-run wizard first; the keyboard part starts at the lock
screen. From there the test finds its way like a screen-reader user: it presses keys
(``tests/support/keyboard.py``: ``press`` and helpers built on it) and reads only what the
focused widget announces (its accessible name, its value, the focused line of a list). An
application-wide event filter counts mouse events; there must be none. The result is checked
in the vault afterwards, opened again after the lock. All names and texts are fictional.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.domain.scope import DomainStatus
from app.domain.zrm import DOMAIN_IDS
from app.services import session as session_mod
from app.services.intake import IntakeService
from app.services.profiles import installed_profile
from tests.support.keyboard import (
    Modifiers,
    MouseWatch,
    ScreenReader,
    arrow_to,
    checked,
    current_item,
    focused,
    label_of,
    name_of,
    press,
    tab_to,
    type_text,
    value_of,
    wait_focus,
    where,
)
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_first_run_and_lock import run_wizard

CTRL, ALT = Modifiers.ControlModifier, Modifiers.AltModifier
WORDS = "Ik kan het huis niet meer schoonhouden"
NOTE = "Stofzuigen en ramen lukken niet meer."
BASIS = "gesprek over het huishouden"


def space(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Space)


def activate_button(qtbot, pattern: str) -> None:
    """Tab to the button and press it with Space."""
    tab_to(qtbot, pattern)
    assert focused().isEnabled(), where()
    space(qtbot)


def next_step(qtbot, pattern: str) -> None:
    """Ctrl+PgDown until the step list's current line (the focus follows) matches."""
    for _ in range(14):
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        assert name_of(focused()) == "Steps", where()
        if pattern.lower() in current_item(focused()).lower():
            return
    raise AssertionError(f"no step {pattern!r}")


def step_state(qtbot) -> str:
    """The current step and its state, as the step list reads it (Shift+Tab back to it)."""
    tab_to(qtbot, "^Steps$", backwards=True)
    return current_item(focused())


def tick(qtbot, pattern: str) -> None:
    tab_to(qtbot, pattern)
    if not checked(focused()):
        space(qtbot)
    assert checked(focused()), where()


def choose(qtbot, field: str, pattern: str) -> None:
    """Tab to a drop-down and move with the arrows until it reads ``pattern``."""
    tab_to(qtbot, field)
    arrow_to(qtbot, pattern, value_of)


def test_a_whole_intake_with_the_keyboard_only(qtbot, controller) -> None:
    run_wizard(qtbot, controller)  # setup: the demo vault, then locked
    controller.lock()
    folder = controller.vault_folder
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    with MouseWatch() as mouse, ScreenReader():
        _unlock_and_add_citizen(qtbot)
        _start_inform_and_ask(qtbot)
        _linked_domain(qtbot)
        _declined_domain(qtbot)
        _onderzoek_review_and_close(qtbot)
        press(qtbot, Qt.Key.Key_L, CTRL)  # lock
        qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
        wait_focus(qtbot, "Passphrase")
    assert mouse.count == 0, mouse.kinds
    _check_the_vault(folder)


def _unlock_and_add_citizen(qtbot) -> None:
    assert name_of(focused()) == "Passphrase", where()
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    wait_focus(qtbot, "Search citizens")  # the main window, ready to find someone
    press(qtbot, Qt.Key.Key_N, ALT)  # "&Name:" of a new citizen
    assert name_of(focused()) == "Name:", where()
    type_text(qtbot, "Jan Voorbeeld")
    press(qtbot, Qt.Key.Key_Tab)
    assert name_of(focused()) == "Date of birth:", where()
    type_text(qtbot, "12-03-1948")
    press(qtbot, Qt.Key.Key_Return)  # adds the citizen and opens the file
    wait_focus(qtbot, "Note text")
    press(qtbot, Qt.Key.Key_K, ALT)  # "New &kitchen-table conversation"
    wait_focus(qtbot, "^Steps$")
    assert current_item(focused()).startswith("Start"), current_item(focused())


def _start_inform_and_ask(qtbot) -> None:
    choose(qtbot, "^Law:", "Wmo")
    choose(qtbot, "^Kind of contact:", "single")
    activate_button(qtbot, "Start the conversation")
    assert "done" in step_state(qtbot)
    next_step(qtbot, "Information first")
    for point in ("why we ask", "what is written down", "who can see", "with whom", "rights"):
        tick(qtbot, point)
    activate_button(qtbot, "Record the information")
    assert "done" in step_state(qtbot), current_item(focused())
    next_step(qtbot, "Help request")
    tab_to(qtbot, "own words")
    type_text(qtbot, WORDS)
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text box
    assert label_of(focused()) == "Type:", where()
    arrow_to(qtbot, "huishouden", value_of)
    activate_button(qtbot, "Record the help request")
    assert "done" in step_state(qtbot), current_item(focused())


def _linked_domain(qtbot) -> None:
    next_step(qtbot, "Life domains")
    tab_to(qtbot, "^Life domains$")
    arrow_to(qtbot, "Instrumental", current_item)
    assert "●" in current_item(focused()), current_item(focused())  # open: linked to the request
    tab_to(qtbot, "Note text$")
    type_text(qtbot, NOTE)
    activate_button(qtbot, "Save note$")
    choose(qtbot, "ZRM score", "^3 ")
    tab_to(qtbot, "Score based on")
    type_text(qtbot, BASIS)
    activate_button(qtbot, "Save score$")


def _declined_domain(qtbot) -> None:
    tab_to(qtbot, "^Life domains$", backwards=True)
    arrow_to(qtbot, "Finances", current_item)
    assert "○" in current_item(focused()), current_item(focused())  # not discussed
    choose(qtbot, "Raised by", "citizen raised")
    tab_to(qtbot, "concern it serves")
    type_text(qtbot, "Vervoer betalen")
    activate_button(qtbot, "Propose to the citizen")
    activate_button(qtbot, "Citizen says no")
    tab_to(qtbot, "^Life domains$", backwards=True)
    assert "declined" in current_item(focused()), current_item(focused())


def _onderzoek_review_and_close(qtbot) -> None:
    next_step(qtbot, "Wmo onderzoek")
    for item in ("personal plan", "client support", "personal budget"):
        tick(qtbot, item)
    activate_button(qtbot, "Save the onderzoek")
    assert "done" in step_state(qtbot), current_item(focused())
    next_step(qtbot, "Look back together")
    activate_button(qtbot, "Start looking back")
    activate_button(qtbot, "looked back together")
    assert "done" in step_state(qtbot), current_item(focused())
    next_step(qtbot, "Close")
    assert checked(tab_to(qtbot, "^Completed$"))  # the outcome chosen (arrows would change it)
    for block in ("^Dossier:", "^Working file", "regie data:"):
        choose(qtbot, block, "^(?!— choose —)")
    activate_button(qtbot, "Close the conversation")
    assert "completed" in step_state(qtbot).lower(), current_item(focused())


def _check_the_vault(folder) -> None:
    """Opened again after the lock: what the keys did is stored, and nothing more."""
    session = session_mod.unlock(folder, PASSPHRASE)
    try:
        db = session.vault.db

        def rows(sql: str) -> list[tuple]:
            return db.run(lambda c: c.execute(sql).fetchall())

        assert rows("SELECT status FROM intake") == [("afgerond",)]
        assert rows("SELECT words FROM help_request") == [(WORDS,)]
        assert rows("SELECT domain, body FROM note") == [("instrumentele_adl", NOTE)]
        assert rows("SELECT domain, value, basis FROM zrm_score") == [
            ("instrumentele_adl", 3, BASIS)
        ]
        assert rows("SELECT domain, agreed FROM domain_decision") == [("financien", 0)]
        for table in ("note", "zrm_score", "limitation"):
            assert rows(f"SELECT count(*) FROM {table} WHERE domain = 'financien'") == [(0,)]  # noqa: S608
        verified = installed_profile(session)
        assert verified is not None
        service = IntakeService(db, session.trail, verified.profile, session.now)
        ((intake_id,),) = rows("SELECT id FROM intake")
        scope = service.scope(intake_id)
        assert scope.status("financien") is DomainStatus.DECLINED
        assert scope.status("instrumentele_adl").open
        assessment = service.assessment(intake_id)
        assert {d: assessment.value(d) for d in DOMAIN_IDS if assessment.value(d)} == {
            "instrumentele_adl": 3
        }  # every other domain stays "niet beoordeeld"
    finally:
        session.lock()


def test_the_mouse_watch_sees_a_click(qtbot) -> None:
    """The walk's "no mouse event" check can fail: a click is counted."""
    button = QPushButton("Klik")
    qtbot.addWidget(button)
    button.show()
    with MouseWatch() as mouse:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert mouse.count >= 2
    assert {"MouseButtonPress", "MouseButtonRelease"} <= mouse.kinds
