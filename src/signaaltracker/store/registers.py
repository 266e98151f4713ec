"""Prevention activities."""

from __future__ import annotations

from typing import Any

from signaaltracker.domain.registers import Activity
from signaaltracker.store.base import Repository, parse_date


class Activities(Repository[Activity]):
    table = "activities"
    columns = ("name", "pillar", "description", "funding", "period_start", "period_end", "status")
    entity_label = "activiteit"

    def _from_row(self, row: dict[str, Any]) -> Activity:
        return Activity(
            name=row["name"],
            pillar=row["pillar"],
            description=row["description"],
            funding=row["funding"],
            period_start=parse_date(row["period_start"]),
            period_end=parse_date(row["period_end"]),
            status=row["status"],
            id=row["id"],
        )

    def _load_links(self, obj: Activity) -> Activity:
        obj.organisation_ids = self._link_ids("activity_organisations", "activity_id", "organisation_id", obj.id)
        return obj

    def _write_links(self, row_id: int, obj: Activity) -> None:
        self._replace_links("activity_organisations", "activity_id", "organisation_id", row_id, obj.organisation_ids)
