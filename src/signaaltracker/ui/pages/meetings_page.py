"""Overleggen: meetings per consultation structure, newest first; "Nieuw overleg" plans the next one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.errors import DomainError
from signaaltracker.store import Store
from signaaltracker.store.register_lists import meeting_counts
from signaaltracker.ui.confirm import ask_confirmation
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.meetings.detail import MeetingDetail
from signaaltracker.ui.meetings.tabs import button
from signaaltracker.ui.pages.base import Page, heading
from signaaltracker.ui.unsaved import settle
from signaaltracker.ui.widgets import EXPECTED_ERRORS, FormDialog, error_message, message_label


class NewMeetingDialog(FormDialog):
    """Date of the next meeting: proposed as the last one plus the interval, editable."""

    def __init__(self, store: Store, structure_id: int, parent: QWidget | None = None) -> None:
        structure = store.structures.get(structure_id)
        super().__init__(tr("Nieuw overleg: {name}").format(name=structure.name), parent)
        self.store, self.structure_id = store, structure_id
        last = store.cycle.last_meeting(structure_id)
        explain = (
            tr("Vorig overleg: {date}; interval {weeks} weken.").format(
                date=format_date_nl(last.held_on), weeks=structure.interval_weeks
            )
            if last
            else tr("Dit wordt het eerste overleg van deze structuur.")
        )
        self.form.addRow(QLabel(explain))
        self.date = DateEdit(tr("Datum van het nieuwe overleg"), label=tr("datum van het overleg"), long_format=True)
        proposed = store.cycle.proposed_date(structure_id)
        self.date.set_date(proposed)
        self.form.addRow(tr("&Datum:"), self.date)
        if proposed < date.today():
            warning = QLabel(
                tr(
                    "Let op: de voorgestelde datum (vorig overleg plus het interval) ligt in het "
                    "verleden. Kies de datum waarop het overleg echt plaatsvindt."
                )
            )
            warning.setWordWrap(True)
            warning.setAccessibleName(tr("Waarschuwing"))
            self.form.addRow(warning)
        self.form.addRow(
            QLabel(
                tr(
                    "De agenda wordt gevuld met de vaste punten, de signalen sinds het vorige overleg "
                    "en alle acties die nog openstaan."
                )
            )
        )

    def save(self):
        held_on = self.date.value()
        if held_on > far_ahead(date.today()) and not self.confirm_far(held_on):
            raise DomainError(
                tr("Het overleg is niet aangemaakt: kies de datum waarop het echt plaatsvindt."),
                "datum van het overleg",
            )
        return self.store.cycle.create_next(self.structure_id, held_on)

    def confirm_far(self, held_on: date) -> bool:
        """A date more than two years ahead is usually a typing slip: ask before planning it."""
        return ask_confirmation(
            self,
            tr("Datum ver vooruit"),
            tr("{date} ligt meer dan twee jaar vooruit. Klopt deze datum?").format(date=format_date_nl(held_on)),
            tr("&Ja, deze datum"),
        )


def far_ahead(today: date) -> date:
    """Two years after ``today`` (29 February falls back to 28 February)."""
    try:
        return today.replace(year=today.year + 2)
    except ValueError:
        return today.replace(year=today.year + 2, day=28)


class MeetingsPage(Page):
    title = QT_TR_NOOP("Overleggen")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.structure = QComboBox()
        self.structure.setAccessibleName(tr("Overlegstructuur"))
        self.structure.currentIndexChanged.connect(self._structure_changed)
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(tr("Vergaderingen, nieuwste eerst"))
        self.meetings.currentItemChanged.connect(lambda item, _prev: self._select(item))
        self.message = message_label()
        self.detail = MeetingDetail(store, self.say)
        self._structure_shown = None
        left = QVBoxLayout()
        label = QLabel(tr("&Overleg:"))
        label.setBuddy(self.structure)
        left.addWidget(label)
        left.addWidget(self.structure)
        left.addWidget(self.meetings, 1)
        left.addWidget(button(tr("&Nieuw overleg…"), tr("Nieuw overleg"), self.new_meeting))
        left.addWidget(button(tr("Overleg verwijderen"), tr("Overleg verwijderen"), self.delete_meeting))
        side = QWidget()
        side.setLayout(left)
        side.setMinimumWidth(180)  # narrower when the window is (large text, small screen)
        side.setMaximumWidth(270)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

    def say(self, text: str) -> None:
        self.message.setText(text)

    # --- unsaved notes (ui/unsaved.py) -------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.detail.meeting_id is not None and self.detail.has_unsaved_changes()

    def unsaved_description(self) -> str:
        return self.detail.unsaved_description()

    def save_changes(self) -> bool:
        return self.detail.save_changes()

    def discard_changes(self) -> None:
        self.detail.discard_changes()

    def _structure_changed(self, _index: int) -> None:
        if self.structure.currentData() != self._structure_shown and not settle(self, self):
            self.structure.blockSignals(True)
            self.structure.setCurrentIndex(max(0, self.structure.findData(self._structure_shown)))
            self.structure.blockSignals(False)
            return
        self.load_meetings()

    def refresh(self) -> None:
        current = self.structure.currentData()
        self.structure.blockSignals(True)
        self.structure.clear()
        structures = [s for s in self.store.structures.list() if s.active or s.id == current]
        counts = meeting_counts(self.store.db)
        for s in structures:
            self.structure.addItem(f"{s.name} ({counts.get(s.id, 0)})", s.id)
        if current is None and structures:  # start on the structure that meets most
            current = max(structures, key=lambda s: counts.get(s.id, 0)).id
        self.structure.setCurrentIndex(max(0, self.structure.findData(current)))
        self.structure.blockSignals(False)
        self.load_meetings()

    def load_meetings(self, select_id: int | None = None) -> None:
        structure_id = self.structure.currentData()
        self._structure_shown = structure_id
        keep = select_id if select_id is not None else self.detail.meeting_id
        self.meetings.blockSignals(True)
        self.meetings.clear()
        chosen = 0
        if structure_id is not None:
            for row, meeting in enumerate(self.store.meetings.for_structure(structure_id)):
                item = QListWidgetItem(format_date_nl(meeting.held_on))
                item.setData(Qt.ItemDataRole.UserRole, meeting.id)
                self.meetings.addItem(item)
                if meeting.id == keep:
                    chosen = row
        if self.meetings.count():
            self.meetings.setCurrentRow(chosen)
        self.meetings.blockSignals(False)
        if self.meetings.count():
            self._select(self.meetings.currentItem())
        else:
            self.detail.show_meeting(None)

    def _select(self, item: QListWidgetItem | None) -> None:
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        if wanted != self.detail.meeting_id and not settle(self, self):  # Annuleren: stay on the meeting
            self._mark_current(self.detail.meeting_id)
            return
        self.detail.show_meeting(wanted)

    def _mark_current(self, meeting_id: int | None) -> None:
        self.meetings.blockSignals(True)
        for row in range(self.meetings.count()):
            if self.meetings.item(row).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.meetings.setCurrentRow(row)
        self.meetings.blockSignals(False)

    def new_meeting(self) -> None:
        structure_id = self.structure.currentData()
        if structure_id is None:
            self.say(tr("Maak eerst een overlegstructuur aan onder Registers."))
            return
        if not settle(self, self):
            return
        dialog = NewMeetingDialog(self.store, structure_id, self)
        if dialog.exec() and dialog.saved is not None:
            self.say(tr("Overleg van {date} aangemaakt met agenda.").format(date=format_date_nl(dialog.saved.held_on)))
            self.refresh()
            self.load_meetings(dialog.saved.id)

    def delete_meeting(self) -> None:
        meeting_id = self.detail.meeting_id
        if meeting_id is None:
            return
        meeting = self.store.meetings.get(meeting_id)
        question = tr("Het overleg van {date} verwijderen?").format(date=format_date_nl(meeting.held_on))
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if (
            QMessageBox.question(self, tr("Bevestigen"), question, buttons, QMessageBox.StandardButton.No)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.store.cycle.delete_meeting(meeting_id)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return
        self.say(tr("Overleg van {date} verwijderd.").format(date=format_date_nl(meeting.held_on)))
        self.detail.discard_changes()  # its notes went with it
        self.detail.meeting_id = None
        self.refresh()
