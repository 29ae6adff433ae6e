"""The lock controller: ticks with an injected clock, input as activity, logind's sleep signal."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.lock_policy import LockReason
from tests.ui.conftest import FakeWall
from ui.lock_controller import LOGIND_INTERFACE, LOGIND_PATH, LockController

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def make_controller(qtbot, wall: FakeWall, bus=None) -> tuple[LockController, list[LockReason]]:
    if bus is None:
        controller = LockController(wall, bus=lambda: QDBusConnection("kt-no-bus"))
    else:
        controller = LockController(wall, bus=bus)
    reasons: list[LockReason] = []
    controller.lock_needed.connect(reasons.append)
    return controller, reasons


def test_nothing_happens_while_inactive(qtbot, wall: FakeWall) -> None:
    controller, reasons = make_controller(qtbot, wall)
    wall.t += 3600
    controller.tick()
    assert reasons == []


def test_idle_time_on_the_wall_clock_locks_once(qtbot, wall: FakeWall) -> None:
    controller, reasons = make_controller(qtbot, wall)
    controller.start(idle_minutes=2)
    for _ in range(119):
        wall.t += 1
        controller.tick()
    assert reasons == []
    wall.t += 1
    controller.tick()
    assert reasons == [LockReason.IDLE]
    assert not controller.active
    assert not controller.timer.isActive()
    wall.t += 1
    controller.tick()
    assert reasons == [LockReason.IDLE]


def test_a_gap_between_ticks_counts_as_a_suspend(qtbot, wall: FakeWall) -> None:
    controller, reasons = make_controller(qtbot, wall)
    controller.start(idle_minutes=10)
    wall.t += 31
    controller.tick()
    assert reasons == [LockReason.SUSPEND]


def test_a_clock_jumping_back_locks(qtbot, wall: FakeWall) -> None:
    controller, reasons = make_controller(qtbot, wall)
    controller.start(idle_minutes=10)
    wall.t -= 5
    controller.tick()
    assert reasons == [LockReason.CLOCK_JUMP]


def test_key_and_mouse_input_anywhere_count_as_activity(qtbot, wall: FakeWall) -> None:
    controller, reasons = make_controller(qtbot, wall)
    controller.start(idle_minutes=1)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    for step in range(10):  # 10 × 30 s, with input each time: never idle for a minute
        for _ in range(30):
            wall.t += 1
            controller.tick()
        if step % 2:
            QApplication.sendEvent(
                edit,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
            )
        else:
            qtbot.mouseMove(edit, edit.rect().center())
            qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPointF(2, 2).toPoint())
    assert reasons == []


def test_no_system_bus_is_silently_fine(qtbot, wall: FakeWall) -> None:
    controller, reasons = make_controller(qtbot, wall)
    controller.start(idle_minutes=10)
    assert not controller.listening_to_logind
    wall.t += 45
    controller.tick()
    assert reasons == [LockReason.SUSPEND]


@pytest.fixture
def private_system_bus(tmp_path: Path) -> Iterator[QDBusConnection]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    socket = tmp_path / "system_bus_socket"
    config = tmp_path / "system.conf"
    config.write_text(BUS_CONFIG.format(socket=socket), "utf-8")
    process = subprocess.Popen(
        [daemon, "--config-file", str(config), "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = process.stdout.readline().strip() if process.stdout else ""
        if not address:
            pytest.skip("dbus-daemon did not start")
        bus = QDBusConnection.connectToBus(address, "kt-test-system-bus")
        assert bus.isConnected()
        yield bus
        QDBusConnection.disconnectFromBus("kt-test-system-bus")
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout:
            process.stdout.close()


def test_logind_prepare_for_sleep_locks(qtbot, wall: FakeWall, private_system_bus) -> None:
    controller, reasons = make_controller(qtbot, wall, bus=lambda: private_system_bus)
    controller.start(idle_minutes=10)
    assert controller.listening_to_logind
    resume = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep")
    resume.setArguments([False])  # waking up again is no reason to lock
    assert private_system_bus.send(resume)
    sleep = QDBusMessage.createSignal(LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep")
    sleep.setArguments([True])
    assert private_system_bus.send(sleep)
    qtbot.waitUntil(lambda: reasons == [LockReason.SUSPEND], timeout=5_000)
