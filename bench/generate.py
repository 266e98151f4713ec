"""Build a benchmark database: the demo world plus N generated signals spread realistically.

    python bench/generate.py --signals 100000 --db bench/data/100k.db

Signals spread over six years, weighted towards recent months and towards 3MMC/cannabis, over every
organisation, age group, setting and sharing level, with summaries of realistic length (no personal data).

Fast path (1,000,000 signals in well under a minute): rows are prepared as plain tuples in date order and
inserted with executemany in one transaction; the full-text trigger is lifted during the load and the index is
built in one 'rebuild' at the end (the trigger is put back exactly as the schema defined it); the chart
aggregate's link trigger is lifted the same way and the counts are made in one recount. Every signal's
field values come from the domain's enums and the same few shapes, so the domain validates a sample of them
(`Signal(...)` raises DomainError on anything invalid) rather than every row.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from bisect import bisect
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, SourceKind, Trend
from signaaltracker.domain.signals import Signal
from signaaltracker.exchange.demo import build_demo
from signaaltracker.store import open_store
from signaaltracker.store.audit import write_audit
from signaaltracker.store.database import delete_database
from signaaltracker.store.migrations.m0007_signal_counts import RECOUNT

PHRASES = [
    "Jongerenwerk ziet vaker gebruik van {m} bij de hangplek na schooltijd.",
    "Mentoren melden gedragsveranderingen die passen bij gebruik van {m}.",
    "Tijdens het evenement zijn lege verpakkingen van {m} gevonden.",
    "Jongeren vertellen dat {m} makkelijk online te bestellen is en goedkoper dan alcohol.",
    "Handhaving trof in de avonduren groepjes aan die {m} gebruikten op het plein.",
    "Ouders maken zich zorgen over {m} in de vriendengroep; school gaat het gesprek aan.",
    "Het beeld is dat het gebruik van {m} stabiel is, maar de leeftijd daalt.",
    "Wijkagent hoort in gesprekken dat {m} normaal wordt gevonden onder jongvolwassenen.",
]
MIDDLES = {
    "3MMC": "3-MMC",
    "Cannabis": "cannabis",
    "Alcohol": "alcohol",
    "Lachgas": "lachgas",
    "Drugs algemeen": "drugs",
    "Gamen": "gamen tot diep in de nacht",
    "KOV": "middelen thuis",
    "Telefoon/social media": "sociale media",
}
WEIGHTS = {
    "3MMC": 5,
    "Cannabis": 4,
    "Alcohol": 3,
    "Drugs algemeen": 3,
    "Lachgas": 2,
    "Gamen": 1,
    "KOV": 1,
    "Telefoon/social media": 1,
}
COLUMNS = (
    "observed_on",
    "recorded_at",
    "updated_at",
    "organisation_id",
    "age_group_id",
    "setting",
    "source_kind",
    "summary",
    "trend",
    "sharing_level",
    "status",
)
VALIDATE_EVERY = 500  # one in N generated signals goes through the domain's validation
FTS_TRIGGER = "signals_fts_ai"
COUNTS_TRIGGER = "signal_counts_link_added"


def _rows(
    count: int, rng: random.Random, orgs: list[int], themes: dict[str, int], ages: list[int], years: int
) -> list[tuple[tuple, list[int]]]:
    """(signal values in COLUMNS order, theme ids), sorted by observation date like a real register grows."""
    names = list(WEIGHTS)
    cumulative = list(accumulate(WEIGHTS[n] for n in names))
    total = cumulative[-1]
    today = date.today()
    span = years * 365
    days = [(today - timedelta(days=d)).isoformat() for d in range(span + 1)]
    settings, sources, trends = [s.value for s in Setting], [s.value for s in SourceKind], [t.value for t in Trend]
    sharing = [s.value for s, w in zip(SharingLevel, (3, 5, 1), strict=True) for _ in range(w)]
    statuses = [s.value for s, w in zip(SignalStatus, (2, 5, 2, 4, 1), strict=True) for _ in range(w)]
    hours = [f"T{h:02d}:00:00" for h in range(8, 21)]
    phrases = {n: [p.format(m=MIDDLES[n]) for p in PHRASES] for n in names}
    theme_id = [themes[n] for n in names]
    out = []
    rnd = rng.random

    def pick(seq: list):
        return seq[int(rnd() * len(seq))]

    for _ in range(count):
        day = days[int(span * rnd() ** 1.4)]  # more recent signals than old ones
        first = bisect(cumulative, rnd() * total)
        picked = [first] if rnd() < 0.75 else [first, bisect(cumulative, rnd() * total)]
        parts = [pick(phrases[names[p]]) for p in picked]
        own = phrases[names[first]]
        parts.extend(pick(own) for _ in range(1 + int(rnd() * 3)))
        recorded = day + pick(hours)
        out.append(
            (
                (
                    day,
                    recorded,
                    recorded,
                    pick(orgs),
                    pick(ages),
                    pick(settings),
                    pick(sources),
                    " ".join(parts),
                    pick(trends),
                    pick(sharing),
                    pick(statuses),
                ),
                sorted({theme_id[p] for p in picked}),
            )
        )
    out.sort(key=lambda row: row[0][1])
    return out


def _validate(values: tuple, theme_ids: list[int]) -> None:
    """Raise DomainError when the prepared row would not pass the domain's validation."""
    row = dict(zip(COLUMNS, values, strict=True))
    Signal(
        observed_on=date.fromisoformat(row["observed_on"]),
        organisation_id=row["organisation_id"],
        summary=row["summary"],
        theme_ids=theme_ids,
        age_group_id=row["age_group_id"],
        setting=row["setting"],
        source_kind=row["source_kind"],
        trend=row["trend"],
        sharing_level=row["sharing_level"],
        status=row["status"],
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
    )


