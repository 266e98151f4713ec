"""The chart aggregate (signal counts per day and theme): kept current by every kind of write, equal to a full
count of the register, rebuilt by ``check --repair-aggregates``, and what the charts read."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signaaltracker.domain.signals import Signal
from signaaltracker.exchange.full_export import export_document, import_document
from signaaltracker.store import open_store
from signaaltracker.store.aggregates import signals_per_month_by_theme, signals_per_theme
from signaaltracker.store.errors import StoreError
from signaaltracker.store.retention import anonymise, delete_for_retention
from signaaltracker.store.signal_counts import differences

FIRST_DAY = date(2023, 1, 1)


def full_count(db, start: date, end: date) -> dict[tuple[str, str], int]:
    """(month, theme) -> live signals, grouped over the whole register as the charts did before the aggregate."""
    rows = db.query(
        "SELECT substr(s.observed_on, 1, 7) AS month, t.name AS theme, count(*) AS n"
        " FROM signals s JOIN signal_themes st ON st.signal_id = s.id JOIN themes t ON t.id = st.theme_id"
        " WHERE s.deleted_at IS NULL AND s.observed_on >= ? AND s.observed_on <= ? GROUP BY month, t.name",
        (start.isoformat(), end.isoformat()),
    )
    return {(r["month"], r["theme"]): r["n"] for r in rows}


def charted(db, start: date, end: date) -> dict[tuple[str, str], int]:
    counts = signals_per_month_by_theme(db, start, end)
    return {
        (m, t): counts.counts[t][i] for t in counts.themes for i, m in enumerate(counts.months) if counts.counts[t][i]
    }


def per_theme_reference(db, start: date, end: date) -> dict[str, int]:
    rows = db.query(
        "SELECT t.name AS theme, count(*) AS n FROM signals s JOIN signal_themes st ON st.signal_id = s.id"
        " JOIN themes t ON t.id = st.theme_id WHERE s.deleted_at IS NULL AND s.observed_on >= ?"
        " AND s.observed_on <= ? GROUP BY t.name",
        (start.isoformat(), end.isoformat()),
    )
    return {r["theme"]: r["n"] for r in rows}


def assert_aggregate_is_exact(db) -> None:
    assert differences(db.conn) == 0
    start, end = FIRST_DAY, date.today()
    assert charted(db, start, end) == full_count(db, start, end)
    for window_start, window_end in ((date(2023, 2, 14), date(2023, 8, 13)), (date(2024, 4, 18), date.today())):
        assert signals_per_theme(db, window_start, window_end) == per_theme_reference(db, window_start, window_end)


def test_the_demo_world_is_counted(demo_store):
    assert demo_store.db.scalar("SELECT sum(n) FROM signal_counts") == demo_store.db.scalar(
        "SELECT count(*) FROM signal_themes st JOIN signals s ON s.id = st.signal_id WHERE s.deleted_at IS NULL"
    )
    assert_aggregate_is_exact(demo_store.db)


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "add",
                "add_many",
                "edit",
                "delete",
                "restore",
                "status",
                "anonymise",
                "retention_delete",
                "merge",
                "raw_day",
            ]
        ),
        st.integers(0, 600),  # a day offset
        st.lists(st.integers(0, 7), min_size=1, max_size=3),  # theme choices
        st.integers(0, 10_000),  # which signal
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_every_kind_of_write_keeps_the_aggregate_equal_to_a_full_count(demo_template, operations):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.db"
        path.write_bytes(demo_template.read_bytes())
        store = open_store(path)
        try:
            themes = [t.id for t in store.themes.list()]
            organisation = store.organisations.list()[0].id

            def pick(choices: list[int]) -> list[int]:
                return sorted({themes[c % len(themes)] for c in choices})

            def signal_ids(include_deleted: bool = True) -> list[int]:
                where = "" if include_deleted else " WHERE deleted_at IS NULL"
                return [r[0] for r in store.db.execute(f"SELECT id FROM signals{where} ORDER BY id")]

            for kind, offset, choices, which in operations:
                day = FIRST_DAY + timedelta(days=offset)
                ids = signal_ids()
                chosen = ids[which % len(ids)] if ids else None
                if kind == "add" or chosen is None:
                    store.signals.add(Signal(day, organisation, "Signaal uit de test.", theme_ids=pick(choices)))
                elif kind == "add_many":
                    store.signals.add_many(
                        [
                            Signal(day, organisation, "Een.", theme_ids=pick(choices)),
                            Signal(day, organisation, "Twee.", theme_ids=pick(choices[:1])),
                        ]
                    )
                elif kind == "edit":
                    signal = store.signals.get(chosen)
                    signal.observed_on, signal.theme_ids = day, pick(choices)
                    store.signals.update(signal)
                elif kind == "delete":
                    store.signals.soft_delete([chosen])
                elif kind == "restore":
                    store.signals.restore([chosen])
                elif kind == "status":
                    store.signals.set_status([chosen], "closed")
                elif kind == "anonymise":
                    anonymise(store.db, [chosen])
                elif kind == "retention_delete":
                    delete_for_retention(store.db, [chosen])
                elif kind == "merge":
                    source, target = pick(choices[:1])[0], pick([choices[-1] + 1])[0]
                    if source != target:
                        try:
                            store.themes.merge(source, target)
                        except StoreError:  # refused (figures for the same period): nothing changed
                            pass
                elif kind == "raw_day":  # SQL from elsewhere (a repair by hand) is followed too
                    with store.db.transaction():
                        store.db.execute("UPDATE signals SET observed_on = ? WHERE id = ?", (day.isoformat(), chosen))
            assert_aggregate_is_exact(store.db)
        finally:
            store.close()


def test_a_full_import_is_counted(demo_store, tmp_path):
    document = export_document(demo_store.db)
    target = open_store(tmp_path / "leeg.db")
    try:
        import_document(target.db, document)
        assert target.db.scalar("SELECT sum(n) FROM signal_counts") == demo_store.db.scalar(
            "SELECT sum(n) FROM signal_counts"
        )
        assert_aggregate_is_exact(target.db)
    finally:
        target.close()


def test_check_reports_a_wrong_aggregate_and_repair_rebuilds_it(demo_path, run_cli):
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE signal_counts SET n = n + 5 WHERE day = (SELECT min(day) FROM signal_counts)")
        conn.execute("DELETE FROM signal_counts WHERE day = (SELECT max(day) FROM signal_counts)")
    checked = run_cli("check", "--db", demo_path)
    assert checked.returncode != 0
    assert "--repair-aggregates" in checked.stderr
    repaired = run_cli("check", "--db", demo_path, "--repair-aggregates")
    assert repaired.returncode == 0, repaired.stderr
    assert "opnieuw geteld" in repaired.stdout
    again = run_cli("check", "--db", demo_path)
    assert again.returncode == 0, again.stderr
    store = open_store(demo_path)
    try:
        assert_aggregate_is_exact(store.db)
        assert store.audit.entries(limit=1)[0].action == "repair_aggregates"
    finally:
        store.close()
