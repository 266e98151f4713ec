"""One benchmark command: builds its databases and measures start-up, pages, exports and memory.

    python bench/run.py [--quick]

Medians of at least 5 runs, all in one process run so that ratios to the bare-Qt floor hold on a noisy
machine. Prints one table and writes it to docs/performance.md. --quick skips the 1,000,000-signal database.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Result, ensure_database, env, peak_rss_mb, time_process, time_to_marker

FLOOR_SCRIPT = """
import os
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            os._exit(0)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

# The app as `python -m signaaltracker --db DB --exit-after-first-paint`, printing a marker at the first paint:
# the figure is spawn-to-first-paint, as for the floor; the app then closes its database cleanly (uncounted),
# as a user's previous session would have, so each start sees the file as the app left it.
APP_SCRIPT = """
import sys, runpy
from signaaltracker.ui import app as gui
original = gui.FirstPaintQuitter.eventFilter
def marked(self, watched, event):
    if event.type() == event.Type.Paint and not self.done:
        print("PAINTED", flush=True)
    return original(self, watched, event)
gui.FirstPaintQuitter.eventFilter = marked
sys.argv = ["signaaltracker", "--db", sys.argv[1], "--exit-after-first-paint"]
runpy.run_module("signaaltracker", run_name="__main__")
"""


def measure(runs: int, quick: bool) -> list[Result]:
    dbs = {"demo": ensure_database("demo", 0), "100k": ensure_database("100k", 100_000)}
    if not quick:
        dbs["1M"] = ensure_database("1m", 1_000_000)
    py = sys.executable
    data = ROOT / "bench" / "data"
    for db in dbs.values():  # warm the file cache; the day's start-up backup and any migration happen here
        subprocess.run(
            [py, "-m", "signaaltracker", "--db", str(db), "--exit-after-first-paint"],
            env=env(),
            check=True,
            capture_output=True,
            timeout=900,
        )
    results = [Result("floor: bare PySide6 QMainWindow, first paint", time_to_marker([py, "-c", FLOOR_SCRIPT], runs))]
    for name, db in dbs.items():
        results.append(
            Result(f"cold start to first paint ({name})", time_to_marker([py, "-c", APP_SCRIPT, str(db)], runs))
        )
    for name, db in dbs.items():
        if name != "demo":
            results.extend(_in_process(db, name, runs))
    for name, db in dbs.items():
        results.append(
            _optional(
                f"export-memo, whole process ({name})",
                [py, "-m", "signaaltracker", "export-memo", "--db", str(db), "--out", str(data / f"memo-{name}.pdf")],
                runs,
            )
        )
    for name, db in dbs.items():
        results.append(
            _optional(
                f"export-minutes, whole process ({name})",
                [
                    py,
                    "-m",
                    "signaaltracker",
                    "export-minutes",
                    "--db",
                    str(db),
                    "--meeting",
                    "2",
                    "--out",
                    str(data / f"minutes-{name}.pdf"),
                ],
                runs,
            )
        )
    for name, db in dbs.items():
        if name == "demo":
            continue
        rss = Result(f"peak memory (RSS), GUI: every page, Signals scrolled to the end ({name})", unit="MB")
        rss.samples = [peak_rss_mb([py, str(ROOT / "bench" / "gui_memory.py"), str(db)]) for _ in range(3)]
        results.append(rss)
    return results


def _optional(name: str, args: list[str], runs: int) -> Result:
    try:
        return Result(name, time_process(args, runs))
    except subprocess.CalledProcessError as exc:
        return Result(name, note=f"failed ({(exc.stderr or b'').decode().strip()[:60]})")


def _in_process(db: Path, name: str, runs: int) -> list[Result]:
    """Signals page and chart figures measured inside one GUI process by bench/page_timings.py (JSON, ms)."""
    import json

    script = ROOT / "bench" / "page_timings.py"
    out = subprocess.run([sys.executable, str(script), str(db), str(runs)], env=env(), capture_output=True, text=True)
    if out.returncode != 0:
        return [Result(f"page timings ({name})", note="failed: " + out.stderr.strip().splitlines()[-1][:80])]
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return [Result(f"{label} ({name})", [ms / 1000 for ms in samples]) for label, samples in data.items()]


def table(results: list[Result]) -> str:
    floor = results[0].median
    lines = ["| figure | median | min | max | ratio to floor |", "|---|---:|---:|---:|---:|"]
    for r in results:
        if not r.samples:
            lines.append(f"| {r.name} | {r.note} | | | |")
            continue
        ratio = f"{r.median / floor:.2f}×" if r.unit == "ms" and r.name.startswith("cold start") else ""
        lines.append(
            f"| {r.name} (n={len(r.samples)}) | {r.scaled(r.median):.1f} {r.unit} | "
            f"{r.scaled(min(r.samples)):.1f} | {r.scaled(max(r.samples)):.1f} | {ratio} |"
        )
    return "\n".join(lines)


def side_by_side(results: list[Result]) -> str:
    """100k against 1M for every figure measured on both: does the cost grow at most linearly (10×)?"""
    by_name = {r.name: r for r in results if r.samples}
    lines = ["| figure | 100k median | 1M median | 1M / 100k |", "|---|---:|---:|---:|"]
    for name, small in by_name.items():
        if not name.endswith("(100k)"):
            continue
        big = by_name.get(name[: -len("(100k)")] + "(1M)")
        if big is None:
            continue
        lines.append(
            f"| {name[: -len(' (100k)')]} | {small.scaled(small.median):.1f} {small.unit} | "
            f"{big.scaled(big.median):.1f} {big.unit} | {big.median / small.median:.2f}× |"
        )
    return "\n".join(lines) if len(lines) > 2 else ""


def main() -> int:
    parser = argparse.ArgumentParser(description="SignaalTracker benchmarks")
    parser.add_argument("--quick", action="store_true", help="skip the 1M database")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = measure(max(5, args.runs), args.quick)
    text = table(results)
    growth = side_by_side(results)
    if growth:
        text += "\n\n100,000 against 1,000,000 signals (linear growth would be 10×):\n\n" + growth
    print(text)
    header = (
        f"# Performance\n\nLast run: {date.today().isoformat()}, {platform.machine()}, "
        f"Python {platform.python_version()}, {'quick' if args.quick else 'full'} run "
        f"(`python bench/run.py{' --quick' if args.quick else ''}`).\n\n"
    )
    notes = ROOT / "docs" / "performance-notes.md"
    extra = "\n\n" + notes.read_text(encoding="utf-8") if notes.exists() else ""
    (ROOT / "docs" / "performance.md").write_text(header + text + "\n" + extra, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
