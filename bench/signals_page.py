"""Benchmark the Signals page on a large database: open, filter change, search keystroke, memory.

    python bench/signals_page.py                      # builds bench/data/100k.db on first use
    python bench/signals_page.py --db PATH --repeat 25

Prints the median (and worst) milliseconds of each step, measured in-process with the real page and a real
SQLite file, each step including the repaint of the table; and the resident memory of the process.
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

    from PySide6.QtWidgets import QApplication, QMainWindow

    from signaaltracker.store import open_store
    from signaaltracker.store.signals import SignalFilter
    from signaaltracker.ui.pages.signals_page import SignalsPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(args.db)
    total = store.signals.count_matching(SignalFilter())
    store.settings.set("signals.filter", SignalFilter().to_dict())
    print(f"{args.db.name}: {total} live signals")
    window = QMainWindow()
    window.resize(1400, 850)
    window.show()

    opens = []
    page = None
    for _ in range(args.repeat):
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
    for i in range(args.repeat):
        filters.append(timed(themes[i % len(themes)].toggle, app))            # theme on
        filters.append(timed(themes[i % len(themes)].toggle, app))            # and off again
        filters.append(timed(organisations[i % len(organisations)].toggle, app))
        filters.append(timed(organisations[i % len(organisations)].toggle, app))
        filters.append(timed(statuses[i % len(statuses)].toggle, app))
        filters.append(timed(statuses[i % len(statuses)].toggle, app))
    from PySide6.QtCore import QDate

    for year in range(2020, 2020 + args.repeat):
        filters.append(timed(lambda y=year: bar.date_from.setDate(QDate(y % 6 + 2020, 1, 1)), app))
    bar.clear()

    keystrokes = []
    words = ["cannabis hangplek", "3-mmc online", "lachgas evenement", "jongerenwerk plein", "ouders zorgen"]
    for phrase in words[: max(1, args.repeat // 3)]:
        for end in range(1, len(phrase) + 1):
            def key(text: str = phrase[:end]) -> None:
                bar.search.setText(text)
                bar.search_now()

            keystrokes.append(timed(key, app))
        bar.search.clear()
        bar.search_now()

    scrolls = []
    for _ in range(args.repeat):
        scrolls.append(timed(page.model.fetchMore, app))

    print(f"SignaalTracker Signals page benchmark ({total} signals, Qt platform {app.platformName()})")
    report("open page", opens)
    report("filter change", filters)
    report("search keystroke", keystrokes)
    report("next 200 rows (scrolling)", scrolls)
    rss, peak = memory_mb()
    print(f"{'memory (RSS)':<28} now {rss:6.0f} MB   peak {peak:6.0f} MB")
    window.close()
    app.processEvents()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
