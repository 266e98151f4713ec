"""The agenda tab of a meeting: items with their notes, added, renamed, moved, deleted (with undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.enums import ActionStatus, SharingLevel
from signaaltracker.domain.meeting_cycle import new_item_position
from signaaltracker.domain.meetings import AgendaItem
from signaaltracker.store import Store
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.meetings.tabs import RESIZE_ROWS, button, signal_row
from signaaltracker.ui.pages.base import ListSection
from signaaltracker.ui.privacy_check import may_save
from signaaltracker.ui.table_model import Column
from signaaltracker.ui.unsaved import settle
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message


class AgendaTab(QWidget):
    """Agenda items with notes per item; below, the new signals and the carried-over actions.

    Items can be added (before Rondvraag), renamed, deleted (Ctrl+Z brings the last one back with its notes) and
    moved (Alt+↑ / Alt+↓). Notes typed for an item are kept until saved or discarded: switching item or meeting
    asks first (ui/unsaved.py)."""

    def __init__(self, store: Store, say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.meeting = store, say, None
        self.deleted: list[tuple[int, int, AgendaItem]] = []  # (meeting id, position, item) for undo
        self.shown_row = -1  # the item whose notes are in the notes box
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Agendapunten"))
        self.items.setAccessibleDescription(tr("Alt+pijl omhoog of omlaag verplaatst het punt; Delete verwijdert"))
        self.items.currentRowChanged.connect(self._row_changed)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Notities bij het agendapunt"))
        self.notes.setTabChangesFocus(True)
        self.new_title = QLineEdit()
        self.new_title.setAccessibleName(tr("Titel van een nieuw agendapunt"))
        self.new_title.setPlaceholderText(tr("Nieuw agendapunt…"))
        self.new_title.returnPressed.connect(self.add_item)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.items)
        row = QHBoxLayout()
        row.addWidget(self.new_title)
        row.addWidget(button(tr("Toevoegen"), tr("Agendapunt toevoegen"), self.add_item))
        left.addLayout(row)
        tools = QHBoxLayout()
        tools.addWidget(button(tr("Hernoemen…"), tr("Agendapunt hernoemen"), self.rename_item))
        tools.addWidget(button(tr("Omhoog"), tr("Agendapunt omhoog (Alt+pijl omhoog)"), lambda: self.move_item(-1)))
        tools.addWidget(button(tr("Omlaag"), tr("Agendapunt omlaag (Alt+pijl omlaag)"), lambda: self.move_item(1)))
        tools.addWidget(button(tr("Verwijderen"), tr("Agendapunt verwijderen (Delete)"), self.delete_item))
        left.addLayout(tools)
        self.undo_link = QLabel(tr('<a href="undo">Verwijderen ongedaan maken</a>'))
        self.undo_link.setToolTip("Ctrl+Z")
        self.undo_link.linkActivated.connect(lambda _link: self.undo_delete())
        self.undo_link.hide()
        left.addWidget(self.undo_link)
        for keys, slot, owner in (
            ("Alt+Up", lambda: self.move_item(-1), self.items),
            ("Alt+Down", lambda: self.move_item(1), self.items),
            ("Delete", self.delete_item, self.items),
            ("F2", self.rename_item, self.items),
            ("Ctrl+Z", self.undo_delete, self),
        ):
            shortcut = QShortcut(QKeySequence(keys), owner, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("Notities bij het gekozen agendapunt:")))
        right.addWidget(self.notes)
        right.addWidget(button(tr("Notities o&pslaan"), tr("Notities bij agendapunt opslaan"), self.save_notes))
        top.addLayout(left, 1)
        top.addLayout(right, 2)
        self.signals = ListSection(
            tr("Nieuwe signalen sinds het vorige overleg"),
            [
                Column("observed_on", tr("Waargenomen"), date_nl),
                Column("organisation", tr("Organisatie")),
                Column("themes", tr("Thema's")),
                Column("sharing_level", tr("Delen"), label_of(SharingLevel)),
                Column("summary", tr("Samenvatting")),
            ],
            lambda: self._signal_rows,
        )
        self.carried = ListSection(
            tr("Openstaande acties uit eerdere overleggen"),
            [
                Column("description", tr("Actie")),
                Column("owner", tr("Eigenaar")),
                Column("due_on", tr("Uiterlijk"), date_nl),
                Column("status", tr("Status"), label_of(ActionStatus)),
                Column("origin", tr("Afgesproken"), date_nl),
                Column("open", tr("Open (overleggen)"), None, True),
            ],
            lambda: self._carried_rows,
        )
        for section in (self.signals, self.carried):
            section.view.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        self._signal_rows: list[dict] = []
        self._carried_rows: list[dict] = []
        layout = QVBoxLayout(self)
        holder = QWidget()
        holder.setLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        for widget in (holder, self.signals, self.carried):
            split.addWidget(widget)
        layout.addWidget(split)

    # --- loading -------------------------------------------------------------------------------
    def load(self, meeting_id: int, select_row: int | None = None) -> None:
        """Show the meeting's agenda. Notes typed for an item of the same meeting survive the reload."""
        same = self.meeting is not None and self.meeting.id == meeting_id
        typed = self.notes.toPlainText() if same and self.has_unsaved_changes() else None
        agenda = self.store.cycle.agenda(meeting_id)
        self.meeting = agenda.meeting
        row = select_row if select_row is not None else (max(0, self.items.currentRow()) if same else 0)
        self.items.blockSignals(True)
        self.items.clear()
        for item in agenda.items:
            self.items.addItem(item.title + (" ✎" if item.notes else ""))
        self.items.setCurrentRow(min(row, self.items.count() - 1))
        self.items.blockSignals(False)
        self._show_notes(self.items.currentRow())
        if typed is not None and self.shown_row >= 0:
            self.notes.setPlainText(typed)
        self.undo_link.setVisible(self._undo_entry() is not None)
        names = {o.id: o.name for o in self.store.organisations.list()}
        themes = {t.id: t.name for t in self.store.themes.list()}
        self._signal_rows = [signal_row(self.store, s, names, themes) for s in agenda.new_signals]
        self._carried_rows = [
            {
                "id": c.action.id,
                "description": c.action.description,
                "owner": names.get(c.action.owner_organisation_id, "?"),
                "due_on": c.action.due_on,
                "status": c.action.status.value,
                "origin": c.origin_held_on,
                "open": c.meetings_open,
            }
            for c in agenda.carried
        ]
        self.signals.refresh()
        self.carried.refresh()

    def _show_notes(self, row: int) -> None:
        if self.meeting is None or not 0 <= row < len(self.meeting.agenda):
            self.shown_row = -1
            self.notes.setPlainText("")
            return
        self.shown_row = row
        self.notes.setPlainText(self.meeting.agenda[row].notes)

    def _row_changed(self, row: int) -> None:
        if row == self.shown_row:
            return
        if not settle(self, self):  # Annuleren: stay on the item whose notes were typed
            self.items.blockSignals(True)
            self.items.setCurrentRow(self.shown_row)
            self.items.blockSignals(False)
            return
        self._show_notes(self.items.currentRow())

    # --- unsaved notes (ui/unsaved.py) -----------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self.meeting is None or not 0 <= self.shown_row < len(self.meeting.agenda):
            return False
        return self.notes.toPlainText() != self.meeting.agenda[self.shown_row].notes

    def unsaved_description(self) -> str:
        return tr("De notities bij agendapunt '{item}' zijn nog niet opgeslagen.").format(
            item=self.meeting.agenda[self.shown_row].title
        )

    def save_changes(self) -> bool:
        return self.save_notes()

    def discard_changes(self) -> None:
        self._show_notes(self.shown_row)

    # --- changing the agenda ---------------------------------------------------------------------
    def _write(self, change, done: str, select_row: int) -> bool:
        """Apply ``change(items)`` to the stored agenda (read afresh) and store it; the typed notes stay."""
        typed = self.notes.toPlainText() if self.has_unsaved_changes() else None
        shown = self.meeting.agenda[self.shown_row] if typed is not None else None
        try:
            meeting = self.store.meetings.get(self.meeting.id)
            change(meeting.agenda)
            meeting.agenda = [AgendaItem(i.title, i.notes, n) for n, i in enumerate(meeting.agenda)]
            self.store.meetings.update(meeting)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return False
        self.meeting = None  # a fresh load: the typed notes are put back below, on their own item
        self.load(meeting.id, select_row)
        if typed is not None:
            titles = [(i.title, i.notes) for i in self.meeting.agenda]
            if (shown.title, shown.notes) in titles:
                self.items.blockSignals(True)
                self.items.setCurrentRow(titles.index((shown.title, shown.notes)))
                self.items.blockSignals(False)
                self._show_notes(self.items.currentRow())
                self.notes.setPlainText(typed)
        self.say(done)
        return True

    def _current(self) -> int | None:
        row = self.items.currentRow()
        if self.meeting is None or not 0 <= row < len(self.meeting.agenda):
            self.say(tr("Kies eerst een agendapunt."))
            return None
        return row

    def save_notes(self) -> bool:
        row = self.shown_row
        if self.meeting is None or row < 0:
            self.say(tr("Kies eerst een agendapunt."))
            return False
        if not may_save(self, self.store, self.notes.toPlainText()):
            self.say(tr("Niet opgeslagen: pas de notities aan."))
            return False
        title = self.meeting.agenda[row].title
        try:
            meeting = self.store.meetings.get(self.meeting.id)
            meeting.agenda[row] = AgendaItem(meeting.agenda[row].title, self.notes.toPlainText(), row)
            self.store.meetings.update(meeting)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return False
        self.say(tr("Notities bij '{item}' opgeslagen.").format(item=title))
        keep = self.items.currentRow()
        self.meeting = None
        self.load(meeting.id, keep)
        return True

    def add_item(self, title: str | None = None) -> bool:
        """Add an item (the typed title) before Rondvraag."""
        if self.meeting is None:
            return False
        text = self.new_title.text() if title is None else title
        try:
            item = AgendaItem(text)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return False
        position = new_item_position([i.title for i in self.meeting.agenda])
        if self._write(
            lambda items: items.insert(new_item_position([i.title for i in items]), item),
            tr("Agendapunt '{item}' toegevoegd.").format(item=item.title),
            position,
        ):
            self.new_title.clear()
            return True
        return False

    def rename_item(self, title: str | None = None) -> bool:
        row = self._current()
        if row is None:
            return False
        old = self.meeting.agenda[row]
        if title is None:
            title, ok = QInputDialog.getText(self, tr("Agendapunt hernoemen"), tr("Nieuwe titel:"), text=old.title)
            if not ok:
                return False
        try:
            renamed = AgendaItem(title, old.notes, row)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return False

        def change(items: list[AgendaItem]) -> None:
            items[row] = AgendaItem(renamed.title, items[row].notes, row)

        if self.has_unsaved_changes():  # keep the typed notes on the renamed item
            typed = self.notes.toPlainText()
            done = self._write(change, tr("Agendapunt hernoemd tot '{item}'.").format(item=renamed.title), row)
            self.notes.setPlainText(typed)
            return done
        return self._write(change, tr("Agendapunt hernoemd tot '{item}'.").format(item=renamed.title), row)

    def move_item(self, step: int) -> bool:
        row = self._current()
        if row is None:
            return False
        target = row + step
        if not 0 <= target < len(self.meeting.agenda):
            return False

        def change(items: list[AgendaItem]) -> None:
            items.insert(target, items.pop(row))

        moved = self._write(
            change, tr("Agendapunt '{item}' verplaatst.").format(item=self.meeting.agenda[row].title), target
        )
        self.items.setFocus()
        return moved

    def delete_item(self) -> bool:
        row = self._current()
        if row is None:
            return False
        if self.shown_row == row and self.has_unsaved_changes():
            self.discard_changes()  # the item and its typed notes go together; Ctrl+Z brings back what was stored
        item = self.meeting.agenda[row]
        meeting_id = self.meeting.id
        if self._write(
            lambda items: items.pop(row),
            tr("Agendapunt '{item}' verwijderd. Ctrl+Z maakt dit ongedaan.").format(item=item.title),
            max(0, row - 1) if row >= len(self.meeting.agenda) - 1 else row,
        ):
            self.deleted.append((meeting_id, row, item))
            self.undo_link.show()
            return True
        return False

    def _undo_entry(self) -> tuple[int, int, AgendaItem] | None:
        if self.deleted and self.meeting is not None and self.deleted[-1][0] == self.meeting.id:
            return self.deleted[-1]
        return None

    def undo_delete(self) -> bool:
        entry = self._undo_entry()
        if entry is None:
            self.say(tr("Er is geen verwijderd agendapunt om terug te zetten."))
            return False
        _meeting_id, row, item = entry
        position = min(row, len(self.meeting.agenda))
        if self._write(
            lambda items: items.insert(min(row, len(items)), item),
            tr("Agendapunt '{item}' teruggezet.").format(item=item.title),
            position,
        ):
            self.deleted.pop()
            self.undo_link.setVisible(self._undo_entry() is not None)
            return True
        return False
