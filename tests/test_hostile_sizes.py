"""Hostile sizes: compressed bombs and oversized sheets are refused in Dutch, without a traceback, using little
memory and CPU — measured with ``resource`` in the child process that runs the import."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from conftest import cli_env

MAX_RSS_MB = 300
MAX_CPU_S = 10

# Linux keeps a process's peak RSS across fork and exec, so a child of the (large) pytest process would report
# pytest's own peak. A small launcher process starts the import and reads its child's figures with
# RUSAGE_CHILDREN: that child was forked from the launcher, so its ru_maxrss is the import's alone.
LAUNCHER = """
import json, resource, subprocess, sys
result = subprocess.run([sys.executable, "-m", "signaaltracker", *sys.argv[1:]], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(result.stderr)
print(json.dumps({"status": result.returncode, "rss_mb": usage.ru_maxrss / 1024,
                  "cpu_s": usage.ru_utime + usage.ru_stime}))
"""


def run_import(db: Path, path: Path) -> tuple[dict, str]:
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, "import-figures", "--db", str(db), str(path), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=300,
        env=cli_env(),
    )
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    return measured, result.stderr


def small_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Type", "Leeftijd", "1 januari tot 1 mei 2024"])
    ws.append(["3MMC", "0-18", 3])
    wb.save(path)
    return path


def replace_member(path: Path, name: str, write) -> Path:
    """Rewrite the zip with ``name`` produced by ``write(handle)`` (streamed, so the test stays small too)."""
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename == name:
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                with new.open(info, "w", force_zip64=True) as handle:
                    write(handle, old.read(name))
            else:
                new.writestr(item, old.read(item.filename))
    source.unlink()
    return path


def padded_sheet(megabytes: int):
    def write(handle, original: bytes) -> None:
        head, tail = original.split(b"<sheetData>")
        handle.write(head + b"<sheetData>")
        block = b" " * 1_000_000
        for _ in range(megabytes):
            handle.write(block)
        handle.write(tail)

    return write


def bomb(tmp_path: Path) -> Path:
    """2 kB of zip that is 200 MB of sheet XML (the report: 2.4 MB → 641 MB pushed memory past 6 GB)."""
    path = small_workbook(tmp_path / "bomb.xlsx")
    return replace_member(path, "xl/worksheets/sheet1.xml", padded_sheet(200))


def ratio_bomb(tmp_path: Path) -> Path:
    """Under the size limit, but 5 MB that packs into a few kB."""
    path = small_workbook(tmp_path / "ratio.xlsx")
    return replace_member(path, "xl/worksheets/sheet1.xml", padded_sheet(5))


def corner_sheet(tmp_path: Path) -> Path:
    """Two cells, A1 and XFD1048576: a dense reader would allocate the whole sheet."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Type"
    ws.cell(row=1_048_576, column=16_384, value=1)
    path = tmp_path / "corner.xlsx"
    wb.save(path)
    return path


def undeclared_long_sheet(tmp_path: Path) -> Path:
    """15,000 filled rows and no <dimension>: the limit has to hold while streaming."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Type", "Leeftijd", "1 januari tot 1 mei 2024"])
    for index in range(15_000):
        ws.append([f"Type {index}", "0-18", index])
    path = tmp_path / "long.xlsx"
    wb.save(path)

    def write(handle, original: bytes) -> None:
        handle.write(re.sub(rb"<dimension[^>]*/>", b"", original))

    return replace_member(path, "xl/worksheets/sheet1.xml", write)


def repeated_ods(tmp_path: Path) -> Path:
    """A filled row repeated a million times (ODS says so in one attribute)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Blad1")
    header = TableRow()
    for text in ("Type", "Leeftijd", "1 januari tot 1 mei 2024"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=text))
        header.addElement(cell)
    table.addElement(header)
    row = TableRow(numberrowsrepeated="1000000")
    for text in ("3MMC", "0-18"):
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=text))
        row.addElement(cell)
    row.addElement(TableCell(valuetype="float", value="3", numbercolumnsrepeated="16000"))
    table.addElement(row)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "repeated.ods"
    doc.save(str(path))
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    "make, expected",
    [
        (bomb, "uitgepakt"),
        (ratio_bomb, "zo sterk gecomprimeerd"),
        (corner_sheet, "rijen bij"),
        (undeclared_long_sheet, "meer dan 10.000 rijen"),
        (repeated_ods, "kolommen"),
    ],
)
def test_hostile_spreadsheets_are_refused_quickly_in_little_memory(demo_path, tmp_path, make, expected):
    path = make(tmp_path)
    assert path.stat().st_size < 2_000_000
    measured, stderr = run_import(demo_path, path)
    assert measured["status"] == 1
    assert expected in stderr and "wordt niet ingelezen" in stderr
    assert "Traceback" not in stderr
    assert measured["rss_mb"] < MAX_RSS_MB, measured
    assert measured["cpu_s"] < MAX_CPU_S, measured


def test_a_real_table_in_a_spreadsheet_still_reads_in_little_memory(demo_path, tmp_path):
    measured, stderr = run_import(demo_path, small_workbook(tmp_path / "ok.xlsx"))
    assert measured["status"] == 0, stderr
    assert measured["rss_mb"] < MAX_RSS_MB
