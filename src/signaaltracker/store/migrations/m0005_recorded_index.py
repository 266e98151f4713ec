"""Version 5: an index over when live signals were recorded, for a meeting's agenda ("signals recorded since the
previous meeting"), which otherwise scans every signal (~0.5 s at 100,000 signals)."""

import sqlite3

VERSION = 5


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS signals_live_recorded ON signals(recorded_at) WHERE deleted_at IS NULL")
