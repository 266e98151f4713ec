"""View state — how the screens were left (filters, sort order, chart choices, splitter sizes, column widths, the
last page) — kept in QSettings, apart from the database's audited settings.

The database's settings are the coordinator's decisions (municipality, memo sender, backup policy): each change is
audited and carried by a backup. How a window was left is neither: writing it into the database would add audit
rows on every click and make the database look changed since its newest backup, so the close-time backup would run
for nothing. Picard keeps the same split ("setting" versus "persist").

Values are stored as JSON text, so lists and booleans come back as they went in on every platform. State that
names rows of one database (theme ids in a filter, site names) is kept per database file; layout is shared.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "SignaalTracker"
APPLICATION = "SignaalTracker-view"

log = logging.getLogger(__name__)


def view_settings() -> QSettings:
    """The view-state file (an INI file in the user's configuration folder; tests point it elsewhere with
    ``QSettings.setPath``)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def database_key(db_path: Path, key: str) -> str:
    """``key`` for state that belongs to one database file (its ids mean nothing in another)."""
    import hashlib  # here, not at the top: its OpenSSL part costs ~6 ms of every start

    digest = hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"databases/{digest}/{key}"


def load(key: str, default: Any = None) -> Any:
    raw = view_settings().value(key)
    if raw is None:
        return default
    try:
        return json.loads(str(raw))
    except ValueError:
        log.warning("view state %s is not JSON; using the default", key)
        return default


def save(key: str, value: Any) -> None:
    settings, text = view_settings(), json.dumps(value, ensure_ascii=False)
    if settings.value(key) != text:  # unchanged (the last page at every start): the file is not rewritten
        settings.setValue(key, text)


def load_bytes(key: str) -> QByteArray | None:
    """Qt's own saveState() blobs (splitters, table headers, window geometry)."""
    raw = view_settings().value(key)
    return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None


def save_bytes(key: str, value: QByteArray) -> None:
    view_settings().setValue(key, value)
