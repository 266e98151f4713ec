"""A signal: something a partner saw or heard about youth drug use, without personal data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, SourceKind, Trend
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.validation import member, optional_text, real_date, required_text

MAX_SUMMARY = 20_000


@dataclass
class Signal:
    observed_on: date
    organisation_id: int
    summary: str
    theme_ids: list[int] = field(default_factory=list)
    age_group_id: int | None = None
    setting: Setting = Setting.OTHER
    source_kind: SourceKind = SourceKind.OWN_OBSERVATION
    trend: Trend = Trend.UNKNOWN
    sharing_level: SharingLevel = SharingLevel.OVERLEG
    status: SignalStatus = SignalStatus.NEW
    notes: str = ""
    recorded_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    anonymised: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """The checks of a signal as entered (a date not in the future, a summary, a theme, known choices); they
        run when a signal is built from input and again when the store writes it, never when it reads one."""
        self.observed_on = real_date(self.observed_on, "datum van waarneming")
        if self.observed_on.year < 1990:
            raise DomainError("De datum van waarneming ligt onwaarschijnlijk ver terug.", "datum van waarneming")
        if self.observed_on > date.today():
            raise DomainError("De datum van waarneming ligt in de toekomst.", "datum van waarneming")
        if self.organisation_id is None:
            raise DomainError("Kies de organisatie die het signaal meldde.", "organisatie")
        if self.anonymised:
            self.summary = ""
        else:
            self.summary = required_text(self.summary, "een samenvatting", MAX_SUMMARY)
        self.notes = optional_text(self.notes, "notities", MAX_SUMMARY)
        self.theme_ids = sorted(set(self.theme_ids))
        if not self.theme_ids:
            raise DomainError("Kies minstens één thema.", "thema")
        self.setting = member(Setting, self.setting, "setting")
        self.source_kind = member(SourceKind, self.source_kind, "soort bron")
        self.trend = member(Trend, self.trend, "trend")
        self.sharing_level = member(SharingLevel, self.sharing_level, "deelniveau")
        self.status = member(SignalStatus, self.status, "status")

    @property
    def first_line(self) -> str:
        return self.summary.split("\n", 1)[0]
