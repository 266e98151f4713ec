"""Reading intake-figure files into plain rows: CSV in long form, XLSX in the memo's wide form.

Nothing here touches the database; every problem becomes a ``RowError`` with the row number the user sees
(the header is row 1 of a CSV file; XLSX rows are numbered as in the spreadsheet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from signaaltracker.domain.dates import MONTHS_NL, parse_date
from signaaltracker.domain.errors import DomainError
from signaaltracker.exchange.csv_text import FileFormatError, read_rows

ZERO_MARKS = {"-", "–", "—"}
MISSING_MARKS = {"", "onbekend", "?", "n.b.", "nb"}

CSV_COLUMNS = {
    "indicator": ("verslaving", "indicator", "thema", "type", "soort"),
    "age_group": ("leeftijd", "leeftijdsgroep", "leeftijdscategorie"),
    "start": ("periode_van", "van", "begin", "startdatum", "periode_start"),
    "end": ("periode_tot", "tot", "einde", "einddatum", "periode_eind"),
    "value": ("aantal", "waarde", "value"),
    "source": ("bron", "source"),
}


@dataclass(frozen=True)
class ParsedRow:
    row: int
    indicator: str
    age_group: str
    start: date
    end: date
    value: int | None
    source: str | None = None


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"Rij {self.row}: {self.message}" if self.row else self.message


@dataclass
class ParsedFile:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def clean_label(value: object) -> str:
    """Collapse whitespace (a wrapped "Telefoon/social\\nmedia") and drop a footnote star ("KOV*")."""
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    return text.rstrip("*").strip()


def parse_count(value: object) -> int | None:
    """ "-" is zero, empty or "onbekend" is missing; otherwise a whole number of 0 or more (DomainError)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DomainError(f"'{value}' is geen geldig aantal.")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise DomainError(f"'{value}' is geen geheel aantal.")
        number = int(value)
    else:
        text = str(value).strip()
        if text.lower() in MISSING_MARKS:
            return None
        if text in ZERO_MARKS:
            return 0
        if not re.fullmatch(r"\d+", text):
            raise DomainError(f"'{text}' is geen geldig aantal (gebruik een getal, '-' voor nul of laat leeg).")
        number = int(text)
    if number < 0:
        raise DomainError(f"'{number}' is geen geldig aantal: aantallen zijn 0 of meer.")
    return number


_RANGE_SPLIT = re.compile(r"\s+(?:tot en met|tot|t/m|–|—|-)\s+", re.IGNORECASE)
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s+([a-z]+)\.?\s*$", re.IGNORECASE)


def _month_number(name: str) -> int | None:
    name = name.lower()
    for index, month in enumerate(MONTHS_NL, start=1):
        if month == name or (len(name) >= 3 and month.startswith(name)):
            return index
    return None


def parse_period_header(text: object) -> tuple[date, date] | None:
    """ "1 januari tot 1 mei 2024" (and "1-1-2024 - 1-5-2024", "2024-01-01 t/m 2024-05-01") as two dates.

    A start without a year takes the end's year (or the year before when that would not precede the end).
    Returns None when the text is not a period.
    """
    if not isinstance(text, str):
        return None
    parts = _RANGE_SPLIT.split(text.strip())
    if len(parts) != 2:
        return None
    try:
        end = parse_date(parts[1])
    except DomainError:
        return None
    match = _DAY_MONTH.match(parts[0])
    if match:
        month = _month_number(match[2])
        if month is None:
            return None
        try:
            start = date(end.year, month, int(match[1]))
            if start >= end:
                start = date(end.year - 1, month, int(match[1]))
        except ValueError:
            return None
        return start, end
    try:
        return parse_date(parts[0]), end
    except DomainError:
        return None


def parse_file(path: Path) -> ParsedFile:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return parse_csv(path.read_bytes())
    if suffix in (".xlsx", ".xlsm"):
        return parse_xlsx(path)
    raise FileFormatError(f"{path.name}: kies een CSV- of XLSX-bestand.")


