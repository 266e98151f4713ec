"""Read-only queries the council memo needs, each one SQL statement (fast on 100,000 signals)."""

from __future__ import annotations

from datetime import date

from signaaltracker.store.database import Database


def _overlap(column_start: str, column_end: str, date_from: date | None, date_to: date | None) -> tuple[str, list]:
    where, params = [], []
    if date_to is not None:
        where.append(f"{column_start} <= ?")
        params.append(date_to.isoformat())
    if date_from is not None:
        where.append(f"{column_end} >= ?")
        params.append(date_from.isoformat())
    return (" AND ".join(where) or "1=1"), params


def intake_figures(db: Database, date_from: date | None = None, date_to: date | None = None) -> list[dict]:
    """Figures whose period overlaps [date_from, date_to], with indicator and age group names resolved.

    Rows are ordered by source, indicator (register order), age group (sort order) and period.
    """
    where, params = _overlap("f.period_start", "f.period_end", date_from, date_to)
    return db.query(
        f"""SELECT f.source, f.indicator_id, t.name AS indicator, t.description AS indicator_description,
                   f.age_group_id, a.label AS age_group, a.sort_order AS age_order,
                   f.period_start, f.period_end, f.value
            FROM figures f
            JOIN themes t ON t.id = f.indicator_id
            JOIN age_groups a ON a.id = f.age_group_id
            WHERE {where}
            ORDER BY f.source, t.id, a.sort_order, a.id, f.period_start, f.period_end""",
        tuple(params),
    )


def figure_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM figures"))


def council_signals(db: Database, date_from: date | None = None, date_to: date | None = None) -> list[dict]:
    """Signals of sharing level *raad* observed in the period (not deleted), with their first theme.

    Each signal carries ``theme_id``/``theme`` of its first theme in register order (the group it is listed
    under) and ``themes`` (all its theme names, comma-separated).
    """
    where, params = ["s.deleted_at IS NULL", "s.sharing_level = 'raad'", "s.anonymised = 0"], []
    if date_from is not None:
        where.append("s.observed_on >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("s.observed_on <= ?")
        params.append(date_to.isoformat())
    return db.query(
        f"""SELECT s.id, s.observed_on, s.summary, s.trend, s.setting, o.name AS organisation,
                   (SELECT min(st.theme_id) FROM signal_themes st WHERE st.signal_id = s.id) AS theme_id,
                   (SELECT t.name FROM signal_themes st JOIN themes t ON t.id = st.theme_id
                     WHERE st.signal_id = s.id ORDER BY t.id LIMIT 1) AS theme,
                   (SELECT group_concat(t.name, ', ') FROM signal_themes st JOIN themes t ON t.id = st.theme_id
                     WHERE st.signal_id = s.id) AS themes
            FROM signals s JOIN organisations o ON o.id = s.organisation_id
            WHERE {' AND '.join(where)}
            ORDER BY theme_id, s.observed_on, s.id""",
        tuple(params),
    )


def memo_organisations(db: Database) -> list[dict]:
    """Active organisations in the order they were registered (the memo's order)."""
    return db.query("SELECT id, name, description FROM organisations WHERE active = 1 ORDER BY id")


def memo_structures(db: Database) -> list[dict]:
    return db.query("SELECT id, name, description, purpose FROM structures WHERE active = 1 ORDER BY id")


def memo_activities(db: Database, date_from: date | None = None, date_to: date | None = None) -> list[dict]:
    """Activities not stopped whose period (open ends allowed) overlaps the memo period."""
    where, params = ["status != 'stopped'"], []
    if date_to is not None:
        where.append("(period_start IS NULL OR period_start <= ?)")
        params.append(date_to.isoformat())
    if date_from is not None:
        where.append("(period_end IS NULL OR period_end >= ?)")
        params.append(date_from.isoformat())
    return db.query(
        f"SELECT id, name, description, funding FROM activities WHERE {' AND '.join(where)} ORDER BY id",
        tuple(params),
    )
