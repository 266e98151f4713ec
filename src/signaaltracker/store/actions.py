"""Follow-up actions agreed in meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

from signaaltracker.domain.enums import ActionStatus
from signaaltracker.domain.meetings import Action
from signaaltracker.store.base import Repository, parse_date


class Actions(Repository[Action]):
    table = "actions"
    columns = ("description", "owner_organisation_id", "due_on", "status", "meeting_id", "completed_on")
    entity_label = "actie"
    order_by = "due_on IS NULL, due_on, id"

    def _from_row(self, row: dict[str, Any]) -> Action:
        return Action(
            row["description"],
            row["owner_organisation_id"],
            parse_date(row["due_on"]),
            row["status"],
            row["meeting_id"],
            parse_date(row["completed_on"]),
            id=row["id"],
        )

    def _load_links(self, obj: Action) -> Action:
        obj.signal_ids = self._link_ids("action_signals", "action_id", "signal_id", obj.id)
        return obj

    def _write_links(self, row_id: int, obj: Action) -> None:
        self._replace_links("action_signals", "action_id", "signal_id", row_id, obj.signal_ids)

    def open_actions(self) -> list[Action]:
        return self.list("status = 'open'")

    def overdue(self, today: date) -> list[Action]:
        return self.list("status = 'open' AND due_on IS NOT NULL AND due_on < ?", (today.isoformat(),))

    def for_meeting(self, meeting_id: int) -> list[Action]:
        return self.list("meeting_id = ?", (meeting_id,))

    def set_status(self, action_id: int, status: ActionStatus, on: date | None = None) -> Action:
        action = self.get(action_id)
        action.status = ActionStatus(status)
        action.completed_on = (on or date.today()) if action.status is not ActionStatus.OPEN else None
        return self.update(action)
