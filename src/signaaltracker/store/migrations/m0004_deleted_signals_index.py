"""Version 4: a small partial index over the soft-deleted signals, so counting the live matches of a search or
a theme is "all matches minus the few deleted ones" instead of a look-up of every match in the signals table
(a one-letter search at 1,000,000 signals: ~45 ms instead of ~300 ms)."""

import sqlite3

VERSION = 4


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS signals_deleted ON signals(id) WHERE deleted_at IS NOT NULL")
