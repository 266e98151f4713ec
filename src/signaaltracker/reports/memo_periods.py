"""Which intake periods a memo's table shows: those of its window plus earlier ones to compare with.

Periods are (start, end) with the end exclusive ("1 januari tot 1 mei"), as stored for intake figures.
No Qt, no reportlab.
"""

from __future__ import annotations

from datetime import date

Period = tuple[date, date]


def in_window(period: Period, window_from: date | None, window_to: date | None) -> bool:
    start, end = period
    return (window_to is None or start <= window_to) and (window_from is None or end > window_from)


def shown_periods(
    periods: list[Period], window_from: date | None, window_to: date | None, comparison: int | None
) -> list[Period]:
    """The periods of the window, plus earlier periods for comparison, in date order.

    ``comparison`` None: every earlier period that starts in the calendar year of the window's first period (or
    of the window's start when it holds none), and the one period before those. A number: that many earlier
    periods. 0: none. Periods after the window never appear.
    """
    ordered = sorted(set(periods))
    inside = [p for p in ordered if in_window(p, window_from, window_to)]
    first = inside[0][0] if inside else window_from
    if first is None:
        return inside
    earlier = [p for p in ordered if p[0] < first and p not in inside]
    if comparison is None:
        same_year = [p for p in earlier if p[0].year == first.year]
        before = [p for p in earlier if p not in same_year]
        chosen = before[-1:] + same_year
    else:
        chosen = earlier[len(earlier) - comparison :] if comparison else []
    return sorted(set(chosen + inside))
