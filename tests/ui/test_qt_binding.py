"""Guard against a Qt binding that mis-counts references (PySide6 6.12.0).

In PySide6 6.12.0 every ``Signal.emit()`` from Python dropped one reference to ``True``; after a
few hundred emits the interpreter aborted in ``bool_dealloc``. pyproject excludes that release;
this test fails if such a binding comes back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for i in range(50):
        emitter.fired.emit(i)
    gc.collect()
    assert len(received) == 50
    assert sys.getrefcount(True) - before >= 0
