"""Backups: verified copies, owner-only permissions, rotation, restore into a live database and over a damaged one."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from safety_helpers import damage
from signaaltracker.domain.taxonomy import Organisation
from signaaltracker.store import open_store
from signaaltracker.store.backups import (
    BackupInfo,
    BackupPolicy,
    backup_folder,
    backup_if_none_today,
    backups_to_keep,
    list_backups,
    make_backup,
    newest_good_backup,
    rotate,
    verify_file,
)
from signaaltracker.store.errors import StoreError
from signaaltracker.store.restore import DAMAGED, FOREIGN, OK, check_file, restore_into, restore_path


def test_backup_goes_next_to_the_database_and_is_verified(demo_store, demo_path):
    path = make_backup(demo_store.db)
    assert path.parent == demo_path.parent / "backups"
    assert path.name.startswith("demo-") and path.suffix == ".db"
    verify_file(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM signals").fetchone()[0] == 10
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not list(path.parent.glob("*.part"))
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_backup_folder_setting_is_used(demo_store, tmp_path):
    folder = tmp_path / "elders" / "kopie"
    demo_store.settings.set("backup.folder", str(folder))
    assert backup_folder(demo_store.db) == folder
    path = make_backup(demo_store.db)
    assert path.parent == folder


def test_backup_into_unwritable_place_gives_a_message(demo_store, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        make_backup(demo_store.db, folder=blocker / "sub")
    assert "back-upmap" in info.value.message


def _infos(stamps: list[datetime], tag: str = "") -> list[BackupInfo]:
    from pathlib import Path

    infos = [BackupInfo(Path(f"db-{s:%Y%m%d-%H%M%S}.db"), s, 1, tag) for s in stamps]
    return sorted(infos, key=lambda b: b.taken_at, reverse=True)


def test_rotation_keeps_newest_per_day_and_per_week():
    start = datetime(2024, 1, 1, 9, 0)
    stamps = [start + timedelta(days=d, hours=h) for d in range(70) for h in (0, 8)]
    infos = _infos(stamps)
    keep = backups_to_keep(infos, BackupPolicy(keep_daily=7, keep_weekly=8), date(2024, 3, 11))
    kept = sorted(b.taken_at for b in infos if b.path in keep)
    daily = [b for b in kept if b.date() >= date(2024, 3, 4)]
    assert len(daily) == 7 and all(b.hour == 17 for b in daily)
    weeks = {b.isocalendar()[:2] for b in kept}
    assert len(weeks) == 8
    assert len(kept) == 7 + 7  # the newest week's backup is also a daily one


def test_rotation_keeps_recent_pre_restore_copies():
    now = datetime(2024, 3, 11, 12, 0)
    plain = _infos([now, now - timedelta(hours=1)])
    tagged = _infos([now - timedelta(minutes=30)], tag="voor-herstel")
    infos = sorted(plain + tagged, key=lambda b: b.taken_at, reverse=True)
    keep = backups_to_keep(infos, BackupPolicy(1, 1), now.date())
    assert tagged[0].path in keep and plain[0].path in keep and plain[1].path not in keep


def test_rotate_deletes_files_on_disk(demo_store, tmp_path):
    folder = tmp_path / "b"
    demo_store.settings.set("backup.keep_daily", 2)
    demo_store.settings.set("backup.keep_weekly", 0)
    for day in range(5):
        make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, 1 + day, 10))
    names = [b.path.name for b in list_backups(folder, "demo")]
    assert names == ["demo-20240505-100000.db", "demo-20240504-100000.db"]
    assert rotate(folder, "demo", BackupPolicy(1, 0)) == [folder / "demo-20240504-100000.db"]


def test_start_backup_at_most_once_a_day(demo_store):
    first = backup_if_none_today(demo_store.db)
    assert first is not None
    assert backup_if_none_today(demo_store.db) is None
    assert backup_if_none_today(demo_store.db, today=date.today() + timedelta(days=1)) is not None


def test_restore_into_live_database_backs_up_first(demo_store):
    good = make_backup(demo_store.db, now=datetime(2024, 1, 1, 8))
    sid = demo_store.signals.list()[0].id
    demo_store.signals.soft_delete([sid])
    demo_store.organisations.delete(demo_store.organisations.add(Organisation("Tijdelijk")).id)
    safety = restore_into(demo_store.db, good)
    assert "voor-herstel" in safety.name
    assert demo_store.signals.get(sid).deleted_at is None
    entries = demo_store.audit.entries()
    assert entries[0].action == "restore_backup" and entries[0].after["from"] == str(good)
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT deleted_at FROM signals WHERE id = ?", (sid,)).fetchone()[0] is not None
    conn.close()
    assert check_file(demo_store.db.path).state == OK


def test_restore_refuses_foreign_and_damaged_sources(demo_store, tmp_path):
    foreign = tmp_path / "ander.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (a)")
    conn.close()
    text = tmp_path / "notities.db"
    text.write_text("geen database " * 100)
    broken = make_backup(demo_store.db)
    damage(broken)
    before = demo_store.signals.count()
    for source in (foreign, text, broken):
        with pytest.raises(StoreError):
            restore_into(demo_store.db, source)
    assert demo_store.signals.count() == before


def test_restore_refuses_a_newer_schema(demo_store, tmp_path):
    newer = make_backup(demo_store.db)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError) as info:
        restore_into(demo_store.db, newer)
    assert "nieuwere versie" in info.value.message


def test_damaged_file_is_detected_kept_aside_and_restored(demo_path):
    store = open_store(demo_path)
    backup = make_backup(store.db)
    store.close()
    damaged = damage(demo_path)
    health = check_file(demo_path)
    assert health.state == DAMAGED and "beschadigd" in health.message
    assert demo_path.read_bytes() == damaged
    assert newest_good_backup(backup.parent, "demo").path == backup
    _, aside = restore_path(demo_path, backup)
    assert aside is not None and ".beschadigd-" in aside.name
    assert aside.read_bytes() == damaged
    assert check_file(demo_path).state == OK
    store = open_store(demo_path)
    assert store.signals.count() == 10
    assert store.audit.entries()[0].after["damaged_file_kept_as"] == str(aside)
    store.close()


def test_foreign_file_at_the_database_path_is_left_alone(demo_path, tmp_path):
    store = open_store(demo_path)
    backup = make_backup(store.db)
    store.close()
    foreign = tmp_path / "foto.db"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    assert check_file(foreign).state == FOREIGN
    with pytest.raises(StoreError):
        restore_path(foreign, backup)
    assert foreign.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(2000)


def test_newest_good_backup_skips_damaged_ones(demo_store):
    older = make_backup(demo_store.db, now=datetime(2024, 1, 1, 8))
    newer = make_backup(demo_store.db, now=datetime(2024, 1, 2, 8))
    damage(newer)
    assert newest_good_backup(newer.parent, "demo").path == older


def test_backups_made_by_hand_survive_rotation(demo_store, tmp_path):
    from signaaltracker.store.backups import MANUAL_TAG

    folder = tmp_path / "rot"
    first = make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, 1, 8))
    manual = make_backup(demo_store.db, folder=folder, tag=MANUAL_TAG, now=datetime(2024, 5, 1, 9))
    make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, 1, 12))
    last = make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, 1, 17))
    rotate(folder, "demo", BackupPolicy(7, 8), today=date(2024, 5, 1))
    assert {b.path for b in list_backups(folder, "demo")} == {manual, last}
    assert not first.exists()
    for day in range(2, 30):
        make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, day, 8))
    rotate(folder, "demo", BackupPolicy(2, 1), today=date(2024, 5, 29))
    assert manual in {b.path for b in list_backups(folder, "demo")}  # never rotated away
