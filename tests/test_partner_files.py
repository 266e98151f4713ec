"""Partners' files as they really arrive: the memo-style table with a totals row, footnote, marker, merged and
blank cells (XLSX, ODS, Dutch CSV, UTF-16 tab text), EUDA files saved again by Dutch spreadsheet software."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from signaaltracker.domain.taxonomy import AgeGroup
from signaaltracker.exchange.csv_text import FileFormatError, open_csv
from signaaltracker.exchange.euda_import import parse_all_data, parse_site_table
from signaaltracker.exchange.figures_import import TotalsNotConfirmed, apply_plan, import_file, preview_file
from signaaltracker.exchange.figures_parse import parse_count, parse_file
from signaaltracker.store.aggregates import intake_grid

PERIODS = ("1 januari tot 1 mei 2024", "1-5-2024 t/m 9-10-2024", "okt–dec 2024")
PERIOD_DATES = [
    (date(2024, 1, 1), date(2024, 5, 1)),
    (date(2024, 5, 1), date(2024, 10, 10)),
    (date(2024, 10, 1), date(2025, 1, 1)),
]
# type as written (None: blank, carried down), age, three periods ("-" is zero, "" unknown)
TABLE = [
    ("3MMC", "0-18", 3, 3, 4),
    (None, ">18", 2, 4, 1),
    ("Cannabis", "0-18", 10, 11, 9),
    (None, ">18", "-", 2, ""),
    ("Gamen", "0-18", 3, 5, 2),
    (None, ">18", "-", 2, "-"),
    ("Alcohol", "0-18", 1, 1, 1),
    (None, ">18", "-", "-", 1),
    ("KOV*", "0-18", 1, "-", 1),
    (None, ">18", "-", "-", "-"),
    ("Telefoon/social\nmedia", "0-18", 3, 3, 2),
    (None, ">18", "-", 1, 1),
]
TOTALS = (23, 32, 22)
FOOTNOTE = "*KOV: kinderen van ouders met verslavingsproblematiek"


def table_rows(totals=TOTALS) -> list[list]:
    """The sheet as a partner makes it: a title, a blank row, the header, data, Totaal, blank, footnote."""
    rows: list[list] = [["Instroom Tactus naar aard van de verslaving"], [], ["Type", "Leeftijd", *PERIODS]]
    rows += [[t, a, *values] for t, a, *values in TABLE]
    rows += [["Totaal", None, *totals], [], [FOOTNOTE]]
    return rows


def write_xlsx(path: Path, totals=TOTALS) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in table_rows(totals):
        ws.append([None if v == "" else v for v in row])
    for first in range(4, 4 + len(TABLE), 2):  # the type merged over its two age rows
        ws.merge_cells(start_row=first, start_column=1, end_row=first + 1, end_column=1)
    wb.save(path)
    return path


def write_ods(path: Path, totals=TOTALS) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Instroom")
    for index, row in enumerate(table_rows(totals)):
        tr = TableRow()
        for column, value in enumerate(row):
            if value is None and column == 0 and 3 <= index < 3 + len(TABLE):
                tr.addElement(CoveredTableCell())  # the lower half of a merged type cell
            elif value is None or value == "":
                tr.addElement(TableCell())
            elif isinstance(value, int):
                cell = TableCell(valuetype="float", value=str(value))
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                for line in str(value).split("\n"):
                    cell.addElement(P(text=line))
                tr.addElement(cell)
        tr.addElement(TableCell(numbercolumnsrepeated="1000"))  # empty to the sheet's edge, as LibreOffice writes
        table.addElement(tr)
    table.addElement(TableRow(numberrowsrepeated="1048000"))  # the empty rest of the sheet
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def dutch_csv(rows: list[list], delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return out.getvalue()


@pytest.fixture
def intake_store(store):
    store.age_groups.add(AgeGroup("0-18", 0, 18, 1))
    store.age_groups.add(AgeGroup(">18", 19, None, 2))
    return store


def cells_of(parsed) -> dict:
    return {(r.indicator, r.age_group, r.start, r.end): r.value for r in parsed.rows}


def expected_cells() -> dict:
    result, current = {}, None
    for name, age, *values in TABLE:
        current = (name or current).replace("*", "").replace("\n", " ") if name else current
        for (start, end), value in zip(PERIOD_DATES, values, strict=True):
            result[(current, age, start, end)] = parse_count(value)
    return result


def test_memo_style_xlsx_imports_the_cells_and_checks_the_totals(intake_store, tmp_path):
    path = write_xlsx(tmp_path / "tactus.xlsx")
    parsed = parse_file(path)
    assert parsed.errors == []
    assert cells_of(parsed) == expected_cells()
    assert cells_of(parsed)[("Cannabis", ">18", date(2024, 10, 1), date(2025, 1, 1))] is None  # empty: unknown
    assert cells_of(parsed)[("Cannabis", ">18", date(2024, 1, 1), date(2024, 5, 1))] == 0  # "-": zero
    assert [str(t).split(": ", 1)[1] for t in parsed.totals] == [
        "Totaal klopt (23)",
        "Totaal klopt (32)",
        "Totaal klopt (22)",
    ]
    reasons = {s.row: s.reason for s in parsed.skipped}
    assert reasons[1] == "titel boven de tabel" and 2 not in reasons
    assert reasons[16] == "totaalrij" and reasons[17] == "lege rij" and reasons[18].startswith("voetnoot")
    assert parsed.descriptions == {"KOV": "kinderen van ouders met verslavingsproblematiek"}

    plan, counts = import_file(intake_store, path)
    assert counts["added"] == 36 and not plan.needs_confirmation
    assert "Totaal klopt (23)" in plan.details_text() and "lege rij" in plan.details_text()
    grid = intake_grid(intake_store.db, "Tactus verslavingszorg")
    assert [grid.column_total(p) for p in grid.periods] == [23, 32, 22]
    assert intake_store.themes.by_name("KOV").description == "kinderen van ouders met verslavingsproblematiek"


def test_the_same_table_as_ods_and_as_dutch_csv_gives_the_same_cells(tmp_path):
    expected = cells_of(parse_file(write_xlsx(tmp_path / "t.xlsx")))
    ods = parse_file(write_ods(tmp_path / "t.ods"))
    assert ods.errors == [] and cells_of(ods) == expected
    assert [t.ok for t in ods.totals] == [True, True, True]
    assert ods.descriptions == {"KOV": "kinderen van ouders met verslavingsproblematiek"}

    text = dutch_csv(table_rows())
    (tmp_path / "t.csv").write_bytes(text.encode("cp1252"))  # Excel's "CSV (;)" on a Dutch Windows
    parsed = parse_file(tmp_path / "t.csv")
    assert parsed.errors == [] and cells_of(parsed) == expected and len(parsed.totals) == 3

    (tmp_path / "t.txt").write_bytes(dutch_csv(table_rows(), "\t").encode("utf-16"))  # Excel's "Unicode text"
    parsed = parse_file(tmp_path / "t.txt")
    assert parsed.errors == [] and cells_of(parsed) == expected


def test_a_totals_row_that_does_not_match_blocks_until_confirmed(intake_store, tmp_path, run_cli):
    path = write_xlsx(tmp_path / "wrong.xlsx", totals=(24, 32, 22))
    plan = preview_file(intake_store, path)
    assert plan.ok and plan.needs_confirmation
    assert "Totaal in het bestand 24, som van de cellen 23 — controleer het bestand" in str(plan.totals_mismatch[0])
    before = intake_store.figures.count()
    with pytest.raises(TotalsNotConfirmed):
        apply_plan(intake_store, plan)
    assert intake_store.figures.count() == before
    assert apply_plan(intake_store, plan, accept_totals=True)["added"] == 36


def test_cli_refuses_a_wrong_total_unless_accepted(run_cli, demo_path, tmp_path):
    path = write_xlsx(tmp_path / "wrong.xlsx", totals=(24, 32, 22))
    result = run_cli("import-figures", "--db", demo_path, path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Totaal in het bestand 24, som van de cellen 23" in result.stderr and "--accept-totals" in result.stderr
    result = run_cli("import-figures", "--db", demo_path, path, "--accept-totals")
    assert result.returncode == 0, result.stderr
    assert "gewijzigd" in result.stdout


def test_long_form_as_utf16_tab_text(intake_store, tmp_path):
    lines = [
        "verslaving\tleeftijd\tperiode_van\tperiode_tot\taantal",
        "Cannabis\t0-18\t1-1-2024\t1-5-2024\t1.234",
        "Gamen\t>18\t2024-01-01\t2024-05-01\t-",
    ]
    path = tmp_path / "export.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # with BOM, little-endian: what Excel writes
    plan, counts = import_file(intake_store, path)
    assert counts["added"] == 2
    assert sorted(f.value for f in plan.figures) == [0, 1234]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("１２", 12),
        ("1.234", 1234),
        ("3,0", 3),  # full-width digits: NFKC makes them ASCII
    ],
)
def test_counts_people_mean(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["٣", "۴", "1e3", "NaN", "2,5", "1,234", "\x1b[31m3"])
def test_counts_nobody_means_are_refused(text):
    from signaaltracker.domain.errors import DomainError

    with pytest.raises(DomainError):
        parse_count(text)


def test_control_characters_and_implausible_periods(intake_store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "verslaving,leeftijd,periode_van,periode_tot,aantal\n"
        "Can\x1bnabis\x07,0-18,2024-01-01,2024-05-01,3\n"
        "Gamen,0-18,0001-01-01,9999-12-31,3\n",
        encoding="utf-8",
    )
    plan = preview_file(intake_store, path)
    assert [e.row for e in plan.errors] == [3] and "ligt niet tussen" in plan.errors[0].message
    assert plan.figures[0].indicator == "Cannabis"
    assert any("stuurtekens verwijderd" in n for n in plan.notes)
    path.write_text(
        "verslaving,leeftijd,periode_van,periode_tot,aantal\nCannabis,0-18,\x1b[2J2024-01-01,2024-05-01,3\x07\n",
        encoding="utf-8",
    )
    plan = preview_file(intake_store, path)
    assert plan.errors and all(e.message.isprintable() for e in plan.errors)


def test_euda_names_with_control_characters_are_refused_by_row(tmp_path):
    path = tmp_path / "all.csv"
    rows = [EUDA_ROWS[0], [*EUDA_ROWS[1][:4], "Zwo\x1blle", *EUDA_ROWS[1][5:]]]
    path.write_text(dutch_csv([EUDA_HEADER, *rows], ","), encoding="utf-8")
    parsed = parse_all_data(path)
    assert [e.row for e in parsed.errors] == [3] and "stuurtekens" in parsed.errors[0].message
    assert parsed.errors[0].message.isprintable()


EUDA_HEADER = [
    "Year",
    "Metabolite",
    "Site ID",
    "Country",
    "City",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Monday",
    "Tuesday",
    "Weekday mean",
    "Weekend mean",
    "Daily mean",
]
EUDA_ROWS = [
    [
        "2024",
        "MDMA",
        "NL001",
        "NL",
        "Zwolle",
        "8.82",
        "12.87",
        "",
        "28.11",
        "26.8",
        "10.5",
        "9.13",
        "10.27",
        "19.47",
        "15.53",
    ],
    ["2024", "Cocaine", "NL001", "NL", "Zwolle", "1234.56", "12", "3.4", "5", "6", "7", "8", "9", "10", "1500.25"],
    ["2023", "MDMA", "BE002", "BE", "Antwerpen", "", "", "", "", "", "", "", "", "", "0.5"],
]


def dutch(value: str) -> str:
    """How Dutch Excel writes a number back: decimal comma (and here and there a thousands dot)."""
    if not value or "." not in value:
        return value
    whole, fraction = value.split(".")
    if len(whole) > 3:
        whole = whole[:-3] + "." + whole[-3:]
    return f"{whole},{fraction}"


def test_euda_resaved_the_dutch_way_gives_the_same_rows(tmp_path):
    original = tmp_path / "ww-all-data.csv"
    with open(original, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(EUDA_HEADER)
        writer.writerows(EUDA_ROWS)
    resaved = tmp_path / "ww-all-data-nl.csv"
    text = dutch_csv([EUDA_HEADER] + [row[:5] + [dutch(v) for v in row[5:]] for row in EUDA_ROWS])
    resaved.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert b";" in resaved.read_bytes() and b"1.234,56" in resaved.read_bytes()
    first, second = parse_all_data(original), parse_all_data(resaved)
    assert first.errors == [] and second.errors == []
    assert len(first.measurements) == 3
    assert second.measurements == first.measurements
    assert first.measurements[1].day_means[2] == 1234.56  # Wednesday of the cocaine row

    sites = tmp_path / "site-info.csv"
    sites.write_bytes(
        "SiteID;Country;City;Location;Latitude;Longitude;Population\r\n"
        "NL001;NL;Zwolle;RWZI Zwolle;52,5168;6,0830;3e+05\r\n".encode("cp1252")
    )
    found, errors = parse_site_table(sites)
    assert errors == [] and found[0].latitude == 52.5168 and found[0].population == 300000


def test_utf16_euda_is_read(tmp_path):
    path = tmp_path / "all.txt"
    path.write_bytes(dutch_csv([EUDA_HEADER, *EUDA_ROWS], "\t").encode("utf-16"))
    parsed = parse_all_data(path)
    assert parsed.errors == [] and len(parsed.measurements) == 3


@pytest.mark.parametrize(
    "data, encoding, delimiter",
    [
        ("a;b\r\n1,5;2\r\n".encode("utf-8-sig"), "utf-8-sig", ";"),
        ("a\tb\nç\t2\n".encode("utf-16"), "utf-16", "\t"),
        ("a\tb\nç\t2\n".encode("utf-16-le"), "utf-16-le", "\t"),
        ('naam,plaats\n"Zoë, de",Urk\n'.encode("cp1252"), "cp1252", ","),
        ('naam;plaats\n"Zoë; de";Urk\n'.encode(), "utf-8", ";"),
    ],
)
def test_encoding_and_separator_are_detected(data, encoding, delimiter):
    with open_csv(data) as table:
        assert (table.encoding, table.delimiter) == (encoding, delimiter)
        rows = list(table.rows())
    assert len(rows) == 2 and len(rows[1]) == 2


def test_xls_is_refused_with_advice(tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    with pytest.raises(FileFormatError, match="XLSX of ODS"):
        parse_file(path)


def test_the_default_template_reads_back(tmp_path):
    from signaaltracker.exchange.figures_template import write_template

    for name in ("t.xlsx", "t.csv"):
        parsed = parse_file(write_template(tmp_path / name))
        assert parsed.errors == [] and len(parsed.rows) == 12
        assert parsed.descriptions == {"KOV": "kinderen van ouders met verslavingsproblematiek"}


@pytest.mark.parametrize(
    "content",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><x>&b;</x>',
        b"<office:document-content",  # broken XML
    ],
)
def test_hostile_ods_content_is_refused_cleanly(tmp_path, content):
    import zipfile

    path = tmp_path / "boos.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    with pytest.raises(FileFormatError, match="geen leesbaar ODS-bestand"):
        parse_file(path)
    (tmp_path / "geen.ods").write_bytes(b"just text")
    with pytest.raises(FileFormatError, match="geen leesbaar spreadsheetbestand"):
        parse_file(tmp_path / "geen.ods")
