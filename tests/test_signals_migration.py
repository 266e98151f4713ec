"""Migration 2 (signal indexes, FTS prefix index) keeps old signals searchable and new ones too."""

from __future__ import annotations

import sqlite3
from datetime import date

from signaaltracker.domain.signals import Signal
from signaaltracker.store import Store
from signaaltracker.store.migrations import m0001_initial
from signaaltracker.store.opening import open_database
from signaaltracker.store.signals import SignalFilter


def test_version_1_database_is_migrated_and_stays_searchable(tmp_path, demo_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA user_version = 1")  # pretend the demo predates migrations 2 and 3
    from signaaltracker.store.migrations.m0003_wastewater_days import DAY_COLUMNS

    for column in DAY_COLUMNS:
        conn.execute(f"ALTER TABLE wastewater DROP COLUMN {column}")
    conn.execute("DROP TABLE signals_fts")
    conn.executescript(
        m0001_initial.SCHEMA.split("CREATE VIRTUAL TABLE")[1].split(";")[0].join(["CREATE VIRTUAL TABLE", ";"])
    )
    conn.execute("INSERT INTO signals_fts(signals_fts) VALUES ('rebuild')")
    for name in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'signals_live_%'")]:
        conn.execute(f"DROP INDEX {name}")
    conn.commit()
    conn.close()
    path.write_bytes(demo_path.read_bytes())
    store = Store(open_database(path))
    try:
        assert store.db.schema_version >= 2
        sql = store.db.scalar("SELECT sql FROM sqlite_master WHERE name = 'signals_fts'")
        assert "prefix='1 2 3'" in sql
        indexes = {r["name"] for r in store.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"signals_live_day", "signals_live_organisation_id", "signals_live_status"} <= indexes
        assert store.signals.count_matching(SignalFilter(text="norm")) >= 1
        org = store.organisations.list()[0].id
        added = store.signals.add(
            Signal(observed_on=date(2024, 9, 1), organisation_id=org, summary="Nieuw woord skatepark", theme_ids=[1])
        )
        assert [r["id"] for r in store.signals.page(SignalFilter(text="skatep"))] == [added.id]
        assert store.db.scalar("PRAGMA integrity_check") == "ok"
    finally:
        store.close()
