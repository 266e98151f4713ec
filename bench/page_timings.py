"""Page-level figures inside one GUI process: the Signals page (bench/signals_page.py's measure), chart redraw on
the Overzicht and Cijfers pages, and the process's peak memory.

    QT_QPA_PLATFORM=offscreen python bench/page_timings.py DB RUNS

Prints one JSON object {label: [milliseconds, ...]} on its last line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication

from signaaltracker.store import open_store
from signaaltracker.ui.main_window import MainWindow
from signals_page import measure as measure_signals_page


def _timed(work, app: QApplication) -> float:
    start = time.perf_counter()
    work()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def measure_charts(db: Path, runs: int, app: QApplication) -> dict[str, list[float]]:
    """Redraw (query + chart update + synchronous repaint) of the Overzicht and Cijfers charts."""
    store = open_store(db)
    window = MainWindow(store)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    overview = window.show_page("overview")
    overview._build_charts()  # normally after a short delay; built now so it can be timed
    charts = overview.charts

    def overview_redraw() -> None:
        charts.refresh()
        charts.repaint()

    results = {"Overzicht charts redraw": [_timed(overview_redraw, app) for _ in range(runs)]}
    figures = window.show_page("figures")
    figures.tabs.setCurrentIndex(0)
    app.processEvents()

    def intake_redraw() -> None:
        figures.intake.refresh()
        figures.intake.repaint()

    results["Cijfers intake chart redraw"] = [_timed(intake_redraw, app) for _ in range(runs)]
    figures.tabs.setCurrentIndex(3)
    app.processEvents()

    def trends_redraw() -> None:
        figures.trends.draw()
        figures.trends.repaint()

    results["Cijfers signal trends redraw"] = [_timed(trends_redraw, app) for _ in range(runs)]
    window.close()
    app.processEvents()
    store.close()
    return results


def main() -> int:
    db, runs = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    results = {
        f"Signals page: {label}": samples
        for label, samples in measure_signals_page(db, runs).items()
        if not label.startswith("_")
    }
    results.update(measure_charts(db, runs, app))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
