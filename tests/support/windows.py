"""A tour of every window and dialog of the real application (issue 9).

``tour(world)`` (``world`` from ``tests.support.app_world.open_world``) opens each window, dialog,
intake step, life domain and tab in turn and yields a ``Stop`` for each; the caller checks it
(accessible names, clipped text, colours, tab order, screenshots) and the tour closes it when
asked for the next one. ``wizard_stops`` does the same for the first-run wizard's pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.services.case_meetings import CaseMeetingService
from app.services.consent_requests import ConsentRequestService
from app.services.rights import RightsService
from app.services.signals import SignalService
from tests.support.app_world import World, close, settle, unlock
from ui.app_controller import AppController
from ui.views.help.menu import open_about, open_shortcuts
from ui.views.intake.intake_view import STEP_IDS


@dataclass(frozen=True)
class Stop:
    """One place on the tour: ``window`` is the top-level window showing it."""

    name: str
    window: QWidget


def wizard_stops(controller: AppController) -> Iterator[Stop]:
    """Each page of the first-run wizard (the controller must have no vault yet)."""
    controller.show_wizard()
    wizard = controller.wizard
    assert wizard is not None
    names = ("profile", "worker", "folder", "passphrase")
    for index, name in enumerate(names):
        wizard._show(index)
        settle()
        yield Stop(f"wizard/{name}", wizard)
    wizard._show(0)


# -- the tour ---------------------------------------------------------------------------------
Want = Callable[[str], bool]


def everything(_name: str) -> bool:
    return True


def tour(world: World, want: Want = everything) -> Iterator[Stop]:
    """Every window the app has, opened from a fresh lock screen and main window (so the current
    text size and palette apply everywhere). Stops ``want`` rejects are not even opened."""
    controller = world.controller
    if controller.lock_screen is not None:  # built at another text size: build it again
        controller.lock_screen.hide()
        controller.lock_screen.deleteLater()
        controller.lock_screen = None
    if controller.session is not None:
        controller.lock()
    else:  # left locked by an earlier tour
        controller.show_lock_screen()
    settle()
    assert controller.lock_screen is not None
    if want("lock_screen"):
        yield Stop("lock_screen", controller.lock_screen)
    unlock(controller)
    world.window.resize(1366, 768)
    world.window.show_home()
    settle()
    for stops in (_main_window, _citizen, _intake, _new_intake, _visit):
        yield from stops(world, want)
    world.window.show_home()
    settle()


def _dialog(want: Want, name: str, open_: Callable[[], QWidget | None]) -> Iterator[Stop]:
    """Open, yield (each of its tabs in turn), close."""
    if not want(name):
        return
    dialog = open_()
    assert dialog is not None, name
    if not dialog.isVisible():
        dialog.show()
    settle()
    yield Stop(name, dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield Stop(f"{name}/tab{index}", dialog)
    close(dialog)


def _view(want: Want, name: str, window: QWidget) -> Iterator[Stop]:
    if want(name):
        settle()
        yield Stop(name, window)


def _main_window(world: World, want: Want) -> Iterator[Stop]:
    from ui.views.accountability.launch import open_incident, open_reports, open_review
    from ui.views.sharing.signal_dialog import SignalDialog
    from ui.views.tasks_panel import PostponeDialog

    window, controller, s = world.window, world.controller, world.session
    yield from _view(want, "home", window)
    window.toggle_hidden()
    yield from _view(want, "hidden_screen", window)
    window.toggle_hidden()

    def settings() -> QWidget | None:
        controller.show_settings()
        return controller.settings_dialog

    yield from _dialog(want, "settings", settings)
    yield from _dialog(want, "print_queue", window.open_print_queue)
    yield from _dialog(want, "bundle_import", window.open_bundle)
    signals = SignalService(s.vault.db, s.trail, world.profile, s.now)
    yield from _dialog(want, "signal", lambda: SignalDialog(signals, window))
    yield from _dialog(want, "retention_due", window.open_retention)
    for name, opener in (
        ("reports", open_reports),
        ("review", open_review),
        ("incident", open_incident),
    ):
        yield from _dialog(
            want, f"accountability/{name}", lambda o=opener: window.open_accountability(o)
        )
    yield from _dialog(want, "help/shortcuts", lambda: open_shortcuts(window))
    yield from _dialog(want, "help/about", lambda: open_about(window))
    agenda, tasks = window.home.agenda, window.home.tasks

    def plan() -> QWidget | None:
        agenda.plan()
        return agenda.dialog

    yield from _dialog(want, "plan_visit", plan)

    def postpone() -> QWidget:
        row = tasks.current()
        assert row is not None, "the rights request gives a task"
        return PostponeDialog(window.task_service(), row, window)

    yield from _dialog(want, "postpone_task", postpone)


def _citizen(world: World, want: Want) -> Iterator[Stop]:
    from ui.views.papers.launch import open_citizen_papers
    from ui.views.rights.correction_dialog import CorrectionDialog
    from ui.views.sharing.case_meeting_dialog import CaseMeetingDialog

    window, s, profile = world.window, world.session, world.profile
    view = window.open_citizen(world.citizen_id)
    settle()
    for index in range(view.sections.count()):
        view.sections.setCurrentIndex(index)
        inner = view.sections.widget(index).findChild(QTabWidget)
        for sub in range(inner.count() if inner is not None else 1):
            if inner is not None:
                inner.setCurrentIndex(sub)
            yield from _view(want, f"citizen/section{index}.{sub}", window)
    view.sections.setCurrentIndex(0)

    def confirm_delete() -> QWidget | None:
        view.notes_list.setCurrentRow(0)
        view.delete_selected()
        return view.confirm_box

    yield from _dialog(want, "citizen/confirm_delete", confirm_delete)
    yield from _dialog(
        want,
        "citizen/inzage_papers",
        lambda: open_citizen_papers(window, s, profile, world.citizen_id),
    )
    yield from _dialog(want, "citizen/consents", lambda: _opened(view.consents_button.click))
    yield from _disclosures(view, want)
    yield from _dialog(want, "citizen/bundle_export", lambda: _opened(view.bundle_button.click))
    yield from _dialog(want, "citizen/receipt", view.open_receipt)
    yield from _dialog(want, "citizen/rights", view.open_rights)

    def correction() -> QWidget:
        service = RightsService(s.vault.db, s.trail, profile, s.now)
        request = service.for_citizen(world.citizen_id)[0]
        return CorrectionDialog(service, request.id, world.citizen_id, window)

    yield from _dialog(want, "citizen/rights_correction", correction)
    meetings = CaseMeetingService(s.vault.db, s.trail, profile, s.now)
    yield from _dialog(
        want,
        "citizen/case_meeting",
        lambda: CaseMeetingDialog(meetings, world.citizen_id, None, window),
    )


def _disclosures(view: QWidget, want: Want) -> Iterator[Stop]:
    if not any(want(f"citizen/disclosures{part}") for part in ("", "/record", "/request")):
        return
    log = _opened(view.disclosures_button.click)  # type: ignore[attr-defined]
    settle()
    yield from _view(want, "citizen/disclosures", log)
    yield from _dialog(want, "citizen/disclosures/record", log.record)  # type: ignore[attr-defined]
    yield from _dialog(want, "citizen/disclosures/request", log.log_request)  # type: ignore[attr-defined]

    def discussed() -> QWidget | None:
        log.request_table.selectRow(0)  # type: ignore[attr-defined]
        return log.discussed()  # type: ignore[attr-defined,no-any-return]

    yield from _dialog(want, "citizen/disclosures/discussed", discussed)
    close(log)


def _intake(world: World, want: Want) -> Iterator[Stop]:
    from ui.views.intake.transfer_dialog import TransferDialog
    from ui.views.papers.consent_request_dialog import ConsentRequestDialog
    from ui.views.papers.medical_request_dialog import MedicalRequestDialog

    window, s, profile = world.window, world.session, world.profile
    view = window.open_intake(world.citizen_id, world.intake_id)
    settle()
    for step in STEP_IDS:
        page = view.go(step)
        if step != "domains":
            yield from _view(want, f"intake/{step}", window)
            continue
        domains = page.domains  # type: ignore[attr-defined]
        for row in range(domains.count()):
            domains.setCurrentRow(row)
            name = str(domains.item(row).data(Qt.ItemDataRole.UserRole))
            yield from _view(want, f"intake/domains/{name}", window)
    domain_page = view.go("domains")
    yield from _dialog(want, "intake/triage", domain_page.open_triage_moment)  # type: ignore[attr-defined]
    yield from _dialog(want, "intake/papers", view.open_papers)
    if want("intake/read_along"):
        dialog = view.open_read_along()
        settle()
        yield Stop("intake/read_along", dialog)
        dialog.reject()
        settle()

    def protocol() -> QWidget | None:
        view.show_protocol()
        return view.info_box

    yield from _dialog(want, "intake/protocol", protocol)
    requests = ConsentRequestService(s.vault.db, s.trail, profile, s.now)
    yield from _dialog(
        want,
        "intake/consent_request",
        lambda: ConsentRequestDialog(requests, world.intake_id, window),
    )
    yield from _dialog(
        want,
        "intake/medical_request",
        lambda: MedicalRequestDialog(requests, world.intake_id, window),
    )
    yield from _dialog(
        want,
        "intake/transfer",
        lambda: TransferDialog(
            view.ctx.lookups, world.note_id, world.citizen_id, "Anna de Demo", window
        ),
    )


def _new_intake(world: World, want: Want) -> Iterator[Stop]:
    if want("new_intake/start"):
        world.window.open_intake(world.citizen_id, None)
        yield from _view(want, "new_intake/start", world.window)


def _visit(world: World, want: Want) -> Iterator[Stop]:
    if not any(want(f"visit/{i}") for i in range(2)):
        return
    view = world.window.open_household_visit(world.visit_id)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        yield from _view(want, f"visit/{index}", world.window)


def _opened(action: Callable[[], object]) -> QWidget:
    """The window ``action`` opened."""
    before = set(QApplication.topLevelWidgets())
    action()
    settle()
    found = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert len(found) == 1, found
    return found[0]
