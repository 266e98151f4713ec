"""Periods as Dutch column headers write them, as (start, end) with the end exclusive (the store's convention:
"1 januari tot 1 mei 2024" ends when May begins).

- "1 januari tot 1 mei 2024", "1 november tot 1 maart 2025" (start year taken from the end): end as written;
- "1-1-2024 t/m 30-4-2024", "1 januari tot en met 30 april 2024": inclusive, so the end becomes 1 May;
- "1-1-2024 - 30-4-2024": a dash is read as "t/m", except between two firsts of a month ("1-1-2024 - 1-5-2024"),
  which people write for "tot";
- "jan–apr 2024", "januari t/m april 2024", "nov 2023 - feb 2024": whole months, end on the first of the month after;
- "Q1 2024", "1e kwartaal 2024": the quarter.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from signaaltracker.domain.dates import parse_date
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.months import month_number

FIRST_YEAR = 2000  # intake figures before this are not what a coordinator imports
YEARS_AHEAD = 1  # a period may end at most this many years after the current one

_SEPARATOR = re.compile(r"\s+(tot en met|t/m|tm|tot|–|—|-)\s+")
_DAY_MONTH = re.compile(r"(\d{1,2})\s+([a-z]+)\.?")
_DAY_MONTH_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})")
_MONTH_RANGE = re.compile(r"([a-z]+)\.?(?:\s+(\d{4}))?\s*(tot en met|t/m|tm|tot|–|—|-)\s*([a-z]+)\.?\s+(\d{4})")
_QUARTER = re.compile(r"(?:q([1-4])|([1-4])(?:e|ste)?\s+kwartaal)\s+(\d{4})")
_INCLUSIVE = {"tot en met", "t/m", "tm"}
_DASHES = {"–", "—", "-"}


def _first_of_next_month(year: int, month: int) -> date:
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2212", "-").lower()
    return re.sub(r"\s+", " ", text).strip()


def _month_range(match: re.Match[str]) -> tuple[date, date] | None:
    first, last = month_number(match[1]), month_number(match[4])
    if first is None or last is None:
        return None
    end_year = int(match[5])
    start_year = int(match[2]) if match[2] else (end_year if first <= last else end_year - 1)
    start = date(start_year, first, 1)
    end = date(end_year, last, 1) if match[3] == "tot" else _first_of_next_month(end_year, last)
    return start, end


def parse_period_header(value: object) -> tuple[date, date] | None:
    """The period a header cell names, or None when the cell is not a period (see the module text)."""
    if not isinstance(value, str):
        return None
    text = _normal(value)
    if not text or len(text) > 80:
        return None
    if match := _MONTH_RANGE.fullmatch(text):
        return _month_range(match)
    if match := _QUARTER.fullmatch(text):
        quarter, year = int(match[1] or match[2]), int(match[3])
        return date(year, 3 * quarter - 2, 1), _first_of_next_month(year, 3 * quarter)
    parts = _SEPARATOR.split(text)
    if len(parts) != 3:
        return None
    first, separator, last = parts
    try:
        end = parse_date(last)
        if match := _DAY_MONTH.fullmatch(first):
            month = month_number(match[2])
            if month is None:
                return None
            day = int(match[1])
        elif match := _DAY_MONTH_NUMERIC.fullmatch(first):
            day, month = int(match[1]), int(match[2])
        else:
            start = parse_date(first)
            day = month = 0
        if month:
            start = date(end.year, month, day)
            if start >= end:
                start = date(end.year - 1, month, day)
    except (DomainError, ValueError):
        return None
    inclusive = separator in _INCLUSIVE or (separator in _DASHES and not (start.day == 1 and end.day == 1))
    if inclusive:
        end += timedelta(days=1)
    return start, end


def check_plausible(start: date, end: date, today: date | None = None) -> None:
    """DomainError (Dutch) for a period that ends before it starts or lies outside the years a person means."""
    today = today or date.today()
    if end <= start:
        raise DomainError(f"de periode eindigt ({end.isoformat()}) voordat zij begint ({start.isoformat()}).")
    last = date(today.year + YEARS_AHEAD + 1, 1, 1)
    if start < date(FIRST_YEAR, 1, 1) or end > last:
        raise DomainError(
            f"de periode {start.isoformat()} tot {end.isoformat()} ligt niet tussen {FIRST_YEAR} en "
            f"{last.year - 1}; controleer de datums."
        )
