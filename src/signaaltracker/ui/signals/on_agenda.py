"""Signalen → "Op de agenda…": putting one signal on a meeting's agenda as an item of its own."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QWidget

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.enums import SharingLevel
from signaaltracker.domain.meeting_cycle import new_item_position, signal_item_title
from signaaltracker.domain.meetings import AgendaItem
from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr


def agenda_choices(store: Store) -> list[tuple[int, str]]:
    """Meetings a signal can be put on: every meeting from today on, else each structure's latest."""
    choices = []
    for structure in store.structures.list():
        meetings = store.meetings.for_structure(structure.id)  # newest first
        coming = [m for m in meetings if m.held_on >= date.today()] or meetings[:1]
        choices += [(m.id, f"{structure.name} — {format_date_nl(m.held_on)}") for m in reversed(coming)]
    return choices


def put_on_agenda(parent: QWidget, store: Store, signal_id: int, meeting_id: int | None) -> tuple[bool, str]:
    """Add the signal as an item before Rondvraag; without ``meeting_id`` the user is asked which meeting.
    Returns whether it was added and what to tell the user ("" when the user cancelled)."""
    signal = store.signals.get(signal_id)
    if signal.sharing_level is SharingLevel.VERTROUWELIJK:
        return False, tr("Een vertrouwelijk signaal komt nooit op een agenda. Wijzig eerst het deelniveau.")
    if meeting_id is None:
        choices = agenda_choices(store)
        if not choices:
            return False, tr("Er is nog geen overleg. Maak eerst een overleg aan onder Overleggen.")
        label, ok = QInputDialog.getItem(
            parent,
            tr("Op de agenda zetten"),
            tr("Op de agenda van:"),
            [text for _id, text in choices],
            len(choices) - 1,
            False,
        )
        if not ok:
            return False, ""
        meeting_id = next(i for i, text in choices if text == label)
    organisation = store.organisations.get(signal.organisation_id).name
    title = signal_item_title(format_date_nl(signal.observed_on), organisation, signal.first_line)
    meeting = store.meetings.get(meeting_id)
    if any(item.title == title for item in meeting.agenda):
        return False, tr("Dit signaal staat al op de agenda van dat overleg.")
    if any(new.id == signal.id for new in store.cycle.agenda(meeting_id).new_signals):
        return False, tr("Dit signaal staat al op de agenda van dat overleg, onder Nieuwe signalen.")
    meeting.agenda.insert(new_item_position([i.title for i in meeting.agenda]), AgendaItem(title))
    meeting.agenda = [AgendaItem(i.title, i.notes, n) for n, i in enumerate(meeting.agenda)]
    store.meetings.update(meeting)
    return True, tr("Signaal {id} staat op de agenda van het overleg van {date}.").format(
        id=signal.id, date=format_date_nl(meeting.held_on)
    )
