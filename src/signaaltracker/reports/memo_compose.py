"""The council memo as plain data, in the structure of the reference memo (no Qt, no reportlab).

``compose_memo(store, memo)`` reads the register and returns a ``MemoDocument``; the renderer turns it into a
PDF, and ``asdict(document)`` is the JSON snapshot kept in the memo history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.memo import MEMO_SECTIONS, Memo
from signaaltracker.reports.memo_periods import in_window, shown_periods
from signaaltracker.reports.memo_table import IntakeTable, build_intake_tables
from signaaltracker.store import Store
from signaaltracker.store import memo_queries as q

TITLE = "MEMO aan Raad"
HEADINGS = {
    "signals": "Welke signalen zijn bekend?",
    "facts": "Welke feiten zijn bekend?",
    "organisations": "Welke organisaties zijn betrokken rondom het thema?",
    "structures": "Welke activiteiten ondernemen wij op het gebied van preventie van druggebruik?",
    "activities": "Op welke manieren zet de gemeente in op preventie van druggebruik?",
}
OVERVIEW = {
    "signals": "de signalen die bekend zijn bij de gemeente",
    "facts": "de feiten die bekend zijn bij de gemeente",
    "organisations": "welke organisaties er betrokken zijn rondom dit thema",
    "prevention": "welke initiatieven de gemeente onderneemt op het terrein van preventie van druggebruik",
    "closing": "op welke wijze het gebruik van (hard)drugs in beeld kan worden gebracht",
}
SECTION_LABELS = {  # for the section switches in the app
    "signals": "Signalen",
    "facts": "Feiten en instroomcijfers",
    "organisations": "Betrokken organisaties",
    "structures": "Overlegstructuren",
    "activities": "Preventieactiviteiten",
    "closing": "Slottekst",
}
STRUCTURES_INTRO = "De gemeente heeft verschillende overlegstructuren waarbinnen signalen worden uitgewisseld:"
MAX_SIGNALS_PER_THEME = 15  # a council memo lists examples, not thousands of bullets
MAX_SIGNALS = 40  # in the flat list
NO_SIGNALS = "Over deze periode zijn geen signalen vastgelegd die met de raad gedeeld mogen worden."


class MemoError(DomainError):
    """The memo cannot be made from what the database holds (e.g. no figures)."""


@dataclass
class Bullet:
    text: str
    lead: str = ""  # printed in bold before the text, e.g. a structure's name
    ref: int | None = None  # the signal id behind a signal bullet


@dataclass
class Block:
    """One piece of a section. ``kind``: paragraphs | bullets | table | chart | label."""

    kind: str
    texts: list[str] = field(default_factory=list)
    bullets: list[Bullet] = field(default_factory=list)
    table: IntakeTable | None = None


@dataclass
class Section:
    key: str
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class MemoDocument:
    title: str
    municipality: str
    header: list[tuple[str, str]]
    policy_reference: str
    intro: list[str]
    overview: list[str]
    sections: list[Section]
    period: str
    suppress_below: int | None
    signal_ids: list[int]
    subject: str = ""
    sender: str = ""
    signature: str = ""  # ondertekening, printed at the end
    attachments: list[str] = field(default_factory=list)  # bijlagen, listed at the end
    logo: bytes | None = None  # the municipality's logo (PNG) for page 1; the snapshot keeps only its hash


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def overview_lines(keys: list[str]) -> list[str]:
    """The "Met deze memo informeren wij u over:" bullets with the reference's punctuation."""
    parts = [OVERVIEW[k] for k in keys]
    lines = []
    for index, part in enumerate(parts):
        if index == len(parts) - 1:
            lines.append(part + ".")
        elif index == len(parts) - 2:
            lines.append(part + " en")
        else:
            lines.append(part + ";")
    return lines


def period_text(memo: Memo) -> str:
    if memo.period_from and memo.period_to:
        return f"{format_date_nl(memo.period_from)} tot en met {format_date_nl(memo.period_to)}"
    if memo.period_from:
        return f"vanaf {format_date_nl(memo.period_from)}"
    if memo.period_to:
        return f"tot en met {format_date_nl(memo.period_to)}"
    return "alle vastgelegde gegevens"


