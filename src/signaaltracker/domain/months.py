"""Dutch month names: the one list the date code, the charts and the importers share."""

from __future__ import annotations

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# Abbreviations people write that are not simply the first letters of the name ("mrt" for maart).
_EXTRA_ABBREVIATIONS = {"mrt": 3, "sept": 9}


def month_number(name: str) -> int | None:
    """1..12 for a Dutch month name or its abbreviation ("jan", "mrt", "okt.", "September"); None otherwise.

    An abbreviation must have at least three letters ("ma" could be maart or mei's neighbour, so it is refused).
    """
    text = name.strip().rstrip(".").lower()
    if text in _EXTRA_ABBREVIATIONS:
        return _EXTRA_ABBREVIATIONS[text]
    if len(text) < 3:
        return None
    for index, month in enumerate(MONTHS_NL, start=1):
        if month.startswith(text):
            return index
    return None
