"""Open the GUI on a database, visit every page, scroll the Signals page to the end, and exit.

The parent (bench/run.py) reads the peak resident memory of this process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtWidgets import QApplication

from signaaltracker.store import open_store
from signaaltracker.ui.main_window import MainWindow


def main() -> int:
    app = QApplication([])
    store = open_store(Path(sys.argv[1]))
    window = MainWindow(store)
    window.show()
    app.processEvents()
    for entry in window.entries:
        window.show_page(entry.key)
        app.processEvents()
    page = window.show_page("signals")
    app.processEvents()
    page.table.scrollToBottom()  # the oldest signals: the far end of the list
    app.processEvents()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
