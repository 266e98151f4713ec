"""Read-only aggregations for grids and charts: the intake grid, signals per month per theme, wastewater series.

Every function takes the open ``Database`` and returns plain dataclasses (no Qt, no SQL outside this module).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from signaaltracker.domain.dates import format_period_nl
from signaaltracker.store.database import Database


@dataclass(frozen=True)
class GridIndicator:
    id: int
    name: str
    description: str = ""  # e.g. the memo's footnote for KOV


@dataclass(frozen=True)
class GridAgeGroup:
    id: int
    label: str


@dataclass(frozen=True, order=True)
class GridPeriod:
    start: date
    end: date

    @property
    def label(self) -> str:
        """The memo's column header: "1 januari tot 1 mei 2024"."""
        return format_period_nl(self.start, self.end)


CellKey = tuple[int, int, GridPeriod]  # (indicator id, age group id, period)


@dataclass
class IntakeGrid:
    """Intake figures as the memo's table: rows indicator × age group, one column per period.

    ``values`` holds every stored cell; a key that is absent was never recorded. Both an absent key and a stored
    ``None`` read as missing ("onbekend"); 0 is a real zero (printed "-"). Totals add the known values only.
    """

    source: str | None
    indicators: list[GridIndicator] = field(default_factory=list)
    age_groups: list[GridAgeGroup] = field(default_factory=list)
    periods: list[GridPeriod] = field(default_factory=list)
    values: dict[CellKey, int | None] = field(default_factory=dict)
    figure_ids: dict[CellKey, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.values

    def value(self, indicator_id: int, age_group_id: int, period: GridPeriod) -> int | None:
        return self.values.get((indicator_id, age_group_id, period))

    def is_recorded(self, indicator_id: int, age_group_id: int, period: GridPeriod) -> bool:
        return (indicator_id, age_group_id, period) in self.values

    def column_total(self, period: GridPeriod) -> int:
        return sum(v for (_, _, p), v in self.values.items() if p == period and v is not None)

    def column_complete(self, period: GridPeriod) -> bool:
        """True when no cell of the column is missing (so the total is exact, not a lower bound)."""
        return all(self.value(i.id, a.id, period) is not None for i in self.indicators for a in self.age_groups)

    def indicator_total(self, indicator_id: int, period: GridPeriod) -> int:
        return sum(v for (i, _, p), v in self.values.items() if i == indicator_id and p == period and v is not None)

    def row_total(self, indicator_id: int, age_group_id: int) -> int:
        return sum(
            v for (i, a, _), v in self.values.items() if i == indicator_id and a == age_group_id and v is not None
        )

    def footnotes(self) -> list[str]:
        """ "KOV: kinderen van ouders met verslavingsproblematiek" for indicators with a description."""
        return [f"{i.name}: {i.description}" for i in self.indicators if i.description]


def figure_sources(db: Database) -> list[str]:
    return [r["source"] for r in db.query("SELECT DISTINCT source FROM figures ORDER BY source")]


def intake_grid(db: Database, source: str | None) -> IntakeGrid:
    """The intake grid of one source (None: every source; cells of the same key are then added up).

    Indicators appear in the order they were first recorded, age groups by their sort order, periods by date.
    """
    where, params = ("1=1", ()) if source is None else ("f.source = ?", (source,))
    rows = db.query(
        "SELECT f.id, f.indicator_id, t.name AS indicator, t.description, f.age_group_id, a.label AS age_group,"
        " a.sort_order, f.period_start, f.period_end, f.value"
        " FROM figures f JOIN themes t ON t.id = f.indicator_id JOIN age_groups a ON a.id = f.age_group_id"
        f" WHERE {where} ORDER BY f.id",
        params,
    )
    grid = IntakeGrid(source)
    indicators: dict[int, GridIndicator] = {}
    ages: dict[int, tuple[int, str]] = {}
    periods: set[GridPeriod] = set()
    for row in rows:
        indicators.setdefault(
            row["indicator_id"], GridIndicator(row["indicator_id"], row["indicator"], row["description"] or "")
        )
        ages[row["age_group_id"]] = (row["sort_order"], row["age_group"])
        period = GridPeriod(date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"]))
        periods.add(period)
        key = (row["indicator_id"], row["age_group_id"], period)
        if key in grid.values:  # several sources: add up what is known
            old, new = grid.values[key], row["value"]
            grid.values[key] = new if old is None else (old if new is None else old + new)
        else:
            grid.values[key] = row["value"]
            grid.figure_ids[key] = row["id"]
    grid.indicators = list(indicators.values())
    grid.age_groups = [GridAgeGroup(i, label) for i, (_, label) in sorted(ages.items(), key=lambda kv: kv[1])]
    grid.periods = sorted(periods)
    return grid


# --- signals per month per theme ---------------------------------------------------------------


@dataclass
class MonthlyThemeCounts:
    """Signals per month (``YYYY-MM``) per theme; a signal with two themes counts once for each."""

    months: list[str]
    themes: list[str]
    counts: dict[str, list[int]]  # theme -> one count per month

    def total(self, theme: str) -> int:
        return sum(self.counts.get(theme, []))

    def month_totals(self) -> list[int]:
        return [sum(self.counts[t][i] for t in self.themes) for i in range(len(self.months))]


def month_keys(start: date, end: date) -> list[str]:
    keys, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def signals_per_month_by_theme(db: Database, start: date, end: date) -> MonthlyThemeCounts:
    """Counts of non-deleted signals observed from ``start`` to ``end`` (inclusive), every month present.

    Read from ``signal_counts`` (live signals per day and theme, kept current by triggers; migration 7), so a
    redraw sums a few thousand small rows whatever the size of the register."""
    rows = db.query(
        "SELECT substr(c.day, 1, 7) AS month, t.name AS theme, sum(c.n) AS n"
        " FROM signal_counts c JOIN themes t ON t.id = c.theme_id"
        " WHERE c.day >= ? AND c.day <= ? AND c.n > 0 GROUP BY month, t.name",
        (start.isoformat(), end.isoformat()),
    )
    months = month_keys(start, end)
    position = {m: i for i, m in enumerate(months)}
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["theme"]] = totals.get(row["theme"], 0) + row["n"]
    themes = sorted(totals, key=lambda t: (-totals[t], t.lower()))
    counts = {t: [0] * len(months) for t in themes}
    for row in rows:
        counts[row["theme"]][position[row["month"]]] = row["n"]
    return MonthlyThemeCounts(months, themes, counts)


def signals_per_theme(db: Database, start: date, end: date) -> dict[str, int]:
    """Non-deleted signals observed from ``start`` to ``end`` (inclusive) per theme (from ``signal_counts``)."""
    rows = db.query(
        "SELECT t.name AS theme, sum(c.n) AS n FROM signal_counts c JOIN themes t ON t.id = c.theme_id"
        " WHERE c.day >= ? AND c.day <= ? AND c.n > 0 GROUP BY t.name ORDER BY n DESC, t.name",
        (start.isoformat(), end.isoformat()),
    )
    return {r["theme"]: r["n"] for r in rows}


def signal_date_range(db: Database) -> tuple[date, date] | None:
    # Two subqueries: SQLite answers a lone min() or max() from the live-day index in a step, but min() and max()
    # in one SELECT read the whole index (~0.1 s at 1M signals).
    row = db.query(
        "SELECT (SELECT min(observed_on) FROM signals WHERE deleted_at IS NULL) AS lo,"
        " (SELECT max(observed_on) FROM signals WHERE deleted_at IS NULL) AS hi"
    )
    if not row or row[0]["lo"] is None:
        return None
    return date.fromisoformat(row[0]["lo"]), date.fromisoformat(row[0]["hi"])
