"""Version 2: partial indexes over live (not deleted) signals, so the Signals page filters, counts and sorts
100,000 signals by organisation, status, sharing level, setting, trend or age group without scanning the table;
and the full-text index rebuilt with prefix indexes (1-3 characters) for search-as-you-type."""

import sqlite3

VERSION = 2

FILTER_COLUMNS = ("organisation_id", "status", "sharing_level", "setting", "trend", "age_group_id")


def apply(conn: sqlite3.Connection) -> None:
    for column in FILTER_COLUMNS:
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS signals_live_{column} ON signals({column}, observed_on) "
            "WHERE deleted_at IS NULL"
        )
    conn.execute("CREATE INDEX IF NOT EXISTS signals_live_day ON signals(observed_on, id) WHERE deleted_at IS NULL")
    # Same name, columns and tokenizer as version 1 (its triggers keep working); only prefix='1 2 3' is added.
    conn.execute("DROP TABLE IF EXISTS signals_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE signals_fts USING fts5(summary, content='signals', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    conn.execute("INSERT INTO signals_fts(signals_fts) VALUES ('rebuild')")
