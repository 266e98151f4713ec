"""The demo world: the Noordoostpolder council memo of 24 October 2024 as a SignaalTracker database (the data
itself is in ``exchange.demo_world``)."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime
from pathlib import Path

from signaaltracker.domain.enums import (
    ActionStatus,
    SharingLevel,
    SignalStatus,
)
from signaaltracker.domain.facts import Fact, Figure
from signaaltracker.domain.meetings import Action, AgendaItem, ConsultationStructure, Decision, DiscussedSignal, Meeting
from signaaltracker.domain.memo import Memo
from signaaltracker.domain.registers import Activity
from signaaltracker.domain.signals import Signal
from signaaltracker.domain.taxonomy import AgeGroup, Organisation, Theme
from signaaltracker.exchange.demo_world import (
    ACTIVITIES,
    AGE_GROUPS,
    CARREFOUR,
    ENFORCEMENT,
    FACTS,
    INTAKE_SOURCE,
    MEMO_CLOSING,
    MEMO_INTRO,
    MEMO_SIGNALS,
    MEMO_SIGNALS_INTRO,
    ORGANISATIONS,
    OTHER_SIGNALS,
    POLICE,
    SOCIAL,
    STRUCTURES,
    THEMES,
    YFC,
)
from signaaltracker.resources import resource
from signaaltracker.store import Store, open_store
from signaaltracker.store.base import saved_id
from signaaltracker.store.database import delete_database
from signaaltracker.store.errors import StoreError


def build_demo(path: str | Path, *, force: bool = False) -> Path:
    """Create the demo database at ``path``.

    An existing file is kept unless ``force``; even then only a SignaalTracker database (sound, damaged or
    empty) is replaced, and it is first moved aside as ``<stem>.vervangen-<stamp>.db`` (never deleted). The new
    file is built under a temporary name and moved into place when complete. Returns the path of the set-aside
    file or ``path``.
    """
    from signaaltracker.store.restore import DAMAGED, EMPTY, MISSING, OK, check_file, set_aside

    path = Path(path)
    aside = None
    health = check_file(path)
    if health.state != MISSING:
        if path.exists() and not force:
            raise StoreError(f"{path.name} bestaat al; gebruik --force om het te vervangen.")
        if health.state not in (OK, DAMAGED, EMPTY) or not path.exists():
            raise StoreError(f"{health.message} Het bestand is niet vervangen.")
    partial = path.with_name(path.name + ".part")
    delete_database(partial)
    try:
        store = open_store(partial)
        try:
            fill_demo(store)
        finally:
            store.close()
        if path.exists():  # never deleted: even an empty file (and its -wal) is kept aside, byte for byte
            aside = set_aside(path, label="vervangen")
        os.replace(partial, path)
    except BaseException:
        delete_database(partial)
        raise
    return aside or path


def fill_demo(store: Store) -> None:
    """Put the reference memo's world into an empty store, in one transaction."""
    with store.db.transaction():
        orgs = {
            name: saved_id(store.organisations.add(Organisation(name, kind, description)))
            for name, kind, description in ORGANISATIONS
        }
        themes = {name: saved_id(store.themes.add(Theme(name, kind, description=desc))) for name, kind, desc in THEMES}
        ages = {
            label: saved_id(store.age_groups.add(AgeGroup(label, lo, hi, order))) for label, lo, hi, order in AGE_GROUPS
        }
        # The memo's signals were discussed and may reach the council; the others are new, at their own level.
        signal_rows = [(*row[:7], SharingLevel.RAAD, SignalStatus.DISCUSSED, row[7]) for row in MEMO_SIGNALS] + [
            (*row[:8], SignalStatus.NEW, row[8]) for row in OTHER_SIGNALS
        ]
        signal_ids: list[int] = []
        for observed, org, theme_names, age, setting, source, trend, level, status, summary in signal_rows:
            signal = store.signals.add(
                Signal(
                    observed_on=date.fromisoformat(observed),
                    organisation_id=orgs[org],
                    summary=summary,
                    theme_ids=[themes[t] for t in theme_names],
                    age_group_id=ages[age],
                    setting=setting,
                    source_kind=source,
                    trend=trend,
                    sharing_level=level,
                    status=status,
                    recorded_at=datetime.fromisoformat(observed + "T10:00:00"),
                )
            )
            signal_ids.append(saved_id(signal))
        structures: dict[str, int] = {}
        for name, purpose, participants, weeks, members, description in STRUCTURES:
            structures[name] = saved_id(
                store.structures.add(
                    ConsultationStructure(
                        name=name,
                        purpose=purpose,
                        participants=participants,
                        description=description,
                        interval_weeks=weeks,
                        participant_ids=[orgs[m] for m in members],
                    )
                )
            )
        for name, pillar, funding, members, description in ACTIVITIES:
            store.activities.add(
                Activity(
                    name=name,
                    pillar=pillar,
                    funding=funding,
                    description=description,
                    organisation_ids=[orgs[m] for m in members],
                    period_start=date(2024, 1, 1),
                )
            )
        for position, (stated, fact_source, text) in enumerate(FACTS):
            store.facts.add(Fact(date.fromisoformat(stated), fact_source, text, True, position))
        _add_intake_figures(store, themes, ages)
        _add_meetings(store, orgs, structures["Jongerenoverleg"], signal_ids)
        store.settings.set("municipality.name", "Noordoostpolder")
        store.settings.set("municipality.latitude", 52.71)
        store.settings.set("municipality.longitude", 5.76)
        store.settings.set("memo.sender", "W. Jansen")
        store.settings.set("memo.recipients", "De raad van gemeente Noordoostpolder")
        store.memos.add(
            Memo(
                recipients="De raad van gemeente Noordoostpolder",
                sender="W. Jansen",
                memo_date=date(2024, 10, 24),
                subject="Reactie op toezegging TOE.24.0035 over onderzoek naar het gebruik van harddrugs.",
                policy_reference="TOE.24.0035 raadsvergadering 16 september 2024.",
                intro=MEMO_INTRO,
                signals_intro=MEMO_SIGNALS_INTRO,
                closing_text=MEMO_CLOSING,
                period_from=date(2024, 1, 1),
                period_to=date(2024, 10, 24),
            )
        )


