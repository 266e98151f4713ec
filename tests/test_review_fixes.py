"""Regression tests for faults found in review: one writer per database, demo --force, hostile import files."""

from __future__ import annotations

import sqlite3

import pytest

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.facts import Figure, WastewaterMeasurement
from signaaltracker.exchange.csv_text import FileFormatError, read_rows
from signaaltracker.store.lock import DatabaseLock


def test_cli_writers_are_refused_while_the_database_is_open_elsewhere(run_cli, demo_path, tmp_path):
    json_file = tmp_path / "x.json"
    assert run_cli("export", "--db", demo_path, "--out", json_file).returncode == 0
    before = demo_path.read_bytes()
    with DatabaseLock(demo_path):
        for args in (
            ("demo", "--db", demo_path, "--force"),
            ("export-memo", "--db", demo_path, "--out", tmp_path / "m.pdf"),
        ):
            result = run_cli(*args)
            assert result.returncode == 1, args
            assert "geopend in SignaalTracker" in result.stderr and "Traceback" not in result.stderr
        # readers still work
        assert run_cli("check", "--db", demo_path).returncode == 0
    assert demo_path.read_bytes() == before
    assert not (tmp_path / "m.pdf").exists()
    assert run_cli("export-memo", "--db", demo_path, "--out", tmp_path / "m.pdf").returncode == 0


def test_demo_force_keeps_the_old_database_and_refuses_foreign_files(run_cli, tmp_path, demo_path):
    result = run_cli("demo", "--db", demo_path, "--force")
    assert result.returncode == 0, result.stderr
    kept = list(tmp_path.glob("demo.vervangen-*.db"))
    assert len(kept) == 1 and "bewaard als" in result.stdout
    assert sqlite3.connect(kept[0]).execute("SELECT count(*) FROM signals").fetchone()[0] == 10

    thesis = tmp_path / "scriptie.docx"
    thesis.write_bytes(b"PK\x03\x04 not a database" * 100)
    before = thesis.read_bytes()
    result = run_cli("demo", "--db", thesis, "--force")
    assert result.returncode == 1 and "niet vervangen" in result.stderr
    assert thesis.read_bytes() == before
    assert not list(tmp_path.glob("scriptie*.part*"))


@pytest.mark.parametrize(
    "data",
    [
        b"a,b\n" + b"x" * 200_000 + b",1\n",  # a cell beyond the csv module's field limit
        b'a,b\n"unterminated\n' + b"y" * 300_000,  # an unterminated quote swallowing the file
    ],
)
def test_broken_csv_is_a_file_format_error(data):
    with pytest.raises(FileFormatError):
        read_rows(data)


def test_any_bytes_decode():
    assert read_rows(b"verslaving,leeftijd\n\x81\x8d\x8f,0-18\n")[1][1] == "0-18"


def test_infinite_and_huge_values_are_refused():
    for bad in (float("inf"), float("-inf"), float("nan")):
        with pytest.raises(DomainError):
            WastewaterMeasurement("Zwolle", "MDMA", 2024, daily_mean=bad)
    with pytest.raises(DomainError):
        Figure("Tactus", 1, 1, "2024-01-01", "2024-05-01", 2**63)


def test_euda_file_with_infinity_and_duplicates_is_rejected_by_row(tmp_path, demo_store):
    from signaaltracker.exchange.euda_import import parse_all_data

    path = tmp_path / "all.csv"
    header = (
        '"Year","Metabolite","Site ID","Country","City","Wednesday","Thursday","Friday","Saturday",'
        '"Sunday","Monday","Tuesday","Weekday mean","Weekend mean","Daily mean"\n'
    )
    path.write_text(
        header
        + '2024,"MDMA","NL001","NL","Zwolle",1,1,1,1,1,1,1,1,1,inf\n'
        + '2024,"MDMA","NL002","NL","Leeuwarden",1,1,1,1,1,1,1,1,1,2\n'
        + '2024,"MDMA","NL002","NL","Leeuwarden",1,1,1,1,1,1,1,1,1,3\n'
        + '²⁰²⁴,"MDMA","NL003","NL","Urk",1,1,1,1,1,1,1,1,1,3\n',
        encoding="utf-8",
    )
    parsed = parse_all_data(path)
    assert sorted(e.row for e in parsed.errors) == [2, 4, 5]


def test_suppression_refuses_overlapping_periods_that_would_leak_hidden_counts(run_cli, demo_path, tmp_path):
    """Jan–May shows "<5", May–Oct 8 and Jan–Oct 11 would give the hidden 3 away."""
    from datetime import date

    from signaaltracker.store import open_store

    store = open_store(demo_path)
    theme = store.themes.by_name("3MMC").id
    age = store.age_groups.by_label("0-18").id
    store.figures.add(Figure("Tactus verslavingszorg", theme, age, date(2024, 1, 1), date(2024, 10, 10), 6))
    store.close()
    out = tmp_path / "memo.pdf"
    result = run_cli("export-memo", "--db", demo_path, "--out", out, "--suppress-below", "5")
    assert result.returncode == 1 and "overlappen" in result.stderr
    assert not out.exists()
    assert run_cli("export-memo", "--db", demo_path, "--out", out).returncode == 0  # without suppression: fine
