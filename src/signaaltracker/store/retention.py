"""Retention (AVG storage limitation): signals past the retention period, and anonymising or deleting them.

A signal is due when it was last updated more than ``retention.years`` years ago and is not anonymised yet.
Anonymising drops the summary and notes and keeps date, themes, age group, organisation and the closed fields,
so counts and charts stay the same. Both actions also remove the text from earlier audit rows and from the
full-text index, with ``secure_delete`` on so freed pages are zeroed, and then checkpoint and truncate the WAL,
checking the result (``finish_wipe``): the text is gone from the database file itself, not only from what the
app shows. While another process reads an older snapshot the checkpoint has to wait; ``finish_wipe`` says so,
and the GUI retries and reports when the wipe is complete.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import date, datetime
from typing import Any

from signaaltracker.store.audit import to_json, write_audit
from signaaltracker.store.database import Database
from signaaltracker.store.errors import NotFoundError
from signaaltracker.store.settings import Settings

log = logging.getLogger(__name__)

TEXT_FIELDS = ("summary", "notes")
DEFAULT_YEARS = 2


def retention_years(db: Database) -> int:
    try:
        years = int(Settings(db).get("retention.years"))
    except (TypeError, ValueError):
        return DEFAULT_YEARS
    return years if years >= 1 else DEFAULT_YEARS


def cutoff_date(today: date, years: int) -> date:
    """``today`` minus ``years`` years (29 February becomes 28 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _due_where(today: date, years: int) -> tuple[str, tuple[Any, ...]]:
    return "s.anonymised = 0 AND s.updated_at < ?", (cutoff_date(today, years).isoformat(),)


def due_count(db: Database, today: date | None = None) -> int:
    where, params = _due_where(today or date.today(), retention_years(db))
    return int(db.scalar(f"SELECT count(*) FROM signals s WHERE {where}", params))


def due_signals(db: Database, today: date | None = None, limit: int = 5000) -> list[dict[str, Any]]:
    """Display rows of the signals past the retention period, oldest update first (including soft-deleted)."""
    where, params = _due_where(today or date.today(), retention_years(db))
    return db.query(
        f"""SELECT s.id, s.observed_on, s.updated_at, s.status, s.deleted_at, o.name AS organisation,
                   a.label AS age_group,
                   (SELECT group_concat(t.name, ', ') FROM signal_themes st JOIN themes t ON t.id = st.theme_id
                     WHERE st.signal_id = s.id) AS themes
            FROM signals s
            JOIN organisations o ON o.id = s.organisation_id
            LEFT JOIN age_groups a ON a.id = s.age_group_id
            WHERE {where}
            ORDER BY s.updated_at, s.id
            LIMIT ?""",
        (*params, int(limit)),
    )


def _facts(db: Database, row_id: int) -> dict[str, Any]:
    row = db.execute(
        "SELECT id, observed_on, organisation_id, age_group_id, length(summary) + length(notes) AS text_length "
        "FROM signals WHERE id = ?",
        (row_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Het signaal met nummer {row_id} bestaat niet (meer).")
    facts = dict(row)
    facts["theme_ids"] = [
        r[0] for r in db.execute("SELECT theme_id FROM signal_themes WHERE signal_id = ? ORDER BY theme_id", (row_id,))
    ]
    return facts


def _scrub_audit(db: Database, row_id: int) -> None:
    """Blank the text fields in earlier audit rows of this signal (the rows themselves stay)."""
    rows = db.query("SELECT id, before, after FROM audit_log WHERE table_name = 'signals' AND row_id = ?", (row_id,))
    for row in rows:
        changed = {}
        for column in ("before", "after"):
            if not row[column]:
                continue
            value = json.loads(row[column])
            if isinstance(value, dict) and any(value.get(f) for f in TEXT_FIELDS):
                for field in TEXT_FIELDS:
                    if field in value:
                        value[field] = ""
                changed[column] = to_json(value)
        for column, text in changed.items():
            db.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (text, row["id"]))


def _wipe_free_space(db: Database) -> None:
    """Merge the full-text index (drops deleted entries) and push the WAL into the file, then truncate it."""
    db.execute("INSERT INTO signals_fts(signals_fts) VALUES ('optimize')")


def finish_wipe(db: Database, attempts: int = 3, wait_ms: int = 300) -> bool:
    """Copy everything in the -wal into the main file and empty the -wal, so wiped text is gone from the files
    on disk; True when that is done (the checkpoint's result is checked, not assumed).

    False while another process still reads an older snapshot (a ``backup`` or ``export`` running beside the
    GUI): SQLite must keep the old pages for it. Nothing is lost; call again later. The GUI retries until it
    succeeds and then says so; a clean close of the last connection completes it too.
    """
    if db.readonly:
        return False
    db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        for attempt in range(max(1, attempts)):
            busy, frames, copied = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy == 0 and frames <= 0 and copied <= 0:  # a truncated, empty -wal reports (0, 0, 0)
                log.info("Wipe complete: %s holds no older page versions", db.path.name)
                return True
            log.info(
                "Wipe not complete yet (attempt %d: busy=%s, frames=%s, copied=%s)", attempt + 1, busy, frames, copied
            )
            time.sleep(wait_ms / 1000)
    finally:
        db.execute("PRAGMA busy_timeout = 5000")
    log.warning("Wipe of %s waits for another process that is reading the file", db.path.name)
    return False


def _finish(db: Database) -> None:
    finish_wipe(db)


def anonymise(db: Database, ids: list[int]) -> int:
    """Drop the free text of these signals; keep everything the counts need. Returns how many changed."""
    db.execute("PRAGMA secure_delete = ON")
    stamp = datetime.now().replace(microsecond=0).isoformat()
    done = 0
    with db.transaction():
        for row_id in ids:
            facts = _facts(db, row_id)
            if db.scalar("SELECT anonymised FROM signals WHERE id = ?", (row_id,)):
                continue
            db.execute(
                "UPDATE signals SET summary = '', notes = '', anonymised = 1, updated_at = ? WHERE id = ?",
                (stamp, row_id),
            )
            _scrub_audit(db, row_id)
            write_audit(
                db,
                "signals",
                row_id,
                "anonymise",
                {**facts, "anonymised": False},
                {**facts, "anonymised": True, "text_length": 0},
            )
            done += 1
        _wipe_free_space(db)
    _finish(db)
    return done


def delete_for_retention(db: Database, ids: list[int]) -> int:
    """Delete these signals for good (with their links). Returns how many were deleted."""
    db.execute("PRAGMA secure_delete = ON")
    with db.transaction():
        for row_id in ids:
            facts = _facts(db, row_id)
            db.execute("DELETE FROM signals WHERE id = ?", (row_id,))
            _scrub_audit(db, row_id)
            write_audit(db, "signals", row_id, "retention_delete", facts, None)
        _wipe_free_space(db)
    _finish(db)
    return len(ids)


def compact(db: Database) -> None:
    """Rewrite the whole file (VACUUM) so it holds no free pages at all."""
    db.execute("PRAGMA secure_delete = ON")
    db.execute("VACUUM")
    _finish(db)
