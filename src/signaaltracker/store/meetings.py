"""Consultation structures and their meetings (attendance, discussed signals, agenda items, decisions)."""

from __future__ import annotations

from typing import Any

from signaaltracker.domain.meetings import AgendaItem, ConsultationStructure, Decision, DiscussedSignal, Meeting
from signaaltracker.store.base import Repository, parse_date


class Structures(Repository[ConsultationStructure]):
    table = "structures"
    columns = ("name", "purpose", "participants", "description", "interval_weeks", "active")
    entity_label = "overlegstructuur"

    def _from_row(self, row: dict[str, Any]) -> ConsultationStructure:
        return ConsultationStructure(
            name=row["name"],
            purpose=row["purpose"],
            participants=row["participants"],
            description=row["description"],
            interval_weeks=row["interval_weeks"],
            active=bool(row["active"]),
            id=row["id"],
        )

    def _load_links(self, obj: ConsultationStructure) -> ConsultationStructure:
        obj.participant_ids = self._link_ids("structure_participants", "structure_id", "organisation_id", obj.id)
        return obj

    def _write_links(self, row_id: int, obj: ConsultationStructure) -> None:
        self._replace_links("structure_participants", "structure_id", "organisation_id", row_id, obj.participant_ids)

    def by_name(self, name: str) -> ConsultationStructure | None:
        found = self.list("name = ? COLLATE NOCASE", (name.strip(),))
        return found[0] if found else None


class Meetings(Repository[Meeting]):
    table = "meetings"
    columns = ("structure_id", "held_on", "notes")
    entity_label = "vergadering"
    order_by = "held_on DESC, id DESC"

    def _from_row(self, row: dict[str, Any]) -> Meeting:
        return Meeting(row["structure_id"], parse_date(row["held_on"]), row["notes"], id=row["id"])

    def _load_links(self, obj: Meeting) -> Meeting:
        obj.attendance_ids = self._link_ids("meeting_attendance", "meeting_id", "organisation_id", obj.id)
        obj.discussed = [
            DiscussedSignal(r["signal_id"], r["assessment"], r["new_status"])
            for r in self.db.query("SELECT * FROM meeting_signals WHERE meeting_id = ? ORDER BY signal_id", (obj.id,))
        ]
        obj.agenda = [
            AgendaItem(r["title"], r["notes"], r["position"])
            for r in self.db.query("SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", (obj.id,))
        ]
        return obj

    def _write_links(self, row_id: int, obj: Meeting) -> None:
        self._replace_links("meeting_attendance", "meeting_id", "organisation_id", row_id, obj.attendance_ids)
        self.db.execute("DELETE FROM meeting_signals WHERE meeting_id = ?", (row_id,))
        self.db.conn.executemany(
            "INSERT INTO meeting_signals (meeting_id, signal_id, assessment, new_status) VALUES (?, ?, ?, ?)",
            [(row_id, d.signal_id, d.assessment, d.new_status.value if d.new_status else None) for d in obj.discussed],
        )
        self.db.execute("DELETE FROM agenda_items WHERE meeting_id = ?", (row_id,))
        self.db.conn.executemany(
            "INSERT INTO agenda_items (meeting_id, position, title, notes) VALUES (?, ?, ?, ?)",
            [(row_id, i, item.title, item.notes) for i, item in enumerate(obj.agenda)],
        )

    def for_structure(self, structure_id: int) -> list[Meeting]:
        """Newest first."""
        return self.list("structure_id = ?", (structure_id,))

    def previous(self, meeting: Meeting) -> Meeting | None:
        found = self.list(
            "structure_id = ? AND (held_on < ? OR (held_on = ? AND id < ?))",
            (meeting.structure_id, meeting.held_on.isoformat(), meeting.held_on.isoformat(), meeting.id or 1 << 62),
        )
        return found[0] if found else None


class Decisions(Repository[Decision]):
    table = "decisions"
    columns = ("meeting_id", "text")
    entity_label = "besluit"
    entity_article = "het"

    def _from_row(self, row: dict[str, Any]) -> Decision:
        return Decision(row["text"], row["meeting_id"], row["id"])

    def for_meeting(self, meeting_id: int) -> list[Decision]:
        return self.list("meeting_id = ?", (meeting_id,))
