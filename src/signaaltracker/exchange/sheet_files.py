"""Spreadsheets a partner sends (XLSX, ODS), read row by row within fixed limits.

Before anything is parsed, the file is checked as a zip archive: its own size, the number of members, each
member's uncompressed size and compression ratio, and the total. Then the first sheet is streamed — openpyxl's
read-only mode for XLSX, an ``iterparse`` over ``content.xml`` for ODS — and reading stops as soon as the sheet
grows beyond the row, column or cell limits. Nothing holds the whole sheet in memory.

Why not python-calamine (which reads XLSX, XLS and ODS): it builds the sheet as one dense rectangle from the
first to the last used cell before returning anything, so a 5 kB file with a value in A1 and one in XFD1048576
asks for 512 GB and aborts the whole process (a Rust allocation failure, not a Python exception). ODS files
repeat rows and columns by attribute (LibreOffice writes ``number-rows-repeated="1048553"`` for the empty rest
of a sheet), which a dense reader expands as well; odfpy loads the whole document tree. XLS (Excel 97–2003) is
therefore not read: no maintained reader streams it, and the user is asked to save it as XLSX or ODS.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from signaaltracker.exchange.csv_text import FileFormatError

logger = logging.getLogger(__name__)

Cell = str | int | float | date | datetime | bool | None
SheetRow = tuple[int, list[Cell]]  # (row number as the spreadsheet shows it, cells from column A)

MAX_FILE_BYTES = 20_000_000  # the spreadsheet file itself
MAX_MEMBERS = 1_000  # files inside the zip
MAX_MEMBER_BYTES = 30_000_000  # one member, uncompressed (a sheet's XML)
MAX_TOTAL_BYTES = 80_000_000  # all members, uncompressed
MAX_RATIO = 100  # uncompressed : compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1_000_000
MAX_ROWS = 10_000  # rows of the sheet (an intake table has a few dozen, ten years in long form a few thousand)
MAX_COLUMNS = 200
MAX_CELLS = 100_000  # filled cells

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB" if size >= 1_000_000 else f"{size // 1000} kB"


def _refuse(path: Path, reason: str) -> FileFormatError:
    logger.info("refused %s: %s", path.name, reason)
    return FileFormatError(f"{path.name} wordt niet ingelezen: {reason}.")


def check_zip(path: Path) -> None:
    """FileFormatError (Dutch) when the archive is not one or exceeds a limit; nothing is decompressed."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileFormatError(f"{path.name} kan niet worden gelezen ({exc.strerror}).") from None
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"het bestand is {_mb(size)}, de grens is {_mb(MAX_FILE_BYTES)}")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise FileFormatError(f"{path.name} is geen leesbaar spreadsheetbestand (XLSX of ODS).") from None
    if len(members) > MAX_MEMBERS:
        raise _refuse(path, f"het bevat {len(members)} onderdelen (grens {MAX_MEMBERS})")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_BYTES:
            raise _refuse(
                path,
                f"het onderdeel {member.filename[:60]} is uitgepakt {_mb(member.file_size)} "
                f"(grens {_mb(MAX_MEMBER_BYTES)})",
            )
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise _refuse(
                path,
                f"het onderdeel {member.filename[:60]} pakt uit van {_mb(member.compress_size)} "
                f"tot {_mb(member.file_size)}; zo sterk gecomprimeerd is een echte spreadsheet niet",
            )
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, f"het is uitgepakt {_mb(total)} (grens {_mb(MAX_TOTAL_BYTES)})")


class _Counter:
    """Counts rows and filled cells while a sheet streams; refuses the file beyond the limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cells = 0

    def row(self, number: int, cells: list[Cell]) -> list[Cell]:
        end = len(cells)
        while end and (cells[end - 1] is None or cells[end - 1] == ""):
            end -= 1
        del cells[end:]
        if not cells:
            return cells
        if number > MAX_ROWS:
            raise _refuse(self.path, f"het werkblad heeft meer dan {MAX_ROWS:_} rijen".replace("_", "."))
        if len(cells) > MAX_COLUMNS:
            raise _refuse(self.path, f"het werkblad heeft meer dan {MAX_COLUMNS} kolommen")
        self.cells += sum(1 for c in cells if c is not None and c != "")
        if self.cells > MAX_CELLS:
            raise _refuse(self.path, f"het werkblad heeft meer dan {MAX_CELLS:_} gevulde cellen".replace("_", "."))
        return cells


def xlsx_rows(path: Path) -> Iterator[SheetRow]:
    """The first worksheet's rows, streamed (openpyxl read-only, values not formulas)."""
    check_zip(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip/xml errors of a damaged or foreign file
        logger.info("refused %s: %s", path.name, exc)
        raise FileFormatError(f"{path.name} is geen leesbaar Excel-bestand.") from None
    try:
        if not workbook.worksheets:
            raise FileFormatError(f"{path.name} bevat geen werkblad.")
        sheet = workbook.worksheets[0]
        declared_rows, declared_columns = sheet.max_row or 0, sheet.max_column or 0  # from <dimension>
        if declared_rows > MAX_ROWS or declared_columns > MAX_COLUMNS:
            raise _refuse(
                path,
                f"het werkblad is {declared_rows:_} rijen bij {declared_columns:_} kolommen "
                f"(grens {MAX_ROWS:_} bij {MAX_COLUMNS})".replace("_", "."),
            )
        counter = _Counter(path)
        width = declared_columns or None  # without a declared size rows are not padded (and checked as they come)
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=width), start=1):
                yield number, counter.row(number, [_plain(v) for v in values])
        except FileFormatError:
            raise
        except Exception as exc:  # a broken sheet XML found while streaming
            logger.info("refused %s while reading: %s", path.name, exc)
            raise FileFormatError(f"{path.name} is geen leesbaar Excel-bestand.") from None
    finally:
        workbook.close()


