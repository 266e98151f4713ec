"""Correctness of the speed-ups of issue 8: counts by subtraction, the windowed Signals model, the fast generator."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from signaaltracker.domain.signals import Signal
from signaaltracker.store import open_store
from signaaltracker.store.signals import SignalFilter, filter_sql

ROOT = Path(__file__).resolve().parents[1]


def plain_count(store, flt: SignalFilter) -> int:
    where, params = filter_sql(flt)
    return store.db.scalar(f"SELECT count(*) FROM signals s WHERE {where}", tuple(params))


def add_signals(store, count: int) -> None:
    themes = [t.id for t in store.themes.list()]
    org = store.organisations.list()[0].id
    words = ["cannabis op het plein", "lachgas bij het evenement", "3-MMC online besteld", "ouders bezorgd"]
    store.signals.add_many(
        [
            Signal(
                observed_on=date(2024, 1, 1) + timedelta(days=i % 300),
                organisation_id=org,
                summary=f"Signaal {i}: {words[i % len(words)]}",
                theme_ids=[themes[i % len(themes)]],
            )
            for i in range(count)
        ],
        "test",
    )


@pytest.fixture
def big_store(demo_store):
    add_signals(demo_store, 1050)
    return demo_store


FILTERS = [
    SignalFilter(),
    SignalFilter(text="cannabis"),
    SignalFilter(text="c"),
    SignalFilter(text="ouders bez"),
    SignalFilter(text="!!"),
    SignalFilter(text="nietsgevonden"),
]


def test_counts_by_subtraction_match_the_plain_count(big_store):
    theme = big_store.themes.list()[1].id
    filters = [*FILTERS, SignalFilter(theme_ids=[theme])]
    before = [big_store.signals.count_matching(f) for f in filters]
    assert before == [plain_count(big_store, f) for f in filters]
    assert before[0] == big_store.db.scalar("SELECT count(*) FROM signals WHERE deleted_at IS NULL") >= 1050
    doomed = [r["id"] for r in big_store.signals.page(SignalFilter(text="cannabis"), limit=7)]
    doomed += [r["id"] for r in big_store.signals.page(SignalFilter(theme_ids=[theme]), limit=5)]
    big_store.signals.soft_delete(doomed)
    after = [big_store.signals.count_matching(f) for f in filters]
    assert after == [plain_count(big_store, f) for f in filters]
    assert after[0] == before[0] - len(set(doomed))
    assert after[1] < before[1] and after[-1] < before[-1]


def test_migration_4_adds_the_deleted_signals_index(big_store):
    indexes = {r["name"] for r in big_store.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "signals_deleted" in indexes
    assert big_store.db.schema_version >= 4


def test_signals_model_reaches_the_end_of_the_list(qtbot, big_store):
    from PySide6.QtCore import Qt

    from signaaltracker.ui.signals.model import CACHED_BLOCKS, PAGE_SIZE, SignalsTableModel

    model = SignalsTableModel(big_store)
    model.load(SignalFilter())
    total = big_store.signals.count_matching(SignalFilter())
    assert model.rowCount() == total
    expected = big_store.signals.ordered_ids(SignalFilter())
    for row in (0, PAGE_SIZE - 1, PAGE_SIZE, total // 2, total // 2 + 1, total - PAGE_SIZE - 1, total - 1):
        assert model.row_at(row)["id"] == expected[row], row
    assert model.ids(list(range(total))) == expected  # select all
    assert model.row_of(expected[-1]) == total - 1
    model.sort(model.sort_column(), Qt.SortOrder.AscendingOrder)  # oldest first
    ascending = big_store.signals.ordered_ids(SignalFilter(), descending=False)
    assert [model.row_at(r)["id"] for r in range(total)] == ascending
    assert len(model._blocks) <= CACHED_BLOCKS


def test_signals_page_scrolls_to_the_last_signal(qtbot, big_store):
    from signaaltracker.ui.pages.signals_page import SignalsPage

    page = SignalsPage(big_store)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.table.scrollToBottom()
    qtbot.wait(10)
    last = page.model.rowCount() - 1
    assert page.table.rowAt(page.table.viewport().height() - 2) in (last, -1)
    oldest = big_store.signals.ordered_ids(SignalFilter(), descending=True)[-1]
    assert page.model.row_at(last)["id"] == oldest
    assert page.model.index(last, 0).data()


def test_generator_builds_valid_searchable_data(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    path = tmp_path / "gen.db"
    generate(path, 1200)
    store = open_store(path)
    try:
        live = store.db.scalar("SELECT count(*) FROM signals WHERE deleted_at IS NULL")
        assert store.signals.count_matching(SignalFilter()) == live >= 1200
        assert store.signals.count_matching(SignalFilter(text="hangplek")) > 0
        rows = store.signals.page(SignalFilter(), limit=1)
        assert rows[0]["themes"]
        orphans = store.db.scalar(
            "SELECT count(*) FROM signals s WHERE NOT EXISTS (SELECT 1 FROM signal_themes st WHERE st.signal_id = s.id)"
        )
        assert orphans == 0
        assert store.db.scalar("PRAGMA integrity_check") == "ok"
        # the full-text trigger is back: a new signal is found by search
        add_signals(store, 1)
        assert store.signals.count_matching(SignalFilter(text="Signaal 0")) >= 1
        # the chart counts were made after the load and their trigger is back: the new signal is counted too
        from signaaltracker.store.signal_counts import differences

        assert differences(store.db.conn) == 0
    finally:
        store.close()
