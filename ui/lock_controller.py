"""Drive the lock policy from Qt: one-second ticks, user input, and the OS sleep signal.

``app.services.lock_policy`` decides; this adapter feeds it. On Linux it also listens to
logind's ``PrepareForSleep`` on the system bus when there is one (no bus: ticks still catch a
suspend as a gap of more than 30 s).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from app.services.lock_policy import LockPolicy, LockReason

logger = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockController(QObject):
    """Emits ``lock_needed(LockReason)`` while ``active``."""

    lock_needed = Signal(object)

    def __init__(
        self,
        wall: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = LockPolicy(wall=wall)
        self.active = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._logind_connected = False

    def _connect_logind(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.systemBus()
            if bus.isConnected():
                bus.connect(
                    "org.freedesktop.login1",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    self,
                    "_prepare_for_sleep(bool)",
                )
        except Exception:  # no D-Bus here: the tick gap still catches a suspend
            logger.info("logind sleep signal not available")

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.request(LockReason.SUSPEND)

    def start(self, idle_minutes: int) -> None:
        if not self._logind_connected:  # after the first unlock: keeps the cold start short
            self._logind_connected = True
            self._connect_logind()
        self.policy.set_idle_minutes(idle_minutes)
        self.policy.reset()
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def tick(self) -> None:
        if not self.active:
            return
        reason = self.policy.tick()
        if reason is not None:
            self.request(reason)

    def request(self, reason: LockReason) -> None:
        if self.active:
            self.stop()
            self.lock_needed.emit(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _ACTIVITY:
            self.policy.activity()
        return super().eventFilter(watched, event)
