"""The memo's intake table as plain data: indicator rows with age-group sub-rows, one column per period.

Built from figure rows (store.memo_queries.intake_figures); small numbers suppressed by domain.suppression.
No Qt, no reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from signaaltracker.domain.dates import format_date_nl, format_period_nl
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.suppression import suppress

MISSING_TEXT = "onbekend"  # the figure exists but its value is unknown
ABSENT_TEXT = ""  # no figure at all for this cell
UNKNOWN_MARK = "†"  # a total that leaves out unknown cells


@dataclass
class TableRow:
    indicator: str  # with footnote mark, e.g. "KOV*"; repeated on every sub-row (``first`` tells the first)
    age_group: str
    cells: list[str]
    first: bool = True


@dataclass
class ChartBar:
    indicator: str
    age_group: str
    period: str
    value: int | None  # None: not drawn (hidden by suppression, missing or absent)
    mark: str = ""  # what the table prints instead, e.g. "<5", "x", "onbekend"


@dataclass
class IntakeTable:
    source: str
    caption: str
    age_heading: str
    periods: list[str]
    rows: list[TableRow]
    totals: list[str]
    footnotes: list[str] = field(default_factory=list)
    bars: list[ChartBar] = field(default_factory=list)
    age_groups: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    suppressed: bool = False


def _footnote_marks(figures: list[dict]) -> dict[str, str]:
    marks: dict[str, str] = {}
    for row in figures:
        if row["indicator_description"] and row["indicator"] not in marks:
            marks[row["indicator"]] = "*" * (len(marks) + 1)
    return marks


def _refuse_overlap(source: str, periods: list[tuple[str, str]]) -> None:
    """Suppression works per column; overlapping or nested periods would let a reader subtract one column
    from another and recover a hidden count, so the memo refuses them while suppression is on."""
    for (start_a, end_a), (start_b, _end_b) in pairwise(periods):
        if start_b < end_a:
            a = format_period_nl(date.fromisoformat(start_a), date.fromisoformat(end_a))
            raise DomainError(
                f"De perioden van {source} overlappen ({a} en een periode die op "
                f"{format_date_nl(date.fromisoformat(start_b))} begint). Met het verbergen van kleine aantallen "
                "zouden verborgen cijfers dan terug te rekenen zijn; kies een memoperiode zonder overlap of "
                "zet het verbergen uit."
            )


def _honest_totals(
    result, grid: list[list[int | None]], absent: set[tuple[int, int]], labels: list[str]
) -> tuple[list[str], list[str]]:
    """Column totals that say when they leave out unknown cells: marked with UNKNOWN_MARK and explained in a
    note, or printed as unknown when most cells of the column are unknown."""
    totals, marked, unknown_totals = [], [], []
    for c, label in enumerate(labels):
        present = [r for r in range(len(grid)) if (r, c) not in absent]
        unknown = sum(1 for r in present if grid[r][c] is None)
        text = result.total_text(c)
        if unknown and unknown * 2 > len(present):
            text = MISSING_TEXT
            unknown_totals.append(label)
        elif unknown:
            text += UNKNOWN_MARK
            marked.append((label, unknown))
        totals.append(text)
    notes = []
    for label, count in marked:
        cells = "cel" if count == 1 else "cellen"
        notes.append(f"{UNKNOWN_MARK}{label}: {count} {cells} onbekend; het totaal telt alleen bekende aantallen.")
    if unknown_totals:
        notes.append(f"Totaal onbekend ({', '.join(unknown_totals)}): van de meeste cellen is het aantal onbekend.")
    return totals, notes


def build_intake_tables(figures: list[dict], threshold: int | None) -> list[IntakeTable]:
    """One table per source. ``figures`` as returned by memo_queries.intake_figures."""
    tables = []
    for source in dict.fromkeys(f["source"] for f in figures):
        rows = [f for f in figures if f["source"] == source]
        tables.append(_build_one(source, rows, threshold))
    return tables


def _build_one(source: str, figures: list[dict], threshold: int | None) -> IntakeTable:
    periods = sorted({(f["period_start"], f["period_end"]) for f in figures})
    if threshold is not None:
        _refuse_overlap(source, periods)
    keys = list(dict.fromkeys((f["indicator"], f["age_group"]) for f in figures))  # query order: indicator, age
    present: dict[tuple, int | None] = {}
    for f in figures:
        present[(f["indicator"], f["age_group"], f["period_start"], f["period_end"])] = f["value"]
    grid: list[list[int | None]] = []
    absent: set[tuple[int, int]] = set()
    for r, (indicator, age) in enumerate(keys):
        line = []
        for c, (start, end) in enumerate(periods):
            key = (indicator, age, start, end)
            if key not in present:
                absent.add((r, c))
            line.append(present.get(key))
        grid.append(line)
    result = suppress(grid, threshold)
    marks = _footnote_marks(figures)
    descriptions = {f["indicator"]: f["indicator_description"] for f in figures}
    period_labels = [format_period_nl(date.fromisoformat(s), date.fromisoformat(e)) for s, e in periods]
    table_rows, bars = [], []
    previous = None
    for r, (indicator, age) in enumerate(keys):
        label = indicator + marks.get(indicator, "")
        cells = []
        for c in range(len(periods)):
            text = ABSENT_TEXT if (r, c) in absent else result.cell_text(r, c, missing=MISSING_TEXT)
            cells.append(text)
            value = grid[r][c]
            drawn = None if result.is_hidden(r, c) or value is None else value
            bars.append(ChartBar(label, age, period_labels[c], drawn, "" if drawn is not None else text))
        table_rows.append(TableRow(label, age, cells, first=indicator != previous))
        previous = indicator
    footnotes = [f"{mark}{name}: {descriptions[name]}" for name, mark in marks.items()]
    totals, unknown_notes = _honest_totals(result, grid, absent, period_labels)
    footnotes += unknown_notes
    if threshold is not None and result.anything_hidden:
        note = f"<{threshold}: minder dan {threshold} (maar meer dan 0)"
        if any("x" in row.cells for row in table_rows) or "x" in [result.total_text(c) for c in range(len(periods))]:
            note += "; x: niet getoond, zodat de kleine aantallen niet terug te rekenen zijn"
        footnotes.append(note + ".")
    return IntakeTable(
        source=source,
        caption="Onderstaande tabel geeft de verdeling naar aard van de verslaving.",
        age_heading="leeftijd",
        periods=period_labels,
        rows=table_rows,
        totals=totals,
        footnotes=footnotes,
        bars=bars,
        age_groups=list(dict.fromkeys(age for _, age in keys)),
        indicators=list(dict.fromkeys(indicator + marks.get(indicator, "") for indicator, _ in keys)),
        suppressed=threshold is not None,
    )
