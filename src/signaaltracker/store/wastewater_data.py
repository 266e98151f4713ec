"""Wastewater in bulk: the EUDA site table, importing thousands of yearly means at once, series for charts.

A bulk import writes one audit row for the whole file (like ``Signals.add_many``), in the caller's transaction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from signaaltracker.domain.facts import WastewaterMeasurement
from signaaltracker.store.audit import write_audit
from signaaltracker.store.base import to_db
from signaaltracker.store.database import Database
from signaaltracker.store.facts import DAY_COLUMNS, Wastewater
from signaaltracker.store.tables import table_view

MEASURES = {"daily_mean": "daggemiddelde", "weekday_mean": "gemiddelde werkdag", "weekend_mean": "gemiddelde weekend"}


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    country: str
    city: str
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None


@dataclass(frozen=True)
class NearSite:
    site: SiteInfo
    distance_km: float


SITE_COLUMNS = ("site_id", "country", "city", "location", "latitude", "longitude", "population")
_VALUE_COLUMNS = (
    "site_id",
    "country",
    "period_start",
    "period_end",
    "daily_mean",
    "weekday_mean",
    "weekend_mean",
    "unit",
    *DAY_COLUMNS,
)


def upsert_sites(db: Database, sites: list[SiteInfo], note: str) -> dict[str, int]:
    """Add or update the site table; one audit row. Returns counts of added / changed / unchanged."""
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    with db.transaction():
        existing = {r["site_id"]: r for r in db.query("SELECT * FROM wastewater_sites")}
        rows: list[dict[str, Any]] = []
        for site in sites:
            values = {c: getattr(site, c) for c in SITE_COLUMNS}
            old = existing.get(site.site_id)
            if old is None:
                counts["added"] += 1
            elif all(old[c] == values[c] for c in SITE_COLUMNS):
                counts["unchanged"] += 1
                continue
            else:
                counts["changed"] += 1
            rows.append(values)
        table_view(db.conn).table("wastewater_sites").upsert_all(rows, pk="site_id")
        if counts["added"] or counts["changed"]:
            write_audit(db, "wastewater_sites", None, "import", None, {"note": note, **counts})
    return counts


def import_measurements(db: Database, items: list[WastewaterMeasurement], note: str) -> dict[str, int]:
    """Add new and update changed measurements (key: source, site, substance, year); one audit row."""
    repo = Wastewater(db)
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    with db.transaction():
        existing = {
            (r["source"], r["site"], r["substance"], r["year"]): r
            for r in db.query(f"SELECT id, source, site, substance, year, {', '.join(_VALUE_COLUMNS)} FROM wastewater")
        }
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for item in items:
            values = repo._values(item)
            old = existing.get((item.source, item.site, item.substance, item.year))
            if old is None:
                inserts.append(values)
                counts["added"] += 1
            elif any(old[c] != to_db(values[c]) for c in _VALUE_COLUMNS):
                updates.append({**values, "id": old["id"]})
                counts["changed"] += 1
            else:
                counts["unchanged"] += 1
        table = table_view(db.conn).table("wastewater")
        table.insert_all(inserts)
        table.upsert_all(updates, pk="id")  # by id: only rows that exist, so every upsert is an update
        if inserts or updates:
            write_audit(db, "wastewater", None, "import", None, {"note": note, **counts})
    return counts


def sites(db: Database, country: str | None = None) -> list[SiteInfo]:
    where, params = ("1=1", ()) if country is None else ("country = ?", (country,))
    rows = db.query(f"SELECT * FROM wastewater_sites WHERE {where} ORDER BY country, city", params)
    return [SiteInfo(**{c: r[c] for c in SITE_COLUMNS}) for r in rows]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def nearest_sites(
    db: Database, latitude: float, longitude: float, country: str = "NL", limit: int = 3
) -> list[NearSite]:
    """Sites of ``country`` with measurements, nearest first."""
    measured = {r["site_id"] for r in db.query("SELECT DISTINCT site_id FROM wastewater")}
    near = [
        NearSite(s, distance_km(latitude, longitude, s.latitude, s.longitude))
        for s in sites(db, country)
        if s.latitude is not None and s.longitude is not None and s.site_id in measured
    ]
    return sorted(near, key=lambda n: n.distance_km)[:limit]


@dataclass
class WastewaterSeries:
    substance: str
    measure: str
    years: list[int]
    values: dict[str, list[float | None]]  # site -> one value per year (None: not measured / missing)

    def point_count(self) -> int:
        return sum(1 for series in self.values.values() for v in series if v is not None)


def wastewater_series(
    db: Database, substance: str, site_names: list[str], measure: str = "daily_mean"
) -> WastewaterSeries:
    """Yearly loads of one substance for the given sites (by site name), over every year any of them has."""
    if measure not in MEASURES:
        raise ValueError(measure)
    rows = (
        db.query(
            f"SELECT site, year, {measure} AS value FROM wastewater WHERE substance = ? COLLATE NOCASE"
            f" AND site IN ({', '.join('?' * len(site_names))}) ORDER BY year",
            (substance, *site_names),
        )
        if site_names
        else []
    )
    years = sorted({r["year"] for r in rows})
    index = {y: i for i, y in enumerate(years)}
    values: dict[str, list[float | None]] = {s: [None] * len(years) for s in site_names}
    for row in rows:
        values[row["site"]][index[row["year"]]] = row["value"]
    return WastewaterSeries(substance, measure, years, values)


def substances(db: Database) -> list[str]:
    return [r["substance"] for r in db.query("SELECT DISTINCT substance FROM wastewater ORDER BY lower(substance)")]


def measured_sites(db: Database) -> list[dict[str, Any]]:
    """Every site with measurements: name, id, country, number of rows, first and last year."""
    return db.query(
        "SELECT site, site_id, country, count(*) AS n, min(year) AS first_year, max(year) AS last_year"
        " FROM wastewater GROUP BY site, site_id, country ORDER BY country, site"
    )
