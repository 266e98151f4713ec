"""Open the GUI on a database, show the Signals page, and exit (peak RSS is read by the parent)."""

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
    window.show_page("signals")
    app.processEvents()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