def generate(path: Path, count: int, seed: int = 7, years: int = 6) -> float:
    start = time.perf_counter()
    delete_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    build_demo(path)
    store = open_store(path)
    rng = random.Random(seed)
    orgs = [o.id for o in store.organisations.list()]
    themes = {t.name: t.id for t in store.themes.list()}
    ages = [a.id for a in store.age_groups.list()]
    rows = _rows(count, rng, orgs, themes, ages, years)
    for values, theme_ids in rows[::VALIDATE_EVERY]:
        _validate(values, theme_ids)
    db = store.db
    first = (db.scalar("SELECT max(id) FROM signals") or 0) + 1
    insert = f"INSERT INTO signals (id, {', '.join(COLUMNS)}) VALUES (?, {', '.join('?' for _ in COLUMNS)})"
    triggers = {
        name: db.scalar("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,))
        for name in (FTS_TRIGGER, COUNTS_TRIGGER)
    }
    db.execute("PRAGMA cache_size = -200000")
    with db.transaction():
        for name in triggers:
            db.execute(f"DROP TRIGGER {name}")
        db.conn.executemany(insert, ((first + i, *values) for i, (values, _) in enumerate(rows)))
        db.conn.executemany(
            "INSERT INTO signal_themes (signal_id, theme_id) VALUES (?, ?)",
            ((first + i, t) for i, (_, ids) in enumerate(rows) for t in ids),
        )
        for trigger_sql in triggers.values():
            db.execute(trigger_sql)
        db.execute("INSERT INTO signals_fts(signals_fts) VALUES ('rebuild')")
        db.execute("DELETE FROM signal_counts")
        db.execute(RECOUNT)
        write_audit(
            db, "signals", None, "bulk_create", None, {"count": count, "note": "bench/generate.py", "first_id": first}
        )
    db.execute("PRAGMA optimize")
    store.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signals", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    seconds = generate(args.db, args.signals, args.seed)
    print(f"{args.db}: demo + {args.signals} signals in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
