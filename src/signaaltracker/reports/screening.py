"""Screening a composed document for personal data on its way out of the app, and masking what is found.

A "Toch opslaan" when a signal was entered is not consent to print it: every agenda, minutes and memo is
screened again (domain.privacy) just before it is rendered. ``screen(document, …)`` lists what the screening
flags; ``masked(document, …)`` returns a copy in which each hit is replaced by its mask ("[BSN verwijderd]").

Documents are plain dataclasses (memo_compose, meeting_compose); every string in them is screened, whatever the
field, so new fields are covered without changes here. The house style's own contact details (the official's
telephone number and e-mail address, which belong in a memo) are exempt. No Qt, no reportlab.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from signaaltracker.domain.privacy import Finding, find_personal_data, mask_personal_data

D = TypeVar("D")  # the composed document type masked() copies

log = logging.getLogger(__name__)

EXEMPT_SETTINGS = ("memo.contact_name", "memo.contact_details", "memo.sender", "memo.recipients")


@dataclass(frozen=True)
class Screening:
    """What a document is screened against: words known not to be names, and texts that may stay as they are."""

    not_names: frozenset[str] = frozenset()
    exempt: tuple[str, ...] = ()

    def findings(self, text: str) -> list[Finding]:
        return [f for f in find_personal_data(text, self.not_names) if not self._exempt(f)]

    def mask(self, text: str) -> tuple[str, list[Finding]]:
        if not any(not self._exempt(f) for f in find_personal_data(text, self.not_names)):
            return text, []
        if not self.exempt:
            return mask_personal_data(text, self.not_names)
        findings = self.findings(text)
        pieces, last = [], 0
        for f in findings:
            pieces += [text[last : f.start], f.mask]
            last = f.end
        pieces.append(text[last:])
        return "".join(pieces), findings

    def _exempt(self, finding: Finding) -> bool:
        return any(finding.text in text for text in self.exempt)


def known_words(store) -> set[str]:
    """Capitalised words that are not first names: organisation and theme names, the municipality."""
    words: set[str] = set()
    for name in [o.name for o in store.organisations.list()] + [t.name for t in store.themes.list()]:
        words.update(name.replace("/", " ").split())
    words.update(str(store.settings.get("municipality.name") or "").split())
    return words


def screening_for(store) -> Screening:
    exempt = tuple(text for key in EXEMPT_SETTINGS if (text := str(store.settings.get(key) or "").strip()))
    return Screening(frozenset(w.lower() for w in known_words(store)), exempt)


def _walk(value, change: Callable[[str], str]):
    """A copy of ``value`` with ``change`` applied to every string in it (dataclasses, lists, tuples, dicts)."""
    if isinstance(value, str):
        return change(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        updates = {f.name: _walk(getattr(value, f.name), change) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **updates)
    if isinstance(value, list):
        return [_walk(item, change) for item in value]
    if isinstance(value, tuple):
        return tuple(_walk(item, change) for item in value)
    if isinstance(value, dict):
        return {key: _walk(item, change) for key, item in value.items()}
    return value


def screen(document, screening: Screening) -> list[Finding]:
    """Everything in the document's texts that the privacy screening flags (in document order)."""
    found: list[Finding] = []

    def collect(text: str) -> str:
        found.extend(screening.findings(text))
        return text

    _walk(document, collect)
    return found


def masked(document: D, screening: Screening) -> tuple[D, list[Finding]]:
    """A copy of ``document`` with every hit masked, and the hits."""
    found: list[Finding] = []

    def mask(text: str) -> str:
        result, hits = screening.mask(text)
        found.extend(hits)
        return result

    copy: D = _walk(document, mask)
    if found:
        log.info("masked %d possible personal data items", len(found))
    return copy, found


def summary(findings: Iterable[Finding]) -> str:
    """Dutch: "2 mogelijke persoonsgegevens (burgerservicenummer, telefoonnummer)"."""
    findings = list(findings)
    kinds = ", ".join(dict.fromkeys(f.label for f in findings))
    noun = "mogelijk persoonsgegeven" if len(findings) == 1 else "mogelijke persoonsgegevens"
    return f"{len(findings)} {noun} ({kinds})"
