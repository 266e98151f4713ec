"""Importing intake figures from CSV (long form) and XLSX (the memo's wide form), all or nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from signaaltracker.domain.taxonomy import AgeGroup
from signaaltracker.exchange.figures_import import ImportRejected, apply_plan, import_file, preview_file
from signaaltracker.exchange.figures_parse import parse_count, parse_period_header
from signaaltracker.store.aggregates import intake_grid

MEMO_ROWS = [  # type, (0-18 first period, second), (>18 first, second) — as printed in the memo
    ("3MMC", (3, 3), (2, 4)),
    ("Cannabis", (10, 11), ("-", 2)),
    ("Gamen", (3, 5), ("-", 2)),
    ("Alcohol", (1, 1), ("-", "-")),
    ("KOV*", (1, "-"), ("-", "-")),
    ("Telefoon/social\nmedia", (3, 3), ("-", 1)),
]


@pytest.fixture
def store_factory(tmp_path):
    from signaaltracker.store import open_store

    opened = []

    def make():
        s = open_store(tmp_path / f"other{len(opened)}.db")
        s.age_groups.add(AgeGroup("0-18", 0, 18, 1))
        s.age_groups.add(AgeGroup(">18", 19, None, 2))
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def empty_store(store):
    store.age_groups.add(AgeGroup("0-18", 0, 18, 1))
    store.age_groups.add(AgeGroup(">18", 19, None, 2))
    return store


def memo_xlsx(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Instroom Tactus naar aard van de verslaving"])
    ws.append([None, "leeftijd", "1 januari tot 1 mei 2024", "1 mei tot 10 oktober 2024"])
    for name, young, old in MEMO_ROWS:
        row = ws.max_row + 1
        ws.append([name, "0-18", *young])
        ws.append([None, ">18", *old])
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
    ws.append([None, None, 23, 32])
    ws.append(["*KOV: kinderen van ouders met verslavingsproblematiek"])
    wb.save(path)
    return path


def grid_table(store) -> dict:
    grid = intake_grid(store.db, "Tactus verslavingszorg")
    return {
        (i.name, a.label, p.start, p.end): grid.value(i.id, a.id, p)
        for i in grid.indicators
        for a in grid.age_groups
        for p in grid.periods
    }


def totals(store) -> list[int]:
    grid = intake_grid(store.db, "Tactus verslavingszorg")
    return [grid.column_total(p) for p in grid.periods]


def test_reference_csv_gives_the_memo_totals_and_reimport_changes_nothing(empty_store, test_data):
    csv_path = test_data / "reference" / "tactus-intake-2024.csv"
    plan, counts = import_file(empty_store, csv_path)
    assert counts == {"added": 24, "changed": 0, "unchanged": 0}
    assert plan.new_themes[0] == "3MMC" and len(plan.new_themes) == 6
    assert totals(empty_store) == [23, 32]
    audit_before = empty_store.audit.count()
    plan, counts = import_file(empty_store, csv_path)
    assert counts == {"added": 0, "changed": 0, "unchanged": 24}
    assert plan.new_themes == []
    assert empty_store.audit.count() == audit_before


def test_xlsx_in_memo_layout_gives_the_same_grid(empty_store, store_factory, test_data, tmp_path):
    import_file(empty_store, test_data / "reference" / "tactus-intake-2024.csv")
    expected = grid_table(empty_store)
    other = store_factory()
    plan, counts = import_file(other, memo_xlsx(tmp_path / "memo.xlsx"))
    assert plan.ok and counts["added"] == 24
    assert grid_table(other) == expected
    assert totals(other) == [23, 32]
    assert "Telefoon/social media" in {k[0] for k in expected}


def test_xlsx_on_the_demo_is_all_unchanged(demo_store, tmp_path):
    plan = preview_file(demo_store, memo_xlsx(tmp_path / "memo.xlsx"))
    assert plan.ok, plan.error_text()
    assert (plan.count("added"), plan.count("changed"), plan.count("unchanged")) == (0, 0, 24)


def test_preview_names_changed_values_and_writes_nothing(demo_store, tmp_path):
    path = tmp_path / "update.csv"
    path.write_text(
        "verslaving,leeftijd,periode_van,periode_tot,aantal\n"
        "3MMC,0-18,2024-01-01,2024-05-01,4\n"
        "3MMC,0-18,2024-10-10,2025-01-01,onbekend\n"
        "Cannabis,>18,2024-05-01,2024-10-10,2\n",
        encoding="utf-8",
    )
    before = demo_store.figures.count()
    plan = preview_file(demo_store, path)
    assert [f.status for f in plan.figures] == ["changed", "added", "unchanged"]
    assert plan.figures[0].old_value == 3 and plan.figures[1].value is None
    assert demo_store.figures.count() == before
    apply_plan(demo_store, plan)
    grid = intake_grid(demo_store.db, "Tactus verslavingszorg")
    assert len(grid.periods) == 3 and [grid.column_total(p) for p in grid.periods] == [24, 32, 0]


def dump(db_file: Path) -> bytes:
    import sqlite3

    conn = sqlite3.connect(db_file)
    try:
        return "\n".join(conn.iterdump()).encode()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "bad_line, expected",
    [
        ("Cannabis,0-18,2024-01-01,2024-05-01,tien", "'tien' is geen geldig aantal"),
        ("Cannabis,0-18,2024-05-01,2024-01-01,10", "eindigt"),
        ("Cannabis,12-16,2024-01-01,2024-05-01,10", "leeftijdsgroep '12-16' is onbekend"),
    ],
)
def test_bad_row_is_rejected_with_its_row_number_and_nothing_changes(
    demo_store, demo_path, tmp_path, bad_line, expected
):
    lines = (Path(__file__).parents[1] / "resources" / "demo" / "tactus-intake-2024.csv").read_text().splitlines()
    lines[0:1] = [lines[0], "Lachgas,0-18,2024-01-01,2024-05-01,7"]  # a good new row before the bad one
    lines.insert(5, bad_line)  # file row 6
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = dump(demo_path)
    plan = preview_file(demo_store, path)
    assert not plan.ok
    assert [e.row for e in plan.errors] == [6]
    assert expected in plan.errors[0].message
    with pytest.raises(ImportRejected) as caught:
        apply_plan(demo_store, plan)
    assert "Rij 6" in caught.value.message
    assert dump(demo_path) == before


def test_cli_import_figures_reports_bad_rows(run_cli, demo_path, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("verslaving,leeftijd,periode_van,periode_tot,aantal\n3MMC,0-18,2024-01-01,2024-05-01,x\n")
    result = run_cli("import-figures", "--db", demo_path, path)
    assert result.returncode == 1
    assert "Rij 2" in result.stderr and "Traceback" not in result.stderr
    good = tmp_path / "good.csv"
    shutil.copy(Path(__file__).parents[1] / "resources" / "demo" / "tactus-intake-2024.csv", good)
    result = run_cli("import-figures", "--db", demo_path, good)
    assert result.returncode == 0, result.stderr
    assert "0 nieuw, 0 gewijzigd, 24 ongewijzigd" in result.stdout


def test_value_and_header_parsing():
    assert parse_count("-") == 0 and parse_count("") is None and parse_count("onbekend") is None
    assert parse_count(3.0) == 3 and parse_count("12") == 12
    assert parse_period_header("1 januari tot 1 mei 2024") == (date(2024, 1, 1), date(2024, 5, 1))
    assert parse_period_header("1 november tot 1 maart 2025") == (date(2024, 11, 1), date(2025, 3, 1))
    # The store keeps the end exclusive ("tot 1 mei"): an inclusive "t/m 30-4" ends when May begins.
    assert parse_period_header("01-01-2024 t/m 30-04-2024") == (date(2024, 1, 1), date(2024, 5, 1))
    assert parse_period_header("1-1-2024 t/m 30-4-2024") == (date(2024, 1, 1), date(2024, 5, 1))
    assert parse_period_header("jan–apr 2024") == (date(2024, 1, 1), date(2024, 5, 1))
    assert parse_period_header("mei - sept 2024") == (date(2024, 5, 1), date(2024, 10, 1))
    assert parse_period_header("nov 2023 t/m feb 2024") == (date(2023, 11, 1), date(2024, 3, 1))
    assert parse_period_header("1-1-2024 - 1-5-2024") == (date(2024, 1, 1), date(2024, 5, 1))
    assert parse_period_header("Q2 2024") == (date(2024, 4, 1), date(2024, 7, 1))
    assert parse_period_header("leeftijd") is None and parse_period_header("Totaal") is None
