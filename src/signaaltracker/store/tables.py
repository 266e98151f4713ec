"""sqlite-utils over one of our connections, for work on whole tables: which tables exist, their columns and keys,
row counts, bulk inserts and upserts.

Imported on first use (it imports numpy when that is installed, ~0.1 s): start-up never pays for it. The view
runs no statement of its own (no plugins, no ``recursive_triggers`` change) and joins the caller's transaction:
sqlite-utils writes inside an open transaction as a savepoint, so ``Database.transaction()`` still commits or
rolls back everything together. Why some table work stays hand-written is in docs/architecture.md.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def table_view(conn: sqlite3.Connection) -> sqlite_utils.Database:
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def data_table_names(view: sqlite_utils.Database) -> list[str]:
    """Ordinary tables, sorted: without SQLite's own tables and the full-text indexes with their shadow tables."""
    names = view.table_names()
    virtual = {name for name in names if view.table(name).virtual_table_using}
    return sorted(
        name
        for name in names
        if not name.startswith("sqlite_") and name not in virtual and not any(name.startswith(v + "_") for v in virtual)
    )
