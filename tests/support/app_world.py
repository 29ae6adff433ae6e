"""A demo vault on the real application, filled with fictional data, for tests that open many
windows (issue 9): a citizen with a conversation (help request, a note and a score in a domain,
a network person), a household member, a visit to both tomorrow, a rights request (and its task)
and a third party's request, so lists are filled and buttons enabled.

``open_world`` runs the first-run wizard and seeds the data; no ``qtbot`` is needed, so one world
can serve a whole test module (``close_world`` at the end). All names are fictional.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.crypto import TEST_KDF
from app.domain.intake import Acknowledgement, IntakeMode
from app.domain.notes import NoteKind, NoteSource
from app.domain.profile import AgencyProfile, Law, Role
from app.domain.rights import RightKind
from app.paths import AppPaths
from app.services.household import HouseholdService
from app.services.intake import IntakeService
from app.services.intake_records import IntakeRecords
from app.services.profiles import ProfileChoice, installed_profile, shipped_profiles
from app.services.rights import RightsService
from app.services.session import Session
from app.services.sharing.disclosures import DisclosureService
from tests.support.intake import ALL_ITEMS
from ui.app_controller import AppController
from ui.views.main_window import MainWindow

PASSPHRASE = "paars tractor zingt onder water"
CITIZEN = "Jan Voorbeeld"
MEMBER = "Els Voorbeeld"


@dataclass
class World:
    controller: AppController
    citizen_id: str
    intake_id: str
    member_id: str
    visit_id: str
    note_id: str

    @property
    def window(self) -> MainWindow:
        window = self.controller.main_window
        assert window is not None
        return window

    @property
    def session(self) -> Session:
        session = self.controller.session
        assert session is not None
        return session

    @property
    def profile(self) -> AgencyProfile:
        return self.window.profile()


# -- waiting without qtbot --------------------------------------------------------------------
def settle() -> None:
    """Posted events, layouts and deferred deletes done."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def wait_until(condition: Callable[[], object], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the application did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)


def close(window: QWidget | None) -> None:
    if window is None or not shiboken6.isValid(window):
        return
    if isinstance(window, QDialog):
        window.reject()
    window.close()
    if shiboken6.isValid(window):
        window.deleteLater()
    settle()


# -- the world --------------------------------------------------------------------------------
def demo_choice() -> ProfileChoice:
    return next(c for c in shipped_profiles() if c.demo)


def new_controller(folder: Path) -> AppController:
    paths = AppPaths(data=folder / "data", logs=folder / "logs")
    return AppController(
        paths,
        kdf_factory=lambda: TEST_KDF,
        list_profiles=lambda: [demo_choice()],
        read_profile=lambda _path: demo_choice(),
    )


def create_vault(controller: AppController) -> None:
    """Through the wizard, as a worker would (mouse-free: the buttons' own click)."""
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    for _ in range(3):
        wizard.next_button.click()
    wizard.passphrase.line_edit.setText(PASSPHRASE)
    wizard.repeat.line_edit.setText(PASSPHRASE)
    wizard.create_button.click()
    wait_until(lambda: controller.main_window is not None)
    settle()


def seed(controller: AppController) -> World:
    """A citizen with an informed conversation and some content, a household member, a visit
    to both tomorrow, a rights request (and its task) and a third party's request."""
    session = controller.session
    assert session is not None
    verified = installed_profile(session)
    assert verified is not None
    profile = verified.profile
    db, trail, now = session.vault.db, session.trail, session.now
    jan = session.caseload.add_citizen(CITIZEN, "12-03-1948")
    els = session.caseload.add_citizen(MEMBER, "02-07-1950")
    session.caseload.add_note(jan.id, "Belde over de trap; komt graag langs.")
    intakes = IntakeService(db, trail, profile, now)
    records = IntakeRecords(intakes)
    intake_id = intakes.start_intake(jan.id, Law.WMO, Role.TOELEIDING, IntakeMode.SINGLE).id
    intakes.record_handover(intake_id, "2026.1", "nl", "papier", ALL_ITEMS, Acknowledgement.SIGNED)
    intakes.add_help_request(
        intake_id, "Ik kan het huis niet meer schoonhouden", "huishoudelijke-hulp"
    )
    today = now().astimezone().date()
    note = records.add_note(
        intake_id,
        "Stofzuigen en ramen lukken niet meer.",
        NoteKind.FACT,
        NoteSource.CITIZEN,
        today,
        domain="instrumentele_adl",
    )
    intakes.score_domain(intake_id, "instrumentele_adl", 3, "gesprek over het huishouden", today)
    records.add_network_person(
        intake_id, "Mieke Voorbeeld", "dochter", "06-00000000", "boodschappen"
    )
    HouseholdService(db, trail, now).link(jan.id, els.id, "Wonen samen; echtpaar")
    visit = session.visits.plan(today + timedelta(days=1), None, "Dorpsstraat 1", (jan.id, els.id))
    RightsService(db, trail, profile, now).record(jan.id, RightKind.INZAGE, today)
    DisclosureService(db, trail, profile, now).log_request(
        jan.id, "Huisartsenpraktijk De Linde", "Of er een indicatie loopt", today, "telefonisch"
    )
    window = controller.main_window
    assert window is not None
    window.show_home()
    settle()
    return World(controller, jan.id, intake_id, els.id, visit.id, note.id)


def open_world(folder: Path) -> World:
    controller = new_controller(folder)
    create_vault(controller)
    return seed(controller)


def close_world(world: World) -> None:
    controller = world.controller
    if controller.session is not None:
        controller.lock()
    controller.lock_controller.stop()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    controller.tasks.wait()
    settle()


def unlock(controller: AppController) -> None:
    screen = controller.lock_screen
    assert screen is not None
    screen.passphrase.line_edit.setText(PASSPHRASE)
    screen.unlock_button.click()
    wait_until(lambda: controller.main_window is not None)
    settle()
