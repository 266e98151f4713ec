from datetime import date

import pytest

from signaaltracker.domain.dates import format_date_nl, format_period_nl, parse_date
from signaaltracker.domain.enums import SharingLevel, SignalStatus
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.facts import Figure, WastewaterMeasurement
from signaaltracker.domain.meetings import Action, ConsultationStructure
from signaaltracker.domain.memo import Memo
from signaaltracker.domain.registers import Activity
from signaaltracker.domain.signals import Signal
from signaaltracker.domain.taxonomy import AgeGroup, Organisation


def test_dutch_dates():
    assert format_date_nl(date(2024, 10, 24)) == "24 oktober 2024"
    assert format_period_nl(date(2024, 1, 1), date(2024, 5, 1)) == "1 januari tot 1 mei 2024"
    assert parse_date("24-10-2024") == date(2024, 10, 24)
    assert parse_date("24 oktober 2024") == date(2024, 10, 24)
    assert parse_date("2024-10-24") == date(2024, 10, 24)


@pytest.mark.parametrize("text", ["31-02-2024", "2024-13-01", "gisteren", "", "32 oktober 2024"])
def test_impossible_dates_are_refused_with_a_dutch_message(text):
    with pytest.raises(DomainError) as info:
        parse_date(text)
    assert "datum" in info.value.message


def test_required_fields():
    with pytest.raises(DomainError, match="Vul de naam van de organisatie in"):
        Organisation("  ")
    with pytest.raises(DomainError, match="minstens één thema"):
        Signal(date(2024, 1, 1), 1, "tekst", [])
    with pytest.raises(DomainError, match="samenvatting"):
        Signal(date(2024, 1, 1), 1, "   ", [1])
    with pytest.raises(DomainError, match="organisatie"):
        Action("iets doen", None)


def test_sharing_level_and_status_must_come_from_their_sets():
    with pytest.raises(DomainError, match="deelniveau"):
        Signal(date(2024, 1, 1), 1, "tekst", [1], sharing_level="openbaar")
    with pytest.raises(DomainError, match="status"):
        Signal(date(2024, 1, 1), 1, "tekst", [1], status="weg")
    s = Signal(date(2024, 1, 1), 1, "tekst", [1], sharing_level="raad", status="besproken")
    assert s.sharing_level is SharingLevel.RAAD and s.status is SignalStatus.DISCUSSED


def test_sharing_levels_nest():
    assert SharingLevel.RAAD.allows(SharingLevel.OVERLEG)
    assert not SharingLevel.VERTROUWELIJK.allows(SharingLevel.OVERLEG)
    assert not SharingLevel.OVERLEG.allows(SharingLevel.RAAD)


def test_future_observation_is_refused():
    with pytest.raises(DomainError, match="toekomst"):
        Signal(date(2999, 1, 1), 1, "tekst", [1])


def test_figure_values_zero_missing_and_invalid():
    assert Figure("Tactus", 1, 1, date(2024, 1, 1), date(2024, 5, 1), 0).value == 0
    assert Figure("Tactus", 1, 1, date(2024, 1, 1), date(2024, 5, 1), None).value is None
    for bad in (-1, 2.5, "3", True):
        with pytest.raises(DomainError, match="geen geldig aantal"):
            Figure("Tactus", 1, 1, date(2024, 1, 1), date(2024, 5, 1), bad)


def test_period_end_after_start():
    with pytest.raises(DomainError, match="na het begin"):
        Figure("Tactus", 1, 1, date(2024, 5, 1), date(2024, 1, 1), 3)
    with pytest.raises(DomainError, match="na het begin"):
        Activity("x", period_start=date(2024, 5, 1), period_end=date(2024, 5, 1))
    with pytest.raises(DomainError):
        Memo(period_from=date(2024, 5, 1), period_to=date(2024, 1, 1))


def test_other_entities_validate():
    with pytest.raises(DomainError):
        AgeGroup("x", 18, 12)
    with pytest.raises(DomainError):
        ConsultationStructure("Jongerenoverleg", interval_weeks=0)
    with pytest.raises(DomainError):
        WastewaterMeasurement("Zwolle", "MDMA", 1800)
    with pytest.raises(DomainError):
        WastewaterMeasurement("Zwolle", "MDMA", 2024, daily_mean=-1.0)
    with pytest.raises(DomainError):
        Memo(suppress_below=1)
    structure = ConsultationStructure("Jongerenoverleg", interval_weeks=6)
    assert structure.next_date(date(2024, 10, 10)) == date(2024, 11, 21)
