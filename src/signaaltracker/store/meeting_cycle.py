"""Store side of the meeting cycle: creating the next meeting, building agendas, recording discussed signals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.enums import SignalStatus
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.meeting_cycle import (
    Agenda,
    CarriedAction,
    carried_actions,
    default_due_date,
    new_signals,
    next_meeting_date,
    signal_window,
    standing_items,
)
from signaaltracker.domain.meetings import DiscussedSignal, Meeting
from signaaltracker.domain.validation import member
from signaaltracker.store.actions import Actions
from signaaltracker.store.database import Database
from signaaltracker.store.errors import StoreError
from signaaltracker.store.meetings import Meetings, Structures
from signaaltracker.store.signals import Signals


@dataclass(frozen=True)
class UpcomingMeeting:
    """The next meeting: a planned one (``planned``), or the date proposed after the last one held."""

    structure_id: int
    held_on: date
    planned: bool


class MeetingCycle:
    """Queries and multi-table steps of the six-weekly cycle. Every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.meetings = Meetings(db)
        self.structures = Structures(db)
        self.signals = Signals(db)
        self.actions = Actions(db)

    # --- dates ---------------------------------------------------------------------------------
    def last_meeting(self, structure_id: int) -> Meeting | None:
        found = self.meetings.for_structure(structure_id)
        return found[0] if found else None

    def last_held(self, today: date | None = None) -> Meeting | None:
        """The latest meeting of any structure held on or before ``today`` (a planned future one does not count)."""
        day = (today or date.today()).isoformat()
        found = self.meetings.list(
            "id = (SELECT id FROM meetings WHERE held_on <= ? ORDER BY held_on DESC, id DESC LIMIT 1)", (day,)
        )
        return found[0] if found else None

    def upcoming(self, today: date | None = None) -> UpcomingMeeting | None:
        """The first planned meeting after ``today`` (any structure); when none is planned, the date proposed
        after the last meeting held (last + the structure's interval); None when there are no meetings at all."""
        day = today or date.today()
        planned = self.meetings.list(
            "id = (SELECT id FROM meetings WHERE held_on > ? ORDER BY held_on, id LIMIT 1)", (day.isoformat(),)
        )
        if planned:
            return UpcomingMeeting(planned[0].structure_id, planned[0].held_on, True)
        last = self.last_held(day)
        if last is None:
            return None
        interval = self.structures.get(last.structure_id).interval_weeks
        return UpcomingMeeting(last.structure_id, next_meeting_date(last.held_on, interval, day), False)

    def proposed_date(self, structure_id: int, today: date | None = None) -> date:
        structure = self.structures.get(structure_id)
        last = self.last_meeting(structure_id)
        return next_meeting_date(last.held_on if last else None, structure.interval_weeks, today or date.today())

    def due_date(self, meeting: Meeting) -> date:
        """Default due date of an action agreed in ``meeting``: the date of the next meeting."""
        later = self.meetings.list(
            "structure_id = ? AND (held_on > ? OR (held_on = ? AND id > ?))",
            (meeting.structure_id, meeting.held_on.isoformat(), meeting.held_on.isoformat(), meeting.id or 0),
        )
        if later:
            return later[-1].held_on  # list is newest first: the last one is the next meeting
        return default_due_date(meeting.held_on, self.structures.get(meeting.structure_id).interval_weeks)

    # --- creating ------------------------------------------------------------------------------
    def create_next(self, structure_id: int, held_on: date | None = None, today: date | None = None) -> Meeting:
        """Create the next meeting of a structure (default date: last + interval) with the standing items."""
        with self.db.transaction():
            structure = self.structures.get(structure_id)
            held_on = held_on or self.proposed_date(structure_id, today)
            clash = self.db.scalar(
                "SELECT count(*) FROM meetings WHERE structure_id = ? AND held_on = ?",
                (structure_id, held_on.isoformat()),
            )
            if clash:
                raise StoreError(f"Er is al een {structure.name} op {format_date_nl(held_on)}.")
            last = self.last_meeting(structure_id)
            return self.meetings.add(
                Meeting(
                    structure_id=structure_id,
                    held_on=held_on,
                    agenda=standing_items(last.agenda if last else None),
                )
            )

    # --- the agenda ----------------------------------------------------------------------------
    def agenda(self, meeting_id: int) -> Agenda:
        meeting = self.meetings.get(meeting_id)
        structure = self.structures.get(meeting.structure_id)
        previous = self.meetings.previous(meeting)
        window = signal_window(previous.held_on if previous else None, meeting.held_on, structure.interval_weeks)
        candidates = self.signals.list(
            "deleted_at IS NULL AND recorded_at >= ? AND recorded_at < ?",
            ((window.after + timedelta(days=1)).isoformat(), (window.until + timedelta(days=1)).isoformat()),
        )
        return Agenda(
            meeting=meeting,
            previous_held_on=previous.held_on if previous else None,
            window=window,
            items=list(meeting.agenda),
            new_signals=new_signals(candidates, window),
            carried=self.carried(meeting),
        )

    def carried(self, meeting: Meeting) -> list[CarriedAction]:
        structure_meetings = self.meetings.for_structure(meeting.structure_id)
        actions = self.actions.list(
            "meeting_id IN (SELECT id FROM meetings WHERE structure_id = ?)", (meeting.structure_id,)
        )
        return carried_actions(actions, structure_meetings, meeting)

    # --- during the meeting --------------------------------------------------------------------
    def discuss(
        self, meeting_id: int, signal_id: int, assessment: str, new_status: SignalStatus | str | None
    ) -> Meeting:
        """Record that a signal was discussed, with an assessment; a new status also updates the signal."""
        status = member(SignalStatus, new_status, "status") if new_status else None
        entry = DiscussedSignal(signal_id, assessment, status)
        with self.db.transaction():
            meeting = self.meetings.get(meeting_id)
            self.signals.get(signal_id)
            meeting.discussed = [d for d in meeting.discussed if d.signal_id != signal_id] + [entry]
            meeting = self.meetings.update(meeting)
            if entry.new_status is not None:
                self.signals.set_status([signal_id], entry.new_status)
        return meeting

    def undiscuss(self, meeting_id: int, signal_id: int) -> Meeting:
        """Remove a signal from the discussed list (its status stays as it is)."""
        with self.db.transaction():
            meeting = self.meetings.get(meeting_id)
            meeting.discussed = [d for d in meeting.discussed if d.signal_id != signal_id]
            return self.meetings.update(meeting)

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting only while nothing was recorded in it (no decisions or actions)."""
        with self.db.transaction():
            meeting = self.meetings.get(meeting_id)
            used = self.db.scalar(
                "SELECT (SELECT count(*) FROM decisions WHERE meeting_id = ?)"
                " + (SELECT count(*) FROM actions WHERE meeting_id = ?)",
                (meeting_id, meeting_id),
            )
            if used:
                raise DomainError(
                    f"Het overleg van {format_date_nl(meeting.held_on)} heeft besluiten of acties en kan niet "
                    "worden verwijderd."
                )
            self.meetings.delete(meeting_id)
