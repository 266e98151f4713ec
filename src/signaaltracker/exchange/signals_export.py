"""Export of the signals list as shown (current filter, search and sort) to CSV or XLSX, with Dutch headers.

Signals of sharing level *vertrouwelijk* never leave the app unless the caller explicitly includes them.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, SourceKind, Trend
from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter

HEADERS = [
    ("id", "Nummer"),
    ("observed_on", "Waargenomen op"),
    ("recorded_at", "Vastgelegd op"),
    ("organisation", "Organisatie"),
    ("themes", "Thema's"),
    ("age_group", "Leeftijdsgroep"),
    ("setting", "Setting"),
    ("source_kind", "Soort bron"),
    ("trend", "Trend"),
    ("sharing_level", "Deelniveau"),
    ("status", "Status"),
    ("summary", "Samenvatting"),
]
_LABELLED = {
    "setting": Setting,
    "source_kind": SourceKind,
    "trend": Trend,
    "sharing_level": SharingLevel,
    "status": SignalStatus,
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_filter(flt: SignalFilter, include_confidential: bool) -> SignalFilter:
    """The filter an export runs: the one shown, minus *vertrouwelijk* unless it was opted in."""
    if include_confidential:
        return replace(flt, include_deleted=False)
    allowed = [lvl.value for lvl in SharingLevel if lvl is not SharingLevel.VERTROUWELIJK]
    levels = [lvl for lvl in flt.sharing_levels if lvl in allowed] if flt.sharing_levels else allowed
    return replace(flt, sharing_levels=levels or ["-"], include_deleted=False)


def export_rows(
    store: Store,
    flt: SignalFilter,
    sort: str = "observed_on",
    descending: bool = True,
    include_confidential: bool = False,
) -> Iterator[list]:
    """Rows of display values in header order (dates as ``date``, enums as Dutch labels)."""
    for row in store.signals.iter_rows(export_filter(flt, include_confidential), sort, descending):
        values = []
        for key, _title in HEADERS:
            value: Any = row.get(key)
            if key in _LABELLED and value:
                value = _LABELLED[key](value).label
            elif key == "observed_on":
                value = date.fromisoformat(value)
            elif key == "recorded_at":
                value = value[:16].replace("T", " ")
            values.append("" if value is None else value)
        yield values


def export_signals(
    store: Store,
    path: str | Path,
    flt: SignalFilter,
    sort: str = "observed_on",
    descending: bool = True,
    include_confidential: bool = False,
) -> int:
    """Write the list to ``path`` (.csv or .xlsx, by suffix). Returns the number of signals written."""
    path = Path(path)
    rows = export_rows(store, flt, sort, descending, include_confidential)
    write = _write_xlsx if path.suffix.lower() == ".xlsx" else _write_csv
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:  # written under a temporary name and moved into place when complete: never a half-written file
        count = write(temp, rows)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def _csv_safe(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text  # no formulas when opened in a spreadsheet


def _write_csv(path: Path, rows: Iterator[list]) -> int:
    count = 0
    # utf-8 with BOM and ';': what Dutch spreadsheet programs expect from a CSV file.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([title for _key, title in HEADERS])
        for row in rows:
            writer.writerow([_csv_safe(v) for v in row])
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[list]) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.worksheets[0]
    sheet.title = "Signalen"
    sheet.append([title for _key, title in HEADERS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in rows:
        count += 1
        sheet.append([_xlsx_value(v) for v in row])
        for cell in sheet[count + 1]:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"  # text that starts with '=' stays text
            if isinstance(cell.value, date):
                cell.number_format = "d-m-yyyy"
    sheet.freeze_panes = "A2"
    widths = {"A": 9, "B": 14, "C": 17, "D": 22, "E": 22, "F": 14, "G": 16, "H": 20, "I": 11, "J": 12, "K": 11, "L": 80}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    book.save(path)
    return count


def _xlsx_value(value: object) -> object:
    if isinstance(value, str):
        return "".join(c for c in value if c in "\t\n" or ord(c) >= 32)  # XML cannot hold control characters
    return value
