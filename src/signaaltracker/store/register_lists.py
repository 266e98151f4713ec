"""Row queries for the Registers, Overleggen pages: plain dicts for table models, one query each."""

from __future__ import annotations

from typing import Any

from signaaltracker.store.database import Database

RECENT_OPEN_SIGNALS = 200  # open signals offered for discussion besides the agenda's own


def organisation_rows(db: Database) -> list[dict[str, Any]]:
    return db.query("SELECT * FROM organisations ORDER BY name COLLATE NOCASE")


def theme_rows(db: Database) -> list[dict[str, Any]]:
    return db.query(
        "SELECT t.*, m.name AS merged_into,"
        " (SELECT count(*) FROM signal_themes st WHERE st.theme_id = t.id)"
        " + (SELECT count(*) FROM figures f WHERE f.indicator_id = t.id) AS uses"
        " FROM themes t LEFT JOIN themes m ON m.id = t.merged_into_id ORDER BY t.name COLLATE NOCASE"
    )


def age_group_rows(db: Database) -> list[dict[str, Any]]:
    return db.query("SELECT * FROM age_groups ORDER BY sort_order, label")


def structure_rows(db: Database) -> list[dict[str, Any]]:
    return db.query(
        "SELECT s.*, (SELECT group_concat(o.name, ', ') FROM structure_participants p"
        " JOIN organisations o ON o.id = p.organisation_id WHERE p.structure_id = s.id) AS members"
        " FROM structures s ORDER BY s.name COLLATE NOCASE"
    )


def activity_rows(db: Database) -> list[dict[str, Any]]:
    return db.query(
        "SELECT a.*, (SELECT group_concat(o.name, ', ') FROM activity_organisations x"
        " JOIN organisations o ON o.id = x.organisation_id WHERE x.activity_id = a.id) AS members"
        " FROM activities a ORDER BY a.name COLLATE NOCASE"
    )


def meeting_counts(db: Database) -> dict[int, int]:
    return {
        r["structure_id"]: r["n"]
        for r in db.query("SELECT structure_id, count(*) AS n FROM meetings GROUP BY structure_id")
    }


def recent_open_signal_ids(db: Database, limit: int = RECENT_OPEN_SIGNALS) -> list[int]:
    """The most recently recorded signals still 'new' or 'in action' (not deleted)."""
    rows = db.query(
        "SELECT id FROM signals WHERE status IN ('new', 'in_action') AND deleted_at IS NULL"
        " ORDER BY recorded_at DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [r["id"] for r in rows]


def signal_rows(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    """Display rows (first line of the summary, organisation, themes) for the given signals, in one query."""
    rows: list[dict[str, Any]] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows += db.query(
            "SELECT s.id, s.observed_on, s.status, s.sharing_level, s.recorded_at,"
            " substr(s.summary, 1, 300) AS summary, o.name AS organisation,"
            " (SELECT group_concat(name, ', ') FROM (SELECT t.name FROM signal_themes st"
            "   JOIN themes t ON t.id = st.theme_id WHERE st.signal_id = s.id ORDER BY t.id)) AS themes"
            f" FROM signals s JOIN organisations o ON o.id = s.organisation_id WHERE s.id IN ({marks})",
            tuple(chunk),
        )
    return rows
