"""The chart aggregate ``signal_counts``: live signals per day and theme (migration 7 creates it and the triggers
that keep it current on every write). Here: comparing it with a full count, and recounting it."""

from __future__ import annotations

import logging
import sqlite3

from signaaltracker.store.audit import write_audit
from signaaltracker.store.database import Database
from signaaltracker.store.migrations.m0007_signal_counts import FULL_COUNT, RECOUNT

log = logging.getLogger(__name__)


def differences(conn: sqlite3.Connection) -> int:
    """How many (day, theme) counts differ from a full count of the register (0: the aggregate is right)."""
    stored = {(r[0], r[1]): r[2] for r in conn.execute("SELECT day, theme_id, n FROM signal_counts WHERE n <> 0")}
    counted = {(r[0], r[1]): r[2] for r in conn.execute(FULL_COUNT)}
    return sum(1 for key in stored.keys() | counted.keys() if stored.get(key) != counted.get(key))


def rebuild(db: Database) -> int:
    """Recount the aggregate from the register (``check --repair-aggregates``); returns how many counts were
    wrong before. One transaction with an audit row, so the next close makes a backup."""
    with db.transaction():
        wrong = differences(db.conn)
        db.execute("DELETE FROM signal_counts")
        db.execute(RECOUNT)
        rows = int(db.scalar("SELECT count(*) FROM signal_counts"))
        write_audit(db, "database", None, "repair_aggregates", None, {"signal_counts": rows, "wrong": wrong})
    log.info("signal_counts rebuilt: %d rows, %d were wrong", rows, wrong)
    return wrong
