"""The main window after unlock: home, one citizen at a time, and a hide-screen page.

The title never names a citizen. Ctrl+L locks; Ctrl+Shift+H hides the screen behind a neutral
page that fills the window, toolbar included, without locking (Esc or the same keys bring it
back). Navigation state is ids only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.closing import IntakeStatus
from app.domain.profile import AgencyProfile
from app.formatting import format_datetime
from app.services.bundles.import_ import BundleImport
from app.services.intake import IntakeService
from app.services.profiles import installed_profile
from app.services.retention import RetentionService
from app.services.session import Session
from app.services.signals import SignalService
from app.services.tasks import TaskService
from ui.views.accountability.launch import open_incident, open_reports, open_review
from ui.views.citizen_view import CitizenView
from ui.views.help.menu import add_help_menu
from ui.views.home_view import HomeView
from ui.views.intake.intake_view import IntakeView
from ui.views.papers.launch import open_print_queue
from ui.views.papers.print_queue import PrintQueueDialog
from ui.views.retention.due_dialog import DueDialog, open_due_dialog
from ui.views.sharing.import_dialog import ImportDialog, open_import_dialog
from ui.views.sharing.signal_dialog import open_signal_dialog
from ui.views.visit_view import VisitView
from ui.widgets.qt_parts import name_qt_parts
from ui.widgets.scrolling import scroll_area
from ui.widgets.toolbar_menu import add_drop_down

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


class ProfileMissing(Exception):
    """The vault has no agency profile installed (the first-run wizard always installs one)."""


HIDE_SHORTCUT = QKeySequence("Ctrl+Shift+H")


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` (Ctrl+L or the toolbar button) and ``settings_requested``."""

    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keukentafel")
        self._session = session
        self.citizen_view: CitizenView | None = None
        self.intake_view: IntakeView | None = None
        self.visit_view: VisitView | None = None
        self._profile: AgencyProfile | None = None
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.toggleViewAction().setEnabled(False)  # no way to lose the Lock button
        self.toolbar = toolbar
        self.home_action = QAction(self.tr("&Overview"), self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(self.show_home)
        self.lock_action = QAction(self.tr("&Lock (Ctrl+L)"), self)
        self.lock_action.setShortcut(LOCK_SHORTCUT)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.hide_action = QAction(self.tr("&Hide screen (Ctrl+Shift+H)"), self)
        self.hide_action.setShortcut(HIDE_SHORTCUT)
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action.triggered.connect(self.toggle_hidden)
        self.settings_action = QAction(self.tr("&Settings"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        self.print_queue_action = QAction(self.tr("&Print queue"), self)
        self.print_queue_action.setObjectName("print_queue_action")
        self.print_queue_action.triggered.connect(lambda: self.open_print_queue())
        self.bundle_action = QAction(self.tr("Open a &bundle…"), self)
        self.bundle_action.setObjectName("open_bundle_action")
        self.bundle_action.triggered.connect(lambda: self.open_bundle())
        self.signal_action = QAction(self.tr("New si&gnal…"), self)
        self.signal_action.setObjectName("new_signal_action")
        self.signal_action.triggered.connect(lambda: self.open_signal())
        self.retention_action = QAction(self.tr("Re&tention…"), self)
        self.retention_action.setObjectName("retention_action")
        self.retention_action.setToolTip(self.tr("Dossiers due for destruction on this laptop."))
        self.retention_action.triggered.connect(lambda: self.open_retention())
        for action in (
            self.home_action,
            self.lock_action,
            self.hide_action,
            self.settings_action,
            self.print_queue_action,
            self.bundle_action,
            self.signal_action,
            self.retention_action,
        ):
            toolbar.addAction(action)
            self.addAction(action)
        self._add_accountability(toolbar)
        self.help_menu = add_help_menu(self, toolbar)
        name_qt_parts(self)  # the toolbar's » button at large text sizes
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(8)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.notice.hide()
        self.stack = QStackedWidget()
        self.home = HomeView(session, self.task_service())
        self.home.citizen_opened.connect(self.open_citizen)
        self.home.task_opened.connect(self._task_opened)
        self.home.visit_opened.connect(self.open_visit)
        self.stack.addWidget(self.home)
        self.hidden_page = QLabel(
            self.tr("Keukentafel — screen hidden.\nPress Esc or Ctrl+Shift+H to continue.")
        )
        self.hidden_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack.addWidget(self.hidden_page)
        self._before_hiding: QWidget | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        notice_row = QVBoxLayout()  # indented like the views' own content below it
        margin = layout.contentsMargins().left()
        notice_row.setContentsMargins(margin, 0, margin, 0)
        notice_row.addWidget(self.notice)
        layout.addLayout(notice_row)
        layout.addWidget(scroll_area(self.stack, "view_scroll"), 1)  # 200 % text, laptop
        self.setCentralWidget(central)
        self.resize(1000, 700)
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._show_notices()

    def _show_notices(self) -> None:
        lines = []
        failed = self._session.failed_attempts
        if failed:
            lines.append(
                self.tr(
                    "Since your last session a wrong passphrase was entered %n time(s).", "", failed
                )
            )
        recovery = self._session.take_recovery_notice()
        if recovery is not None:
            lines.append(
                self.tr(
                    "Your organisation opened this vault with its recovery key on {when}. Reason: "
                    "{reason}"
                ).format(when=format_datetime(recovery.at), reason=recovery.reason)
            )
        if lines:
            self.notice.setText("\n".join(lines))
            self.notice.show()

    @property
    def hidden(self) -> bool:
        return self.stack.currentWidget() is self.hidden_page

    def toggle_hidden(self) -> None:
        if self.hidden:
            back = self._before_hiding or self.home
            self._before_hiding = None
            self.stack.setCurrentWidget(back)
            self.notice.setVisible(bool(self.notice.text()))
            self.toolbar.show()
            self._enable_navigation(True)
            back.setFocus()
        else:
            self._before_hiding = self.stack.currentWidget()
            self.notice.hide()
            self.toolbar.hide()
            self._enable_navigation(False)
            self.stack.setCurrentWidget(self.hidden_page)
            self.hidden_page.setFocus()

    def _enable_navigation(self, on: bool) -> None:
        """While hidden only Lock and Hide work: no shortcut may bring content back."""
        self.home_action.setEnabled(on)
        self.settings_action.setEnabled(on)
        self.print_queue_action.setEnabled(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Esc leaves the hidden page
        if event.key() == Qt.Key.Key_Escape and self.hidden:
            self.toggle_hidden()
            return
        super().keyPressEvent(event)

    def show_home(self) -> None:
        self._close_citizen()
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.setFocus()

    def open_visit(self, visit_id: str) -> None:
        """One citizen opens their file; two household members open side by side; a new
        contact is added as a citizen first."""
        row = self._session.visits.get(visit_id)
        if row is None:
            self.home.refresh()
            return
        if row.visit.contact_name:
            self.home.add_contact(visit_id, row.visit.contact_name)
        elif len(row.people) == 1:
            self.open_citizen(row.people[0][0])
        else:
            self.open_household_visit(visit_id)

    def open_household_visit(self, visit_id: str) -> VisitView:
        """Two household members side by side, each with their own conversation."""
        row = self._session.visits.get(visit_id)
        if row is None or len(row.people) < 2:
            raise LookupError("visit")  # gone meanwhile: restore() falls back to home
        self._close_citizen()
        view = VisitView(self._session, self.profile(), row)
        view.citizen_requested.connect(self.open_citizen)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.visit_view = view
        view.current().steps.setFocus()
        return view

    def open_citizen(self, citizen_id: str) -> CitizenView:
        self._close_citizen()
        view = CitizenView(self._session, citizen_id, self._profile_or_none())
        view.back_requested.connect(self.show_home)
        view.intake_requested.connect(self._intake_requested)
        view.show_intakes(self._intake_lines(citizen_id))
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.citizen_view = view
        view.setFocus()
        return view

    def profile(self) -> AgencyProfile:
        """The installed agency profile (read and verified once per unlock)."""
        if self._profile is None:
            verified = installed_profile(self._session)
            if verified is None:
                raise ProfileMissing
            self._profile = verified.profile
        return self._profile

    def _profile_or_none(self) -> AgencyProfile | None:
        try:
            return self.profile()
        except ProfileMissing:
            return None

    def open_print_queue(self) -> PrintQueueDialog | None:
        """Papers queued during visits, to print at the office (issue 6)."""
        profile = self._profile_or_none()
        if profile is None:
            return None
        return open_print_queue(self, self._session, profile)

    def open_bundle(self) -> ImportDialog | None:
        """Import a bundle addressed to this vault (issue 7)."""
        profile = self._profile_or_none()
        if profile is None:
            return None
        s = self._session
        return open_import_dialog(self, BundleImport(s.vault.db, s.trail, profile, s.now))

    def open_signal(self) -> str | None:
        """Open a case from a third party's concern (issue 7); the new signal's id."""
        profile = self._profile_or_none()
        if profile is None:
            return None
        s = self._session
        return open_signal_dialog(self, SignalService(s.vault.db, s.trail, profile, s.now))

    def open_retention(self) -> DueDialog | None:
        """The dossiers due for destruction (issue 8); window-modal, not blocking."""
        profile = self._profile_or_none()
        if profile is None:
            return None
        s = self._session
        return open_due_dialog(self, RetentionService(s.vault.db, s.trail, profile, s.now))

    def _add_accountability(self, toolbar: QToolBar) -> None:
        """Issue 8: reports, review mode and the privacy-incident form, in one drop-down."""
        menu = QMenu(self.tr("Accountability"), self)
        menu.setObjectName("accountability_menu")
        entries = (
            (self.tr("&Reports…"), "Ctrl+Alt+R", open_reports),
            (self.tr("Re&view mode…"), "Ctrl+Alt+V", open_review),
            (self.tr("&Privacy incident…"), "Ctrl+Alt+I", open_incident),
        )
        for text, keys, opener in entries:
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, o=opener: self.open_accountability(o))
            self.addAction(action)
        self.accountability_menu = menu
        self.accountability_action = add_drop_down(
            toolbar, self.tr("Acco&untability"), menu, "accountability_action"
        )

    def open_accountability(
        self, opener: Callable[[QWidget, Session, AgencyProfile], QDialog]
    ) -> QDialog | None:
        profile = self._profile_or_none()
        return opener(self, self._session, profile) if profile is not None else None

    def task_service(self) -> TaskService:
        """The one task list, with the agency's own procedures for the deadlines' titles."""
        profile = self._profile_or_none()
        procedures = profile.procedures if profile is not None else ()
        return TaskService(
            self._session.vault.db, self._session.trail, self._session.now, procedures=procedures
        )

    def _intake_lines(self, citizen_id: str) -> list[tuple[str, str]]:
        try:
            service = IntakeService(self._session.vault.db, self._session.trail, self.profile())
        except ProfileMissing:
            return []
        return [
            (i.id, f"{format_datetime(i.started_at, 'short')} — {IntakeStatus(i.status).label}")
            for i in service.intakes_for(citizen_id)
        ]

    def _intake_requested(self, citizen_id: str, intake_id: str) -> None:
        self.open_intake(citizen_id, intake_id or None)

    def _task_opened(self, citizen_id: str, intake_id: str) -> None:
        """The task's conversation; without one (a task about the file) the citizen's file."""
        if intake_id:
            self.open_intake(citizen_id, intake_id)
        else:
            self.open_citizen(citizen_id)

    def open_intake(self, citizen_id: str, intake_id: str | None = None) -> IntakeView:
        """A new conversation (``intake_id`` None) or an existing one, in place of the citizen."""
        self._close_citizen()
        view = IntakeView(self._session, self.profile(), citizen_id, intake_id)
        view.back_requested.connect(lambda: self.open_citizen(citizen_id))
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.intake_view = view
        view.steps.setFocus()
        return view

    def _close_citizen(self) -> None:
        for view in (self.citizen_view, self.intake_view, self.visit_view):
            if view is not None:
                view.flush_drafts()
                self.stack.removeWidget(view)
                view.deleteLater()
        self.citizen_view = None
        self.intake_view = None
        self.visit_view = None

    def navigation_state(self) -> tuple[str, str] | None:
        """Ids only: which citizen (or conversation, or visit) and which field, to come back to."""
        if self.visit_view is not None:
            return f"visit:{self.visit_view.visit_id}", str(self.visit_view.tabs.currentIndex())
        if self.intake_view is not None:
            ctx = self.intake_view.ctx
            return f"intake:{ctx.citizen_id}:{ctx.intake_id or ''}", self.intake_view.position()
        if self.citizen_view is None:
            return None
        return self.citizen_view.citizen_id, self.citizen_view.autosaver.field_key

    def restore(self, target: tuple[str, str]) -> None:
        """Open what ``navigation_state`` described (raises when it is gone)."""
        if target[0].startswith("visit:"):
            view = self.open_household_visit(target[0].split(":", 1)[1])
            view.tabs.setCurrentIndex(int(target[1] or 0))
            return
        if target[0].startswith("intake:"):
            _, citizen_id, intake_id = target[0].split(":", 2)
            self.open_intake(citizen_id, intake_id or None).go_to_position(target[1])
            return
        self.open_citizen(target[0]).restore_focus(target[1])

    def flush_drafts(self) -> None:
        for view in (self.citizen_view, self.intake_view, self.visit_view):
            if view is not None:
                view.flush_drafts()

    def save_geometry(self) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_drafts()
        self.save_geometry()
        super().closeEvent(event)
