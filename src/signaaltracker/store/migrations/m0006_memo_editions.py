"""Version 6: memo editions and dated facts.

Facts may carry a period (``period_end``; ``stated_on`` is its start), so a memo shows the facts of its own window.
A memo edition gets kenmerk, ondertekening, bijlagen, the signal order chosen by the coordinator, the comparison
setting of the intake table, the per-memo choice of facts, and a link to the edition it was based on.
"""

import sqlite3

VERSION = 6

COLUMNS = (
    ("facts", "period_end TEXT"),
    ("memos", "kenmerk TEXT NOT NULL DEFAULT ''"),
    ("memos", "signature TEXT NOT NULL DEFAULT ''"),
    ("memos", "attachments TEXT NOT NULL DEFAULT '[]'"),
    ("memos", "signal_order TEXT NOT NULL DEFAULT '[]'"),
    ("memos", "comparison INTEGER"),
    ("memos", "fact_choices TEXT NOT NULL DEFAULT '{}'"),
    ("memos", "previous_id INTEGER REFERENCES memos(id) ON DELETE SET NULL"),
)


def apply(conn: sqlite3.Connection) -> None:
    for table, column in COLUMNS:
        existing = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column.split()[0] not in existing:  # a file rolled back by hand may still have it
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
