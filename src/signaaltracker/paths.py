"""Where the app keeps its files by default (user data and log dirs), without importing Qt."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "SignaalTracker"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return user_data_dir() / "signaaltracker.db"
