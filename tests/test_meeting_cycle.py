"""The meeting cycle: next date, carried-over actions with history, new signals between two meetings."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from signaaltracker.domain.enums import ActionStatus, SignalStatus
from signaaltracker.domain.meeting_cycle import STANDING_ITEMS, next_meeting_date, signal_window
from signaaltracker.domain.meetings import Action, AgendaItem, ConsultationStructure
from signaaltracker.domain.signals import Signal
from signaaltracker.domain.taxonomy import Organisation, Theme
from signaaltracker.store.action_list import ActionFilter, action_rows
from signaaltracker.store.errors import StoreError


@pytest.fixture
def world(store):
    org = store.organisations.add(Organisation("Carrefour", "youth_work"))
    other = store.organisations.add(Organisation("Tactus", "care"))
    theme = store.themes.add(Theme("3MMC"))
    structure = store.structures.add(
        ConsultationStructure("Jongerenoverleg", interval_weeks=6, participant_ids=[org.id, other.id])
    )
    return store, org, other, theme, structure


def _signal(store, org, theme, recorded: str, text: str) -> Signal:
    return store.signals.add(
        Signal(date(2024, 1, 2), org.id, text, [theme.id], recorded_at=datetime.fromisoformat(recorded))
    )


def test_next_date_is_last_plus_interval(world):
    store, *_, structure = world
    first = store.cycle.create_next(structure.id, today=date(2024, 3, 1))
    assert first.held_on == date(2024, 3, 1)  # no earlier meeting: today
    assert [i.title for i in first.agenda] == list(STANDING_ITEMS)
    second = store.cycle.create_next(structure.id)
    assert second.held_on == date(2024, 4, 12)  # 1 March + 6 weeks
    structure.interval_weeks = 12
    store.structures.update(structure)
    assert store.cycle.proposed_date(structure.id) == date(2024, 7, 5)
    assert next_meeting_date(date(2024, 8, 29), 6, date(2030, 1, 1)) == date(2024, 10, 10)
    with pytest.raises(StoreError, match="al een Jongerenoverleg op 12 april 2024"):
        store.cycle.create_next(structure.id, date(2024, 4, 12))


def test_standing_items_follow_the_previous_meeting(world):
    store, *_, structure = world
    first = store.cycle.create_next(structure.id, date(2024, 3, 1))
    first.agenda = [AgendaItem("Opening", "notities van toen"), AgendaItem("Casuïstiek")]
    store.meetings.update(first)
    second = store.cycle.create_next(structure.id)
    assert [(i.title, i.notes) for i in second.agenda] == [("Opening", ""), ("Casuïstiek", "")]


def test_open_action_carries_over_with_history_and_completed_one_does_not(world):
    store, org, other, theme, structure = world
    m1 = store.cycle.create_next(structure.id, date(2024, 3, 1))
    open_one = store.actions.add(Action("Voorlichting plannen", org.id, date(2024, 4, 12), meeting_id=m1.id))
    done_one = store.actions.add(Action("Cijfers opvragen", other.id, date(2024, 4, 12), meeting_id=m1.id))
    store.actions.set_status(done_one.id, ActionStatus.DONE, date(2024, 3, 20))  # between the meetings
    m2 = store.cycle.create_next(structure.id)
    agenda = store.cycle.agenda(m2.id)
    assert [c.action.id for c in agenda.carried] == [open_one.id]
    carried = agenda.carried[0]
    assert carried.origin_held_on == date(2024, 3, 1) and carried.meetings_open == 1
    assert carried.action.meeting_id == m1.id  # the action keeps where it came from

    m3 = store.cycle.create_next(structure.id)
    carried = store.cycle.agenda(m3.id).carried
    assert [c.action.id for c in carried] == [open_one.id]
    assert carried[0].meetings_open == 2
    assert carried[0].appeared_on == (date(2024, 4, 12), date(2024, 5, 24))

    store.actions.set_status(open_one.id, ActionStatus.DONE, date(2024, 5, 24))  # done at meeting 3
    assert [c.action.id for c in store.cycle.agenda(m3.id).carried] == [open_one.id]  # still on m3: was open
    assert [c.action.id for c in store.cycle.agenda(m2.id).carried] == [open_one.id]  # history unchanged
    m4 = store.cycle.create_next(structure.id)
    assert store.cycle.agenda(m4.id).carried == []
    assert store.cycle.agenda(m1.id).carried == []  # never on the meeting that agreed it


def test_actions_of_another_structure_are_not_carried(world):
    store, org, _, _, structure = world
    other = store.structures.add(ConsultationStructure("NADA NOP", interval_weeks=12))
    n1 = store.cycle.create_next(other.id, date(2024, 2, 1))
    store.actions.add(Action("Elders", org.id, meeting_id=n1.id))
    store.cycle.create_next(structure.id, date(2024, 3, 1))
    m2 = store.cycle.create_next(structure.id)
    assert store.cycle.agenda(m2.id).carried == []


def test_signals_recorded_between_meetings_are_exactly_the_new_signal_items(world):
    store, org, _, theme, structure = world
    before = _signal(store, org, theme, "2024-02-29T09:00:00", "voor het eerste overleg")
    on_first_day = _signal(store, org, theme, "2024-03-01T16:00:00", "op de dag van het eerste overleg")
    between = [_signal(store, org, theme, f"2024-03-{d:02d}T10:00:00", f"tussen {d}") for d in (2, 15, 31)]
    on_second_day = _signal(store, org, theme, "2024-04-12T08:00:00", "ochtend van het tweede overleg")
    after = _signal(store, org, theme, "2024-04-13T08:00:00", "na het tweede overleg")
    deleted = _signal(store, org, theme, "2024-03-20T10:00:00", "verwijderd")
    store.signals.soft_delete([deleted.id])

    m1 = store.cycle.create_next(structure.id, date(2024, 3, 1))
    m2 = store.cycle.create_next(structure.id)
    second = store.cycle.agenda(m2.id)
    assert [s.id for s in second.new_signals] == [*(s.id for s in between), on_second_day.id]
    assert second.previous_held_on == date(2024, 3, 1)
    first = store.cycle.agenda(m1.id)
    assert [s.id for s in first.new_signals] == [before.id, on_first_day.id]  # one interval back
    assert after.id not in {s.id for s in first.new_signals + second.new_signals}
    assert signal_window(None, date(2024, 3, 1), 6).after == date(2024, 1, 19)


def test_discussing_a_signal_updates_its_status(world):
    store, org, _, theme, structure = world
    signal = _signal(store, org, theme, "2024-03-02T10:00:00", "lachgas bij de skatebaan")
    meeting = store.cycle.create_next(structure.id, date(2024, 3, 10))
    store.cycle.discuss(meeting.id, signal.id, "Handhaving let op.", SignalStatus.IN_ACTION)
    store.cycle.discuss(meeting.id, signal.id, "Handhaving let extra op.", SignalStatus.IN_ACTION)
    stored = store.meetings.get(meeting.id)
    assert [(d.signal_id, d.assessment, d.new_status) for d in stored.discussed] == [
        (signal.id, "Handhaving let extra op.", SignalStatus.IN_ACTION)
    ]
    assert store.signals.get(signal.id).status is SignalStatus.IN_ACTION
    store.cycle.undiscuss(meeting.id, signal.id)
    assert store.meetings.get(meeting.id).discussed == []


def test_due_date_defaults_to_the_next_meeting(world):
    store, *_, structure = world
    m1 = store.cycle.create_next(structure.id, date(2024, 3, 1))
    assert store.cycle.due_date(m1) == date(2024, 4, 12)
    store.cycle.create_next(structure.id, date(2024, 4, 5))  # held earlier than the interval says
    assert store.cycle.due_date(m1) == date(2024, 4, 5)


def test_meeting_with_decisions_cannot_be_deleted(world):
    from signaaltracker.domain.errors import DomainError
    from signaaltracker.domain.meetings import Decision

    store, *_, structure = world
    m1 = store.cycle.create_next(structure.id, date(2024, 3, 1))
    store.decisions.add(Decision("Besloten", m1.id))
    with pytest.raises(DomainError, match="kan niet worden verwijderd"):
        store.cycle.delete_meeting(m1.id)
    m2 = store.cycle.create_next(structure.id)
    store.cycle.delete_meeting(m2.id)
    assert store.meetings.find(m2.id) is None


def test_action_list_filters_and_puts_overdue_first(demo_store):
    s = demo_store
    rows = action_rows(s.db, ActionFilter(), date(2025, 1, 1))
    assert len(rows) == 3 and rows[0]["overdue"] == 1 and rows[0]["status"] == "open"
    assert action_rows(s.db, ActionFilter(overdue_only=True), date(2024, 11, 1)) == []
    assert len(action_rows(s.db, ActionFilter(status="done"), date(2025, 1, 1))) == 2
    owner = s.organisations.by_name("Carrefour").id
    assert [r["owner"] for r in action_rows(s.db, ActionFilter(owner_id=owner), date(2025, 1, 1))] == ["Carrefour"]
    nada = s.structures.by_name("NADA NOP").id
    assert action_rows(s.db, ActionFilter(structure_id=nada), date(2025, 1, 1)) == []


def test_demo_second_meeting_carries_nothing_open_from_the_first(demo_store):
    s = demo_store
    jo = s.structures.by_name("Jongerenoverleg")
    first, second = sorted(s.meetings.for_structure(jo.id), key=lambda m: m.held_on)
    carried = s.cycle.agenda(second.id).carried
    # one action of meeting 1 was done on 30 Sep (not carried), the other on the day of meeting 2 (carried)
    assert [c.action.description for c in carried] == ["Kosten en aanpak van rioolwateronderzoek inventariseren"]
    nxt = s.cycle.create_next(jo.id)
    assert nxt.held_on == date(2024, 11, 21)
    assert [c.action.description for c in s.cycle.agenda(nxt.id).carried] == [
        "Jongerenwerkers trainen in de IZA-preventiemethode"
    ]
