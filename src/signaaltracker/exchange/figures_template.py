"""A template for intake figures in the memo's layout, as XLSX or as a Dutch CSV (';', UTF-8 with BOM, CRLF).

The template reads back without errors: a title row, the header (type, leeftijd, one column per period), a row
per type and age group with empty (unknown) cells, a Totaal row (sums in the XLSX) and an explanation line.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from signaaltracker.domain.dates import format_period_nl

logger = logging.getLogger(__name__)

DEFAULT_TYPES = ("3MMC", "Cannabis", "Gamen", "Alcohol", "KOV", "Telefoon/social media")
DEFAULT_AGE_GROUPS = ("0-18", ">18")
DEFAULT_FOOTNOTES = {"KOV": "kinderen van ouders met verslavingsproblematiek"}
EXPLANATION = (
    "Uitleg: vul aantallen in; '-' is nul, een lege cel is onbekend. Een * achter een type verwijst naar "
    "een voetnootregel onder de tabel (*KOV: …); die tekst wordt de toelichting bij het type."
)


def template_rows(
    types: Sequence[str],
    age_groups: Sequence[str],
    periods: Sequence[tuple[date, date]],
    footnotes: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """The sheet; a type named in ``footnotes`` gets a '*' and a footnote line under the table."""
    footnotes = footnotes or {}
    header = ["Type", "Leeftijd", *(format_period_nl(start, end) for start, end in periods)]
    rows = [["Instroom naar aard van de verslaving"], header]
    for name in types:
        label = name + ("*" if name in footnotes else "")
        for index, age in enumerate(age_groups):
            rows.append([label if index == 0 else "", age, *([""] * len(periods))])
    rows.append(["Totaal", "", *([""] * len(periods))])
    rows.append([])
    rows += [[f"*{name}: {text}"] for name, text in footnotes.items() if name in types]
    rows.append([EXPLANATION])
    return rows


def _atomic_write(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_template(
    path: Path,
    types: Sequence[str] = DEFAULT_TYPES,
    age_groups: Sequence[str] = DEFAULT_AGE_GROUPS,
    periods: Sequence[tuple[date, date]] = (),
    footnotes: Mapping[str, str] | None = None,
) -> Path:
    """Write the template as XLSX (``.xlsx``) or Dutch CSV (any other suffix); returns the path."""
    if not periods:
        year = date.today().year
        periods = [(date(year, 1, 1), date(year, 5, 1))]
    if footnotes is None and tuple(types) == DEFAULT_TYPES:
        footnotes = DEFAULT_FOOTNOTES
    rows = template_rows(types, age_groups or DEFAULT_AGE_GROUPS, periods, footnotes)
    if path.suffix.lower() == ".xlsx":
        data = _xlsx_bytes(rows, len(types) * len(age_groups or DEFAULT_AGE_GROUPS), len(periods))
    else:
        text = io.StringIO()
        csv.writer(text, delimiter=";", lineterminator="\r\n").writerows(rows)
        data = text.getvalue().encode("utf-8-sig")
    _atomic_write(path, data)
    logger.info("intake template written to %s", path)
    return path


def _xlsx_bytes(rows: list[list[str]], data_rows: int, period_count: int) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.create_sheet("Instroom", 0)
    workbook.remove(workbook.worksheets[1])  # the default empty sheet
    for row in rows:
        sheet.append([value if value != "" else None for value in row])
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    total_row = 2 + data_rows + 1
    for offset in range(period_count):
        letter = get_column_letter(3 + offset)
        sheet[f"{letter}{total_row}"] = f"=SUM({letter}3:{letter}{total_row - 1})"
        sheet.column_dimensions[letter].width = 28
    sheet[f"A{total_row}"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 10
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
