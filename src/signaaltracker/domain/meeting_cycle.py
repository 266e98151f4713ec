"""The meeting cycle as pure rules: the next date, what goes on an agenda, which actions carry over.

A signal belongs to the new-signal items of exactly one meeting of a structure: the first meeting held on or
after the day it was recorded. In other words meeting M (held on day d) lists the signals recorded on a day in
(previous meeting's day, d]. For the first meeting of a structure the window is one interval long.

An action agreed in a meeting of a structure appears on every later meeting of that structure for as long as it
was still open on that meeting's day (open now, or completed/dropped on or after that day).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from signaaltracker.domain.enums import ActionStatus
from signaaltracker.domain.meetings import Action, AgendaItem, Meeting
from signaaltracker.domain.signals import Signal

STANDING_ITEMS = ("Opening en mededelingen", "Nieuwe signalen", "Openstaande acties", "Rondvraag")


def next_meeting_date(last_held_on: date | None, interval_weeks: int, today: date) -> date:
    """The proposed date of the next meeting: the last date plus the interval; today when there was none."""
    if last_held_on is None:
        return today
    return last_held_on + timedelta(weeks=interval_weeks)


def default_due_date(held_on: date, interval_weeks: int) -> date:
    """An action agreed on ``held_on`` is due by the next meeting."""
    return held_on + timedelta(weeks=interval_weeks)


@dataclass(frozen=True)
class SignalWindow:
    """Signals recorded on a day ``d`` with ``after < d <= until`` belong to the meeting held on ``until``."""

    after: date
    until: date

    def contains(self, day: date) -> bool:
        return self.after < day <= self.until


def signal_window(previous_held_on: date | None, held_on: date, interval_weeks: int) -> SignalWindow:
    if previous_held_on is None:
        return SignalWindow(held_on - timedelta(weeks=interval_weeks), held_on)
    return SignalWindow(previous_held_on, held_on)


def new_signals(signals: Iterable[Signal], window: SignalWindow) -> list[Signal]:
    """The signals recorded inside ``window`` and not deleted, oldest recording first."""
    found = [
        s
        for s in signals
        if s.deleted_at is None and s.recorded_at is not None and window.contains(s.recorded_at.date())
    ]
    return sorted(found, key=lambda s: (s.recorded_at, s.id or 0))


def was_open_on(action: Action, day: date) -> bool:
    """True when the action was still open on ``day`` (it is open, or was closed on or after that day)."""
    if action.status is ActionStatus.OPEN:
        return True
    return action.completed_on is not None and action.completed_on >= day


@dataclass(frozen=True)
class CarriedAction:
    """An action from an earlier meeting on this meeting's agenda, with its history."""

    action: Action
    origin_held_on: date
    appeared_on: tuple[date, ...]  # the later meetings it was on, up to and including this one

    @property
    def meetings_open(self) -> int:
        """How many meetings after the one that agreed it this action has been on the agenda."""
        return len(self.appeared_on)


def _order(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.held_on, m.id or 0))


def carried_actions(actions: Iterable[Action], meetings: Sequence[Meeting], meeting: Meeting) -> list[CarriedAction]:
    """The actions of earlier meetings of ``meeting``'s structure that were still open on its day.

    ``meetings`` are all meetings of the structure (any order); actions of other structures are ignored.
    """
    ordered = _order(m for m in meetings if m.structure_id == meeting.structure_id)
    position = {m.id: i for i, m in enumerate(ordered)}
    if meeting.id not in position:
        ordered = _order([*ordered, meeting])
        position = {m.id: i for i, m in enumerate(ordered)}
    here = position[meeting.id]
    carried = []
    for action in actions:
        origin = position.get(action.meeting_id)
        if origin is None or origin >= here or not was_open_on(action, meeting.held_on):
            continue
        appeared = tuple(m.held_on for m in ordered[origin + 1 : here + 1])
        carried.append(CarriedAction(action, ordered[origin].held_on, appeared))
    return sorted(carried, key=lambda c: (c.origin_held_on, c.action.due_on or date.max, c.action.id or 0))


CLOSING_ITEMS = ("rondvraag", "sluiting")


def new_item_position(titles: Sequence[str]) -> int:
    """Where a new agenda item goes: before the closing items (Rondvraag, Sluiting) at the end, else last."""
    position = len(titles)
    while position > 0 and titles[position - 1].strip().casefold() in CLOSING_ITEMS:
        position -= 1
    return position


def signal_item_title(observed: str, organisation: str, first_line: str) -> str:
    """The title of an agenda item that puts one signal on the agenda (at most 300 characters)."""
    title = f"Signaal van {observed} ({organisation}): {first_line.strip()}"
    return title if len(title) <= 300 else title[:299].rstrip() + "…"


def standing_items(previous_agenda: Sequence[AgendaItem] | None) -> list[AgendaItem]:
    """The agenda items of a new meeting: the titles of the previous meeting's items, or the defaults."""
    titles = [item.title for item in previous_agenda] if previous_agenda else list(STANDING_ITEMS)
    return [AgendaItem(title, position=i) for i, title in enumerate(titles)]


@dataclass
class Agenda:
    """Everything on a meeting's agenda: the stored items plus what the cycle derives."""

    meeting: Meeting
    previous_held_on: date | None
    window: SignalWindow
    items: list[AgendaItem] = field(default_factory=list)
    new_signals: list[Signal] = field(default_factory=list)
    carried: list[CarriedAction] = field(default_factory=list)
