"""Intake figures, stated facts and wastewater measurements."""

from __future__ import annotations

from typing import Any

from signaaltracker.domain.facts import Fact, Figure, WastewaterMeasurement
from signaaltracker.store.base import Repository, parse_date

DAY_COLUMNS = ("day_monday", "day_tuesday", "day_wednesday", "day_thursday", "day_friday", "day_saturday", "day_sunday")


class Figures(Repository[Figure]):
    table = "figures"
    columns = ("source", "indicator_id", "age_group_id", "period_start", "period_end", "value")
    entity_label = "cijfer"
    entity_article = "het"
    order_by = "period_start, period_end, indicator_id, age_group_id"

    def _from_row(self, row: dict[str, Any]) -> Figure:
        return Figure(
            row["source"],
            row["indicator_id"],
            row["age_group_id"],
            parse_date(row["period_start"]),
            parse_date(row["period_end"]),
            row["value"],
            row["id"],
        )

    def for_source(self, source: str | None = None) -> list[Figure]:
        return self.list() if source is None else self.list("source = ?", (source,))

    def sources(self) -> list[str]:
        return [r["source"] for r in self.db.query("SELECT DISTINCT source FROM figures ORDER BY source")]

    def find_key(self, figure: Figure) -> Figure | None:
        found = self.list(
            "source = ? AND indicator_id = ? AND age_group_id = ? AND period_start = ? AND period_end = ?",
            (
                figure.source,
                figure.indicator_id,
                figure.age_group_id,
                figure.period_start.isoformat(),
                figure.period_end.isoformat(),
            ),
        )
        return found[0] if found else None

    def upsert(self, figure: Figure) -> tuple[str, Figure]:
        """Add or change by natural key. Returns ("added" | "changed" | "unchanged", stored figure)."""
        existing = self.find_key(figure)
        if existing is None:
            return "added", self.add(figure)
        if existing.value == figure.value:
            return "unchanged", existing
        figure.id = existing.id
        return "changed", self.update(figure)


class Facts(Repository[Fact]):
    table = "facts"
    columns = ("stated_on", "source", "text", "in_memo", "position", "period_end")
    entity_label = "feit"
    entity_article = "het"
    order_by = "position, stated_on, id"

    def _from_row(self, row: dict[str, Any]) -> Fact:
        return Fact(
            parse_date(row["stated_on"]),
            row["source"],
            row["text"],
            bool(row["in_memo"]),
            row["position"],
            row["id"],
            parse_date(row.get("period_end")),
        )

    def for_memo(self) -> list[Fact]:
        return self.list("in_memo = 1")


class Wastewater(Repository[WastewaterMeasurement]):
    table = "wastewater"
    columns = (
        "site",
        "site_id",
        "country",
        "substance",
        "year",
        "period_start",
        "period_end",
        "daily_mean",
        "weekday_mean",
        "weekend_mean",
        "unit",
        "source",
    )
    entity_label = "rioolwatermeting"
    order_by = "substance, site, year"

    def _from_row(self, row: dict[str, Any]) -> WastewaterMeasurement:
        return WastewaterMeasurement(
            site=row["site"],
            substance=row["substance"],
            year=row["year"],
            daily_mean=row["daily_mean"],
            weekday_mean=row["weekday_mean"],
            weekend_mean=row["weekend_mean"],
            site_id=row["site_id"],
            country=row["country"],
            period_start=parse_date(row["period_start"]),
            period_end=parse_date(row["period_end"]),
            unit=row["unit"],
            source=row["source"],
            id=row["id"],
            day_means=_day_means(row),
        )

    def _values(self, obj: WastewaterMeasurement) -> dict[str, Any]:
        values = super()._values(obj)
        days = obj.day_means or (None,) * 7
        values.update(zip(DAY_COLUMNS, days, strict=True))
        return values

    def find_key(self, m: WastewaterMeasurement) -> WastewaterMeasurement | None:
        found = self.list(
            "source = ? AND site = ? AND substance = ? AND year = ?", (m.source, m.site, m.substance, m.year)
        )
        return found[0] if found else None

    def substances(self) -> list[str]:
        return [r["substance"] for r in self.db.query("SELECT DISTINCT substance FROM wastewater ORDER BY 1")]

    def sites(self) -> list[str]:
        return [r["site"] for r in self.db.query("SELECT DISTINCT site FROM wastewater ORDER BY 1")]


def _day_means(row: dict[str, Any]) -> tuple[float | None, ...]:
    days = tuple(row.get(c) for c in DAY_COLUMNS)
    return () if all(d is None for d in days) else days
