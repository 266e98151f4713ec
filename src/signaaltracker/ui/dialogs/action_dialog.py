"""Add or edit a follow-up action: description, owner, due date (default: the next meeting), linked signals."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from signaaltracker.domain.enums import ActionStatus
from signaaltracker.domain.meetings import Action, Meeting
from signaaltracker.store import Store
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.privacy_check import may_save
from signaaltracker.ui.widgets import CheckList, FormDialog, enum_combo, id_combo


class ActionDialog(FormDialog):
    def __init__(
        self,
        store: Store,
        meeting: Meeting,
        action: Action | None = None,
        signal_items: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Actie bewerken") if action else tr("Nieuwe actie"), parent)
        self.store, self.meeting, self.original = store, meeting, action
        self.description = QPlainTextEdit(action.description if action else "")
        self.description.setAccessibleName(tr("Omschrijving van de actie"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        keep = action.owner_organisation_id if action else None
        owners = [(None, tr("— kies een organisatie —"))] + [
            (o.id, o.name) for o in store.organisations.list() if o.active or o.id == keep
        ]
        self.owner = id_combo(owners, keep, tr("Eigenaar (organisatie)"))
        self.due = DateEdit(tr("Uiterste datum"), label=tr("uiterste datum"), optional=True, long_format=True)
        self.due.set_date(action.due_on if action else store.cycle.due_date(meeting))
        self.status = enum_combo(ActionStatus, action.status if action else ActionStatus.OPEN, tr("Status"))
        self.signals = CheckList(tr("Gekoppelde signalen"))
        linked = action.signal_ids if action else []
        items = list(signal_items or [])
        known = {i for i, _ in items}
        items += [(i, f"signaal {i}") for i in linked if i not in known]
        self.signals.set_items(items, linked)
        self.form.addRow(tr("&Actie:"), self.description)
        self.form.addRow(tr("&Eigenaar:"), self.owner)
        self.form.addRow(tr("&Uiterlijk:"), self.due)
        self.form.addRow(tr("S&tatus:"), self.status)
        self.form.addRow(tr("&Signalen:"), self.signals)

    def accept(self) -> None:
        if not may_save(self, self.store, self.description.toPlainText()):
            self.error.setText(tr("Niet opgeslagen: pas de omschrijving aan."))
            return
        super().accept()

    def save(self) -> Action:
        status = ActionStatus(self.status.currentData())
        original = self.original
        completed = original.completed_on if original and original.status is status else None
        action = Action(
            self.description.toPlainText(),
            self.owner.currentData(),
            self.due.value(),
            status,
            original.meeting_id if original else self.meeting.id,
            completed,
            self.signals.checked_ids(),
            original.id if original else None,
        )
        if action.status is not ActionStatus.OPEN and action.completed_on is None:
            from datetime import date

            action.completed_on = date.today()
        return self.store.actions.add(action) if action.id is None else self.store.actions.update(action)
