"""Importing EUDA wastewater files (European multi-city study): the all-data table and the site table.

all-data columns: Year, Metabolite, Site ID, Country, City, one column per weekday (Wednesday .. Tuesday),
Weekday mean, Weekend mean, Daily mean — loads in mg per 1000 inhabitants per day. An empty cell is a missing
value, never a zero. The same file imported twice adds nothing. A municipality's own measurements can use the
same columns (Site ID and Country may be left empty).
"""

from __future__ import annotations

import itertools
import logging
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.facts import WastewaterMeasurement
from signaaltracker.exchange.csv_text import FileFormatError, open_csv
from signaaltracker.exchange.figures_parse import RowError
from signaaltracker.exchange.numbers_nl import ENGLISH, guess_locale, parse_number
from signaaltracker.exchange.refusals import logs_refusals
from signaaltracker.store import Store
from signaaltracker.store.wastewater_data import SiteInfo, import_measurements, upsert_sites

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REQUIRED = ("Year", "Metabolite", "City", "Daily mean")
SITE_REQUIRED = ("SiteID", "City", "Latitude", "Longitude")
EUDA_SOURCE = "EUDA"
MAX_ROWS = 200_000  # the 2025 all-data file has 4,376 rows

logger = logging.getLogger(__name__)


@dataclass
class WastewaterFile:
    measurements: list[WastewaterMeasurement] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


@dataclass
class WastewaterImportResult:
    rows: int
    measurements: dict[str, int]
    sites: dict[str, int] | None


def _records(
    path: Path, required: tuple[str, ...], what: str, locale: list[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {column: stripped cell}) for every non-empty row; FileFormatError when columns are missing.

    The separator and encoding are detected (a file saved again by Dutch spreadsheet software has ';', a BOM,
    CRLF and decimal commas); ``locale`` receives the way the file writes its numbers, judged from its first
    thousand rows.
    """
    with open_csv(path, max_rows=MAX_ROWS) as table:
        rows = table.rows()
        header = [h.strip() for h in next(rows, [])]
        if not any(header):
            raise FileFormatError(f"{path.name} is leeg.")
        missing = [c for c in required if c not in header]
        if missing:
            raise FileFormatError(f"{path.name} mist de kolom(men) {', '.join(missing)}; is dit {what}?")
        first = list(itertools.islice(rows, 1000))
        locale.append(guess_locale((c for row in first for c in row), table.delimiter))
        logger.info("%s: numbers read as %s", path.name, locale[0])
        for number, cells in enumerate(itertools.chain(first, rows), start=2):
            if any(c.strip() for c in cells):
                yield number, {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}


def _number(text: str, label: str, locale: str = ENGLISH) -> float | None:
    text = text.strip()
    if text == "" or text.upper() in ("NA", "N/A"):
        return None
    try:
        number = float(parse_number(text, locale, exponent=True))
    except DomainError:
        raise DomainError(f"'{text[:40]}' is geen getal ({label}).") from None
    if not math.isfinite(number):
        raise DomainError(f"'{text[:40]}' is geen eindig getal ({label}).")
    return number


def _check_text(record: dict[str, str], columns: tuple[str, ...]) -> None:
    """Names are refused (by row) when they hold control or format characters (ESC, BEL, bidi overrides)."""
    for column in columns:
        value = record.get(column, "")
        if not value.isprintable():
            shown = "".join(c if c.isprintable() else "?" for c in value[:40])
            raise DomainError(f"'{shown}' bevat stuurtekens ({column}); verbeter het bestand.")


def parse_all_data(path: Path, source: str = EUDA_SOURCE) -> WastewaterFile:
    result = WastewaterFile()
    seen: dict[tuple[str, str, str], int] = {}
    locale: list[str] = []
    for number, record in _records(path, REQUIRED, "een EUDA all-data-bestand", locale):
        get = record.get

        def num(column: str, get: Callable[[str, str], str] = get) -> float | None:
            return _number(get(column, ""), column, locale[0])

        try:
            _check_text(record, ("Metabolite", "Site ID", "Country", "City"))
            year_text = get("Year", "")
            if not (year_text.isascii() and year_text.isdigit() and len(year_text) == 4):
                raise DomainError(f"'{year_text[:20]}' is geen jaartal.")
            key = (get("City", ""), get("Metabolite", ""), year_text)
            if key in seen:
                raise DomainError(
                    f"{key[0]}, {key[1]}, {key[2]} staat dubbel in het bestand (ook op regel {seen[key]})."
                )
            seen[key] = number
            days = tuple(num(d) for d in WEEKDAYS) if all(d in record for d in WEEKDAYS) else ()
            result.measurements.append(
                WastewaterMeasurement(
                    site=get("City", ""),
                    substance=get("Metabolite", ""),
                    year=int(year_text),
                    daily_mean=num("Daily mean"),
                    weekday_mean=num("Weekday mean"),
                    weekend_mean=num("Weekend mean"),
                    site_id=get("Site ID", ""),
                    country=get("Country", ""),
                    source=source,
                    day_means=days,
                )
            )
        except DomainError as exc:
            result.errors.append(RowError(number, exc.message))
    return result


def parse_site_table(path: Path) -> tuple[list[SiteInfo], list[RowError]]:
    found, errors = [], []
    locale: list[str] = []
    for number, record in _records(path, SITE_REQUIRED, "de EUDA-locatietabel", locale):
        get = record.get

        def num(column: str, get: Callable[[str, str], str] = get) -> float | None:
            return _number(get(column, ""), column, locale[0])

        try:
            _check_text(record, ("SiteID", "Country", "City", "Location"))
            population = num("Population")
            found.append(
                SiteInfo(
                    site_id=get("SiteID", ""),
                    country=get("Country", ""),
                    city=get("City", ""),
                    location=get("Location", ""),
                    latitude=num("Latitude"),
                    longitude=num("Longitude"),
                    population=None if population is None else int(population),
                )
            )
        except DomainError as exc:
            errors.append(RowError(number, exc.message))
    return found, errors


def default_site_table(all_data: Path) -> Path | None:
    """The site table next to an all-data file (ww2025-all-data.csv → ww2025-site-info-table.csv)."""
    candidates = sorted(all_data.parent.glob("*site-info*.csv"))
    return candidates[0] if candidates else None


@logs_refusals
def import_wastewater(
    store: Store, path: Path, site_info: Path | None = None, source: str = EUDA_SOURCE
) -> WastewaterImportResult:
    """Validate the whole file (and site table) first, then write everything in one transaction."""
    parsed = parse_all_data(path, source)
    sites, site_errors = parse_site_table(site_info) if site_info else ([], [])
    errors = parsed.errors + site_errors
    if errors:
        listed = "\n".join(str(e) for e in errors[:20])
        raise FileFormatError(
            f"{path.name} is niet ingelezen: {len(errors)} fout(en), er is niets opgeslagen.\n{listed}"
        )
    with store.db.transaction():
        site_counts = upsert_sites(store.db, sites, site_info.name) if site_info else None
        counts = import_measurements(store.db, parsed.measurements, path.name)
    return WastewaterImportResult(len(parsed.measurements), counts, site_counts)
