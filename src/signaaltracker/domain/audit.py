"""An audit entry: who changed what, when, with the row before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    user: str
    table: str
    row_id: int | None
    action: str  # create, update, delete, restore, confirm_privacy, anonymise, ...
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    id: int | None = None
