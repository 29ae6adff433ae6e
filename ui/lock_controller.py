"""Drive the lock policy from Qt: one-second ticks, user input, and the OS sleep signal.

``app.services.lock_policy`` decides; this adapter feeds it. On Linux it also listens to
logind's ``PrepareForSleep`` on the system bus when there is one (no bus: ticks still catch a
suspend as a gap of more than 30 s); on Windows ``ui.system_events`` reads the sleep and
session-lock messages. The wall clock and the bus are injectable for tests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from app.services.lock_policy import LockPolicy, LockReason

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from ui.system_events import SystemEvents

logger = logging.getLogger(__name__)

TICK_MS = 1000

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}

LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"


def system_bus() -> QDBusConnection:
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.systemBus()


class LockController(QObject):
    """Emits ``lock_needed(LockReason)`` while ``active``.

    An application-wide event filter counts key and mouse input as activity. The controller
    only decides *that* the vault must lock; the app controller does the locking.
    """

    lock_needed = Signal(object)

    def __init__(
        self,
        wall: Callable[[], float] = time.time,
        parent: QObject | None = None,
        bus: Callable[[], QDBusConnection] = system_bus,
    ) -> None:
        super().__init__(parent)
        self.policy = LockPolicy(wall=wall)
        self.active = False
        self._bus = bus
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        # No application-wide event filter yet: ``start`` installs it while unlocked. Before
        # the lock screen it would hand every event's receiver to Python, and wrapping those
        # builds dozens of Qt classes (~40 ms of cold start).
        self.listening_to_logind = False
        self._logind_tried = False
        self.system_events: SystemEvents | None = None  # from the first unlock (cold start)

    def _connect_logind(self) -> None:
        """Subscribe to ``PrepareForSleep``; without a system bus, stay silent."""
        try:
            bus = self._bus()
            if not bus.isConnected():
                return
            # Any sender: logind signals from its unique bus name. The slot needs Qt's SLOT
            # code prefix, or QtDBus refuses it with a warning.
            self.listening_to_logind = bus.connect(  # type: ignore[call-overload]
                "",
                LOGIND_PATH,
                LOGIND_INTERFACE,
                "PrepareForSleep",
                self,
                SLOT("_prepare_for_sleep(bool)"),  # the stubs say bytes; only str connects
            )
        except Exception:  # no QtDBus here: the tick gap still catches a suspend
            logger.info("logind sleep signal not available")

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.request(LockReason.SUSPEND)

    def _listen_to_the_system(self) -> None:
        """Windows sleep and Win+L, a suspended app (``ui.system_events``). While locked they
        would change nothing, so they load at the first unlock, not before the lock screen."""
        from ui.system_events import SystemEvents

        self.system_events = SystemEvents(self)
        self.system_events.lock_requested.connect(self.request)
        self.system_events.register_session_notices()

    def start(self, idle_minutes: int) -> None:
        if not self._logind_tried:  # after the first unlock: keeps the cold start short
            self._logind_tried = True
            self._connect_logind()
            self._listen_to_the_system()
        self.policy.set_idle_minutes(idle_minutes)
        self.policy.reset()
        self.active = True
        app = QCoreApplication.instance()
        if app is not None:  # only while unlocked: the lock screen needs no activity tracking
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def tick(self) -> None:
        if not self.active:
            return
        reason = self.policy.tick()
        if reason is not None:
            self.request(reason)

    def request(self, reason: LockReason) -> None:
        """Lock now (manual lock, OS signal, or the policy)."""
        if self.active:
            self.stop()
            self.lock_needed.emit(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _ACTIVITY:
            self.policy.activity()
        return super().eventFilter(watched, event)
