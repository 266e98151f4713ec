"""Benchmarks of the importers: the EUDA all-data file (as published and saved again the Dutch way) and a
1M-row CSV, each in a child process whose peak memory is read with ``resource``.

    python bench/bench_imports.py [--euda ../shared/data/euda-wastewater-2025] [--runs 3]

Prints figures; asserts nothing (targets: EUDA import < 2 s, peak memory of any import ≤ 300 MB).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# Linux keeps a process's peak RSS across fork and exec: a launcher reads its own child's figures instead.
LAUNCHER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run([sys.executable, *sys.argv[1:]], capture_output=True, text=True)
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"status": result.returncode, "seconds": elapsed, "rss_mb": usage.ru_maxrss / 1024,
                  "cpu_s": usage.ru_utime + usage.ru_stime,
                  "stdout": result.stdout[-300:], "stderr": result.stderr[-300:]}))
"""

READ_ALL = """
import sys
from pathlib import Path
from signaaltracker.exchange.csv_text import open_csv
with open_csv(Path(sys.argv[1]), max_rows=10**7) as table:
    rows = sum(1 for _ in table.rows())
print(rows, table.encoding, repr(table.delimiter))
"""


def measure(*args: str) -> dict:
    env = {"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *args], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(result.stdout)


def resave_dutch(source: Path, target: Path) -> None:
    """What Excel/LibreOffice on a Dutch system writes: ';', decimal commas, a BOM, CRLF."""
    with (
        open(source, encoding="utf-8", newline="") as handle,
        open(target, "w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        for row in csv.reader(handle):
            writer.writerow([c.replace(".", ",") if c.replace(".", "", 1).isdigit() else c for c in row])


def bench_euda(euda: Path, runs: int, tmp: Path) -> None:
    from signaaltracker.exchange.demo import build_demo

    all_data, sites = euda / "ww2025-all-data.csv", euda / "ww2025-site-info-table.csv"
    with open(all_data, encoding="utf-8") as handle:
        rows = sum(1 for _ in handle) - 1
    dutch = tmp / "ww2025-all-data-nl.csv"
    resave_dutch(all_data, dutch)
    template = tmp / "template.db"
    build_demo(template)
    for label, path in (("as published", all_data), ("saved again the Dutch way", dutch)):
        results = []
        for run in range(runs):
            db = tmp / f"euda{run}.db"
            db.write_bytes(template.read_bytes())
            results.append(
                measure(
                    "-m", "signaaltracker", "import-wastewater", "--db", str(db), str(path), "--site-info", str(sites)
                )
            )
            assert results[-1]["status"] == 0, results[-1]
        seconds = statistics.median(r["seconds"] for r in results)
        cpu = statistics.median(r["cpu_s"] for r in results)
        print(
            f"EUDA all-data import ({label}), whole process, {rows} rows + site table: median {seconds:.2f} s "
            f"wall = {rows / seconds:,.0f} rows/s ({cpu:.2f} s CPU = {rows / cpu:,.0f} rows/s); "
            f"peak {max(r['rss_mb'] for r in results):.0f} MB"
        )
        from signaaltracker.exchange.euda_import import parse_all_data

        start = time.process_time()
        parsed = parse_all_data(path)
        parse_s = time.process_time() - start
        print(
            f"  parsing alone (in process, CPU): {parse_s * 1000:.0f} ms = "
            f"{len(parsed.measurements) / parse_s:,.0f} rows/s"
        )


def bench_million(tmp: Path) -> None:
    path = tmp / "million.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("verslaving;leeftijd;periode_van;periode_tot;aantal\r\n")
        for index in range(1_000_000):
            out.write(f"Type {index % 40};0-18;1-1-2024;1-5-2024;{index % 97}\r\n")
    size = path.stat().st_size / 1_000_000
    read = measure("-c", READ_ALL, str(path))
    print(
        f"1M-row CSV ({size:.0f} MB, ';', CRLF): streamed through csv_text in {read['seconds']:.2f} s wall "
        f"({read['cpu_s']:.2f} s CPU = {1_000_000 / read['cpu_s']:,.0f} rows/s); peak {read['rss_mb']:.0f} MB "
        f"({read['stdout'].strip()})"
    )
    db = tmp / "million.db"
    from signaaltracker.exchange.demo import build_demo

    build_demo(db)
    refused = measure("-m", "signaaltracker", "import-figures", "--db", str(db), str(path), "--dry-run")
    print(
        f"1M-row CSV as intake figures (import-figures --dry-run): exit {refused['status']} after "
        f"{refused['seconds']:.2f} s wall ({refused['cpu_s']:.2f} s CPU), peak {refused['rss_mb']:.0f} MB — "
        f"{refused['stderr'].strip()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--euda", type=Path, default=ROOT.parent / "shared" / "data" / "euda-wastewater-2025")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if (args.euda / "ww2025-all-data.csv").is_file():
            bench_euda(args.euda, args.runs, tmp)
        else:
            print(f"EUDA files not found in {args.euda}; skipped")
        bench_million(tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