def compose_memo(store: Store, memo: Memo, *, municipality: str | None = None) -> MemoDocument:
    settings = store.settings
    municipality = municipality or str(settings.get("municipality.name") or "")
    db = store.db
    enabled = [k for k in MEMO_SECTIONS if k in memo.sections]
    sections: list[Section] = []
    signal_ids: list[int] = []
    if "signals" in enabled:
        section, signal_ids = _signals_section(db, memo)
        sections.append(section)
    if "facts" in enabled:
        sections.append(_facts_section(store, memo))
    if "organisations" in enabled:
        sections.append(
            Section(
                "organisations",
                HEADINGS["organisations"],
                [Block("bullets", bullets=[Bullet(row["name"]) for row in q.memo_organisations(db)])],
            )
        )
    if "structures" in enabled:
        items = [
            Bullet(_lower_first(row["description"] or row["purpose"]), lead=row["name"])
            for row in q.memo_structures(db)
        ]
        sections.append(
            Section(
                "structures",
                HEADINGS["structures"],
                [Block("paragraphs", texts=[STRUCTURES_INTRO]), Block("bullets", bullets=items)] if items else [],
            )
        )
    if "activities" in enabled:
        items = [
            Bullet(row["description"] or row["name"]) for row in q.memo_activities(db, memo.period_from, memo.period_to)
        ]
        sections.append(Section("activities", HEADINGS["activities"], [Block("bullets", bullets=items)]))
    if "closing" in enabled and memo.closing_title:
        sections.append(
            Section("closing", memo.closing_title, [Block("paragraphs", texts=paragraphs(memo.closing_text))])
        )
    sections = [s for s in sections if _has_content(s)]  # an empty section prints no heading
    printed = {s.key for s in sections}
    overview_keys: list[str] = [k for k in ("signals", "facts", "organisations") if k in printed]
    if "structures" in printed or "activities" in printed:
        overview_keys.append("prevention")
    if "closing" in printed:
        overview_keys.append("closing")
    header = [("Aan", memo.recipients), ("Van", memo.sender), ("Datum", format_date_nl(memo.memo_date))]
    if memo.kenmerk:
        header.append(("Kenmerk", memo.kenmerk))
    header.append(("Onderwerp", memo.subject))
    contact = ", ".join(
        t
        for t in (
            str(settings.get("memo.contact_name") or "").strip(),
            str(settings.get("memo.contact_details") or "").strip(),
        )
        if t
    )
    if contact:
        header.append(("Contactpersoon", contact))
    if memo.attachments:
        header.append(("Bijlagen", str(len(memo.attachments))))
    return MemoDocument(
        title=TITLE,
        municipality=municipality,
        header=[(label, value) for label, value in header if value or label in ("Aan", "Van", "Onderwerp")],
        policy_reference=memo.policy_reference,
        intro=paragraphs(memo.intro),
        overview=overview_lines(overview_keys),
        sections=sections,
        period=period_text(memo),
        suppress_below=memo.suppress_below,
        signal_ids=signal_ids,
        subject=memo.subject,
        sender=memo.sender,
        signature=memo.signature,
        attachments=list(memo.attachments),
        logo=logo_png(settings),
    )


def logo_png(settings) -> bytes | None:
    """The logo from the house style (stored as base64 PNG), or None."""
    import base64
    import binascii

    encoded = settings.get("memo.logo_png")
    if not encoded:
        return None
    try:
        return base64.b64decode(str(encoded), validate=True)
    except (binascii.Error, ValueError):
        return None


def _has_content(section: Section) -> bool:
    return any(b.texts or b.bullets or b.table is not None for b in section.blocks)


def _lower_first(text: str) -> str:
    text = (text or "").strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _signals_section(db, memo: Memo) -> tuple[Section, list[int]]:
    blocks = [Block("paragraphs", texts=paragraphs(memo.signals_intro))] if memo.signals_intro else []
    if memo.group_signals:
        grouped, listed = _signals_by_theme(db, memo)
        blocks += grouped
    else:
        rows, total = q.council_signals_in_order(
            db, memo.period_from, memo.period_to, memo.excluded_signal_ids, memo.signal_order, MAX_SIGNALS
        )
        if rows:
            blocks.append(Block("bullets", bullets=[Bullet(r["summary"], ref=r["id"]) for r in rows]))
        if total > len(rows):
            blocks.append(
                Block(
                    "paragraphs",
                    texts=[
                        f"Daarnaast zijn er in deze periode nog {total - len(rows)} andere signalen "
                        "met de raad gedeeld."
                    ],
                )
            )
        listed = [r["id"] for r in rows]
    if not listed:
        blocks.append(Block("paragraphs", texts=[NO_SIGNALS]))
    return Section("signals", HEADINGS["signals"], blocks), listed


