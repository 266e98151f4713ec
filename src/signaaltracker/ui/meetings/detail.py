"""One meeting in full: header, PDF buttons and the tabs (agenda, attendance, signals, decisions, actions, notes)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.enums import ActionStatus
from signaaltracker.domain.meetings import Decision
from signaaltracker.store import Store
from signaaltracker.ui.dialogs.action_dialog import ActionDialog
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.meetings.agenda_tab import AgendaTab
from signaaltracker.ui.meetings.tabs import AttendanceTab, SignalsTab, button
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.privacy_check import may_save
from signaaltracker.ui.table_model import Column, RowsTableModel
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message


class DecisionsTab(QWidget):
    def __init__(self, store: Store, say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.meeting_id = store, say, None
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Besluiten"))
        self.list.currentItemChanged.connect(lambda item, _prev: self.text.setText(item.text() if item else ""))
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("Tekst van het besluit"))
        self.text.setPlaceholderText(tr("Tekst van het besluit…"))
        self.text.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(button(tr("Besluit toevoegen"), tr("Besluit toevoegen"), self.add))
        row.addWidget(button(tr("Wijzigen"), tr("Besluit wijzigen"), self.change))
        row.addWidget(button(tr("Verwijderen"), tr("Besluit verwijderen"), self.remove))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.list.clear()
        for decision in self.store.decisions.for_meeting(meeting_id):
            item = QListWidgetItem(decision.text)
            item.setData(256, decision.id)
            self.list.addItem(item)
        self.text.clear()

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(256) if item else None

    def _run(self, work, message: str) -> None:
        try:
            work()
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return
        self.say(message)
        self.load(self.meeting_id)

    def _screened(self) -> bool:
        if may_save(self, self.store, self.text.text()):
            return True
        self.say(tr("Niet opgeslagen: pas het besluit aan."))
        return False

    def add(self) -> None:
        if not self._screened():
            return
        self._run(
            lambda: self.store.decisions.add(Decision(self.text.text(), self.meeting_id)), tr("Besluit vastgelegd.")
        )

    def change(self) -> None:
        decision_id = self._selected()
        if decision_id is None:
            self.say(tr("Kies eerst het besluit dat u wilt wijzigen."))
            return
        if not self._screened():
            return
        self._run(
            lambda: self.store.decisions.update(Decision(self.text.text(), self.meeting_id, decision_id)),
            tr("Besluit gewijzigd."),
        )

    def remove(self) -> None:
        decision_id = self._selected()
        if decision_id is not None:
            self._run(lambda: self.store.decisions.delete(decision_id), tr("Besluit verwijderd."))


class MeetingActionsTab(QWidget):
    """Actions agreed in this meeting."""

    def __init__(self, store: Store, say, signal_items, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.signal_items, self.meeting_id = store, say, signal_items, None
        self.model = RowsTableModel(
            [
                Column("description", tr("Actie")),
                Column("owner", tr("Eigenaar")),
                Column("due_on", tr("Uiterlijk"), date_nl),
                Column("status", tr("Status"), label_of(ActionStatus)),
                Column("signals", tr("Signalen"), None, True),
            ],
            self,
        )
        self.view = make_table(self.model, tr("Acties uit dit overleg"))
        self.view.doubleClicked.connect(lambda _index: self.edit())
        row = QHBoxLayout()
        row.addWidget(button(tr("Nieuwe a&ctie…"), tr("Nieuwe actie"), self.new))
        row.addWidget(button(tr("Actie bewerken…"), tr("Actie bewerken"), self.edit))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        names = {o.id: o.name for o in self.store.organisations.list()}
        self.model.set_rows(
            [
                {
                    "id": a.id,
                    "description": a.description,
                    "owner": names.get(a.owner_organisation_id, "?"),
                    "due_on": a.due_on,
                    "status": a.status.value,
                    "signals": len(a.signal_ids),
                }
                for a in self.store.actions.for_meeting(meeting_id)
            ]
        )
        self.view.resizeColumnsToContents()

    def dialog(self, action=None) -> ActionDialog:
        meeting = self.store.meetings.get(self.meeting_id)
        return ActionDialog(self.store, meeting, action, self.signal_items(), self)

    def _run(self, dialog: ActionDialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.say(f"Actie '{dialog.saved.description}' opgeslagen.")
            self.load(self.meeting_id)

    def new(self) -> None:
        self._run(self.dialog())

    def edit(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.say(tr("Kies eerst een actie in de lijst."))
            return
        self._run(self.dialog(self.store.actions.get(self.model.row_at(rows[0].row())["id"])))


class NotesTab(QWidget):
    def __init__(self, store: Store, say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.meeting_id = store, say, None
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Notities bij het overleg"))
        self.text.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(button(tr("Notities o&pslaan"), tr("Notities bij het overleg opslaan"), self.save))

        self.stored: str | None = None

    def load(self, meeting_id: int) -> None:
        """Show the meeting's notes; notes typed for this same meeting survive the reload."""
        typed = self.text.toPlainText() if meeting_id == self.meeting_id and self.has_unsaved_changes() else None
        self.meeting_id = meeting_id
        self.stored = self.store.meetings.get(meeting_id).notes
        self.text.setPlainText(self.stored if typed is None else typed)

    def has_unsaved_changes(self) -> bool:
        return self.stored is not None and self.text.toPlainText() != self.stored

    def discard_changes(self) -> None:
        if self.stored is not None:
            self.text.setPlainText(self.stored)

    def save(self) -> bool:
        if not may_save(self, self.store, self.text.toPlainText()):
            self.say(tr("Niet opgeslagen: pas de notities aan."))
            return False
        try:
            meeting = self.store.meetings.get(self.meeting_id)
            meeting.notes = self.text.toPlainText()
            self.store.meetings.update(meeting)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return False
        self.stored = meeting.notes
        self.say(tr("Notities bij het overleg opgeslagen."))
        return True


