"""Torture test: the real GUI (offscreen) saves hundreds of signals through its store while another process loops
``signaaltracker backup`` / ``export`` / ``export-minutes`` on the same file. Every save the GUI acknowledged must
be on disk afterwards, the file must pass ``integrity_check``, and no command-line run may ever delete the
``-wal`` the GUI is writing into (seen from outside in ``/proc/PID/fd``)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cli_env

# The GUI process: the real start-up sequence of ui/app.py (lock, checks, open, after-open worker, event loop,
# close backup, close, stamp). A timer saves one signal per tick through the window's store and appends each
# acknowledged id to a file; when the stop file appears (and enough were saved) the app exits normally.
GUI = r"""
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from signaaltracker.domain.signals import Signal
from signaaltracker.ui.app import run_app
from signaaltracker.ui.main_window import MainWindow

db_path, acks, stop = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
minimum, round_no = int(sys.argv[4]), sys.argv[5]
app = QApplication(sys.argv[:1])
state = {"n": 0, "out": open(acks, "a", encoding="utf-8")}


def tick():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        return
    store = windows[0].store
    if state["n"] >= minimum and stop.exists():
        timer.stop()
        app.exit(0)
        return
    if state["n"] == 0:
        state["org"] = store.organisations.list()[0].id
        state["theme"] = store.themes.list()[0].id
        print("saving", flush=True)
    state["n"] += 1
    saved = store.signals.add(Signal(observed_on=date(2024, 5, 1), organisation_id=state["org"],
                                     theme_ids=[state["theme"]], summary=f"ronde {round_no} nr {state['n']}"))
    state["out"].write(f"{saved.id}\n")
    state["out"].flush()


timer = QTimer()
timer.timeout.connect(tick)
timer.start(4)
status = run_app(db_path)
state["out"].close()
print("closed", status, flush=True)
"""

ROUNDS = 3
PER_ROUND = 150


def _deleted_wal(pid: int) -> list[str]:
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if "-wal" in target and target.endswith("(deleted)"):
            found.append(target)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_gui_saves_survive_command_line_reads_beside_it(demo_path, tmp_path):
    conn = sqlite3.connect(demo_path)
    meeting = conn.execute("SELECT min(id) FROM meetings").fetchone()[0]
    conn.close()
    acks = tmp_path / "acks.txt"
    env = cli_env(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    commands = [
        ["backup", "--db", demo_path, "--to", tmp_path / "handmatig"],
        ["export", "--db", demo_path, "--out", tmp_path / "alles.json"],
        ["export-minutes", "--db", demo_path, "--meeting", str(meeting), "--out", tmp_path / "verslag.pdf"],
    ]
    for round_no in range(ROUNDS):
        stop = tmp_path / f"stop-{round_no}"
        gui = subprocess.Popen(
            [sys.executable, "-c", GUI, str(demo_path), str(acks), str(stop), str(PER_ROUND), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert gui.stdout.readline().strip() == "saving", gui.stderr.read()
            for _ in range(2):
                for command in commands:
                    result = subprocess.run(
                        [sys.executable, "-m", "signaaltracker", *map(str, command)],
                        capture_output=True,
                        text=True,
                        env=env,
                        timeout=300,
                    )
                    assert result.returncode == 0, result.stderr
                    assert "Traceback" not in result.stderr
                    assert _deleted_wal(gui.pid) == [], f"round {round_no}: {command[0]} deleted the GUI's WAL"
            stop.touch()
            out, err = gui.communicate(timeout=300)
        finally:
            if gui.poll() is None:
                gui.kill()
                gui.wait()
        assert gui.returncode == 0, err
        assert "closed 0" in out, err

        acknowledged = {int(line) for line in acks.read_text().split()}
        assert len(acknowledged) >= PER_ROUND * (round_no + 1)
        check = sqlite3.connect(f"{demo_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {r[0] for r in check.execute("SELECT id FROM signals")}
        finally:
            check.close()
        lost = acknowledged - stored
        assert not lost, f"round {round_no}: {len(lost)} of {len(acknowledged)} acknowledged saves lost"
