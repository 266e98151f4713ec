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

from common import ROOT, Result, ensure_database, env, peak_rss_mb, time_process

FLOOR_SCRIPT = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def measure(runs: int, quick: bool) -> list[Result]:
    dbs = {"demo": ensure_database("demo", 0), "100k": ensure_database("100k", 100_000)}
    if not quick:
        dbs["1M"] = ensure_database("1m", 1_000_000)
    py = sys.executable
    results = [Result("floor: bare PySide6 QMainWindow, first paint", time_process([py, "-c", FLOOR_SCRIPT], runs))]
    for name, db in dbs.items():
        results.append(Result(f"cold start to first paint ({name})", time_process(
            [py, "-m", "signaaltracker", "--db", str(db), "--exit-after-first-paint"], runs)))
    for name, db in dbs.items():
        if name == "demo":
            continue
        results.extend(_in_process(db, name, runs))
    for name, db in dbs.items():
        out = ROOT / "bench" / "data" / f"memo-{name}.pdf"
        results.append(_optional(f"export-memo ({name})", [py, "-m", "signaaltracker", "export-memo", "--db", str(db),
                                                             "--out", str(out)], runs))
    results.append(_optional("export-minutes (demo, meeting 2)", [
        py, "-m", "signaaltracker", "export-minutes", "--db", str(dbs["demo"]), "--meeting", "2", "--out",
        str(ROOT / "bench" / "data" / "minutes.pdf")], runs))
    for name, db in dbs.items():
        if name == "demo":
            continue
        rss = Result(f"peak memory, GUI with Signals page ({name})", unit="MB")
        rss.samples = [peak_rss_mb([py, str(ROOT / "bench" / "gui_memory.py"), str(db)])]
        results.append(rss)
    return results


def _optional(name: str, args: list[str], runs: int) -> Result:
    try:
        return Result(name, time_process(args, runs))
    except subprocess.CalledProcessError as exc:
        return Result(name, note=f"not available ({(exc.stderr or b'').decode().strip()[:60]})")


def _in_process(db: Path, name: str, runs: int) -> list[Result]:
    """Page-level figures measured inside one GUI process by bench/page_timings.py (JSON on stdout)."""
    import json

    script = ROOT / "bench" / "page_timings.py"
    out = subprocess.run([sys.executable, str(script), str(db), str(runs)], env=env(), capture_output=True,
                         text=True)
    if out.returncode != 0:
        return [Result(f"page timings ({name})", note="failed: " + out.stderr.strip().splitlines()[-1][:80])]
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return [Result(f"{label} ({name})", samples) for label, samples in data.items()]


def table(results: list[Result]) -> str:
    floor = results[0].median
    lines = ["| figure | median | min | max | ratio to floor |", "|---|---:|---:|---:|---:|"]
    for r in results:
        if not r.samples:
            lines.append(f"| {r.name} | {r.note} | | | |")
            continue
        ratio = f"{r.median / floor:.2f}×" if r.unit == "ms" and r.name.startswith("cold start") else ""
        lines.append(f"| {r.name} | {r.scaled(r.median):.1f} {r.unit} | {r.scaled(min(r.samples)):.1f} | "
                     f"{r.scaled(max(r.samples)):.1f} | {ratio} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="SignaalTracker benchmarks")
    parser.add_argument("--quick", action="store_true", help="skip the 1M database")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = measure(max(5, args.runs), args.quick)
    text = table(results)
    print(text)
    header = (f"# Performance\n\nLast run: {date.today().isoformat()}, {platform.machine()}, "
              f"Python {platform.python_version()}, {'quick' if args.quick else 'full'} run "
              f"(`python bench/run.py{' --quick' if args.quick else ''}`).\n\n")
    notes = ROOT / "docs" / "performance-notes.md"
    extra = "\n\n" + notes.read_text(encoding="utf-8") if notes.exists() else ""
    (ROOT / "docs" / "performance.md").write_text(header + text + "\n" + extra, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
