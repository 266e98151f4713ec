"""The aggregation queries behind the intake grid and the charts."""

from __future__ import annotations

from datetime import date

from signaaltracker.store.aggregates import (
    GridPeriod,
    intake_grid,
    month_keys,
    signals_per_month_by_theme,
    signals_per_theme,
)


def test_demo_intake_grid_matches_the_memo_table(demo_store):
    grid = intake_grid(demo_store.db, "Tactus verslavingszorg")
    assert [i.name for i in grid.indicators] == ["3MMC", "Cannabis", "Gamen", "Alcohol", "KOV", "Telefoon/social media"]
    assert [a.label for a in grid.age_groups] == ["0-18", ">18"]
    first, second = grid.periods
    assert first == GridPeriod(date(2024, 1, 1), date(2024, 5, 1))
    assert first.label == "1 januari tot 1 mei 2024"
    assert second.label == "1 mei tot 10 oktober 2024"
    assert [grid.column_total(p) for p in grid.periods] == [23, 32]
    cannabis = grid.indicators[1]
    older = grid.age_groups[1]
    assert grid.value(cannabis.id, older.id, first) == 0
    assert grid.value(cannabis.id, older.id, second) == 2
    assert grid.indicator_total(cannabis.id, second) == 13
    assert grid.row_total(cannabis.id, older.id) == 2
    assert grid.footnotes() == ["KOV: kinderen van ouders met verslavingsproblematiek"]
    assert grid.column_complete(first)


def test_missing_value_is_not_a_zero(demo_store):
    grid = intake_grid(demo_store.db, None)
    key = next(k for k, v in grid.values.items() if v == 3)
    figure = demo_store.figures.get(grid.figure_ids[key])
    figure.value = None
    demo_store.figures.update(figure)
    grid = intake_grid(demo_store.db, None)
    assert grid.values[key] is None
    assert grid.column_total(key[2]) in (20, 29)
    assert not grid.column_complete(key[2])


def test_unknown_source_gives_an_empty_grid(demo_store):
    grid = intake_grid(demo_store.db, "GGD")
    assert grid.is_empty and grid.periods == [] and grid.indicators == []


def test_signals_per_month_by_theme(demo_store):
    counts = signals_per_month_by_theme(demo_store.db, date(2024, 1, 1), date(2024, 12, 31))
    assert counts.months == month_keys(date(2024, 1, 1), date(2024, 12, 31))
    assert len(counts.months) == 12
    assert counts.themes[0] == "Drugs algemeen"
    assert counts.total("3MMC") == 4
    assert counts.counts["Lachgas"][8] == 1  # September
    assert sum(counts.month_totals()) == sum(
        signals_per_theme(demo_store.db, date(2024, 1, 1), date(2024, 12, 31)).values()
    )


def test_month_keys_cross_a_year():
    assert month_keys(date(2023, 11, 5), date(2024, 2, 1)) == ["2023-11", "2023-12", "2024-01", "2024-02"]
