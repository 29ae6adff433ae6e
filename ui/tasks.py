"""Run slow ``app/`` calls off the GUI thread (key derivation, integrity check, large queries).

In the style of Anki's ``QueryOp``: the callable gets plain data, never a widget, and its result
or exception comes back on the GUI thread through a signal. Never touch the UI inside ``fn``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Outcome:
    """Carries a result across threads. PySide6 6.12 mis-counts references to bare ``True``/
    ``False`` sent through a queued ``Signal(object)`` (the interpreter aborted in
    ``bool_dealloc``), so values always travel inside this holder."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread
            self._signals.failed.emit(_Outcome(exc))
            return
        self._signals.succeeded.emit(_Outcome(result))


class TaskRunner(QObject):
    """Starts background jobs and keeps their signal objects alive until they report."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        signals = _Signals()
        self._live.add(signals)

        def done(outcome: _Outcome) -> None:
            self._live.discard(signals)
            on_success(outcome.value)

        def failed(outcome: _Outcome) -> None:
            self._live.discard(signals)
            on_failure(outcome.value)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        self._pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs (a lock waits for them before closing the vault)."""
        return self._pool.waitForDone(msecs)
