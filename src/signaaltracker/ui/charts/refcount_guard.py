"""Work-around for reference-count bugs in PySide6 6.12.0 (measured here, on this venv):

- ``SignalInstance.emit()`` returns ``True`` without taking a reference: 100 emits → ``True`` has 100 fewer;
- ``QGraphicsScene.removeItem()`` returns ``None`` the same way: 100 calls → ``None`` has 100 fewer.

pyqtgraph emits signals on every paint and mouse move and removes items on every redraw, so after a few
thousand of them the interpreter aborts ("bool_dealloc"/"none_dealloc: deallocating …"), at the latest at exit.
Until PySide6 is fixed (or pinned to a version without the bugs), charts top up the counts of ``True`` and
``None`` with references that are never given back. Each probe checks the bug instead of trusting the version,
and nothing is done on Python ≥ 3.12, where ``True`` and ``None`` are immortal.
"""

from __future__ import annotations

import ctypes
import sys

TOP_UP = 1 << 24  # head room per chart: ≈16 million leaked references


def _add_references(obj: object, count: int) -> None:
    if sys.version_info >= (3, 12) or count <= 0:
        return
    refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
    refcount.value += count


def _emit_loses_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    _add_references(True, lost)  # give back what the probe took
    return lost >= 10


def _remove_item_loses_none() -> bool:
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

    scene = QGraphicsScene()
    items = [QGraphicsRectItem(0, 0, 1, 1) for _ in range(10)]
    for item in items:
        scene.addItem(item)
    before = sys.getrefcount(None)
    for item in items:
        scene.removeItem(item)
    lost = before - sys.getrefcount(None)
    _add_references(None, lost)
    return lost >= 10


def guard() -> list[str]:
    """Top up ``True`` and/or ``None`` when (and only when) the leak is present; returns which were topped up."""
    if sys.version_info >= (3, 12):
        return []
    done = []
    if _emit_loses_true():
        _add_references(True, TOP_UP)
        done.append("True")
    if _remove_item_loses_none():
        _add_references(None, TOP_UP)
        done.append("None")
    return done
