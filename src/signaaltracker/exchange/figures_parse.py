"""Reading intake-figure files into plain rows: the long form (one figure per row) and the memo's table (one
column per period), from CSV, XLSX or ODS.

Nothing here touches the database; every problem becomes a ``RowError`` with the row number the user sees
(the header is row 1 of a CSV file; spreadsheet rows are numbered as in the spreadsheet). What is not data —
titles, blank rows, footnote lines, totals rows — is listed in ``ParsedFile.skipped``; totals rows are checked
against the sum of the cells (``ParsedFile.totals``).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from signaaltracker.domain.dates import format_date_nl, parse_date
from signaaltracker.domain.errors import DomainError
from signaaltracker.exchange.csv_text import FileFormatError, open_csv
from signaaltracker.exchange.numbers_nl import normalise, parse_whole_number
from signaaltracker.exchange.periods_nl import check_plausible, parse_period_header
from signaaltracker.exchange.sheet_files import Cell, sheet_rows

__all__ = [
    "FileFormatError",
    "ParsedFile",
    "ParsedRow",
    "RowError",
    "SkippedRow",
    "TotalsCheck",
    "clean_label",
    "parse_count",
    "parse_file",
    "parse_period_header",
    "parse_rows",
]

logger = logging.getLogger(__name__)

ZERO_MARKS = {"-", "–", "—"}
MISSING_MARKS = {"", "onbekend", "?", "n.b.", "nb"}
TOTAL_LABELS = {"totaal", "total", "totalen", "som", "eindtotaal", "totaal generaal", "subtotaal"}
MAX_CSV_ROWS = 50_000  # an intake file has dozens of rows; the long form of ten years of them a few thousand
HEADER_SEARCH_ROWS = 30  # the header row of a table lies within the first rows (titles above it)

CSV_COLUMNS = {
    "indicator": ("verslaving", "indicator", "thema", "type", "soort"),
    "age_group": ("leeftijd", "leeftijdsgroep", "leeftijdscategorie"),
    "start": ("periode_van", "van", "begin", "startdatum", "periode_start"),
    "end": ("periode_tot", "tot", "einde", "einddatum", "periode_eind"),
    "value": ("aantal", "waarde", "value"),
    "source": ("bron", "source"),
}

# A footnote marker after a label ("KOV*", "KOV¹", "KOV a)", "KOV (1)") and at the start of a footnote line.
_MARK = r"(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(?[a-z]\)|\(\d{1,2}\))"
_TRAILING_MARK = re.compile(r"(?:(?<=\S)\*+|(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s+\(?[a-z]\)|\s*\(\d{1,2}\))\s*$")
_LEADING_MARK = re.compile(rf"^\s*({_MARK})\s*(.+)$", re.DOTALL)


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

    def __post_init__(self) -> None:  # a cell's text echoed in a message never carries ESC or BEL to a terminal
        if not self.message.replace("\n", "").isprintable():
            shown = "".join(c if c.isprintable() or c == "\n" else "?" for c in self.message)
            object.__setattr__(self, "message", shown)

    def __str__(self) -> str:
        return f"Rij {self.row}: {self.message}" if self.row else self.message


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not data, with why: "lege rij", "titel", "voetnoot", "totaalrij"."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"Rij {self.row}: {self.reason}"


@dataclass(frozen=True)
class TotalsCheck:
    """A totals row's number for one period against the sum of the imported cells it covers."""

    row: int
    scope: str  # "" for the whole table, else the type whose subtotal it is
    start: date
    end: date
    in_file: int
    cell_sum: int

    @property
    def ok(self) -> bool:
        return self.in_file == self.cell_sum

    def __str__(self) -> str:
        where = f"Rij {self.row}, {format_date_nl(self.start)} tot {format_date_nl(self.end)}"
        if self.scope:
            where += f" ({self.scope})"
        if self.ok:
            return f"{where}: Totaal klopt ({self.cell_sum})"
        return (
            f"{where}: Totaal in het bestand {self.in_file}, som van de cellen {self.cell_sum} — controleer het bestand"
        )