class MeetingDetail(QWidget):
    def __init__(self, store: Store, say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.meeting_id = store, say, None
        self.title = QLabel()
        self.title.setAccessibleDescription(tr("Gekozen overleg"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(button(tr("&Agenda als PDF…"), tr("Agenda als PDF opslaan"), lambda: self.export("agenda")))
        header.addWidget(button(tr("&Verslag als PDF…"), tr("Verslag als PDF opslaan"), lambda: self.export("minutes")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Onderdelen van het overleg"))
        self.agenda = AgendaTab(store, say)
        self.attendance = AttendanceTab(store, say)
        self.signals = SignalsTab(store, say)
        self.decisions = DecisionsTab(store, say)
        self.actions = MeetingActionsTab(store, say, self.signal_items)
        self.notes = NotesTab(store, say)
        for tab, text in (
            (self.agenda, tr("Agen&da")),
            (self.attendance, tr("Aan&wezig")),
            (self.signals, tr("&Signalen")),
            (self.decisions, tr("Bes&luiten")),
            (self.actions, tr("Acti&es")),
            (self.notes, tr("No&tities")),
        ):
            self.tabs.addTab(tab, text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.reload())

    def signal_items(self) -> list[tuple[int, str]]:
        """The signals an action can be linked to: those offered for discussion in this meeting."""
        self.signals.load(self.meeting_id)
        return self.signals.candidate_items()

    # --- unsaved notes (ui/unsaved.py): the agenda item's and the meeting's ---------------------------
    def has_unsaved_changes(self) -> bool:
        return self.agenda.has_unsaved_changes() or self.notes.has_unsaved_changes()

    def unsaved_description(self) -> str:
        parts = []
        if self.agenda.has_unsaved_changes():
            parts.append(self.agenda.unsaved_description())
        if self.notes.has_unsaved_changes():
            parts.append(tr("De notities bij het overleg zijn nog niet opgeslagen."))
        return " ".join(parts)

    def save_changes(self) -> bool:
        if self.agenda.has_unsaved_changes() and not self.agenda.save_changes():
            return False
        return not self.notes.has_unsaved_changes() or self.notes.save()

    def discard_changes(self) -> None:
        self.agenda.discard_changes()
        self.notes.discard_changes()

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            self.title.setText(tr("Nog geen overleg gekozen"))
            return
        meeting = self.store.meetings.get(self.meeting_id)
        structure = self.store.structures.get(meeting.structure_id)
        self.title.setText(f"{structure.name} — {format_date_nl(meeting.held_on)}")
        self.tabs.currentWidget().load(self.meeting_id)  # the other tabs load when they are shown

    def export(self, kind: str, path: str | None = None) -> str | None:
        """Write the agenda or minutes; asks for a file name unless ``path`` is given. Returns the path."""
        if self.meeting_id is None:
            return None
        meeting = self.store.meetings.get(self.meeting_id)
        word = "agenda" if kind == "agenda" else "verslag"
        noun = tr("Agenda") if kind == "agenda" else tr("Verslag")
        if path is None:
            from signaaltracker.ui.save_dialog import ask_save_path

            chosen = ask_save_path(
                self,
                tr("{document} opslaan").format(document=noun),
                f"{word}-{meeting.held_on.isoformat()}",
                ".pdf",
                tr("PDF (*.pdf)"),
            )
            if chosen is None:
                return None
            path = str(chosen)
        from signaaltracker.reports.meeting_render import compose_meeting, export_meeting_pdf
        from signaaltracker.reports.screening import screen, screening_for
        from signaaltracker.ui.privacy_check import may_export

        try:
            findings = screen(compose_meeting(self.store, self.meeting_id, kind), screening_for(self.store))
            if not may_export(self, findings, tr("de agenda") if kind == "agenda" else tr("het verslag")):
                self.say(tr("Gestopt: pas de tekst met persoonsgegevens eerst aan."))
                return None
            export_meeting_pdf(self.store, self.meeting_id, kind, path)
        except OSError as exc:
            self.say(
                tr("{document} kon niet worden geschreven: {error}.").format(
                    document=noun, error=str(exc.strerror or exc).rstrip(".")
                )
            )
            return None
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return None
        self.say(
            tr("{document} van {date} opgeslagen in {path}.").format(
                document=noun, date=format_date_nl(meeting.held_on), path=path
            )
        )
        return path
