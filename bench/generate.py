"""Build a benchmark database: the demo world plus N generated signals spread realistically.

    python bench/generate.py --signals 100000 --db bench/data/100k.db

Signals spread over six years, weighted towards recent months and towards 3MMC/cannabis, over every
organisation, age group, setting and sharing level, with summaries of realistic length (no personal data).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, SourceKind, Trend
from signaaltracker.domain.signals import Signal
from signaaltracker.exchange.demo import build_demo
from signaaltracker.store import open_store

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
MIDDLES = {"3MMC": "3-MMC", "Cannabis": "cannabis", "Alcohol": "alcohol", "Lachgas": "lachgas",
           "Drugs algemeen": "drugs", "Gamen": "gamen tot diep in de nacht", "KOV": "middelen thuis",
           "Telefoon/social media": "sociale media"}
WEIGHTS = {"3MMC": 5, "Cannabis": 4, "Alcohol": 3, "Drugs algemeen": 3, "Lachgas": 2, "Gamen": 1, "KOV": 1,
           "Telefoon/social media": 1}


def generate(path: Path, count: int, seed: int = 7, years: int = 6) -> float:
    start = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    build_demo(path)
    store = open_store(path)
    rng = random.Random(seed)
    orgs = [o.id for o in store.organisations.list()]
    themes = {t.name: t.id for t in store.themes.list()}
    ages = [a.id for a in store.age_groups.list()]
    names = list(WEIGHTS)
    weights = [WEIGHTS[n] for n in names]
    today = date.today()
    span = years * 365
    batch: list[Signal] = []
    for _ in range(count):
        age_days = int(span * rng.random() ** 1.4)  # more recent signals than old ones
        observed = today - timedelta(days=age_days)
        picked = rng.choices(names, weights, k=rng.choice((1, 1, 1, 2)))
        text = " ".join(rng.choice(PHRASES).format(m=MIDDLES[p]) for p in picked)
        text += " " + " ".join(rng.choice(PHRASES).format(m=MIDDLES[picked[0]]) for _ in range(rng.randint(1, 3)))
        batch.append(Signal(
            observed_on=observed, organisation_id=rng.choice(orgs), summary=text,
            theme_ids=[themes[p] for p in picked], age_group_id=rng.choice(ages),
            setting=rng.choice(list(Setting)), source_kind=rng.choice(list(SourceKind)),
            trend=rng.choice(list(Trend)), sharing_level=rng.choices(list(SharingLevel), (3, 5, 1))[0],
            status=rng.choices(list(SignalStatus), (2, 5, 2, 4, 1))[0],
            recorded_at=datetime.combine(observed, datetime.min.time()) + timedelta(hours=rng.randint(8, 20)),
        ))
        if len(batch) >= 20_000:
            store.signals.add_many(batch, "bench/generate.py")
            batch = []
    if batch:
        store.signals.add_many(batch, "bench/generate.py")
    store.db.execute("PRAGMA optimize")
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