def parse_csv(data: bytes) -> ParsedFile:
    rows = read_rows(data)
    reader = iter(rows)
    header = next(reader, None)
    if not header:
        raise FileFormatError("Het bestand is leeg.")
    names = [h.strip().lower() for h in header]
    columns: dict[str, int] = {}
    for key, aliases in CSV_COLUMNS.items():
        for alias in aliases:
            if alias in names:
                columns[key] = names.index(alias)
                break
    missing = [CSV_COLUMNS[k][0] for k in ("indicator", "age_group", "start", "end", "value") if k not in columns]
    if missing:
        raise FileFormatError(
            "De kopregel mist de kolom(men) " + ", ".join(missing)
            + " (verwacht: verslaving, leeftijd, periode_van, periode_tot, aantal)."
        )
    result = ParsedFile()
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue

        def cell(key: str, cells: list[str] = cells) -> str:
            index = columns.get(key)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        _add_row(result, number, cell("indicator"), cell("age_group"), cell("start"), cell("end"), cell("value"),
                 cell("source") or None)
    return result


def _add_row(result: ParsedFile, number: int, indicator: object, age: object, start: object, end: object,
             value: object, source: str | None = None) -> None:
    indicator_text, age_text = clean_label(indicator), clean_label(age)
    if not indicator_text:
        result.errors.append(RowError(number, "het type (verslaving) ontbreekt."))
        return
    if not age_text:
        result.errors.append(RowError(number, "de leeftijdsgroep ontbreekt."))
        return
    try:
        start_date = parse_date(start if isinstance(start, date) else str(start or ""), "begindatum")
        end_date = parse_date(end if isinstance(end, date) else str(end or ""), "einddatum")
        if end_date <= start_date:
            raise DomainError(
                f"de periode eindigt ({end_date.isoformat()}) voordat zij begint ({start_date.isoformat()})."
            )
        count = parse_count(value)
    except DomainError as exc:
        result.errors.append(RowError(number, exc.message[0].lower() + exc.message[1:]))
        return
    result.rows.append(ParsedRow(number, indicator_text, age_text, start_date, end_date, count, source))


def parse_xlsx(path: Path) -> ParsedFile:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=False, data_only=True)
    except Exception as exc:  # zip/xml errors of a damaged or foreign file
        raise FileFormatError(f"{path.name} is geen leesbaar Excel-bestand ({exc}).") from None
    sheet = workbook.worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    header_index, periods = _find_header(table)
    if header_index is None:
        raise FileFormatError(
            f"{path.name}: geen kopregel met perioden gevonden (bijvoorbeeld '1 januari tot 1 mei 2024')."
        )
    header = table[header_index]
    first_period = min(periods)
    result = ParsedFile()
    for column, (start, end) in list(periods.items()):
        if end <= start:
            message = f"de periode '{header[column]}' eindigt voordat zij begint."
            result.errors.append(RowError(header_index + 1, message))
            del periods[column]
    labels = [str(h or "").strip().lower() for h in header[:first_period]]
    age_col = next((i for i, h in enumerate(labels) if h.startswith("leeftijd")), min(1, first_period - 1))
    type_col = next((i for i in range(first_period) if i != age_col), 0)
    current_type: object = None
    for offset, cells in enumerate(table[header_index + 1:], start=header_index + 2):
        cells = cells + [None] * (len(header) - len(cells))
        type_cell, age_cell = cells[type_col], cells[age_col]
        values = [cells[c] for c in periods]
        has_values = any(v is not None and str(v).strip() != "" for v in values)
        if type_cell not in (None, ""):
            if str(type_cell).strip().startswith("*") or (age_cell in (None, "") and not has_values):
                continue  # a footnote such as "*KOV: kinderen van ouders met verslavingsproblematiek"
            current_type = type_cell
        elif age_cell in (None, ""):
            continue  # the totals row (or an empty one): totals are computed, not imported
        if age_cell in (None, "") and has_values:
            result.errors.append(RowError(offset, "de leeftijdsgroep ontbreekt."))
            continue
        for column, (start, end) in periods.items():
            _add_row(result, offset, current_type, age_cell, start, end, cells[column])
    return result


def _find_header(table: list[list]) -> tuple[int | None, dict[int, tuple[date, date]]]:
    for index, cells in enumerate(table[:20]):
        periods = {c: p for c, value in enumerate(cells) if (p := parse_period_header(value)) is not None}
        if periods and min(periods) >= 1:
            return index, periods
    return None, {}
