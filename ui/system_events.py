"""Lock on the operating system's own notices: Windows sleep and session lock, a suspended app.

DESIGN section 4 asks for a lock on suspend and on the session-lock notices "where available".
The one-second tick already catches a sleep as a gap (``app.services.lock_policy``), and on
Linux logind's ``PrepareForSleep`` arrives over D-Bus (``ui.lock_controller``). On Windows this
module adds a Qt native event filter that reads each window message as a ``MSG`` structure:

- ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``: the laptop goes to sleep (lid closed);
- ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (Win+L), ``WTS_REMOTE_DISCONNECT`` or
  ``WTS_CONSOLE_DISCONNECT``: the worker walked away from the session.

Session notices reach only windows registered with ``WTSRegisterSessionNotification``; a hidden
native window (a ``QWindow``, not a widget: a lock deletes every widget) is registered for them
and unregistered on quit. Everywhere, ``applicationStateChanged`` to ``ApplicationSuspended``
locks too (platforms that suspend apps report it). The decoding is a pure function of a
``MSG``'s address, so it is tested on Linux with a ctypes structure built in the test.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import weakref
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QWindow

from app.services.lock_policy import LockReason

logger = logging.getLogger(__name__)

WINDOWS_MESSAGE = b"windows_generic_MSG"  # Qt's eventType for a MSG sent to one of its windows

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x1
WTS_REMOTE_DISCONNECT = 0x2
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

_SESSION_LOCKS = {WTS_SESSION_LOCK, WTS_REMOTE_DISCONNECT, WTS_CONSOLE_DISCONNECT}

ON_WINDOWS = sys.platform == "win32"

if sys.platform == "win32":

    def wtsapi32() -> ctypes.CDLL:
        return ctypes.WinDLL("wtsapi32")

else:

    def wtsapi32() -> ctypes.CDLL:
        raise OSError("wtsapi32 is part of Windows")


class MSG(ctypes.Structure):
    """winuser.h ``MSG``, with fixed-width types so the layout is the same on every platform
    of the same pointer size (WPARAM is UINT_PTR, LPARAM is LONG_PTR, LONG is 32 bits)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_int32),
        ("pt_y", ctypes.c_int32),
        ("lPrivate", ctypes.c_uint32),
    )


def lock_reason(message: int, wparam: int) -> LockReason | None:
    """Why this window message means the vault must lock now, or None."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return LockReason.SUSPEND
    if message == WM_WTSSESSION_CHANGE and wparam in _SESSION_LOCKS:
        return LockReason.SESSION
    return None


def decode(event_type: bytes, address: int) -> LockReason | None:
    """Read the ``MSG`` at ``address`` (what Qt passes for ``windows_generic_MSG``)."""
    if event_type != WINDOWS_MESSAGE or not address:
        return None
    msg = MSG.from_address(address)
    return lock_reason(int(msg.message), int(msg.wParam))


class LockMessageFilter(QAbstractNativeEventFilter):
    """Calls ``request(reason)`` for a sleep or session-lock message; never swallows one."""

    def __init__(self, request: Callable[[LockReason], None]) -> None:
        super().__init__()
        self._request = request

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        raw = event_type.data() if isinstance(event_type, QByteArray) else event_type
        kind = bytes(raw)
        if kind != WINDOWS_MESSAGE:
            return False, 0
        try:
            reason = decode(kind, int(message))  # Qt passes a VoidPtr: int() is its address
        except (TypeError, ValueError):  # not an address: not a message we know
            return False, 0
        if reason is not None:
            logger.info("lock requested by the system: %s", reason.value)
            self._request(reason)
        return False, 0  # Qt and Windows still handle the message as usual


class SystemEvents(QObject):
    """Emits ``lock_requested(LockReason)`` for the system's notices. Installs the filter and
    the app-state hook; on Windows also registers for session notices once
    ``register_session_notices`` is called (the first unlock: cold start).

    No reference cycle with its owner (a signal, and the filter reaches this object weakly):
    a cycle would leave the objects to Python's cyclic collector, which may run on a worker
    thread and delete Qt objects there.
    """

    lock_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = LockMessageFilter(_emitter(self))
        self._window: QWindow | None = None
        self.registered_hwnd: int | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
            app.aboutToQuit.connect(self.close)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state_changed)

    @Slot(Qt.ApplicationState)  # a real slot: Qt drops the connection when this object goes
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit(LockReason.SUSPEND)

    def register_session_notices(self) -> bool:
        """Windows only: ask for ``WM_WTSSESSION_CHANGE`` on a hidden native window."""
        if self.registered_hwnd is not None:
            return True
        if not ON_WINDOWS:
            return False
        try:
            register = wtsapi32().WTSRegisterSessionNotification
            register.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
            register.restype = ctypes.c_int
            window = QWindow()
            window.create()  # a native top-level window; never shown
            hwnd = int(window.winId())
            if not register(hwnd, NOTIFY_FOR_THIS_SESSION):
                logger.info("session notices not available")
                window.destroy()
                return False
        except OSError:  # no wtsapi32 (a stripped-down Windows): the tick gap still works
            logger.info("session notices not available")
            return False
        self._window, self.registered_hwnd = window, hwnd
        return True

    @Slot()
    def close(self) -> None:
        """Unregister the session notices and remove the filter (on quit)."""
        if self.registered_hwnd is not None:
            try:
                unregister = wtsapi32().WTSUnRegisterSessionNotification
                unregister.argtypes = (ctypes.c_void_p,)
                unregister.restype = ctypes.c_int
                unregister(self.registered_hwnd)
            except OSError:
                logger.info("session notices could not be unregistered")
        self.registered_hwnd = None
        if self._window is not None:
            self._window.destroy()
            self._window = None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)


def _emitter(events: SystemEvents) -> Callable[[LockReason], None]:
    ref = weakref.ref(events)

    def emit(reason: LockReason) -> None:
        target = ref()
        if target is not None:
            target.lock_requested.emit(reason)

    return emit
