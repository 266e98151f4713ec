"""Helpers shared by the benchmark scripts: timing whole processes, medians, database preparation."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + e.get("PYTHONPATH", "")
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app has compiled bytecode; some shells here set PYTHONDONTWRITEBYTECODE, which would make every
    # measured start recompile our modules (and the floor's none), so let the runs write and use .pyc files.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    # View state (last page, filters: QSettings under XDG_CONFIG_HOME) starts empty for every measured process,
    # so one run's last page does not change what the next one opens with.
    e["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="signaaltracker-bench-config-")
    return e


@dataclass
class Result:
    name: str
    samples: list[float] = field(default_factory=list)  # seconds, or MB for memory figures
    unit: str = "ms"
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    def scaled(self, value: float) -> float:
        return value * 1000 if self.unit == "ms" else value


def time_process(args: list[str], runs: int) -> list[float]:
    """Wall time of a whole process, ``runs`` times. Raises CalledProcessError when it fails."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, env=env(), check=True, capture_output=True, timeout=600)
        samples.append(time.perf_counter() - start)
    return samples


def time_to_marker(args: list[str], runs: int, marker: str = "PAINTED") -> list[float]:
    """Time from spawning a process until it prints ``marker`` (it then finishes on its own, e.g. closing its
    database cleanly, which is not counted). Raises CalledProcessError when it fails."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        elapsed = None
        assert proc.stdout is not None
        for line in proc.stdout:
            if elapsed is None and line.strip() == marker:
                elapsed = time.perf_counter() - start
        if proc.wait(timeout=600) != 0 or elapsed is None:
            raise subprocess.CalledProcessError(proc.returncode, args)
        samples.append(elapsed)
    return samples


def peak_rss_mb(args: list[str]) -> float:
    """Peak resident memory of a child process, in MB (Linux: /usr/bin/time would also do)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], env=env(), check=True, capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def ensure_database(name: str, signals: int) -> Path:
    """bench/data/NAME.db with the demo world plus ``signals`` generated signals (reused when present)."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"{name}.db"
    marker = DATA / f"{name}.count"
    if path.exists() and marker.exists() and marker.read_text().strip() == str(signals):
        return path
    if signals == 0:
        subprocess.run(
            [sys.executable, "-m", "signaaltracker", "demo", "--db", str(path), "--force"],
            env=env(),
            check=True,
            capture_output=True,
        )
    else:
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate.py"), "--signals", str(signals), "--db", str(path)],
            env=env(),
            check=True,
        )
    marker.write_text(str(signals))
    return path