def _signals_by_theme(db, memo: Memo) -> tuple[list[Block], list[int]]:
    rows = q.council_signals_by_theme(
        db, memo.period_from, memo.period_to, memo.excluded_signal_ids, MAX_SIGNALS_PER_THEME
    )
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["theme"] or "Overig", []).append(row)
    blocks: list[Block] = []
    listed: list[int] = []
    for theme, shown in groups.items():  # the most recent ones per theme, in date order
        total = shown[0]["theme_total"]
        blocks.append(Block("label", texts=[theme]))
        blocks.append(Block("bullets", bullets=[Bullet(r["summary"], ref=r["id"]) for r in shown]))
        if total > len(shown):
            blocks.append(
                Block(
                    "paragraphs",
                    texts=[
                        f"Daarnaast zijn er in deze periode nog {total - len(shown)} andere signalen over "
                        f"{theme} met de raad gedeeld; hierboven staan de {len(shown)} meest recente."
                    ],
                )
            )
        listed += [r["id"] for r in shown]
    return blocks, listed


def memo_facts(store: Store, memo: Memo) -> list:
    """The facts this memo prints: those of its window (unless kept out) plus those ticked in, in register order."""
    return [
        f for f in store.facts.list() if memo.fact_chosen(f.id, f.overlaps(memo.period_from, memo.period_to), f.in_memo)
    ]


def memo_figures(store: Store, memo: Memo) -> tuple[list[dict], dict[str, date]]:
    """Intake figure rows of the periods the memo shows — its window plus the earlier periods it compares with —
    and, for each source with no period in the window (whose earlier figures were the previous memo's news, so
    it shows none), the end of its latest period."""
    rows = q.intake_figures(store.db)
    shown: set[tuple[str, str, str]] = set()
    stale: dict[str, date] = {}
    for source in dict.fromkeys(r["source"] for r in rows):
        periods = {
            (date.fromisoformat(r["period_start"]), date.fromisoformat(r["period_end"]))
            for r in rows
            if r["source"] == source
        }
        if not any(in_window(p, memo.period_from, memo.period_to) for p in periods):
            earlier = [end for start, end in periods if memo.period_to is None or start <= memo.period_to]
            if earlier:
                stale[source] = max(earlier)
            continue
        for start, end in shown_periods(list(periods), memo.period_from, memo.period_to, memo.comparison):
            shown.add((source, start.isoformat(), end.isoformat()))
    return [r for r in rows if (r["source"], r["period_start"], r["period_end"]) in shown], stale


def _facts_section(store: Store, memo: Memo) -> Section:
    figures, stale = memo_figures(store, memo)
    tables = build_intake_tables(figures, memo.suppress_below)
    sources = {t.source for t in tables}
    facts = memo_facts(store, memo)
    before = [f for f in facts if f.source in sources]
    after = [f for f in facts if f.source not in sources]
    blocks: list[Block] = []
    if before:
        blocks.append(Block("bullets", bullets=[Bullet(f.text) for f in before]))
    for table in tables:
        blocks.append(Block("table", table=table))
        blocks.append(Block("chart", table=table))
    for source, last_end in stale.items():
        blocks.append(
            Block(
                "paragraphs",
                texts=[
                    f"Over deze periode zijn nog geen nieuwe instroomcijfers van {source} bekend; de laatste "
                    f"cijfers gaan tot {format_date_nl(last_end)}."
                ],
            )
        )
    if after:
        blocks.append(Block("bullets", bullets=[Bullet(f.text) for f in after]))
    return Section("facts", HEADINGS["facts"], blocks)


def document_from_snapshot(snapshot: dict, logo: bytes | None = None) -> MemoDocument:
    """The MemoDocument a frozen edition printed, rebuilt from its snapshot (to print it again unchanged).
    ``logo`` is used only when its hash is the one recorded."""
    import hashlib

    from signaaltracker.reports.memo_table import ChartBar, TableRow

    def table(data: dict | None) -> IntakeTable | None:
        if data is None:
            return None
        return IntakeTable(
            **{**data, "rows": [TableRow(**r) for r in data["rows"]], "bars": [ChartBar(**b) for b in data["bars"]]}
        )

    sections = [
        Section(
            s["key"],
            s["heading"],
            [
                Block(b["kind"], list(b["texts"]), [Bullet(**x) for x in b["bullets"]], table(b["table"]))
                for b in s["blocks"]
            ],
        )
        for s in snapshot["sections"]
    ]
    recorded = snapshot.get("logo_sha256") or ""
    known = {f.name for f in MemoDocument.__dataclass_fields__.values()} - {"sections", "header", "logo"}
    return MemoDocument(
        **{k: v for k, v in snapshot.items() if k in known},
        header=[tuple(pair) for pair in snapshot["header"]],
        sections=sections,
        logo=logo if logo and recorded and hashlib.sha256(logo).hexdigest() == recorded else None,
    )
