"""Benchmark the Signals page on a large database: open, filter change, search keystroke, memory.

    python bench/signals_page.py                      # builds bench/data/100k.db on first use
    python bench/signals_page.py --db PATH --repeat 25

Prints the median (and worst) milliseconds of each step (open, filter change, search keystroke, scroll to the end
and back), measured in-process with the real page and a real SQLite file, each step including the repaint of
the table; and the resident memory of the process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def memory_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc (Linux)."""
    values = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount, _unit = line.split()
                values[key] = int(amount) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


def timed(step, app) -> float:
    start = time.perf_counter()
    step()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def report(label: str, samples: list[float]) -> None:
    print(f"{label:<28} median {statistics.median(samples):6.1f} ms   worst {max(samples):6.1f} ms   n={len(samples)}")


def measure(db: Path, repeat: int) -> dict[str, list[float]]:
    """Milliseconds per step on the real Signals page over ``db`` (a QApplication must exist)."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QMainWindow

    from signaaltracker.store import open_store
    from signaaltracker.store.signals import SignalFilter
    from signaaltracker.ui.pages.signals_page import SignalsPage

    app = QApplication.instance()
    store = open_store(db)
    store.settings.set("signals.filter", SignalFilter().to_dict())
    window = QMainWindow()
    window.resize(1400, 850)
    window.show()

    opens = []
    page = None
    for _ in range(repeat):

        def open_page() -> None:
            nonlocal page
            if page is not None:
                page.deleteLater()
            page = SignalsPage(store, window)
            window.setCentralWidget(page)
            page.refresh()

        opens.append(timed(open_page, app))
    assert page is not None

    bar = page.filter_bar
    themes = bar.themes.menu().actions()
    statuses = bar.statuses.menu().actions()
    organisations = bar.organisations.menu().actions()
    filters = []
    for i in range(repeat):
        filters.append(timed(themes[i % len(themes)].toggle, app))  # theme on
        filters.append(timed(themes[i % len(themes)].toggle, app))  # and off again
        filters.append(timed(organisations[i % len(organisations)].toggle, app))
        filters.append(timed(organisations[i % len(organisations)].toggle, app))
        filters.append(timed(statuses[i % len(statuses)].toggle, app))
        filters.append(timed(statuses[i % len(statuses)].toggle, app))
    for year in range(2020, 2020 + repeat):
        filters.append(timed(lambda y=year: bar.date_from.setDate(QDate(y % 6 + 2020, 1, 1)), app))
    bar.clear()

    keystrokes = []
    words = ["cannabis hangplek", "3-mmc online", "lachgas evenement", "jongerenwerk plein", "ouders zorgen"]
    for phrase in words[: max(1, repeat // 3)]:
        for end in range(1, len(phrase) + 1):

            def key(text: str = phrase[:end]) -> None:
                bar.search.setText(text)
                bar.search_now()

            keystrokes.append(timed(key, app))
        bar.search.clear()
        bar.search_now()

    ends, tops = [], []
    for _ in range(repeat):
        ends.append(timed(page.table.scrollToBottom, app))  # the last rows of the whole list on screen
        tops.append(timed(page.table.scrollToTop, app))
    last = page.model.rowCount() - 1
    if last >= 0 and not page.model.index(last, 0).data():
        raise RuntimeError("scrolling to the end did not show the last row")
    rss, peak = memory_mb()
    page.deleteLater()
    window.close()
    app.processEvents()
    store.close()
    return {
        "open page": opens,
        "filter change": filters,
        "search keystroke": keystrokes,
        "scroll to the end": ends,
        "scroll back to the top": tops,
        "_rss_mb": [rss],
        "_peak_mb": [peak],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "data" / "100k.db")
    parser.add_argument("--signals", type=int, default=100_000, help="size when the database must be built")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    if not args.db.exists():
        from generate import generate

        print(f"building {args.db} with {args.signals} signals …")
        generate(args.db, args.signals)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = measure(args.db, args.repeat)
    print(f"SignaalTracker Signals page benchmark ({args.db.name}, Qt platform {app.platformName()})")
    for label, samples in results.items():
        if not label.startswith("_"):
            report(label, samples)
    print(f"{'memory (RSS)':<28} now {results['_rss_mb'][0]:6.0f} MB   peak {results['_peak_mb'][0]:6.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
