"""Benchmark: `signaaltracker export-memo` as a whole process, on the demo database and on demo + 100k signals.

    python bench/export_memo.py [--signals 100000] [--runs 5] [--keep DIR]

Prints the median and best wall-clock time per database and option set (not a test: nothing is asserted).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def timed_runs(db: Path, out: Path, runs: int, *extra: str) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system of the child) seconds per run."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    command = [sys.executable, "-m", "signaaltracker", "export-memo", "--db", str(db), "--out", str(out), *extra]
    subprocess.run(command, check=True, capture_output=True, env=env)  # warm the file cache and .pyc files
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder for the databases (default: a temporary one)")
    args = parser.parse_args()

    from generate import generate
    from signaaltracker.exchange.demo import build_demo

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-memo-"))
    folder.mkdir(parents=True, exist_ok=True)
    demo = folder / "demo.db"
    big = folder / f"demo-{args.signals}.db"
    try:
        if not demo.exists():
            build_demo(demo)
        if not big.exists():
            print(f"generating {big.name} …", flush=True)
            generate(big, args.signals)
        cases = [
            ("demo", demo, ()),
            ("demo, --suppress-below 5", demo, ("--suppress-below", "5")),
            (f"demo + {args.signals} signals, memo period", big, ()),
            (f"demo + {args.signals} signals, last 6 weeks", big, ("--from", _weeks_ago(6), "--to", _weeks_ago(0))),
        ]
        for label, db, extra in cases:
            out = folder / "memo.pdf"
            times, cpu = timed_runs(db, out, args.runs, *extra)
            pages = _pages(out)
            print(
                f"{label:<45} wall median {statistics.median(times):.3f} s, best {min(times):.3f} s; "
                f"CPU median {statistics.median(cpu):.3f} s ({pages} pages, {out.stat().st_size // 1024} KiB)"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def _weeks_ago(weeks: int) -> str:
    from datetime import date, timedelta

    return (date.today() - timedelta(weeks=weeks)).isoformat()


def _pages(pdf: Path) -> str:
    if shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


if __name__ == "__main__":
    raise SystemExit(main())
