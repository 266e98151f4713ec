"""Benchmarks of the figures area: EUDA import as a whole process, chart redraw for 60 months × 8 themes.

    QT_QPA_PLATFORM=offscreen python bench/bench_figures.py [--euda DIR] [--runs 5]

Prints figures; asserts nothing (targets: import < 2 s, redraw median < 50 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_cli(*args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "signaaltracker", *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def bench_import(euda: Path, runs: int) -> None:
    from signaaltracker.exchange.demo import build_demo

    all_data, sites = euda / "ww2025-all-data.csv", euda / "ww2025-site-info-table.csv"
    first, again = [], []
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template.db"
        build_demo(template)
        for run in range(runs):
            db = Path(tmp) / f"run{run}.db"
            db.write_bytes(template.read_bytes())
            args = ("import-wastewater", "--db", str(db), str(all_data), "--site-info", str(sites))
            first.append(run_cli(*args))
            again.append(run_cli(*args))
        baseline = [run_cli("--version") for _ in range(runs)]
    print(
        f"EUDA import, whole process (4376 rows + 217 sites): median {statistics.median(first):.2f} s, "
        f"max {max(first):.2f} s"
    )
    print(f"EUDA re-import (adds nothing):                     median {statistics.median(again):.2f} s")
    print(f"python -m signaaltracker --version (start-up floor): median {statistics.median(baseline):.2f} s")


def bench_redraw(runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from signaaltracker.store.aggregates import MonthlyThemeCounts, month_keys
    from signaaltracker.ui.charts.signals_chart import SignalsChart

    app = QApplication.instance() or QApplication([])
    rng = random.Random(3)
    months = month_keys(__import__("datetime").date(2020, 1, 1), __import__("datetime").date(2024, 12, 1))
    themes = [f"Thema {i}" for i in range(8)]
    chart = SignalsChart()
    chart.resize(1100, 600)
    chart.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        counts = MonthlyThemeCounts(months, themes, {t: [rng.randint(0, 40) for _ in months] for t in themes})
        start = time.perf_counter()
        chart.set_counts(counts)
        chart.plot.repaint()  # synchronous paint of the plot
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"Signals chart redraw, {len(months)} months × {len(themes)} themes ({chart.bars} bars): "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {runs} runs"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--euda", type=Path, default=ROOT.parent / "shared" / "data" / "euda-wastewater-2025")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bench_import(args.euda, args.runs)
    bench_redraw(max(args.runs, 30))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
