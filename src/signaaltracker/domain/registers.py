"""Prevention activities (the Trimbos pillars) the municipality runs or funds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from signaaltracker.domain.enums import ActivityPillar, ActivityStatus
from signaaltracker.domain.validation import member, optional_date, optional_text, period, required_text


@dataclass
class Activity:
    name: str
    pillar: ActivityPillar = ActivityPillar.EDUCATION
    description: str = ""
    funding: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: ActivityStatus = ActivityStatus.RUNNING
    organisation_ids: list[int] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "de naam van de activiteit", 300)
        self.pillar = member(ActivityPillar, self.pillar, "pijler")
        self.description = optional_text(self.description, "omschrijving", 10_000)
        self.funding = optional_text(self.funding, "financiering", 300)
        self.period_start = optional_date(self.period_start, "begindatum")
        self.period_end = optional_date(self.period_end, "einddatum")
        period(self.period_start, self.period_end)
        self.status = member(ActivityStatus, self.status, "status")
        self.organisation_ids = sorted(set(self.organisation_ids))
