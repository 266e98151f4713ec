"""The audit log: one row per create/update/delete, written in the same transaction as the change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from signaaltracker.domain.audit import AuditEntry
from signaaltracker.store.database import Database


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, default=_json_default, ensure_ascii=False, sort_keys=True)


def write_audit(
    db: Database,
    table: str,
    row_id: int | None,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Append an audit row. Call inside the transaction of the change it records."""
    db.execute(
        "INSERT INTO audit_log (at, user, table_name, row_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (datetime.now().isoformat(timespec="seconds"), db.user, table, row_id, action, to_json(before), to_json(after)),
    )


@dataclass
class AuditFilter:
    table: str | None = None
    action: str | None = None
    row_id: int | None = None
    since: date | None = None
    until: date | None = None


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, table: str, action: str, details: dict[str, Any]) -> None:
        """An event that changes no row, e.g. a document printed with its personal data left in on request."""
        with self.db.transaction():
            write_audit(self.db, table, None, action, None, details)

    @staticmethod
    def _where(flt: AuditFilter) -> tuple[str, list[Any]]:
        where: list[str] = ["1=1"]
        params: list[Any] = []
        if flt.table:
            where.append("table_name = ?")
            params.append(flt.table)
        if flt.action:
            where.append("action = ?")
            params.append(flt.action)
        if flt.row_id is not None:
            where.append("row_id = ?")
            params.append(flt.row_id)
        if flt.since:
            where.append("at >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            where.append("at < date(?, '+1 day')")
            params.append(flt.until.isoformat())
        return " AND ".join(where), params

    def entries(self, flt: AuditFilter | None = None, limit: int = 1000, offset: int = 0) -> list[AuditEntry]:
        where, params = self._where(flt or AuditFilter())
        rows = self.db.query(
            f"SELECT * FROM audit_log WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [
            AuditEntry(
                at=datetime.fromisoformat(r["at"]),
                user=r["user"],
                table=r["table_name"],
                row_id=r["row_id"],
                action=r["action"],
                before=json.loads(r["before"]) if r["before"] else None,
                after=json.loads(r["after"]) if r["after"] else None,
                id=r["id"],
            )
            for r in rows
        ]

    def count(self, flt: AuditFilter | None = None) -> int:
        where, params = self._where(flt or AuditFilter())
        return int(self.db.scalar(f"SELECT count(*) FROM audit_log WHERE {where}", tuple(params)))

    def tables(self) -> list[str]:
        """The entities that occur in the log (for the viewer's filter)."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT table_name FROM audit_log ORDER BY 1")]

    def actions(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1")]
