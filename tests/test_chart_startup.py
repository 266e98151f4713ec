"""pyqtgraph stays out of start-up; the PySide6 refcount guard keeps True and None alive."""

from __future__ import annotations

import subprocess
import sys

from conftest import cli_env

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from signaaltracker.store import open_store
from signaaltracker.ui.main_window import MainWindow
store = open_store(sys.argv[1])
window = MainWindow(store)
window.show()
app.processEvents()
print("pyqtgraph" in sys.modules)
"""


def test_first_paint_does_not_import_pyqtgraph(demo_path):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_path)], capture_output=True, text=True, env=cli_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


REFCOUNT_SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene
app = QApplication([])
class Ping(QObject):
    ping = Signal(int)
p = Ping(); p.ping.connect(lambda v: None)
scene = QGraphicsScene()
true0, none0 = sys.getrefcount(True), sys.getrefcount(None)
for i in range(20000):
    p.ping.emit(i)
for i in range(3000):
    item = QGraphicsRectItem(0, 0, 1, 1); scene.addItem(item); scene.removeItem(item)
print(sys.getrefcount(True) - true0 >= -100, sys.getrefcount(None) - none0 >= -100)
"""


def test_the_pyside6_in_use_keeps_reference_counts_of_true_and_none():
    """PySide6 6.12.0 loses a reference to True on every emit and to None on every removeItem; pyqtgraph does
    both constantly, so the app aborted ("deallocating True"). pyproject pins PySide6 below 6.12."""
    result = subprocess.run(
        [sys.executable, "-c", REFCOUNT_SCRIPT], capture_output=True, text=True, env=cli_env(), timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.split() == ["True", "True"]
