"""store/ and exchange/ log what they do to files: backups made or skipped, files deleted, migrations run,
imports refused; rotation that cannot delete a backup says so instead of passing over it in silence."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from signaaltracker.exchange.figures_import import ImportRejected, apply_plan, preview_file
from signaaltracker.exchange.full_export import ImportRefused, read_file
from signaaltracker.store.backups import (
    BackupPolicy,
    backup_if_none_today,
    list_backups,
    make_backup,
    rotate,
    unchanged_since_newest_backup,
)
from signaaltracker.store.database import delete_database
from signaaltracker.store.opening import open_database


def _messages(caplog: pytest.LogCaptureFixture, logger: str, level: int = logging.INFO) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno >= level]


def test_backup_made_skipped_and_rotated_are_logged(demo_store, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="signaaltracker.store")
    folder = tmp_path / "b"
    demo_store.settings.set("backup.keep_daily", 1)
    demo_store.settings.set("backup.keep_weekly", 0)
    first = make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, 1, 10))
    second = make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, 2, 10))
    logged = _messages(caplog, "signaaltracker.store.backups")
    assert any("made" in m and str(second) in m for m in logged)
    assert any("removed" in m and str(first) in m for m in logged)
    assert not first.exists()


def test_daily_and_close_time_skips_are_logged(demo_store, caplog):
    caplog.set_level(logging.INFO, logger="signaaltracker.store")
    made = backup_if_none_today(demo_store.db, today=date.today())
    assert made is not None
    caplog.clear()
    assert backup_if_none_today(demo_store.db, today=date.today()) is None
    assert unchanged_since_newest_backup(demo_store.db)
    logged = _messages(caplog, "signaaltracker.store.backups")
    assert any("backup skipped" in m and demo_store.db.path.name in m for m in logged)
    assert any("No backup needed" in m and made.name in m for m in logged)


def test_rotation_that_cannot_delete_warns_and_keeps_going(demo_store, tmp_path, caplog, monkeypatch):
    folder = tmp_path / "b"
    for day in (1, 2, 3):
        make_backup(demo_store.db, folder=folder, now=datetime(2024, 5, day, 10))
    stuck, old = folder / "demo-20240501-100000.db", folder / "demo-20240502-100000.db"
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == stuck:  # as when a virus scanner holds the file open (Windows) or permissions forbid it
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    caplog.set_level(logging.INFO, logger="signaaltracker.store")
    removed = rotate(folder, "demo", BackupPolicy(1, 0), today=date(2024, 5, 3))
    assert removed == [old]
    assert stuck.exists() and not old.exists()
    warnings = _messages(caplog, "signaaltracker.store.backups", logging.WARNING)
    assert len(warnings) == 1 and str(stuck) in warnings[0] and "Permission denied" in warnings[0]
    assert {b.path for b in list_backups(folder, "demo")} == {stuck, folder / "demo-20240503-100000.db"}


def test_migration_and_its_backup_are_logged(db_path, caplog, monkeypatch):
    import signaaltracker.store.database as database
    import signaaltracker.store.opening as opening
    from signaaltracker.store.migrations import all_migrations, latest_version

    open_database(db_path).close()

    class Extra:
        VERSION = latest_version() + 1

        @staticmethod
        def apply(conn: sqlite3.Connection) -> None:
            conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(opening, "all_migrations", lambda: [*all_migrations(), Extra])
    monkeypatch.setattr(database, "latest_version", lambda: Extra.VERSION)
    caplog.set_level(logging.INFO, logger="signaaltracker.store")
    open_database(db_path).close()
    logged = _messages(caplog, "signaaltracker.store.opening")
    assert any("Backup before migrating" in m and "voor-migratie" in m for m in logged)
    assert any(f"to schema {Extra.VERSION} (Extra)" in m for m in logged)


def test_deleting_a_database_logs_each_file(tmp_path, caplog):
    path = tmp_path / "weg.db"
    open_database(path).close()
    Path(str(path) + "-wal").write_bytes(b"")
    caplog.set_level(logging.INFO, logger="signaaltracker.store")
    delete_database(path)
    logged = _messages(caplog, "signaaltracker.store.database")
    assert any(str(path) in m and "Deleted" in m for m in logged)
    assert any(str(path) + "-wal" in m for m in logged)
    assert not path.exists()


def test_refused_imports_are_logged(demo_store, tmp_path, caplog):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "verslaving,leeftijd,periode_van,periode_tot,aantal\nCannabis,0-18,2024-01-01,2024-05-01,tien\n",
        encoding="utf-8",
    )
    caplog.set_level(logging.WARNING, logger="signaaltracker.exchange")
    with pytest.raises(ImportRejected):
        apply_plan(demo_store, preview_file(demo_store, bad))
    not_json = tmp_path / "export.json"
    not_json.write_text("{kapot", encoding="utf-8")
    with pytest.raises(ImportRefused):
        read_file(not_json)
    assert any("bad.csv" in m for m in _messages(caplog, "signaaltracker.exchange.figures_import", logging.WARNING))
    assert any(
        "geen geldige JSON" in m for m in _messages(caplog, "signaaltracker.exchange.full_export", logging.WARNING)
    )


def test_command_line_shows_the_dutch_message_only(run_cli, demo_path, tmp_path):
    """The log records must not leak onto stderr (logging's last resort) beside the one Dutch sentence."""
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "verslaving,leeftijd,periode_van,periode_tot,aantal\n3MMC,0-18,2024-01-01,2024-05-01,x\n", encoding="utf-8"
    )
    result = run_cli("import-figures", "--db", demo_path, bad)
    assert result.returncode == 1
    assert "Rij 2" in result.stderr
    assert "refused" not in result.stderr
    wrong = tmp_path / "geen-euda.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    result = run_cli("import-wastewater", "--db", demo_path, wrong)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "geen-euda.csv" in result.stderr, result.stderr
