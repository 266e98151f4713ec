"""Start-up may skip the full quick check only for a file unchanged since a clean close; the backup on close is
skipped only when nothing was written since the newest backup."""

from __future__ import annotations

import os

from signaaltracker.domain.taxonomy import Organisation
from signaaltracker.store import open_store
from signaaltracker.store.backups import list_backups, make_backup, unchanged_since_newest_backup
from signaaltracker.store.restore import DAMAGED, OK, check_file
from signaaltracker.store.verified import stamp_matches, write_stamp


def _damage_keeping_mtime(path):
    stat = os.stat(path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return stat


def test_any_change_to_the_file_invalidates_the_stamp(demo_path):
    write_stamp(demo_path)
    assert stamp_matches(demo_path)
    assert check_file(demo_path, trust_stamp=True).state == OK
    _damage_keeping_mtime(demo_path)  # rewriting the file changes its modification time
    assert not stamp_matches(demo_path)
    assert check_file(demo_path, trust_stamp=True).state == DAMAGED


def test_a_leftover_wal_means_a_full_check(demo_path):
    write_stamp(demo_path)
    wal = demo_path.with_name(demo_path.name + "-wal")
    wal.write_bytes(b"")
    assert not stamp_matches(demo_path)


def test_without_a_stamp_the_full_check_runs(demo_path):
    _damage_keeping_mtime(demo_path)
    assert check_file(demo_path, trust_stamp=True).state == DAMAGED


def test_close_backup_only_after_a_write(demo_path):
    store = open_store(demo_path)
    try:
        assert not unchanged_since_newest_backup(store.db)  # no backup at all yet
        make_backup(store.db)
        assert unchanged_since_newest_backup(store.db)
        store.organisations.add(Organisation("Nieuwe partner"))
        assert not unchanged_since_newest_backup(store.db)
        from signaaltracker.ui.startup_checks import on_close

        assert on_close(store) is not None
        assert on_close(store) is None  # nothing written since: no second copy
        import sqlite3

        newest = list_backups(demo_path.parent / "backups", "demo")[0].path
        names = [r[0] for r in sqlite3.connect(newest).execute("SELECT name FROM organisations")]
        assert "Nieuwe partner" in names
    finally:
        store.close()
