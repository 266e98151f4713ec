"""The full read-only health report behind ``signaaltracker check``: integrity, schema version, row counts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from signaaltracker.store.database import open_readonly
from signaaltracker.store.errors import DamagedDatabaseError
from signaaltracker.store.signal_counts import differences
from signaaltracker.store.tables import table_view

COUNTED_TABLES = (
    "organisations",
    "themes",
    "age_groups",
    "signals",
    "structures",
    "meetings",
    "decisions",
    "actions",
    "activities",
    "figures",
    "facts",
    "wastewater",
    "memos",
    "audit_log",
)


@dataclass
class CheckReport:
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    broken_references: int = 0
    wrong_signal_counts: int = 0  # chart aggregate entries that differ from a full count (repair: rebuild)


def check_database(path: Path) -> CheckReport:
    """Run SQLite's integrity check without any possibility of writing; DamagedDatabaseError when it fails."""
    conn = open_readonly(path)
    view = table_view(conn)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            first = " ".join(problems[0].split())[:200]  # SQLite's report can span lines; keep one sentence
            raise DamagedDatabaseError(f"{path.name} is beschadigd: de integriteitscontrole meldt '{first}'.")
        return CheckReport(
            schema_version=conn.execute("PRAGMA user_version").fetchone()[0],
            counts={t: view.table(t).count for t in COUNTED_TABLES},
            broken_references=len(conn.execute("PRAGMA foreign_key_check").fetchall()),
            wrong_signal_counts=_wrong_signal_counts(conn),
        )
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"{path.name} is beschadigd en kan niet worden gelezen ({exc}).") from None
    finally:
        conn.close()


def _wrong_signal_counts(conn: sqlite3.Connection) -> int:
    """Differences between the chart aggregate and a full count; 0 for a file from before the aggregate."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signal_counts'").fetchone()
    return differences(conn) if exists else 0
