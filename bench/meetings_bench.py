"""Time the meeting cycle on a large database: agenda, Acties list, minutes PDF. Prints figures; asserts nothing.

python bench/generate.py --signals 100000 --db /tmp/100k.db
python bench/meetings_bench.py --db /tmp/100k.db
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from signaaltracker.reports.meeting_render import write_meeting_pdf
from signaaltracker.store import open_store
from signaaltracker.store.action_list import ActionFilter, action_rows


def timed(label: str, work, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<45} {best * 1000:8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    store = open_store(args.db, create=False)
    try:
        print(f"signals: {store.signals.count()}, meetings: {store.meetings.count()}, actions: {store.actions.count()}")
        structure = store.structures.by_name("Jongerenoverleg")
        last = store.cycle.last_meeting(structure.id)
        meeting = last
        agenda = timed("agenda of the latest meeting", lambda: store.cycle.agenda(meeting.id))
        print(f"  new signals on it: {len(agenda.new_signals)}, carried actions: {len(agenda.carried)}")
        timed("Acties list (no filter)", lambda: action_rows(store.db, ActionFilter(), date.today()))
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "verslag.pdf"
            for kind in ("minutes", "agenda"):
                timed(
                    f"{kind} PDF (compose + render + PDF/A)",
                    lambda k=kind: write_meeting_pdf(store, meeting.id, k, out),
                )
    finally:
        store.close()


if __name__ == "__main__":
    main()
