"""Crash safety: a writer process is killed with SIGKILL at random moments; every acknowledged signal survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import cli_env

WRITER = r"""
import sys
from datetime import date
from signaaltracker.domain.signals import Signal
from signaaltracker.store import open_store

store = open_store(sys.argv[1])
org = store.organisations.list()[0].id
theme = store.themes.list()[0].id
round_no = sys.argv[2]
print("ready", flush=True)
n = 0
while True:
    n += 1
    s = store.signals.add(Signal(observed_on=date(2024, 5, 1), organisation_id=org, theme_ids=[theme],
                                 summary=f"ronde {round_no} signaal {n} " + "x" * (n % 700)))
    print(s.id, flush=True)
"""

ROUNDS = 24


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_signal(demo_path):
    rng = random.Random(20241024)
    acknowledged: set[int] = set()
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(demo_path), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        wanted = rng.randint(1, 60)
        for _ in range(wanted):
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            acknowledged.add(int(line))
        time.sleep(rng.uniform(0, 0.02))  # kill mid-write, somewhere in the next transaction
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate()
        acknowledged.update(int(x) for x in rest.split())  # printed before the kill: committed too
        assert proc.returncode == -signal.SIGKILL

        conn = sqlite3.connect(demo_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {r[0] for r in conn.execute("SELECT id FROM signals")}
            audited = {r[0] for r in conn.execute("SELECT row_id FROM audit_log WHERE table_name = 'signals'")}
        finally:
            conn.close()
        assert acknowledged <= stored, f"round {round_no}: lost {sorted(acknowledged - stored)[:5]}"
        assert acknowledged <= audited
    assert len(acknowledged) >= ROUNDS
