"""Read-only queries the council memo needs, each one SQL statement (fast on 100,000 signals)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from signaaltracker.store.database import Database


def _overlap(
    column_start: str, column_end: str, date_from: date | None, date_to: date | None, end_exclusive: bool = False
) -> tuple[str, list[Any]]:
    """Rows whose period overlaps [date_from, date_to]. ``end_exclusive``: the stored end is the first day after
    the period ("1 januari tot 1 mei" ends when May begins), as for intake figures."""
    where, params = [], []
    if date_to is not None:
        where.append(f"{column_start} <= ?")
        params.append(date_to.isoformat())
    if date_from is not None:
        where.append(f"{column_end} {'>' if end_exclusive else '>='} ?")
        params.append(date_from.isoformat())
    return (" AND ".join(where) or "1=1"), params


def intake_figures(db: Database, date_from: date | None = None, date_to: date | None = None) -> list[dict[str, Any]]:
    """Figures whose period overlaps [date_from, date_to], with indicator and age group names resolved.

    Rows are ordered by source, indicator (register order), age group (sort order) and period.
    """
    where, params = _overlap("f.period_start", "f.period_end", date_from, date_to, end_exclusive=True)
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


def _council_where(date_from: date | None, date_to: date | None) -> tuple[list[str], list[Any]]:
    """Signals that may reach the council: sharing level *raad*, not deleted or anonymised, in the period."""
    where, params = ["s.deleted_at IS NULL", "s.sharing_level = 'raad'", "s.anonymised = 0"], []
    if date_from is not None:
        where.append("s.observed_on >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("s.observed_on <= ?")
        params.append(date_to.isoformat())
    return where, params


def council_signals(db: Database, date_from: date | None = None, date_to: date | None = None) -> list[dict[str, Any]]:
    """Signals of sharing level *raad* observed in the period (not deleted), with their first theme.

    Each signal carries ``theme_id``/``theme`` of its first theme in register order (the group it is listed
    under) and ``themes`` (all its theme names, comma-separated).
    """
    where, params = _council_where(date_from, date_to)
    return db.query(
        f"""SELECT s.id, s.observed_on, s.summary, s.trend, s.setting, o.name AS organisation,
                   (SELECT min(st.theme_id) FROM signal_themes st WHERE st.signal_id = s.id) AS theme_id,
                   (SELECT t.name FROM signal_themes st JOIN themes t ON t.id = st.theme_id
                     WHERE st.signal_id = s.id ORDER BY t.id LIMIT 1) AS theme,
                   (SELECT group_concat(t.name, ', ') FROM signal_themes st JOIN themes t ON t.id = st.theme_id
                     WHERE st.signal_id = s.id) AS themes
            FROM signals s JOIN organisations o ON o.id = s.organisation_id
            WHERE {" AND ".join(where)}
            ORDER BY theme_id, s.observed_on, s.id""",
        tuple(params),
    )


def council_signals_by_theme(
    db: Database, date_from: date | None, date_to: date | None, excluded_ids: list[int], per_theme: int
) -> list[dict[str, Any]]:
    """The memo's signal bullets: per first theme the ``per_theme`` most recent *raad* signals of the period
    (minus ``excluded_ids``), in date order, each row carrying ``theme_total`` (all such signals of its theme).

    Ranking and counting happen in SQL, so only the listed summaries are read (a million-signal register has
    tens of thousands of council signals in a year).
    """
    where, params = _council_where(date_from, date_to)
    where.append("s.id NOT IN (SELECT value FROM json_each(?))")
    params.append(json.dumps(sorted(set(excluded_ids))))
    return db.query(
        f"""WITH base AS (
                SELECT s.id, s.observed_on,
                       (SELECT min(st.theme_id) FROM signal_themes st WHERE st.signal_id = s.id) AS theme_id
                FROM signals s WHERE {" AND ".join(where)}),
            ranked AS (
                SELECT id, theme_id,
                       row_number() OVER (PARTITION BY theme_id ORDER BY observed_on DESC, id DESC) AS rank,
                       count(*) OVER (PARTITION BY theme_id) AS theme_total
                FROM base)
            SELECT s.id, s.observed_on, s.summary, s.trend, s.setting, o.name AS organisation, r.theme_id,
                   r.theme_total, (SELECT t.name FROM themes t WHERE t.id = r.theme_id) AS theme
            FROM ranked r JOIN signals s ON s.id = r.id JOIN organisations o ON o.id = s.organisation_id
            WHERE r.rank <= ?
            ORDER BY r.theme_id, s.observed_on, s.id""",
        (*params, int(per_theme)),
    )


def memo_organisations(db: Database) -> list[dict[str, Any]]:
    """Active organisations in the order they were registered (the memo's order)."""
    return db.query("SELECT id, name, description FROM organisations WHERE active = 1 ORDER BY id")


def memo_structures(db: Database) -> list[dict[str, Any]]:
    return db.query("SELECT id, name, description, purpose FROM structures WHERE active = 1 ORDER BY id")


def memo_activities(db: Database, date_from: date | None = None, date_to: date | None = None) -> list[dict[str, Any]]:
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


def council_signals_in_order(
    db: Database, date_from: date | None, date_to: date | None, excluded_ids: list[int], order: list[int], limit: int
) -> tuple[list[dict[str, Any]], int]:
    """The memo's signals as one flat list: first those in ``order`` (the author's order), then the rest by date;
    at most ``limit`` rows, with the number of all such signals (ranking and counting in SQL)."""
    where, params = _council_where(date_from, date_to)
    where.append("s.id NOT IN (SELECT value FROM json_each(?))")
    params.append(json.dumps(sorted(set(excluded_ids))))
    rows = db.query(
        f"""SELECT s.id, s.observed_on, s.summary, s.trend, s.setting, o.name AS organisation,
                   (SELECT t.name FROM signal_themes st JOIN themes t ON t.id = st.theme_id
                     WHERE st.signal_id = s.id ORDER BY t.id LIMIT 1) AS theme
            FROM signals s JOIN organisations o ON o.id = s.organisation_id
            LEFT JOIN (SELECT CAST(value AS INTEGER) AS id, CAST(key AS INTEGER) AS pos FROM json_each(?)) chosen
                   ON chosen.id = s.id
            WHERE {" AND ".join(where)}
            ORDER BY chosen.pos IS NULL, chosen.pos, s.observed_on, s.id
            LIMIT ?""",
        (json.dumps(list(order)), *params, int(limit)),
    )
    total = int(db.scalar(f"SELECT count(*) FROM signals s WHERE {' AND '.join(where)}", tuple(params)))
    return rows, total