def _add_intake_figures(store: Store, themes: dict[str, int], ages: dict[str, int]) -> None:
    with open(resource("demo", "tactus-intake-2024.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            store.figures.add(
                Figure(
                    INTAKE_SOURCE,
                    themes[row["verslaving"]],
                    ages[row["leeftijd"]],
                    date.fromisoformat(row["periode_van"]),
                    date.fromisoformat(row["periode_tot"]),
                    int(row["aantal"]),
                )
            )


def _add_meetings(store: Store, orgs: dict[str, int], structure_id: int, signal_ids: list[int]) -> None:
    standing = ["Opening en mededelingen", "Nieuwe signalen", "Openstaande acties", "Rondvraag"]
    first = store.meetings.add(
        Meeting(
            structure_id=structure_id,
            held_on=date(2024, 8, 29),
            notes="Zorgen over het toenemende 3MMC-gebruik; scholen en jongerenwerk zien hetzelfde beeld.",
            attendance_ids=[orgs[CARREFOUR], orgs[YFC], orgs[SOCIAL], orgs[POLICE]],
            discussed=[
                DiscussedSignal(signal_ids[0], "Herkend door alle partners; blijven volgen.", SignalStatus.DISCUSSED),
                DiscussedSignal(
                    signal_ids[4], "Festivalperiode voorbij; evalueren met handhaving.", SignalStatus.DISCUSSED
                ),
            ],
            agenda=[AgendaItem(title) for title in standing],
        )
    )
    store.decisions.add(Decision("Signalen over 3MMC worden ingebracht in het NADA NOP-overleg.", first.id))
    store.decisions.add(Decision("De gemeente verkent de mogelijkheden van rioolwateronderzoek.", first.id))
    store.actions.add(
        Action(
            "Signalen 3MMC agenderen in NADA NOP",
            orgs[SOCIAL],
            date(2024, 10, 10),
            ActionStatus.DONE,
            first.id,
            completed_on=date(2024, 9, 30),
            signal_ids=[signal_ids[0]],
        )
    )
    store.actions.add(
        Action(
            "Kosten en aanpak van rioolwateronderzoek inventariseren",
            orgs[SOCIAL],
            date(2024, 10, 10),
            ActionStatus.DONE,
            first.id,
            completed_on=date(2024, 10, 10),
        )
    )
    second = store.meetings.add(
        Meeting(
            structure_id=structure_id,
            held_on=date(2024, 10, 10),
            notes="Uitkomst verkenning rioolwateronderzoek besproken (circa 30.000 euro, op zijn vroegst in 2025).",
            attendance_ids=[orgs[CARREFOUR], orgs[YFC], orgs[SOCIAL], orgs[POLICE], orgs[ENFORCEMENT]],
            discussed=[
                DiscussedSignal(
                    signal_ids[6], "Jongerenwerk blijft in gesprek; vrijwillig kader.", SignalStatus.IN_ACTION
                ),
                DiscussedSignal(signal_ids[8], "Handhaving let extra op de skatebaan.", SignalStatus.IN_ACTION),
                DiscussedSignal(signal_ids[9], "Vertrouwelijk; jongerenwerk volgt.", SignalStatus.DISCUSSED),
            ],
            agenda=[AgendaItem(title) for title in standing],
        )
    )
    store.decisions.add(Decision("De raad wordt met een memo geïnformeerd over signalen en feiten.", second.id))
    store.actions.add(
        Action(
            "Jongerenwerkers trainen in de IZA-preventiemethode",
            orgs[CARREFOUR],
            date(2024, 11, 21),
            ActionStatus.OPEN,
            second.id,
            signal_ids=[signal_ids[3]],
        )
    )
    for discussed in (*first.discussed, *second.discussed):
        if discussed.new_status:
            store.signals.set_status([discussed.signal_id], discussed.new_status)
