"""Windows sleep and session-lock messages lock the vault (R-000-42, DESIGN section 4).

The messages are built as ctypes ``MSG`` structures here and passed by address, as Qt's Windows
plugin passes them, so the decoding and the whole path to a locked vault run on Linux too.
"""

from __future__ import annotations

import ctypes

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication

from app.services.lock_policy import LockReason
from tests.ui.test_first_run_and_lock import run_wizard
from ui import system_events
from ui.system_events import (
    MSG,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    LockMessageFilter,
    SystemEvents,
    decode,
)

WM_KEYDOWN = 0x0100
PBT_APMRESUMEAUTOMATIC = 0x12
WTS_SESSION_UNLOCK = 0x8
WTS_SESSION_LOGON = 0x5


def message(kind: int, wparam: int) -> MSG:
    return MSG(hwnd=0x1234, message=kind, wParam=wparam, lParam=0, time=42)


@pytest.mark.parametrize(
    ("kind", "wparam", "reason"),
    [
        (WM_POWERBROADCAST, PBT_APMSUSPEND, LockReason.SUSPEND),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, LockReason.SESSION),
        (WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT, LockReason.SESSION),
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, LockReason.SESSION),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, None),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, None),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOGON, None),
        (WM_KEYDOWN, PBT_APMSUSPEND, None),  # the right number in another message: nothing
        (WM_KEYDOWN, WTS_SESSION_LOCK, None),
    ],
)
def test_r000_42_the_decoder_maps_each_message(kind: int, wparam: int, reason) -> None:
    msg = message(kind, wparam)
    assert decode(b"windows_generic_MSG", ctypes.addressof(msg)) is reason


def test_r000_42_only_windows_messages_are_read() -> None:
    msg = message(WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert decode(b"xcb_generic_event_t", ctypes.addressof(msg)) is None
    assert decode(b"windows_generic_MSG", 0) is None


def test_the_filter_never_swallows_a_message() -> None:
    reasons: list[LockReason] = []
    msg = message(WM_POWERBROADCAST, PBT_APMSUSPEND)
    handled = LockMessageFilter(reasons.append).nativeEventFilter(
        QByteArray(b"windows_generic_MSG"), ctypes.addressof(msg)
    )
    assert handled == (False, 0)
    assert reasons == [LockReason.SUSPEND]


@pytest.mark.parametrize(
    ("kind", "wparam", "reason"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, LockReason.SESSION),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, LockReason.SUSPEND),
    ],
)
def test_r000_42_a_system_message_locks_the_real_controller(
    qtbot, controller, kind: int, wparam: int, reason: LockReason
) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    msg = message(kind, wparam)
    controller.lock_controller.system_events.filter.nativeEventFilter(
        b"windows_generic_MSG", ctypes.addressof(msg)
    )
    assert controller.session is None  # the vault is closed
    assert controller.last_lock_reason is reason
    assert not shiboken6.isValid(window)
    assert QApplication.topLevelWidgets() == [controller.lock_screen]


def test_other_messages_leave_the_vault_open(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    window = controller.main_window
    events = controller.lock_controller.system_events
    for kind, wparam in (
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC),
        (WM_KEYDOWN, WTS_SESSION_LOCK),
    ):
        msg = message(kind, wparam)
        events.filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert controller.session is not None
    assert shiboken6.isValid(window)
    assert controller.main_window is window


def test_r000_42_a_suspended_application_locks(qtbot, controller) -> None:
    run_wizard(qtbot, controller)
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert controller.session is not None  # another window in front: no lock
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert controller.session is None
    assert controller.last_lock_reason is LockReason.SUSPEND


class FakeWtsApi:
    """Stands in for wtsapi32.dll: records what is registered, as Windows would."""

    def __init__(self, accept: bool = True) -> None:
        self.registered: list[tuple[int, int]] = []
        self.unregistered: list[int] = []
        self.accept = accept
        self.WTSRegisterSessionNotification = self._Function(self._register)
        self.WTSUnRegisterSessionNotification = self._Function(self._unregister)

    class _Function:
        def __init__(self, call) -> None:
            self.call = call
            self.argtypes = None
            self.restype = None

        def __call__(self, *args):
            return self.call(*args)

    def _register(self, hwnd: int, flags: int) -> int:
        self.registered.append((hwnd, flags))
        return int(self.accept)

    def _unregister(self, hwnd: int) -> int:
        self.unregistered.append(hwnd)
        return 1


def test_windows_registers_a_hidden_window_for_session_notices_and_unregisters(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeWtsApi()
    monkeypatch.setattr(system_events, "ON_WINDOWS", True)
    monkeypatch.setattr(system_events, "wtsapi32", lambda: api)
    events = SystemEvents()
    widgets_before = QApplication.topLevelWidgets()
    assert events.register_session_notices()
    assert events.register_session_notices()  # once only
    assert len(api.registered) == 1
    hwnd, flags = api.registered[0]
    assert hwnd == events.registered_hwnd != 0
    assert flags == system_events.NOTIFY_FOR_THIS_SESSION
    # a native window, not a widget that a lock would delete
    assert QApplication.topLevelWidgets() == widgets_before
    events.close()
    assert api.unregistered == [hwnd]
    assert events.registered_hwnd is None


def test_without_session_notices_nothing_is_registered(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeWtsApi(accept=False)
    monkeypatch.setattr(system_events, "ON_WINDOWS", True)
    monkeypatch.setattr(system_events, "wtsapi32", lambda: api)
    events = SystemEvents()
    assert not events.register_session_notices()
    events.close()
    assert api.unregistered == []


def test_elsewhere_nothing_is_registered(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_events, "ON_WINDOWS", False)
    events = SystemEvents()
    assert not events.register_session_notices()
    assert events.registered_hwnd is None
    events.close()