@dataclass
class ParsedFile:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)  # type → footnote text
    notes: list[str] = field(default_factory=list)  # things changed on the way in (control characters)


def _strip_controls(text: str) -> tuple[str, bool]:
    """Drop control and format characters (ESC, BEL, bidi overrides); line breaks and tabs become spaces."""
    if text.isprintable():
        return text, False
    kept = []
    stripped = False
    for char in text:
        if char in "\t\r\n":
            kept.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf"):
            stripped = True
        else:
            kept.append(char)
    return "".join(kept), stripped


def clean_label(value: object) -> str:
    """Collapse whitespace (a wrapped "Telefoon/social\\nmedia"), drop control characters and a footnote
    marker ("KOV*", "KOV¹", "KOV a)")."""
    return _label(value)[0]


def _label(value: object) -> tuple[str, str, bool]:
    """(clean label, the footnote marker it carried or "", whether control characters were removed)."""
    if value is None:
        return "", "", False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text, stripped = _strip_controls(str(value))
    text = re.sub(r"\s+", " ", text).strip()
    marker = ""
    if match := _TRAILING_MARK.search(text):
        marker = match.group(0).strip().strip("()")
        text = text[: match.start()].strip()
    return text, marker, stripped


def _is_total(label: str) -> bool:
    return label.lower().rstrip(":").strip() in TOTAL_LABELS


def _empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_count(value: object) -> int | None:
    """ "-" is zero, empty or "onbekend" is missing; otherwise a whole number of 0 or more (DomainError).

    Text is NFKC-normalised, then must be ASCII digits (a thousands dot is fine: "1.234"); Arabic-Indic digits,
    fractions and exponents are refused.
    """
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
    elif isinstance(value, date):
        raise DomainError(f"'{value.isoformat()}' is een datum, geen aantal.")
    else:
        text = normalise(str(value))
        if text.lower() in MISSING_MARKS:
            return None
        if text in ZERO_MARKS:
            return 0
        try:
            number = parse_whole_number(text)
        except DomainError:
            shown = "".join(c if c.isprintable() else "?" for c in text[:40])
            raise DomainError(
                f"'{shown}' is geen geldig aantal (gebruik cijfers, '-' voor nul of laat leeg)."
            ) from None
    if number < 0:
        raise DomainError(f"'{number}' is geen geldig aantal: aantallen zijn 0 of meer.")
    return number


def parse_file(path: Path) -> ParsedFile:
    """Read a figures file of any accepted kind; FileFormatError (Dutch) when the file as a whole is wrong."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        with open_csv(path, max_rows=MAX_CSV_ROWS) as table:
            return parse_rows(enumerate(table.rows(), start=1), path.name)
    return parse_rows(sheet_rows(path), path.name)


def parse_csv(data: bytes) -> ParsedFile:
    with open_csv(data, max_rows=MAX_CSV_ROWS) as table:
        return parse_rows(enumerate(table.rows(), start=1), "Het bestand")


def parse_rows(rows: Iterable[tuple[int, Sequence[Cell]]], name: str) -> ParsedFile:
    """The long form when the first non-empty row names its columns, else the memo's table."""
    iterator = iter(rows)
    leading: list[tuple[int, list[Cell]]] = []
    for number, cells in iterator:
        leading.append((number, list(cells)))
        if any(not _empty(c) for c in cells):
            break
    if not leading or all(_empty(c) for c in leading[-1][1]):
        raise FileFormatError(f"{name} is leeg.")
    header_number, header = leading[-1]
    names = [str(h).strip().lower().lstrip("\ufeff") if h is not None else "" for h in header]
    columns: dict[str, int] = {}
    for key, aliases in CSV_COLUMNS.items():
        found = next((names.index(a) for a in aliases if a in names), None)
        if found is not None:
            columns[key] = found
    if {"indicator", "age_group", "start", "end", "value"} <= columns.keys():
        return _parse_long(iterator, columns)
    return _parse_table(leading, iterator, name)


