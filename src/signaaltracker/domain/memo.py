"""The council memo record: header fields, free texts, options and what was printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.validation import optional_date, optional_text, period, real_date

MEMO_SECTIONS = ("signals", "facts", "organisations", "structures", "activities", "closing")


FIELD_LABELS = {
    "recipients": "aan",
    "sender": "van",
    "subject": "het onderwerp",
    "policy_reference": "de beleidsreferentie",
    "closing_title": "de titel van het slot",
    "intro": "de inleiding",
    "signals_intro": "de inleiding bij de signalen",
    "closing_text": "de slottekst",
    "kenmerk": "het kenmerk",
    "signature": "de ondertekening",
}
MAX_ATTACHMENTS = 30
MAX_COMPARISON = 60  # earlier periods in the intake table


def next_period(previous_end: date | None, today: date) -> tuple[date | None, date]:
    """The period of the edition after one that ended on ``previous_end``: from the next day up to today."""
    start = previous_end + timedelta(days=1) if previous_end is not None else None
    if start is not None and start >= today:
        return start, start + timedelta(days=1)
    return start, today


@dataclass
class Memo:
    recipients: str = ""
    sender: str = ""
    memo_date: date = field(default_factory=date.today)
    subject: str = ""
    policy_reference: str = ""
    intro: str = ""
    signals_intro: str = ""
    closing_title: str = "Hoe kunnen wij het gebruik van (hard)drugs binnen onze gemeente duidelijker in beeld krijgen?"
    closing_text: str = ""
    period_from: date | None = None
    period_to: date | None = None
    sections: list[str] = field(default_factory=lambda: list(MEMO_SECTIONS))
    suppress_below: int | None = None
    excluded_signal_ids: list[int] = field(default_factory=list)
    kenmerk: str = ""  # kenmerk / zaaknummer
    signature: str = ""  # ondertekening, e.g. "Het college van burgemeester en wethouders"
    attachments: list[str] = field(default_factory=list)  # titles of the bijlagen
    signal_order: list[int] = field(default_factory=list)  # signal ids in the author's order (the rest by date)
    group_signals: bool = False  # list signals under theme labels instead of one flat list
    comparison: int | None = None  # earlier intake periods shown: None = same year + the one before, 0 = none
    included_fact_ids: list[int] = field(default_factory=list)  # ticked in although outside the window
    excluded_fact_ids: list[int] = field(default_factory=list)  # ticked out although inside the window
    previous_id: int | None = None  # the edition this one was based on
    snapshot: dict[str, Any] | None = None
    pdf_sha256: str = ""
    created_at: datetime | None = None
    exported_at: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        self.memo_date = real_date(self.memo_date, "datum van de memo")
        for name in ("recipients", "sender", "subject", "policy_reference", "closing_title"):
            setattr(self, name, optional_text(getattr(self, name), FIELD_LABELS[name], 2000))
        for name in ("intro", "signals_intro", "closing_text"):
            setattr(self, name, optional_text(getattr(self, name), FIELD_LABELS[name], 50_000))
        self.period_from = optional_date(self.period_from, "begin van de periode")
        self.period_to = optional_date(self.period_to, "einde van de periode")
        period(self.period_from, self.period_to)
        unknown = [s for s in self.sections if s not in MEMO_SECTIONS]
        if unknown:
            raise DomainError(f"Onbekend onderdeel van de memo: {', '.join(unknown)}.", "onderdelen")
        if self.suppress_below is not None and (
            isinstance(self.suppress_below, bool)
            or not isinstance(self.suppress_below, int)
            or not 3 <= self.suppress_below <= 100
        ):
            raise DomainError("De drempel voor kleine aantallen moet tussen 3 en 100 liggen.", "drempel")
        self.excluded_signal_ids = sorted(set(self.excluded_signal_ids))
        for name in ("kenmerk", "signature"):
            setattr(self, name, optional_text(getattr(self, name), FIELD_LABELS[name], 2000))
        titles = [optional_text(t, "de titel van een bijlage", 300) for t in self.attachments]
        self.attachments = [t for t in titles if t]
        if len(self.attachments) > MAX_ATTACHMENTS:
            raise DomainError(f"Een memo heeft hoogstens {MAX_ATTACHMENTS} bijlagen.", "bijlagen")
        self.signal_order = list(dict.fromkeys(int(i) for i in self.signal_order))
        self.group_signals = bool(self.group_signals)
        if self.comparison is not None and (
            isinstance(self.comparison, bool)
            or not isinstance(self.comparison, int)
            or not 0 <= self.comparison <= MAX_COMPARISON
        ):
            raise DomainError(f"Het aantal eerdere perioden moet tussen 0 en {MAX_COMPARISON} liggen.", "vergelijking")
        self.included_fact_ids = sorted(set(self.included_fact_ids))
        self.excluded_fact_ids = sorted(set(self.excluded_fact_ids) - set(self.included_fact_ids))

    @property
    def frozen(self) -> bool:
        """Saved as PDF: what was printed is kept as it is; changes go into a new edition."""
        return self.exported_at is not None

    def fact_chosen(self, fact_id: int | None, in_window: bool, in_memo: bool) -> bool:
        """Whether a fact appears in this memo: the facts of its window (not kept out in the register) unless
        ticked out, plus those ticked in."""
        if fact_id in self.included_fact_ids:
            return True
        if fact_id in self.excluded_fact_ids:
            return False
        return in_window and in_memo

    def missing_for_export(self) -> list[tuple[str, str]]:
        """(field, Dutch message) for what a memo needs before it may be saved as PDF."""
        missing = []
        if not self.subject:
            missing.append(
                (
                    "onderwerp",
                    "Vul het onderwerp van de memo in; zonder onderwerp wordt de memo niet opgeslagen als PDF.",
                )
            )
        return missing


def next_edition(previous: Memo, today: date) -> Memo:
    """A new draft based on ``previous``: its texts, sections, options and house-style fields, dated today and
    covering the time since the previous period ended. Kenmerk, bijlagen, signal and fact choices start empty (they
    belong to one edition)."""
    start, end = next_period(previous.period_to, today)
    return Memo(
        recipients=previous.recipients,
        sender=previous.sender,
        memo_date=today,
        subject=previous.subject,
        policy_reference=previous.policy_reference,
        intro=previous.intro,
        signals_intro=previous.signals_intro,
        closing_title=previous.closing_title,
        closing_text=previous.closing_text,
        period_from=start,
        period_to=end,
        sections=list(previous.sections),
        suppress_below=previous.suppress_below,
        signature=previous.signature,
        group_signals=previous.group_signals,
        comparison=previous.comparison,
        previous_id=previous.id,
    )
