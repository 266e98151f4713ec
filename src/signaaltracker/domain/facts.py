"""Hard facts: intake figures per period, stated facts, wastewater measurements."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.validation import optional_date, period, real_date, required_text

MAX_COUNT = 1_000_000_000  # far above any intake count; keeps values inside SQLite's integer range


@dataclass
class Figure:
    """One count, e.g. Tactus intakes for 3-MMC, age 0-18, 1 Jan – 1 May 2024.

    ``value`` None means explicitly missing ("onbekend"); 0 is a real zero (printed "-").
    """

    source: str
    indicator_id: int
    age_group_id: int
    period_start: date
    period_end: date
    value: int | None
    id: int | None = None

    def __post_init__(self) -> None:
        self.source = required_text(self.source, "de bron", 200)
        if self.indicator_id is None or self.age_group_id is None:
            raise DomainError("Een cijfer hoort bij een thema en een leeftijdsgroep.", "indicator")
        self.period_start = real_date(self.period_start, "begindatum")
        self.period_end = real_date(self.period_end, "einddatum")
        period(self.period_start, self.period_end)
        if self.value is not None and (
            isinstance(self.value, bool) or not isinstance(self.value, int) or not 0 <= self.value <= MAX_COUNT
        ):
            raise DomainError(
                f"'{self.value}' is geen geldig aantal: gebruik een geheel getal van 0 of meer, "
                "of laat het leeg als het onbekend is.",
                "aantal",
            )


@dataclass
class Fact:
    """A stated fact, dated (``stated_on``) or covering a period (``stated_on`` up to and including
    ``period_end``). A memo shows the facts of its window; ``in_memo`` False keeps a fact out unless a memo ticks
    it in."""

    stated_on: date
    source: str
    text: str
    in_memo: bool = True
    position: int = 0
    id: int | None = None
    period_end: date | None = None

    def __post_init__(self) -> None:
        self.stated_on = real_date(self.stated_on, "datum")
        self.period_end = optional_date(self.period_end, "einddatum")
        if self.period_end is not None and self.period_end < self.stated_on:
            raise DomainError("De einddatum van het feit ligt vóór de begindatum.", "einddatum")
        self.source = required_text(self.source, "de bron", 200)
        self.text = required_text(self.text, "de tekst van het feit", 5000)
        self.in_memo = bool(self.in_memo)

    def overlaps(self, start: date | None, end: date | None) -> bool:
        """Whether the fact's date or period lies (partly) inside [start, end]; open bounds allowed."""
        last = self.period_end or self.stated_on
        return (start is None or last >= start) and (end is None or self.stated_on <= end)


@dataclass
class WastewaterMeasurement:
    """Yearly (or per sampling period) mean loads, in mg per 1000 inhabitants per day. None = missing."""

    site: str
    substance: str
    year: int
    daily_mean: float | None = None
    weekday_mean: float | None = None
    weekend_mean: float | None = None
    site_id: str = ""
    country: str = ""
    period_start: date | None = None
    period_end: date | None = None
    unit: str = "mg/1000 inw/dag"
    source: str = "EUDA"
    id: int | None = None
    day_means: tuple[float | None, ...] = field(default=())  # Monday .. Sunday when known; None = missing

    def __post_init__(self) -> None:
        self.site = required_text(self.site, "de meetplaats", 200)
        self.day_means = tuple(self.day_means)
        if self.day_means and len(self.day_means) != 7:
            raise DomainError("Geef een vracht per weekdag (maandag tot en met zondag) of geen.", "vracht")
        self.substance = required_text(self.substance, "de stof", 100)
        if isinstance(self.year, bool) or not isinstance(self.year, int) or not 1990 <= self.year <= 2100:
            raise DomainError(f"'{self.year}' is geen geldig jaar.", "jaar")
        for name in ("daily_mean", "weekday_mean", "weekend_mean"):
            setattr(self, name, _load(getattr(self, name)))
        self.day_means = tuple(_load(v) for v in self.day_means)
        self.source = required_text(self.source, "de bron", 200)
        self.unit = required_text(self.unit, "de eenheid", 50)
        period(self.period_start, self.period_end, "meetperiode")


def _load(value: float | None) -> float | None:
    """A mean load (mg/1000 inhabitants/day) as float; None stays None (missing, never zero)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise DomainError(f"'{value}' is geen geldige vracht.", "vracht")
    return float(value)
