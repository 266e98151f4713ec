"""Settings live in the database (key/value, JSON-encoded), so a backup carries them."""

from __future__ import annotations

import json
from typing import Any

from signaaltracker.store.audit import write_audit
from signaaltracker.store.database import Database

DEFAULTS: dict[str, Any] = {
    # A new register belongs to no municipality yet (Instellingen asks); the map point defaults to the middle of
    # the Netherlands, so the nearest wastewater sites are not some other town's until it is set.
    "municipality.name": "",
    "municipality.latitude": 52.16,
    "municipality.longitude": 5.39,
    "memo.sender": "",
    "memo.recipients": "",
    "memo.suppress_below": 5,
    "retention.years": 2,
    "backup.folder": "",
    "backup.keep_daily": 7,
    "backup.keep_weekly": 8,
    "ui.language": "nl",
}


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        raw = self.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        if raw is None:
            return DEFAULTS.get(key, default) if default is None else default
        return json.loads(raw)

    def set(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False)
        with self.db.transaction():
            old = self.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
            if old == encoded:
                return
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )
            write_audit(
                self.db,
                "settings",
                None,
                "create" if old is None else "update",
                None if old is None else {"key": key, "value": json.loads(old)},
                {"key": key, "value": value},
            )

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for row in self.db.query("SELECT key, value FROM settings"):
            values[row["key"]] = json.loads(row["value"])
        return values