def _parse_long(rows: Iterator[tuple[int, Sequence[Cell]]], columns: dict[str, int]) -> ParsedFile:
    result = ParsedFile()
    for number, cells in rows:
        if all(_empty(c) for c in cells):
            continue

        def cell(key: str, cells: Sequence[Cell] = cells) -> Cell:
            index = columns.get(key)
            value = cells[index] if index is not None and index < len(cells) else None
            return value.strip() if isinstance(value, str) else value

        source = clean_label(cell("source")) or None
        _add_row(
            result, number, cell("indicator"), cell("age_group"), cell("start"), cell("end"), cell("value"), source
        )
    return result


def _date_of(value: Cell, what: str) -> date:
    if isinstance(value, date):
        return parse_date(value, what)
    return parse_date(normalise(str(value or "")), what)


def _add_row(
    result: ParsedFile,
    number: int,
    indicator: Cell,
    age: Cell,
    start: Cell,
    end: Cell,
    value: Cell,
    source: str | None = None,
) -> ParsedRow | None:
    indicator_text, _, stripped_type = _label(indicator)
    age_text, _, stripped_age = _label(age)
    if stripped_type or stripped_age:
        note = f"Rij {number}: stuurtekens verwijderd uit '{indicator_text if stripped_type else age_text}'."
        if note not in result.notes[-1:]:
            result.notes.append(note)
    if not indicator_text:
        result.errors.append(RowError(number, "het type (verslaving) ontbreekt."))
        return None
    if not age_text:
        result.errors.append(RowError(number, "de leeftijdsgroep ontbreekt."))
        return None
    try:
        start_date, end_date = _date_of(start, "begindatum"), _date_of(end, "einddatum")
        check_plausible(start_date, end_date)
        count = parse_count(value)
    except DomainError as exc:
        result.errors.append(RowError(number, exc.message[0].lower() + exc.message[1:]))
        return None
    row = ParsedRow(number, indicator_text, age_text, start_date, end_date, count, source)
    result.rows.append(row)
    return row


@dataclass
class _Layout:
    type_col: int
    age_col: int
    periods: dict[int, tuple[date, date]]


def _find_header(candidates: list[tuple[int, list[Cell]]]) -> tuple[int, dict[int, tuple[date, date]]] | None:
    for index, (_, cells) in enumerate(candidates):
        periods = {c: p for c, value in enumerate(cells) if c >= 1 and (p := parse_period_header(value))}
        if periods:
            return index, periods
    return None


def _parse_table(
    leading: list[tuple[int, list[Cell]]], rows: Iterator[tuple[int, Sequence[Cell]]], name: str
) -> ParsedFile:
    candidates = list(leading)
    found = _find_header(candidates)
    while found is None and len(candidates) < HEADER_SEARCH_ROWS:
        following = next(rows, None)
        if following is None:
            break
        candidates.append((following[0], list(following[1])))
        found = _find_header(candidates)
    if found is None:
        raise FileFormatError(
            f"{name}: geen kopregel met perioden gevonden (bijvoorbeeld '1 januari tot 1 mei 2024' of "
            "'jan–apr 2024'), en ook geen kolommen verslaving, leeftijd, periode_van, periode_tot, aantal."
        )
    header_index, periods = found
    header_number, header = candidates[header_index]
    result = ParsedFile()
    for number, cells in candidates[:header_index]:
        if any(not _empty(c) for c in cells):
            result.skipped.append(SkippedRow(number, "titel boven de tabel"))
    for column, (start, end) in list(periods.items()):
        try:
            check_plausible(start, end)
        except DomainError as exc:
            result.errors.append(RowError(header_number, f"kolom '{clean_label(header[column])}': {exc.message}"))
            del periods[column]
    first_period = min(periods) if periods else 1
    labels = [clean_label(h).lower() for h in header[:first_period]]
    age_col = next((i for i, h in enumerate(labels) if h.startswith("leeftijd")), first_period - 1)
    type_col = next((i for i in range(first_period) if i != age_col), None)
    if type_col is None:
        raise FileFormatError(
            f"{name}: de tabel heeft links van de perioden een kolom voor het type en een voor de leeftijd nodig."
        )
    layout = _Layout(type_col, age_col, periods)
    remaining = [(n, c) for n, c in candidates[header_index + 1 :]]
    _read_body(result, layout, _chain(remaining, rows), header)
    return result


