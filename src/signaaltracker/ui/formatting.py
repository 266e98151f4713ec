"""Display helpers shared by the pages (only the UI needs them)."""

from __future__ import annotations

from datetime import date

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.ui.enum_labels import enum_label


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
            return enum_label(enum_type(value))
        except ValueError:
            return str(value)

    return fmt
