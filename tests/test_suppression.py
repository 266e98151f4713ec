"""Small-number suppression: nothing under the threshold is printed, and no hidden cell can be worked out."""

from __future__ import annotations

import csv
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.suppression import CellState, suppress


def printed(table) -> tuple[list[list[str]], list[str]]:
    rows = [[table.cell_text(r, c) for c in range(len(table.totals))] for r in range(len(table.values))]
    return rows, [table.total_text(c) for c in range(len(table.totals))]


def attack(cells: list[str], total: str, threshold: int, cap: int = 60) -> list[set[int]]:
    """Everything a reader can derive about each hidden cell of one column, by trying every assignment.

    A reader knows: "<N" is 1..N-1, "x" is N or more, "-" is 0, digits are themselves, and the printed total is
    the sum of the known counts. Returns the set of feasible values per hidden cell (in column order).
    """
    hidden = [i for i, text in enumerate(cells) if text in (f"<{threshold}", "x")]
    if total == "x":
        return [set(range(1, threshold)) if cells[i].startswith("<") else set(range(threshold, cap)) for i in hidden]
    visible = sum(int(t) for t in cells if t.isdigit())
    remainder = int(total) - visible
    ranges = [range(1, threshold) if cells[i].startswith("<") else range(threshold, remainder + 1) for i in hidden]
    feasible: list[set[int]] = [set() for _ in hidden]
    for combo in itertools.product(*ranges):
        if sum(combo) == remainder:
            for slot, value in enumerate(combo):
                feasible[slot].add(value)
    return feasible


def assert_safe(grid: list[list[int | None]], threshold: int) -> None:
    table = suppress(grid, threshold)
    rows, totals = printed(table)
    for row in rows:
        for text in row:
            assert not (text.isdigit() and 0 < int(text) < threshold), rows
    for c, total in enumerate(totals):
        column = [row[c] for row in rows]
        for values in attack(column, total, threshold):
            assert len(values) >= 2, (grid, rows, totals)
    for r, row in enumerate(grid):  # the marks tell the truth
        for c, value in enumerate(row):
            state = table.states[r][c]
            if state is CellState.PRIMARY:
                assert 0 < value < threshold
            if state is CellState.SECONDARY:
                assert value >= threshold
        # the printed totals are the real sums
    for c, total in enumerate(totals):
        if total != "x":
            assert int(total) == sum(row[c] for row in grid if row[c] is not None)


def test_off_prints_everything():
    table = suppress([[3, 0], [10, 2]], None)
    assert printed(table) == ([["3", "-"], ["10", "2"]], ["13", "2"])


def test_single_small_cell_next_to_large_ones_gets_a_secondary_cell():
    # 3 + 10 + 12 = 25: hiding only the 3 would let a reader compute it as 25 - 10 - 12.
    table = suppress([[3], [10], [12]], 5)
    rows, totals = printed(table)
    assert rows == [["<5"], ["x"], ["12"]]
    assert totals == ["25"]
    assert_safe([[3], [10], [12]], 5)


def test_lone_small_cell_with_zeros_hides_the_total():
    rows, totals = printed(suppress([[3], [0], [0]], 5))
    assert rows == [["<5"], ["-"], ["-"]]
    assert totals == ["x"]


def test_two_small_cells_adding_up_to_two_are_protected():
    # <5 + <5 = 2 would give away 1 and 1.
    assert_safe([[1], [1], [9]], 5)
    rows, totals = printed(suppress([[1], [1], [9]], 5))
    assert "9" not in rows[2] or totals == ["x"]


def test_secondary_of_exactly_the_threshold_is_not_enough_on_its_own():
    # 1 + 5: a reader knowing "x" >= 5 gets 1 + 5 = 6 exactly.
    assert_safe([[1], [5], [0]], 5)
    assert printed(suppress([[1], [5], [0]], 5))[1] == ["x"]


def test_missing_values_stay_out_of_the_sums():
    table = suppress([[None, 4], [7, 9]], None)
    assert printed(table) == ([["onbekend", "4"], ["7", "9"]], ["7", "13"])


def test_reference_table_with_threshold_five(test_data):
    with open(test_data / "reference" / "tactus-intake-2024.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    periods = sorted({r["periode_van"] for r in rows})
    keys = list(dict.fromkeys((r["verslaving"], r["leeftijd"]) for r in rows))
    value = {(r["verslaving"], r["leeftijd"], r["periode_van"]): int(r["aantal"]) for r in rows}
    grid = [[value[(k[0], k[1], p)] for p in periods] for k in keys]
    assert_safe(grid, 5)
    rows_printed, _ = printed(suppress(grid, 5))
    assert {t for row in rows_printed for t in row} <= {"<5", "-", "x", "5", "10", "11"}


def test_bad_input():
    with pytest.raises(DomainError):
        suppress([[1, 2], [3]], 5)
    with pytest.raises(DomainError):
        suppress([[-1]], 5)
    with pytest.raises(DomainError):
        suppress([[1]], 2)  # "<2" would print the 1 itself


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=3, max_value=6).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.integers(1, 3).flatmap(
                lambda cols: st.lists(
                    st.lists(st.one_of(st.none(), st.integers(0, 14)), min_size=cols, max_size=cols),
                    min_size=1,
                    max_size=6,
                )
            ),
        )
    )
)
def test_no_hidden_cell_can_be_recomputed(case):
    threshold, grid = case
    assert_safe(grid, threshold)
