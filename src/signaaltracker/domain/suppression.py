"""Small-number suppression for published count tables, with secondary suppression.

A table is a grid of counts (rows × columns) with a printed total per column. With a threshold N:

* every count from 1 to N-1 is *primary* suppressed and printed as "<N";
* zero stays visible ("-"): a zero is not a small group of people;
* *secondary* suppression then hides further cells (printed "x"), or the column total, until no hidden cell
  can be worked out from what is printed.

The reader is assumed to know the rules: a "<N" cell lies in 1..N-1, an "x" cell in N or more (only counts of
at least N are chosen as secondary cells), missing counts (None) take no part in the sums, and in each column the
printed total is the sum of the known counts. Columns are independent (no row totals or grand total are printed),
so each column is one linear equation with box bounds, and the feasible values of a hidden cell form an exact
interval. A hidden cell counts as protected when that interval holds at least two values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from signaaltracker.domain.errors import DomainError


class CellState(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"
    SECONDARY = "secondary"


@dataclass(frozen=True)
class SuppressedTable:
    """The outcome: a state per cell and whether each column total is printed."""

    threshold: int | None
    values: tuple[tuple[int | None, ...], ...]
    states: tuple[tuple[CellState, ...], ...]
    totals: tuple[int, ...]
    total_shown: tuple[bool, ...]

    def cell_text(self, row: int, column: int, *, zero: str = "-", missing: str = "onbekend") -> str:
        value = self.values[row][column]
        state = self.states[row][column]
        if state is CellState.PRIMARY:
            return f"<{self.threshold}"
        if state is CellState.SECONDARY:
            return "x"
        if value is None:
            return missing
        return zero if value == 0 else str(value)

    def total_text(self, column: int) -> str:
        return str(self.totals[column]) if self.total_shown[column] else "x"

    def is_hidden(self, row: int, column: int) -> bool:
        return self.states[row][column] is not CellState.SHOWN

    @property
    def anything_hidden(self) -> bool:
        return any(s is not CellState.SHOWN for row in self.states for s in row) or not all(self.total_shown)


def bounds(state: CellState, threshold: int) -> tuple[float, float]:
    """What a reader who knows the rules can tell about a hidden cell from its mark."""
    if state is CellState.PRIMARY:
        return 1, threshold - 1
    return threshold, math.inf


def feasible_intervals(
    hidden: list[tuple[int | None, CellState]], remainder: int, threshold: int
) -> list[tuple[float, float]]:
    """Exact feasible interval of each hidden cell given that the hidden cells add up to ``remainder``.

    ``hidden`` holds (true value, state) pairs; only the states are used, as a reader has only those.
    """
    boxes = [bounds(state, threshold) for _, state in hidden]
    low_sum = sum(lo for lo, _ in boxes)
    high_sum = sum(hi for _, hi in boxes)
    intervals = []
    for lo, hi in boxes:
        others_low, others_high = low_sum - lo, high_sum - hi
        intervals.append((max(lo, remainder - others_high), min(hi, remainder - others_low)))
    return intervals


def _column_is_safe(values: list[int | None], states: list[CellState], threshold: int) -> bool:
    hidden: list[tuple[int | None, CellState]] = [
        (v, s) for v, s in zip(values, states, strict=True) if s is not CellState.SHOWN
    ]
    if not hidden:
        return True
    remainder = sum(v for v, s in hidden if v is not None)
    return all(hi - lo >= 1 for lo, hi in feasible_intervals(hidden, remainder, threshold))


def suppress(grid: list[list[int | None]], threshold: int | None) -> SuppressedTable:
    """Apply primary and secondary suppression to ``grid`` (rows of counts, None = missing)."""
    rows = [list(r) for r in grid]
    width = len(rows[0]) if rows else 0
    if any(len(r) != width for r in rows):
        raise DomainError("Alle rijen van de tabel moeten even veel kolommen hebben.")
    for row in rows:
        for value in row:
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise DomainError(f"'{value}' is geen geldig aantal.")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 3):
        raise DomainError("De drempel voor kleine aantallen moet minstens 3 zijn.", "drempel")
    totals = [sum(v for r in rows if (v := r[c]) is not None) for c in range(width)]
    states = [[CellState.SHOWN] * width for _ in rows]
    total_shown = [True] * width
    if threshold is not None:
        for c in range(width):
            column = [r[c] for r in rows]
            column_states = [
                CellState.PRIMARY if v is not None and 0 < v < threshold else CellState.SHOWN for v in column
            ]
            if CellState.PRIMARY in column_states:
                total_shown[c] = _protect_column(column, column_states, threshold)
            for r, state in enumerate(column_states):
                states[r][c] = state
    return SuppressedTable(
        threshold=threshold,
        values=tuple(tuple(r) for r in rows),
        states=tuple(tuple(r) for r in states),
        totals=tuple(totals),
        total_shown=tuple(total_shown),
    )


def _protect_column(column: list[int | None], states: list[CellState], threshold: int) -> bool:
    """Add secondary cells (smallest counts ≥ threshold first) until safe; returns whether the total stays."""
    while not _column_is_safe(column, states, threshold):
        candidates = [
            (v, r) for r, v in enumerate(column) if states[r] is CellState.SHOWN and v is not None and v >= threshold
        ]
        if not candidates:
            # Hiding the total removes the only equation: every primary cell keeps its full range 1..N-1, so
            # the secondary cells chosen on the way are not needed after all.
            for r, state in enumerate(states):
                if state is CellState.SECONDARY:
                    states[r] = CellState.SHOWN
            return False
        _, row = min(candidates)
        states[row] = CellState.SECONDARY
    return True
