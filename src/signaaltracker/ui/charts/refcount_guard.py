"""Work-around for a reference-count bug in PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without
taking a reference, so every signal emitted from Python takes one reference from ``True`` for good.

pyqtgraph emits a signal on every paint and mouse move, so after a few thousand paints the count of ``True``
reaches zero and the interpreter aborts ("bool_dealloc: deallocating True or False"), at the latest at exit.
Measured: 100 ``emit()`` calls → 100 references fewer. Until PySide6 is fixed (or pinned to a version without
the bug), charts top up the count once per chart with references that are never given back.
"""

from __future__ import annotations

import ctypes
import sys

TOP_UP = 1 << 22  # ≈4 million emits of head room per chart


def emit_leaks_true() -> bool:
    """True when this PySide6 loses a reference to ``True`` per emit (checked, not assumed from the version)."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe took
        _add_references(lost)
    return lost >= 10


def _add_references(count: int) -> None:
    if sys.version_info >= (3, 12):  # True is immortal from 3.12 on: nothing can go wrong
        return
    refcount = ctypes.c_ssize_t.from_address(id(True))  # ob_refcnt is the first field of every object
    refcount.value += count


def guard() -> bool:
    """Top up the reference count of ``True`` when (and only when) the bug is present. Returns whether it was."""
    if emit_leaks_true():
        _add_references(TOP_UP)
        return True
    return False
