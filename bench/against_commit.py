"""Start-up and memo export of this tree against an earlier commit, measured side by side.

    python bench/against_commit.py cc1f08c [--runs 15]

The earlier commit is checked out as a git worktree in a temporary folder and run from the same venv
(PYTHONPATH puts its ``src`` first). Each version makes its own demo register (the schemas differ), warms it up
once, and then the two are measured alternately — floor, start, export — so both see the same load. Figures:
wall and CPU time of whole processes, medians and best runs, and the ratio this tree / the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, env
from run import APP_SCRIPT, FLOOR_SCRIPT


def tree_env(src: Path) -> dict[str, str]:
    e = env()
    e["PYTHONPATH"] = str(src) + os.pathsep + e["PYTHONPATH"]
    return e


def timed(args: list[str], e: dict[str, str], marker: str | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one process; with ``marker`` the wall time runs until that line is printed."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=e, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    wall = None
    for line in proc.stdout:
        if marker is not None and wall is None and line.strip() == marker:
            wall = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or (marker is not None and wall is None):
        raise subprocess.CalledProcessError(proc.returncode, args)
    if wall is None:
        wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", help="the baseline (a commit, tag or branch)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    py = sys.executable
    work = Path(tempfile.mkdtemp(prefix="signaaltracker-against-"))
    base_tree = work / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base_tree), args.commit], check=True)
    try:
        trees = {"baseline": base_tree / "src", "this tree": ROOT / "src"}
        figures: dict[str, list[tuple[float, float]]] = {}
        jobs = []
        for name, src in trees.items():
            e = tree_env(src)
            db = work / f"{name.replace(' ', '-')}.db"
            demo = [py, "-m", "signaaltracker", "demo", "--db", str(db)]
            subprocess.run(demo, env=e, check=True, capture_output=True)
            warm = [py, "-m", "signaaltracker", "--db", str(db), "--exit-after-first-paint"]
            subprocess.run(warm, env=e, check=True, capture_output=True)
            pdf = work / f"{name.replace(' ', '-')}.pdf"
            jobs.append((f"cold start to first paint, {name}", [py, "-c", APP_SCRIPT, str(db)], src, "PAINTED"))
            jobs.append(
                (
                    f"export-memo, whole process, {name}",
                    [py, "-m", "signaaltracker", "export-memo", "--db", str(db), "--out", str(pdf)],
                    src,
                    None,
                )
            )
        jobs.insert(0, ("floor: bare PySide6 window, first paint", [py, "-c", FLOOR_SCRIPT], ROOT / "src", "PAINTED"))
        order = sorted(jobs, key=lambda job: job[0].split(",")[0])  # start/start, export/export: alternate
        for _ in range(args.runs):
            for label, command, src, marker in order:
                figures.setdefault(label, []).append(timed(command, tree_env(src), marker))
        print(f"{args.runs} runs each, alternating; load average at the end {os.getloadavg()[0]:.2f}\n")
        print("| figure | wall median | wall best | CPU median | CPU best |")
        print("|---|---:|---:|---:|---:|")
        for label, samples in figures.items():
            walls, cpus = [s[0] for s in samples], [s[1] for s in samples]
            print(
                f"| {label} | {statistics.median(walls) * 1000:.0f} ms | {min(walls) * 1000:.0f} ms | "
                f"{statistics.median(cpus) * 1000:.0f} ms | {min(cpus) * 1000:.0f} ms |"
            )
        print("\n| figure | this tree / baseline, wall median | CPU median |")
        print("|---|---:|---:|")
        for what in ("cold start to first paint", "export-memo, whole process"):
            ours, theirs = figures[f"{what}, this tree"], figures[f"{what}, baseline"]
            wall = statistics.median(s[0] for s in ours) / statistics.median(s[0] for s in theirs)
            cpu = statistics.median(s[1] for s in ours) / statistics.median(s[1] for s in theirs)
            print(f"| {what} | {wall:.2f}× | {cpu:.2f}× |")
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
