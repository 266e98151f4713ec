"""Organisations, themes and age groups: the vocabulary signals and figures are described in."""

from __future__ import annotations

from dataclasses import dataclass

from signaaltracker.domain.enums import OrganisationKind, ThemeKind
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.validation import member, optional_text, required_text


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    description: str = ""
    active: bool = True
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "de naam van de organisatie", 200)
        self.kind = member(OrganisationKind, self.kind, "soort organisatie")
        self.description = optional_text(self.description, "omschrijving", 5000)
        self.active = bool(self.active)


@dataclass
class Theme:
    name: str
    kind: ThemeKind = ThemeKind.SUBSTANCE
    active: bool = True
    description: str = ""  # e.g. the memo footnote: "KOV: kinderen van ouders met verslavingsproblematiek"
    merged_into_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.name = required_text(self.name, "de naam van het thema", 100)
        self.kind = member(ThemeKind, self.kind, "soort thema")
        self.description = optional_text(self.description, "toelichting", 1000)
        self.active = bool(self.active)


@dataclass
class AgeGroup:
    label: str
    min_age: int | None = None
    max_age: int | None = None
    sort_order: int = 0
    active: bool = True
    id: int | None = None

    def __post_init__(self) -> None:
        self.label = required_text(self.label, "de naam van de leeftijdsgroep", 40)
        for bound in (self.min_age, self.max_age):
            if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int) or bound < 0):
                raise DomainError("Leeftijdsgrenzen moeten gehele getallen van 0 of meer zijn.", "leeftijd")
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            raise DomainError("De bovengrens van de leeftijdsgroep ligt onder de ondergrens.", "leeftijd")
        self.active = bool(self.active)
