"""Retention is verified on disk: while another process reads an older snapshot the wipe is reported as not yet
complete (the checkpoint's result is checked), and it completes once that reader is done. A process killed
while anonymising leaves either every signal or none anonymised, and after the next clean open/close the text of
the anonymised ones is gone from the file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from conftest import cli_env
from signaaltracker.domain.signals import Signal
from signaaltracker.store import open_store
from signaaltracker.store.register import Session
from signaaltracker.store.retention import anonymise, finish_wipe

SECRET = "qzxwgeheimvoorbeeld"

READER = r"""
import sqlite3, sys
from pathlib import Path
conn = sqlite3.connect(Path(sys.argv[1]).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
conn.execute("BEGIN")
print(conn.execute("SELECT count(*) FROM signals").fetchone()[0], flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
"""

ANONYMISER = r"""
import sys
from signaaltracker.store import open_store
from signaaltracker.store.retention import anonymise
store = open_store(sys.argv[1])
ids = [int(x) for x in sys.argv[2].split(",")]
print("go", flush=True)
print(anonymise(store.db, ids), flush=True)
store.close()
"""


def _disk_bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _add_old_secrets(path: Path, count: int) -> list[int]:
    store = open_store(path)
    try:
        org = store.organisations.list()[0].id
        theme = store.themes.list()[0].id
        old = datetime.now().replace(microsecond=0) - timedelta(days=3 * 365)
        ids = [
            store.signals.add(
                Signal(
                    observed_on=date(2021, 3, 1),
                    organisation_id=org,
                    theme_ids=[theme],
                    summary=f"{SECRET}{n:04d} " + "tekst " * 40,
                )
            ).id
            for n in range(count)
        ]
        with store.db.transaction():
            store.db.execute(
                f"UPDATE signals SET updated_at = ? WHERE id IN ({','.join('?' * len(ids))})", (old.isoformat(), *ids)
            )
    finally:
        store.close()
    return ids


def test_wipe_waits_for_a_reader_and_says_when_it_is_complete(demo_path):
    ids = _add_old_secrets(demo_path, 3)
    store = open_store(demo_path)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(demo_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    try:
        assert int(reader.stdout.readline()) > 0  # the reader now holds a snapshot from before the anonymising
        assert anonymise(store.db, ids) == 3
        assert finish_wipe(store.db, attempts=1, wait_ms=50) is False  # the blocked checkpoint is not success
        assert SECRET.encode() in store.db.path.read_bytes()  # … because the old pages are still in the file
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.wait(timeout=60) == 0
        assert finish_wipe(store.db) is True
        assert SECRET.encode() not in _disk_bytes(demo_path)
        assert os.path.getsize(str(demo_path) + "-wal") == 0
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
        store.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_anonymising_killed_at_random_moments_is_all_or_nothing_and_wiped_after_reopening(demo_template, tmp_path):
    rng = random.Random(1313)
    outcomes = set()
    for round_no in range(5):
        path = tmp_path / f"ronde{round_no}.db"
        path.write_bytes(demo_template.read_bytes())
        ids = _add_old_secrets(path, 150)
        proc = subprocess.Popen(
            [sys.executable, "-c", ANONYMISER, str(path), ",".join(map(str, ids))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )
        assert proc.stdout.readline().strip() == "go", proc.stderr.read()
        time.sleep(rng.uniform(0, 0.6))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()

        session = Session(path)  # the next start: the one opening sequence, then a clean close
        session.acquire()
        try:
            assert session.check().ok
            db = session.open()
            anonymised = {r["id"] for r in db.query("SELECT id FROM signals WHERE anonymised = 1")} & set(ids)
            assert db.scalar("PRAGMA integrity_check") == "ok"
            session.close()
        finally:
            session.release()
        assert anonymised in (set(), set(ids)), f"round {round_no}: a partial anonymisation"
        outcomes.add(bool(anonymised))
        data = _disk_bytes(path)
        if anonymised:
            assert SECRET.encode() not in data, f"round {round_no}: text left in the file"
        else:
            assert f"{SECRET}0000".encode() in data
    assert outcomes  # every round asserted one of the two outcomes above
