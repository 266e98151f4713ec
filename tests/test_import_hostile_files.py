"""Property-based: random and hostile files fed to the figures (CSV, XLSX) and EUDA importers either import or
are refused with a Dutch message, and a refusal never leaves a partial import behind."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signaaltracker.domain.errors import DomainError
from signaaltracker.exchange.csv_text import FileFormatError
from signaaltracker.exchange.euda_import import import_wastewater
from signaaltracker.exchange.figures_import import ImportRejected, import_file
from signaaltracker.store import open_store
from signaaltracker.store.errors import StoreError

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
REFUSALS = (FileFormatError, ImportRejected, DomainError, StoreError)

HEADER = "verslaving,leeftijd,periode_van,periode_tot,aantal"
GOOD_ROW = ["3MMC", "0-18", "2024-01-01", "2024-05-01", "3"]
EUDA_HEADER = (
    '"Year","Metabolite","Site ID","Country","City","Wednesday","Thursday","Friday","Saturday","Sunday",'
    '"Monday","Tuesday","Weekday mean","Weekend mean","Daily mean"'
)
EUDA_ROW = ["2024", "MDMA", "NL099", "NL", "Emmeloord", "1", "2", "3", "4", "5", "6", "7", "2.5", "4.5", "3.3"]

hostile = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "-",
            "onbekend",
            "-1",
            "1e309",
            "inf",
            "NaN",
            "9" * 40,
            "2024-02-30",
            "31-12-2023",
            "\x00",
            "'; DROP TABLE figures; --",
            '=HYPERLINK("x")',
            "\u202e",
            "😀",
            "0-18",
            ">18",
            "2024-10-10",
            "Cannabis",
            "1 januari 2024",
            "²⁰²⁴",
            "x" * 5000,
        ]
    ),
)


def _snapshot(store) -> tuple:
    db = store.db
    return (
        db.query("SELECT * FROM figures ORDER BY id"),
        db.query("SELECT * FROM themes ORDER BY id"),
        db.query("SELECT * FROM wastewater ORDER BY id"),
        db.scalar("SELECT count(*) FROM audit_log"),
    )


@pytest.fixture
def fresh(demo_template):
    """A factory of private copies of the demo database (one per hypothesis example)."""
    folder = Path(tempfile.mkdtemp(prefix="hostile-files-"))

    def make():
        target = Path(tempfile.mkdtemp(dir=folder)) / "demo.db"
        shutil.copyfile(demo_template, target)
        return open_store(target), target.parent

    yield make
    shutil.rmtree(folder, ignore_errors=True)


def _write_csv(path: Path, header: str, good_rows: list[list[str]], hostile_rows: list[list[str]]) -> Path:
    """A CSV file: the header, some well-formed rows, then the hostile rows with every cell quoted."""
    lines = [header, *(",".join(row) for row in good_rows)]
    lines += [",".join('"' + c.replace('"', '""') + '"' for c in row) for row in hostile_rows]
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    return path


def _attempt(store, run) -> None:
    before = _snapshot(store)
    try:
        run()
    except REFUSALS as exc:
        assert exc.message.strip(), "a refusal carries a message"
        assert _snapshot(store) == before, "a refused import left something behind"


@SETTINGS
@given(rows=st.lists(st.lists(hostile, min_size=0, max_size=7), max_size=6), good=st.booleans())
def test_figures_csv(fresh, rows, good):
    store, folder = fresh()
    try:
        path = _write_csv(folder / "cijfers.csv", HEADER, [GOOD_ROW] if good else [], rows)
        _attempt(store, lambda: import_file(store, path))
    finally:
        store.close()


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_figures_random_bytes(fresh, data, suffix):
    store, folder = fresh()
    try:
        path = folder / f"cijfers{suffix}"
        path.write_bytes(data)
        _attempt(store, lambda: import_file(store, path))
    finally:
        store.close()


@SETTINGS
@given(
    cells=st.lists(
        st.lists(st.one_of(hostile, st.integers(-5, 10**12), st.floats(allow_nan=True)), min_size=1, max_size=5),
        min_size=1,
        max_size=8,
    ),
    header=st.lists(hostile, min_size=1, max_size=5),
)
def test_figures_xlsx(fresh, cells, header):
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    store, folder = fresh()
    try:
        book = Workbook()
        sheet = book.active

        def clean(values):  # characters a worksheet cannot hold at all are openpyxl's business, not ours
            return [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]

        sheet.append(clean(["", "leeftijd", "1 januari tot 1 mei 2024", *header]))
        for row in cells:
            sheet.append(clean(row))
        sheet.merge_cells("A2:A3")
        path = folder / "cijfers.xlsx"
        try:
            book.save(path)
        except Exception:  # openpyxl itself refuses some characters; that is not our importer
            return
        _attempt(store, lambda: import_file(store, path))
    finally:
        store.close()


@SETTINGS
@given(rows=st.lists(st.lists(hostile, min_size=0, max_size=16), max_size=5), good=st.booleans())
def test_euda_all_data(fresh, rows, good):
    store, folder = fresh()
    try:
        path = _write_csv(folder / "all-data.csv", EUDA_HEADER, [EUDA_ROW] if good else [], rows)
        _attempt(store, lambda: import_wastewater(store, path))
    finally:
        store.close()
