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
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_path)], capture_output=True, text=True,
                            env=cli_env(), timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_guard_tops_up_only_when_the_leak_exists(qapp):
    from PySide6.QtCore import QObject, Signal

    from signaaltracker.ui.charts.refcount_guard import TOP_UP, guard

    before = sys.getrefcount(True)
    done = guard()
    if "True" in done:
        assert sys.getrefcount(True) >= before + TOP_UP - 100

    class Ping(QObject):
        ping = Signal()

    ping = Ping()
    for _ in range(5000):  # more emits than True had references before the guard
        ping.ping.emit()
    assert sys.getrefcount(True) > 0
