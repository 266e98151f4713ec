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
    data[middle : middle + 4096] = b"\xff" * 4096
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
    wal.write_bytes(b"")  # an empty one (left by a read-only reader such as `backup`) holds nothing
    assert stamp_matches(demo_path)
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a WAL header: frames may follow
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


def test_folders_with_uri_characters_are_checked_for_real(tmp_path, demo_template):
    """'#' and '?' in a folder name must not make SQLite open another (empty) file."""
    import shutil

    for name in ("Team #2", "waarom?", "100% zeker"):
        folder = tmp_path / name
        folder.mkdir()
        db = folder / "signalen.db"
        shutil.copyfile(demo_template, db)
        assert check_file(db).state == OK
        _damage_keeping_mtime(db)
        assert check_file(db).state == DAMAGED
        assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == []  # no stray files beside it


def test_a_copy_put_in_place_with_its_times_kept_is_checked_again(demo_path, tmp_path):
    import shutil

    write_stamp(demo_path)
    stat = os.stat(demo_path)
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    _damage_keeping_mtime(copy)
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(copy, demo_path)
    assert os.stat(demo_path).st_size == stat.st_size and os.stat(demo_path).st_mtime_ns == stat.st_mtime_ns
    assert not stamp_matches(demo_path)
    assert check_file(demo_path, trust_stamp=True).state == DAMAGED


def test_close_backup_is_made_after_a_restore_even_when_audit_ids_line_up(demo_path):
    from signaaltracker.store.restore import restore_into

    store = open_store(demo_path)
    try:
        daily = make_backup(store.db)
        for n in range(5):
            store.organisations.add(Organisation(f"Later {n}"))
        restore_into(store.db, daily)  # makes a pre-restore backup (now the newest), then writes a restore row
        for n in range(6):  # the restored history reuses the audit ids of the pre-restore backup
            store.organisations.add(Organisation(f"Na herstel {n}"))
            assert not unchanged_since_newest_backup(store.db), n
    finally:
        store.close()


def test_cli_writers_refuse_a_damaged_database(run_cli, demo_path, tmp_path):
    _damage_keeping_mtime(demo_path)
    before = demo_path.read_bytes()
    result = run_cli("export-memo", "--db", demo_path, "--out", tmp_path / "m.pdf")
    assert result.returncode == 1 and "beschadigd" in result.stderr and "Traceback" not in result.stderr
    assert demo_path.read_bytes() == before and not (tmp_path / "m.pdf").exists()