def _chain(
    first: list[tuple[int, list[Cell]]], rest: Iterator[tuple[int, Sequence[Cell]]]
) -> Iterator[tuple[int, Sequence[Cell]]]:
    yield from first
    yield from rest


def _read_body(
    result: ParsedFile, layout: _Layout, rows: Iterator[tuple[int, Sequence[Cell]]], header: list[Cell]
) -> None:
    current_type = ""
    markers: dict[str, str] = {}  # type → its footnote marker
    footnotes: dict[str, str] = {}  # marker → footnote text
    blank: list[int] = []
    data_rows: list[ParsedRow] = []  # since the last whole-table totals row
    width = max(layout.periods) + 1
    for number, raw in rows:
        cells = list(raw) + [None] * (width - len(raw))
        if all(_empty(c) for c in cells):
            blank.append(number)
            continue
        result.skipped.extend(SkippedRow(n, "lege rij") for n in blank)
        blank = []
        type_text, type_marker, _ = _label(cells[layout.type_col])
        age_text, _, _ = _label(cells[layout.age_col])
        values = {c: cells[c] for c in layout.periods}
        has_values = any(not _empty(v) for v in values.values())
        if _is_total(type_text) or _is_total(age_text) or (not type_text and not age_text and has_values):
            scope = current_type if (_is_total(age_text) and not _is_total(type_text)) else ""
            if type_text and not _is_total(type_text):
                scope = type_text
            covered = [r for r in data_rows if not scope or r.indicator == scope]
            _check_totals(result, number, scope, layout, values, covered)
            result.skipped.append(SkippedRow(number, "totaalrij" + (f" van {scope}" if scope else "")))
            if not scope:
                data_rows = []
                current_type = ""
            continue
        if not has_values and not age_text:
            first = next(str(c) for c in cells if not _empty(c))
            if match := _LEADING_MARK.match(first.strip()):
                marker, text = match[1].strip("()"), re.sub(r"\s+", " ", match[2]).strip()
                footnotes[marker] = text
                result.skipped.append(SkippedRow(number, f"voetnoot: {match[1]}{text}"[:120]))
            else:
                result.skipped.append(SkippedRow(number, f"regel zonder cijfers: {clean_label(first)[:80]}"))
            continue
        if type_text:
            current_type = type_text
            if type_marker:
                markers[type_text] = type_marker
        if not current_type:
            result.errors.append(RowError(number, "het type (verslaving) ontbreekt."))
            continue
        if not age_text:
            result.errors.append(RowError(number, "de leeftijdsgroep ontbreekt."))
            continue
        for column, (start, end) in layout.periods.items():
            added = _add_row(result, number, current_type, cells[layout.age_col], start, end, cells[column])
            if added is not None:
                data_rows.append(added)
    for type_name, marker in markers.items():
        note = footnotes.get(marker)
        if note:
            description = re.sub(rf"^{re.escape(type_name)}\s*[:=–-]\s*", "", note, flags=re.IGNORECASE)
            result.descriptions[type_name] = description.strip()


def _check_totals(
    result: ParsedFile, number: int, scope: str, layout: _Layout, values: dict[int, Cell], covered: list[ParsedRow]
) -> None:
    for column, (start, end) in layout.periods.items():
        try:
            in_file = parse_count(values[column])
        except DomainError as exc:
            result.errors.append(RowError(number, "totaal: " + exc.message[0].lower() + exc.message[1:]))
            continue
        if in_file is None:
            continue
        cell_sum = sum(r.value or 0 for r in covered if r.start == start and r.end == end)
        result.totals.append(TotalsCheck(number, scope, start, end, in_file, cell_sum))
