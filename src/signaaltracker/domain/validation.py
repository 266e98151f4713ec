"""Small checks shared by the entity dataclasses; each raises DomainError with a Dutch sentence."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from signaaltracker.domain.dates import parse_date, parse_optional_date
from signaaltracker.domain.enums import LabelledEnum
from signaaltracker.domain.errors import DomainError

E = TypeVar("E", bound=LabelledEnum)

MAX_TEXT = 100_000  # characters in one free-text field (a summary of 1 MB is refused)


def required_text(value: str | None, label: str, max_length: int = 500) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(f"Vul {label} in.", label)
    if len(text) > max_length:
        raise DomainError(f"{label.capitalize()} is te lang (hoogstens {max_length} tekens).", label)
    if "\x00" in text:
        raise DomainError(f"{label.capitalize()} bevat een ongeldig teken.", label)
    return text


def optional_text(value: str | None, label: str, max_length: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise DomainError(f"{label.capitalize()} is te lang (hoogstens {max_length} tekens).", label)
    if "\x00" in text:
        raise DomainError(f"{label.capitalize()} bevat een ongeldig teken.", label)
    return text


def member(enum: type[E], value: E | str, label: str) -> E:
    if isinstance(value, enum):
        return value
    try:
        return enum.parse(value)
    except DomainError as exc:
        raise DomainError(f"Ongeldige {label}: {exc.message}", label) from None


def real_date(value: date | str, label: str) -> date:
    return parse_date(value, label)


def optional_date(value: date | str | None, label: str) -> date | None:
    return parse_optional_date(value, label)


def period(start: date | None, end: date | None, label: str = "periode") -> None:
    if start is not None and end is not None and end <= start:
        raise DomainError(f"Het einde van de {label} moet na het begin liggen.", label)


def positive_int(value: int, label: str, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise DomainError(f"{label.capitalize()} moet een geheel getal van minstens {minimum} zijn.", label)
    return value
