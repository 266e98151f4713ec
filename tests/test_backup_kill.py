"""Backups are atomic and leave no litter: backups killed at random moments while they write leave only their
temporary ``*.part`` copy, and the next backup removes those (after checking that no running backup holds them)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import cli_env
from signaaltracker.store import open_store
from signaaltracker.store.backups import atomic_copy, list_backups, remove_stale_parts

KILLS = 5


def _ballast(path: Path) -> None:
    """Make the database big enough (tens of MB) that a backup takes a while to write and verify."""
    store = open_store(path)
    try:
        store.settings.set("test.ballast", "ballast " * 2_000_000)
    finally:
        store.close()


def _wait_for_part(folder: Path, proc: subprocess.Popen, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if folder.is_dir() and any(p.name.endswith(".part") for p in folder.iterdir()):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_killed_backups_leave_nothing_after_the_next_backup(demo_path, tmp_path):
    _ballast(demo_path)
    folder = tmp_path / "backups"
    rng = random.Random(13)
    caught = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "signaaltracker", "backup", "--db", str(demo_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=cli_env(),
        )
        if _wait_for_part(folder, proc):
            caught += 1
            time.sleep(rng.uniform(0, 0.2))  # somewhere in the copy, the sync or the verification
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
    parts = list(folder.glob("*.part"))
    assert caught >= 3 and parts, "the kills should have hit backups while they were writing"

    result = subprocess.run(
        [sys.executable, "-m", "signaaltracker", "backup", "--db", str(demo_path)],
        capture_output=True,
        text=True,
        env=cli_env(),
    )
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.rglob("*.part")), "a killed backup's copy was left behind"
    for backup in list_backups(folder, demo_path.stem):  # whatever finished before a kill is a whole backup
        assert backup.size > 10_000_000


def test_a_part_that_a_running_backup_holds_is_left_alone(demo_store, tmp_path):
    from signaaltracker.store.lock import lock_fd, unlock_fd

    busy = tmp_path / "demo-20240101-120000.db.abc123.part"
    stale = tmp_path / "demo-20240101-110000.db.def456.part"
    other = tmp_path / "notities.part"  # not ours: never touched
    for path in (busy, stale, other):
        path.write_bytes(b"half a backup")
    fd = os.open(busy, os.O_RDWR)
    try:
        assert lock_fd(fd)
        assert remove_stale_parts(tmp_path) == [stale]
        assert busy.exists() and other.exists() and not stale.exists()
    finally:
        unlock_fd(fd)
        os.close(fd)
    target = tmp_path / "kopie.db"
    atomic_copy(demo_store.db, target)
    assert target.exists() and not list(tmp_path.glob("kopie.db.*.part"))


def test_a_killed_full_export_leaves_nothing_after_the_next_one(demo_store, tmp_path):
    from signaaltracker.exchange.full_export import export_to_file

    stale = tmp_path / ".alles.json.k1ll3d.part"  # what an export killed before its rename leaves
    stale.write_text('{"format": "half', encoding="utf-8")
    unrelated = tmp_path / ".anders.json.k1ll3d.part"
    unrelated.write_text("{}", encoding="utf-8")
    export_to_file(demo_store.db, tmp_path / "alles.json")
    assert not stale.exists() and unrelated.exists()
    assert (tmp_path / "alles.json").stat().st_size > 1000
    assert not list(tmp_path.glob(".alles.json.*.part"))


def test_a_restore_copy_left_by_a_killed_restore_is_replaced_not_reused(demo_path, tmp_path):
    from signaaltracker.store.backups import make_backup
    from signaaltracker.store.restore import replace_damaged

    store = open_store(demo_path)
    backup = make_backup(store.db, folder=tmp_path / "b")
    store.close()
    demo_path.write_bytes(demo_path.read_bytes()[:4096])  # truncated: damaged
    stale = demo_path.with_name(demo_path.name + ".herstel")
    stale.write_bytes(b"SQLite format 3\x00" + bytes(4000))  # half a copy from a restore that was killed
    aside, db = replace_damaged(demo_path, backup)
    try:
        assert db.scalar("SELECT count(*) FROM signals") == 10
    finally:
        db.close()
    assert aside is not None and aside.exists()
    assert not stale.exists() and not list(tmp_path.glob("*.herstel*"))
