"""The council memo record: header fields, free texts, options and what was printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.validation import optional_date, optional_text, period, real_date

MEMO_SECTIONS = ("signals", "facts", "organisations", "structures", "activities", "closing")


FIELD_LABELS = {
    "recipients": "aan", "sender": "van", "subject": "het onderwerp", "policy_reference": "de beleidsreferentie",
    "closing_title": "de titel van het slot", "intro": "de inleiding", "signals_intro": "de inleiding bij de signalen",
    "closing_text": "de slottekst",
}


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
    snapshot: dict | None = None
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
            isinstance(self.suppress_below, bool) or not isinstance(self.suppress_below, int)
            or not 3 <= self.suppress_below <= 100
        ):
            raise DomainError("De drempel voor kleine aantallen moet tussen 3 en 100 liggen.", "drempel")
        self.excluded_signal_ids = sorted(set(self.excluded_signal_ids))
