"""The Acties page's list: every action across meetings, filtered in SQL, overdue ones first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from signaaltracker.store.database import Database


@dataclass
class ActionFilter:
    """Empty fields do not filter. ``status`` is a stored ActionStatus value."""

    structure_id: int | None = None
    owner_id: int | None = None
    status: str | None = None
    overdue_only: bool = False


def action_rows(db: Database, flt: ActionFilter, today: date) -> list[dict[str, Any]]:
    where: list[str] = ["1=1"]
    params: list[Any] = [today.isoformat()]
    if flt.structure_id is not None:
        where.append("m.structure_id = ?")
        params.append(flt.structure_id)
    if flt.owner_id is not None:
        where.append("a.owner_organisation_id = ?")
        params.append(flt.owner_id)
    if flt.status:
        where.append("a.status = ?")
        params.append(flt.status)
    if flt.overdue_only:
        where.append("a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on < ?")
        params.append(today.isoformat())
    sql = f"""
        SELECT a.id, a.description, a.due_on, a.status, a.completed_on, a.owner_organisation_id,
               o.name AS owner, m.held_on AS meeting_on, s.name AS structure, m.structure_id,
               (a.status = 'open' AND a.due_on IS NOT NULL AND a.due_on < ?) AS overdue,
               (SELECT count(*) FROM action_signals x WHERE x.action_id = a.id) AS signal_count
        FROM actions a
        JOIN organisations o ON o.id = a.owner_organisation_id
        LEFT JOIN meetings m ON m.id = a.meeting_id
        LEFT JOIN structures s ON s.id = m.structure_id
        WHERE {" AND ".join(where)}
        ORDER BY overdue DESC, a.status = 'open' DESC, a.due_on IS NULL, a.due_on, a.id"""
    return db.query(sql, tuple(params))
