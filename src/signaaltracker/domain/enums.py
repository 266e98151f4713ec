"""Closed sets of values. Stored by ``value`` (English), shown by ``label`` (Dutch)."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum with a Dutch label per member (see ``_LABELS`` on each subclass)."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def parse(cls, value: str) -> Self:
        """Accept a stored value or a Dutch label; raise DomainError otherwise."""
        from signaaltracker.domain.errors import DomainError

        for member in cls:
            if value in (member.value, member.label):
                return member
        allowed = ", ".join(m.label for m in cls)
        raise DomainError(f"'{value}' is geen geldige waarde; kies uit: {allowed}.")


class OrganisationKind(LabelledEnum):
    CARE = "care"
    YOUTH_WORK = "youth_work"
    EDUCATION = "education"
    POLICE = "police"
    ENFORCEMENT = "enforcement"
    MUNICIPALITY = "municipality"
    OTHER = "other"


class ThemeKind(LabelledEnum):
    SUBSTANCE = "substance"
    BEHAVIOUR = "behaviour"
    OTHER = "other"


class Setting(LabelledEnum):
    SCHOOL = "school"
    FESTIVAL = "festival"
    STREET = "street"
    ONLINE = "online"
    HOME = "home"
    OTHER = "other"


class SourceKind(LabelledEnum):
    OWN_OBSERVATION = "own_observation"
    DISCLOSED_BY_YOUTH = "disclosed_by_youth"
    ENFORCEMENT = "enforcement"
    POLICE = "police"
    CARE = "care"


class Trend(LabelledEnum):
    RISING = "rising"
    STABLE = "stable"
    FALLING = "falling"
    UNKNOWN = "unknown"


class SharingLevel(LabelledEnum):
    """How far a signal may travel: raad ⊃ overleg ⊃ vertrouwelijk."""

    RAAD = "raad"
    OVERLEG = "overleg"
    VERTROUWELIJK = "vertrouwelijk"

    def allows(self, audience: SharingLevel) -> bool:
        """True when a signal of this level may appear in documents for ``audience``."""
        order = [SharingLevel.VERTROUWELIJK, SharingLevel.OVERLEG, SharingLevel.RAAD]
        return order.index(self) >= order.index(audience)


class SignalStatus(LabelledEnum):
    NEW = "new"
    DISCUSSED = "discussed"
    IN_ACTION = "in_action"
    CLOSED = "closed"
    DROPPED = "dropped"


class ActionStatus(LabelledEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ActivityPillar(LabelledEnum):
    """The four pillars of the Trimbos model prevention policy."""

    EDUCATION = "education"
    SIGNALLING = "signalling"
    ENVIRONMENT = "environment"
    REGULATION = "regulation"


class ActivityStatus(LabelledEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"


_LABELS: dict[str, dict[str, str]] = {
    "OrganisationKind": {
        "care": "zorg",
        "youth_work": "jongerenwerk",
        "education": "onderwijs",
        "police": "politie",
        "enforcement": "handhaving",
        "municipality": "gemeente",
        "other": "overig",
    },
    "ThemeKind": {"substance": "middel", "behaviour": "gedrag", "other": "overig"},
    "Setting": {
        "school": "school",
        "festival": "festival/evenement",
        "street": "straat",
        "online": "online",
        "home": "thuis",
        "other": "overig",
    },
    "SourceKind": {
        "own_observation": "eigen waarneming",
        "disclosed_by_youth": "verteld door jongere",
        "enforcement": "handhaving",
        "police": "politie",
        "care": "zorg",
    },
    "Trend": {"rising": "stijgend", "stable": "stabiel", "falling": "dalend", "unknown": "onbekend"},
    "SharingLevel": {"raad": "raad", "overleg": "overleg", "vertrouwelijk": "vertrouwelijk"},
    "SignalStatus": {
        "new": "nieuw",
        "discussed": "besproken",
        "in_action": "in actie",
        "closed": "afgesloten",
        "dropped": "vervallen",
    },
    "ActionStatus": {"open": "open", "done": "afgerond", "dropped": "vervallen"},
    "ActivityPillar": {
        "education": "voorlichting en educatie",
        "signalling": "signalering en ondersteuning",
        "environment": "omgeving",
        "regulation": "regelgeving en handhaving",
    },
    "ActivityStatus": {"planned": "gepland", "running": "lopend", "finished": "afgerond", "stopped": "gestopt"},
}
