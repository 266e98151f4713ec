"""The agenda and the minutes of a meeting as plain data (no reportlab, no Qt).

Signals of sharing level *vertrouwelijk* never reach these documents: not their text, not the assessment made
of them, not a reference from an action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeGuard

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.enums import SharingLevel, SignalStatus
from signaaltracker.domain.meeting_cycle import CarriedAction
from signaaltracker.domain.meetings import Action
from signaaltracker.domain.signals import Signal
from signaaltracker.store import Store

AUDIENCE = SharingLevel.OVERLEG  # meeting documents go to the participants


@dataclass(frozen=True)
class SignalLine:
    signal_id: int
    observed_on: date
    organisation: str
    themes: str
    summary: str
    sharing_level: str


@dataclass(frozen=True)
class DiscussedLine:
    signal: SignalLine
    assessment: str
    new_status: str


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due_on: date | None
    status: str
    origin_held_on: date | None = None
    meetings_open: int = 0
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemLine:
    title: str
    notes: str


@dataclass
class MeetingDocument:
    kind: str  # "agenda" or "minutes"
    meeting_id: int
    structure: str
    purpose: str
    held_on: date
    municipality: str
    author: str
    participants: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    items: list[ItemLine] = field(default_factory=list)
    new_signals: list[SignalLine] = field(default_factory=list)
    carried: list[ActionLine] = field(default_factory=list)
    discussed: list[DiscussedLine] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    notes: str = ""
    next_meeting: date | None = None

    @property
    def title(self) -> str:
        word = "Agenda" if self.kind == "agenda" else "Verslag"
        return f"{word} {self.structure}"


class _Names:
    """Lookups of display names, read once per document."""

    def __init__(self, store: Store) -> None:
        self.organisations = {o.id: o.name for o in store.organisations.list()}
        self.themes = {t.id: t.name for t in store.themes.list()}
        self.store = store

    def shareable(self, signal: Signal | None) -> TypeGuard[Signal]:
        return signal is not None and signal.deleted_at is None and signal.sharing_level.allows(AUDIENCE)

    def signal_line(self, signal: Signal) -> SignalLine:
        return SignalLine(
            signal.id or 0,
            signal.observed_on,
            self.organisations.get(signal.organisation_id, "?"),
            ", ".join(self.themes.get(t, "?") for t in signal.theme_ids),
            signal.summary,
            signal.sharing_level.label,
        )

    def action_line(self, action: Action, carried: CarriedAction | None = None) -> ActionLine:
        refs = []
        for signal_id in action.signal_ids:
            signal = self.store.signals.find(signal_id)
            if self.shareable(signal):
                themes = ", ".join(self.themes.get(t, "?") for t in signal.theme_ids)
                refs.append(f"signaal van {format_date_nl(signal.observed_on)} ({themes})")
        status = action.status.label
        if action.is_overdue(date.today()):
            status += ", te laat"  # as on the Acties page: in words, not only in colour
        return ActionLine(
            action.description,
            self.organisations.get(action.owner_organisation_id, "?"),
            action.due_on,
            status,
            carried.origin_held_on if carried else None,
            carried.meetings_open if carried else 0,
            tuple(refs),
        )


def _base(store: Store, meeting_id: int, kind: str) -> tuple[MeetingDocument, _Names]:
    meeting = store.meetings.get(meeting_id)
    structure = store.structures.get(meeting.structure_id)
    names = _Names(store)
    doc = MeetingDocument(
        kind=kind,
        meeting_id=meeting_id,
        structure=structure.name,
        purpose=structure.purpose,
        held_on=meeting.held_on,
        municipality=str(store.settings.get("municipality.name") or ""),
        author=str(store.settings.get("memo.sender") or ""),
        participants=[names.organisations.get(i, "?") for i in structure.participant_ids],
        present=[names.organisations.get(i, "?") for i in meeting.attendance_ids],
        items=[ItemLine(item.title, item.notes) for item in meeting.agenda],
        notes=meeting.notes,
        next_meeting=store.cycle.due_date(meeting),
    )
    invited = set(structure.participant_ids)
    doc.absent = [names.organisations.get(i, "?") for i in sorted(invited - set(meeting.attendance_ids))]
    doc.absent.sort(key=str.casefold)
    doc.present.sort(key=str.casefold)
    return doc, names


def compose_agenda(store: Store, meeting_id: int) -> MeetingDocument:
    doc, names = _base(store, meeting_id, "agenda")
    agenda = store.cycle.agenda(meeting_id)
    doc.new_signals = [names.signal_line(s) for s in agenda.new_signals if names.shareable(s)]
    doc.carried = [names.action_line(c.action, c) for c in agenda.carried]
    return doc


def compose_minutes(store: Store, meeting_id: int) -> MeetingDocument:
    doc, names = _base(store, meeting_id, "minutes")
    meeting = store.meetings.get(meeting_id)
    for entry in meeting.discussed:
        signal = store.signals.find(entry.signal_id)
        if not names.shareable(signal):
            continue
        status = SignalStatus(entry.new_status).label if entry.new_status else ""
        doc.discussed.append(DiscussedLine(names.signal_line(signal), entry.assessment, status))
    doc.decisions = [d.text for d in store.decisions.for_meeting(meeting_id)]
    doc.actions = [names.action_line(a) for a in store.actions.for_meeting(meeting_id)]
    doc.carried = [names.action_line(c.action, c) for c in store.cycle.carried(meeting)]
    return doc
