"""sqlite-utils as the store's table toolkit: imported only when table-level work needs it, and writing inside
our own transactions (a rollback undoes what it wrote)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import cli_env
from signaaltracker.store.export_tables import data_tables, table_columns, table_rows
from signaaltracker.store.tables import table_view
from signaaltracker.store.wastewater_data import SiteInfo, sites, upsert_sites


def test_opening_a_store_does_not_import_sqlite_utils(demo_path):
    code = (
        "import sys\n"
        "from signaaltracker.store import open_store\n"
        "store = open_store(sys.argv[1], create=False)\n"
        "store.signals.count(); store.close()\n"
        "print('loaded' if 'sqlite_utils' in sys.modules else 'clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, env=cli_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "clean"


def test_sqlite_utils_writes_roll_back_with_our_transaction(store):
    site = SiteInfo("NL001", "NL", "Emmeloord", latitude=52.7, longitude=5.75)
    with pytest.raises(RuntimeError), store.db.transaction():
        upsert_sites(store.db, [site], "test")
        assert [s.site_id for s in sites(store.db)] == ["NL001"]  # written, inside the transaction
        raise RuntimeError("undo")
    assert sites(store.db) == []
    assert store.db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'wastewater_sites'") == 0
    upsert_sites(store.db, [site], "test")
    assert [s.city for s in sites(store.db)] == ["Emmeloord"]
    assert not store.db.conn.in_transaction  # committed and closed by our transaction, not left open


def test_table_introspection(store):
    tables = data_tables(store.db)
    assert {"signals", "themes", "audit_log", "settings"} <= set(tables)
    assert not any(t.startswith(("signals_fts", "sqlite_")) for t in tables)  # FTS index and its shadow tables
    assert tables == sorted(tables)
    assert table_columns(store.db, "themes")[0] == "id"
    view = table_view(store.db.conn)
    assert view.table("signal_themes").pks == ["signal_id", "theme_id"]
    store.db.execute("INSERT INTO settings (key, value) VALUES ('b', '1'), ('a', '2')")
    keys = [row[0] for row in table_rows(store.db, "settings", ["key"])]
    assert keys == sorted(keys)