def _plain(value: object) -> Cell:
    """A cell value as the parsers know them; anything else (a time, a Decimal, rich text) as its text."""
    if value is None or isinstance(value, str | int | float | date):
        return value
    return str(value)


def _ods_value(cell: object) -> Cell:
    get = cell.get  # type: ignore[attr-defined]
    kind = get(f"{_OFFICE}value-type")
    if kind in ("float", "percentage", "currency"):
        raw = get(f"{_OFFICE}value") or ""
        try:
            number = float(raw)
        except ValueError:
            return raw
        return int(number) if number.is_integer() else number
    if kind == "date":
        raw = get(f"{_OFFICE}date-value") or ""
        try:
            return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
        except ValueError:
            return raw
    if kind == "boolean":
        return get(f"{_OFFICE}boolean-value") == "true"
    paragraphs = ["".join(p.itertext()) for p in cell.iter(f"{_TEXT}p")]  # type: ignore[attr-defined]
    text = "\n".join(paragraphs)
    return text if text else None


def ods_rows(path: Path) -> Iterator[SheetRow]:
    """The first table's rows of an OpenDocument spreadsheet, streamed from content.xml.

    Repeated empty rows and cells are counted, never expanded; a repeated filled cell or row counts against the
    limits once per repetition.
    """
    check_zip(path)
    from defusedxml.ElementTree import iterparse

    counter = _Counter(path)
    try:
        with zipfile.ZipFile(path) as archive:
            if "content.xml" not in archive.namelist():
                raise FileFormatError(f"{path.name} is geen leesbaar ODS-bestand (content.xml ontbreekt).")
            with archive.open("content.xml") as content:
                number = 0
                cells: list[Cell] = []
                for _event, element in iterparse(content, events=("end",)):
                    tag = element.tag
                    if tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                        value = _ods_value(element) if tag == f"{_TABLE}table-cell" else None
                        repeat = int(element.get(f"{_TABLE}number-columns-repeated", "1") or 1)
                        if value is None:  # empty cells repeated to the sheet's edge are not expanded
                            cells.extend([None] * min(repeat, MAX_COLUMNS + 1))
                        else:
                            if len(cells) + repeat > MAX_COLUMNS:
                                raise _refuse(path, f"het werkblad heeft meer dan {MAX_COLUMNS} kolommen")
                            cells.extend([value] * repeat)
                        element.clear()
                    elif tag == f"{_TABLE}table-row":
                        repeat = int(element.get(f"{_TABLE}number-rows-repeated", "1") or 1)
                        row = counter.row(number + 1, cells)
                        if not row:  # one empty row stands for all its repetitions
                            yield number + 1, []
                            number += repeat
                        else:
                            number += 1
                            yield number, row
                            for _ in range(repeat - 1):  # a filled row repeated counts against the limits each time
                                number += 1
                                yield number, counter.row(number, list(row))
                        cells = []
                        element.clear()
                    elif tag == f"{_TABLE}table":
                        return  # the first table only
    except FileFormatError:
        raise
    except Exception as exc:  # broken zip member or XML, forbidden DTD/entities (defusedxml)
        logger.info("refused %s while reading: %s", path.name, exc)
        raise FileFormatError(f"{path.name} is geen leesbaar ODS-bestand.") from None


def sheet_rows(path: Path) -> Iterator[SheetRow]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return xlsx_rows(path)
    if suffix == ".ods":
        return ods_rows(path)
    if suffix == ".xls":
        raise FileFormatError(
            f"{path.name} is een oud Excel-bestand (XLS). Open het in Excel of LibreOffice en sla het op als "
            "XLSX of ODS; dat formaat wordt veilig ingelezen."
        )
    raise FileFormatError(f"{path.name}: kies een CSV-, XLSX- of ODS-bestand.")
