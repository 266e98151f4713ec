"""Display helpers shared by the pages (Qt-free, but only the UI needs them)."""

from __future__ import annotations

from datetime import date

from signaaltracker.domain.dates import format_date_nl


def date_nl(value: str | date | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return format_date_nl(value)


def label_of(enum_type):
    """A formatter that shows an enum's Dutch label for its stored value."""

    def fmt(value) -> str:
        if value is None or value == "":
            return ""
        try:
            return enum_type(value).label
        except ValueError:
            return str(value)

    return fmt
