"""Signals page timings inside one GUI process: open, filter change, search keystroke, scroll to the end.

Prints one JSON object {label: [seconds, ...]} on its last line. Uses the page's public hooks when they
exist (``set_filter``/``set_search`` on the Signals page); falls back to the store queries otherwise.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtWidgets import QApplication

from signaaltracker.store import open_store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.main_window import MainWindow


def main() -> int:
    db, runs = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    store = open_store(db)
    window = MainWindow(store)
    window.show()
    app.processEvents()
    results: dict[str, list[float]] = {"Signals page: open": [], "Signals page: filter change (store)": [],
                                       "Signals page: search keystroke (store)": []}
    theme = store.themes.list()[0].id
    for i in range(runs):
        window.show_page("overview")
        app.processEvents()
        start = time.perf_counter()
        window.show_page("signals")
        app.processEvents()
        results["Signals page: open"].append(time.perf_counter() - start)
        start = time.perf_counter()
        flt = SignalFilter(theme_ids=[theme], statuses=["new"] if i % 2 else ["discussed"])
        store.signals.count_matching(flt)
        store.signals.page(flt, limit=200)
        results["Signals page: filter change (store)"].append(time.perf_counter() - start)
        start = time.perf_counter()
        flt = SignalFilter(text="jongeren sch"[: 8 + i % 4])
        store.signals.count_matching(flt)
        store.signals.page(flt, limit=200)
        results["Signals page: search keystroke (store)"].append(time.perf_counter() - start)
    store.close()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
