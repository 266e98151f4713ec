"""Dates as the coordinator writes them: "24 oktober 2024"; parsing of ISO and Dutch input."""

from __future__ import annotations

import re
from datetime import date, datetime

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.months import MONTHS_NL, month_number

__all__ = ["MONTHS_NL", "format_date_nl", "format_period_nl", "parse_date", "parse_optional_date"]


def format_date_nl(value: date) -> str:
    """24 oktober 2024 (no leading zero)."""
    return f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"


def format_period_nl(start: date, end: date) -> str:
    """The memo's column header style: "1 januari tot 1 mei 2024"."""
    if start.year == end.year:
        return f"{start.day} {MONTHS_NL[start.month - 1]} tot {format_date_nl(end)}"
    return f"{format_date_nl(start)} tot {format_date_nl(end)}"


_DUTCH = re.compile(r"^\s*(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\s*$", re.IGNORECASE)
_NUMERIC = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")  # 05112026: day, month, year as typed without separators


def parse_date(value: str | date, field: str = "datum") -> date:
    """Accept 2024-10-24, 24-10-2024, 5-11-2026, 24/10/2024, 05112026, "24 oktober 2024" or "5 nov 2026";
    DomainError otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        raise DomainError(f"Vul een {field} in.", field)
    try:
        if m := _NUMERIC.match(text) or _COMPACT.match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _DUTCH.match(text):
            month = month_number(m[2])
            if month is None:
                raise ValueError(m[2])
            return date(int(m[3]), month, int(m[1]))
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"'{text}' is geen geldige {field} (bijvoorbeeld 24-10-2024).", field) from None


def parse_optional_date(value: str | date | None, field: str = "datum") -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field)
