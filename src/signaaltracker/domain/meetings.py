"""Consultation structures, their meetings, decisions and follow-up actions; the six-weekly cycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from signaaltracker.domain.enums import ActionStatus, SignalStatus
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.validation import (
    member,
    optional_date,
    optional_text,
    positive_int,
    real_date,
    required_text,
)


@dataclass
class ConsultationStructure:
    name: str
    purpose: str = ""
    participants: str = ""  # free description, as in the memo ("jongerenwerk, OOV, jeugdpolitie, …")
    description: str = ""  # the memo's paragraph about this structure
    interval_weeks: int = 6
    participant_ids: list[int] = field(default_factory=list)
    active: bool = True
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "de naam van het overleg", 200)
        self.purpose = optional_text(self.purpose, "doel", 5000)
        self.participants = optional_text(self.participants, "deelnemers", 2000)
        self.description = optional_text(self.description, "omschrijving", 5000)
        self.interval_weeks = positive_int(self.interval_weeks, "interval in weken")
        if self.interval_weeks > 104:
            raise DomainError("Het interval mag hoogstens 104 weken zijn.", "interval in weken")
        self.participant_ids = sorted(set(self.participant_ids))

    def next_date(self, last: date) -> date:
        """The default date of the meeting after one held on ``last``."""
        return last + timedelta(weeks=self.interval_weeks)


@dataclass
class DiscussedSignal:
    signal_id: int
    assessment: str = ""
    new_status: SignalStatus | None = None

    def __post_init__(self) -> None:
        self.assessment = optional_text(self.assessment, "beoordeling", 5000)
        if self.new_status is not None:
            self.new_status = member(SignalStatus, self.new_status, "status")


@dataclass
class Decision:
    text: str
    meeting_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.text = required_text(self.text, "de tekst van het besluit", 5000)


@dataclass
class AgendaItem:
    """A standing or ad-hoc agenda item with the notes taken on it."""

    title: str
    notes: str = ""
    position: int = 0

    def __post_init__(self) -> None:
        self.title = required_text(self.title, "de titel van het agendapunt", 300)
        self.notes = optional_text(self.notes, "notities", 20_000)


@dataclass
class Meeting:
    structure_id: int
    held_on: date
    notes: str = ""
    attendance_ids: list[int] = field(default_factory=list)
    discussed: list[DiscussedSignal] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self) -> None:
        if self.structure_id is None:
            raise DomainError("Kies het overleg waar deze vergadering bij hoort.", "overleg")
        self.held_on = real_date(self.held_on, "datum van het overleg")
        self.notes = optional_text(self.notes, "notities", 50_000)
        self.attendance_ids = sorted(set(self.attendance_ids))


@dataclass
class Action:
    description: str
    owner_organisation_id: int | None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    meeting_id: int | None = None
    completed_on: date | None = None
    signal_ids: list[int] = field(default_factory=list)
    id: int | None = None

    def __post_init__(self) -> None:
        self.description = required_text(self.description, "een omschrijving van de actie", 2000)
        if self.owner_organisation_id is None:
            raise DomainError("Kies de organisatie die de actie uitvoert.", "eigenaar")
        self.due_on = optional_date(self.due_on, "uiterste datum")
        self.completed_on = optional_date(self.completed_on, "datum van afronding")
        self.status = member(ActionStatus, self.status, "status van de actie")
        self.signal_ids = sorted(set(self.signal_ids))

    def is_overdue(self, today: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due_on is not None and self.due_on < today
