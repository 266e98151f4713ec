"""Storage layer: the only place with SQL. ``Store`` bundles the repositories over one open database."""

from __future__ import annotations

import os

from signaaltracker.store.actions import Actions
from signaaltracker.store.audit import AuditLog
from signaaltracker.store.database import Database
from signaaltracker.store.facts import Facts, Figures, Wastewater
from signaaltracker.store.meeting_cycle import MeetingCycle
from signaaltracker.store.meetings import Decisions, Meetings, Structures
from signaaltracker.store.memos import Memos
from signaaltracker.store.registers import Activities
from signaaltracker.store.settings import Settings
from signaaltracker.store.signals import Signals
from signaaltracker.store.taxonomy import AgeGroups, Organisations, Themes


class Store:
    """The repositories of one database, built on demand by whoever opened it (no global instance)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.organisations = Organisations(db)
        self.themes = Themes(db)
        self.age_groups = AgeGroups(db)
        self.signals = Signals(db)
        self.structures = Structures(db)
        self.meetings = Meetings(db)
        self.decisions = Decisions(db)
        self.actions = Actions(db)
        self.activities = Activities(db)
        self.figures = Figures(db)
        self.facts = Facts(db)
        self.wastewater = Wastewater(db)
        self.memos = Memos(db)
        self.settings = Settings(db)
        self.audit = AuditLog(db)
        self.cycle = MeetingCycle(db)

    def close(self) -> None:
        self.db.close()


def open_store(path: str | os.PathLike[str], *, create: bool = True) -> Store:
    from signaaltracker.store.opening import open_database

    return Store(open_database(path, create=create))
