"""Background work reports back on the GUI thread, with its result or its exception."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from ui.tasks import TaskRunner


def test_result_comes_back_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    worker_threads: list[threading.Thread] = []
    received: list[tuple[object, threading.Thread]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    runner.run(work, lambda value: received.append((value, threading.current_thread())), print)
    qtbot.waitUntil(lambda: bool(received), timeout=5_000)
    assert received == [(42, threading.main_thread())]
    assert worker_threads[0] is not threading.main_thread()
    assert QApplication.instance() is not None


@pytest.mark.parametrize("value", [True, False, None])
def test_plain_booleans_survive_the_trip(qtbot, value: object) -> None:
    runner = TaskRunner()
    received: list[object] = []
    runner.run(lambda: value, received.append, print)
    qtbot.waitUntil(lambda: bool(received), timeout=5_000)
    assert received == [value]


def test_an_exception_comes_back_as_a_failure(qtbot) -> None:
    runner = TaskRunner()
    failures: list[tuple[Exception, threading.Thread]] = []

    def work() -> None:
        raise ValueError("kapot")

    runner.run(work, print, lambda exc: failures.append((exc, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    exc, thread = failures[0]
    assert isinstance(exc, ValueError)
    assert str(exc) == "kapot"
    assert thread is threading.main_thread()


def test_wait_returns_once_running_work_is_done(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    release = threading.Event()
    received: list[object] = []

    def work() -> str:
        started.set()
        release.wait(5)
        return "klaar"

    runner.run(work, received.append, print)
    assert started.wait(5)
    release.set()
    assert runner.wait(5_000)
    qtbot.waitUntil(lambda: received == ["klaar"], timeout=5_000)
