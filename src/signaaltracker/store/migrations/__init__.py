"""Numbered schema migrations. The version lives in ``PRAGMA user_version``; see store.opening.migrate."""

from types import ModuleType

from signaaltracker.store.migrations import (
    m0001_initial,
    m0002_signal_indexes,
    m0003_wastewater_days,
    m0004_deleted_signals_index,
    m0005_recorded_index,
    m0006_memo_editions,
    m0007_signal_counts,
)


def all_migrations() -> list[ModuleType]:
    """Every migration module, in order. Each has ``VERSION`` and ``apply(conn)``; versions ascend."""
    return [
        m0001_initial,
        m0002_signal_indexes,
        m0003_wastewater_days,
        m0004_deleted_signals_index,
        m0005_recorded_index,
        m0006_memo_editions,
        m0007_signal_counts,
    ]


def latest_version() -> int:
    return int(all_migrations()[-1].VERSION)
