import sqlite3

import pytest

from signaaltracker.store.database import APPLICATION_ID
from signaaltracker.store.errors import NewerSchemaError, NotADatabaseError
from signaaltracker.store.migrations import latest_version
from signaaltracker.store.opening import open_database


def test_migrates_an_empty_file_and_rerunning_is_a_no_op(db_path):
    db = open_database(db_path)
    assert db.schema_version == latest_version()
    assert db.scalar("PRAGMA application_id") == APPLICATION_ID
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    tables = db.scalar("SELECT count(*) FROM sqlite_master")
    db.close()
    db = open_database(db_path)
    assert db.schema_version == latest_version()
    assert db.scalar("SELECT count(*) FROM sqlite_master") == tables
    db.close()
    assert not list(db_path.parent.rglob("*voor-migratie*"))  # nothing to back up for a new file


def test_a_migration_backs_the_file_up_first(db_path, monkeypatch):
    db = open_database(db_path)
    db.execute("INSERT INTO settings VALUES ('x', '1')")
    db.close()
    import signaaltracker.store.database as database
    import signaaltracker.store.opening as opening
    from signaaltracker.store.migrations import all_migrations

    class Extra:
        VERSION = latest_version() + 1

        @staticmethod
        def apply(conn):
            conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(opening, "all_migrations", lambda: [*all_migrations(), Extra])
    monkeypatch.setattr(database, "latest_version", lambda: Extra.VERSION)
    db = open_database(db_path)
    assert db.schema_version == Extra.VERSION
    db.close()
    backups = list((db_path.parent / "backups").glob("test-*-voor-migratie.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    assert old.execute("SELECT value FROM settings WHERE key = 'x'").fetchone()[0] == "1"
    old.close()


def test_newer_schema_and_foreign_files_are_refused_untouched(tmp_path):
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    data = newer.read_bytes()
    with pytest.raises(NewerSchemaError, match="nieuwere versie"):
        open_database(newer)
    assert newer.read_bytes() == data

    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE other_app (x)")
    conn.commit()
    conn.close()
    data = foreign.read_bytes()
    with pytest.raises(NotADatabaseError, match="ander programma"):
        open_database(foreign)
    assert foreign.read_bytes() == data


def test_versions_ascend_and_the_agenda_query_uses_its_index(db_path):
    from signaaltracker.store.migrations import all_migrations

    versions = [m.VERSION for m in all_migrations()]
    # Ascending and unique; numbers are reserved per issue, so one may land before a lower one (7 before 6).
    assert versions == sorted(set(versions)) and versions[0] == 1
    db = open_database(db_path)
    plan = " ".join(
        str(row[3])
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM signals"
            " WHERE deleted_at IS NULL AND recorded_at >= ? AND recorded_at < ?",
            ("2024-01-01", "2024-02-01"),
        )
    )
    db.close()
    assert "signals_live_recorded" in plan
