"""Privacy screening of free text: find what looks like personal data before a signal is saved.

``find_personal_data(text)`` returns findings (kind, start, end, matched text). Each kind is checked strictly
enough that ordinary signal prose (dates, years, counts, amounts) stays clean: a BSN must pass the 11-check, an
IBAN mod-97, a phone number must have the digit count of a Dutch number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from signaaltracker.domain.privacy_words import NOT_NAMES

KIND_LABELS = {
    "bsn": "burgerservicenummer",
    "email": "e-mailadres",
    "phone": "telefoonnummer",
    "iban": "rekeningnummer (IBAN)",
    "address": "postcode met huisnummer",
    "birth_date": "geboortedatum",
    "name_age": "naam met leeftijd",
}


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


# --- BSN ---------------------------------------------------------------------------------------------
_BSN = re.compile(r"(?<![\w.,€-])(?<!\d[ .-])\d(?:[ .-]?\d){8}(?![ .-]?\d)(?![.,]\d)")


def bsn_valid(digits: str) -> bool:
    """The 11-check: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def _bsns(text: str) -> Iterator[Finding]:
    for m in _BSN.finditer(text):
        separators = {c for c in m[0] if not c.isdigit()}
        if len(separators) > 1:
            continue
        if bsn_valid(re.sub(r"\D", "", m[0])) and not _near_money(text, m.start(), m.end()):
            yield Finding("bsn", m.start(), m.end(), m[0])


def _near_money(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 6):start].lower()
    after = text[end:end + 8].lower()
    return "€" in before or "eur" in before or after.lstrip().startswith(("euro", "eur", ",-"))


# --- e-mail ------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

# --- phone -------------------------------------------------------------------------------------------
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){8}(?![ -]?\d)")
_PHONE_NATIONAL = re.compile(r"(?<![\w+])(?<!\d[ -])\(?0\d{1,3}\)?(?:[ -]?\d){6,8}(?![ -]?\d)")


def _phones(text: str) -> Iterator[Finding]:
    for m in _PHONE_INTL.finditer(text):
        yield Finding("phone", m.start(), m.end(), m[0])
    for m in _PHONE_NATIONAL.finditer(text):
        digits = re.sub(r"\D", "", m[0])
        inside_iban = re.search(r"[A-Z]{2}\d{2} ?[A-Z]{4} ?$", text[max(0, m.start() - 12):m.start()])
        if len(digits) == 10 and digits[1] != "0" and not _looks_like_date(m[0]) and not inside_iban:
            yield Finding("phone", m.start(), m.end(), m[0])


def _looks_like_date(value: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}|\d{2}-\d{2}-\d{2}", value.strip()))


# --- IBAN --------------------------------------------------------------------------------------------
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b")


def iban_valid(compact: str) -> bool:
    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _ibans(text: str) -> Iterator[Finding]:
    for m in _IBAN.finditer(text):
        # The pattern may run on into the next word; try the longest prefix ending at a group boundary first.
        value = m[0]
        ends = [i for i in range(len(value), 14, -1) if i == len(value) or value[i] == " "]
        for end in ends:
            if iban_valid(value[:end].replace(" ", "")):
                yield Finding("iban", m.start(), m.start() + end, value[:end])
                break


# --- postcode with house number ----------------------------------------------------------------------
_POSTCODE_NUMBER = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b,? *\d{1,5}(?: ?[a-zA-Z]\b)?(?![\d-])")
_NUMBER_POSTCODE = re.compile(r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|dijk|hof|kade|gracht|pad|singel|dreef|"
                              r"erf|park|ring|steeg|markt)? \d{1,5}[a-z]?,? +[1-9]\d{3} ?[A-Z]{2}\b")
_STREET_NUMBER = re.compile(r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|dijk|hof|kade|gracht|pad|singel|dreef|"
                            r"steeg) \d{1,5}[a-z]?\b")

# --- dates of birth ----------------------------------------------------------------------------------
_MONTHS = (r"(?:jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
           r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_BIRTH = re.compile(
    r"\b(?:geboren(?: op)?|geboortedatum|geb\.|geb\b|°)\s*:?\s*"
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})",
    re.IGNORECASE,
)

# --- first name with age -----------------------------------------------------------------------------
_NAME = r"(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
_NAME_AGE = re.compile(
    _NAME + r"(?:\s*\(\s*(?P<a1>\d{1,2})(?:\s*(?:jaar|jr\.?))?\s*\)"
    r"|\s*,?\s+(?P<a2>\d{1,2})\s*(?:jaar|jr\b\.?)(?!\s+(?:geleden|lang|later|eerder|terug|na|voor|tot|en ouder)\b))"
)


def _names_with_age(text: str, not_names: set[str]) -> Iterator[Finding]:
    for m in _NAME_AGE.finditer(text):
        name = m["name"]
        age = int(m["a1"] or m["a2"])
        if name.lower() in NOT_NAMES or name.lower() in not_names or not 0 < age < 30:
            continue
        yield Finding("name_age", m.start(), m.end(), m[0])


def find_personal_data(text: str, not_names: Iterable[str] = ()) -> list[Finding]:
    """Everything in ``text`` that looks like personal data, in text order, without overlaps.

    ``not_names``: capitalised words that are known not to be first names (organisations, places, themes).
    """
    if not text:
        return []
    text = text[:200_000]
    skip = {w.lower() for w in not_names}
    found: list[Finding] = []
    found.extend(Finding("email", m.start(), m.end(), m[0]) for m in _EMAIL.finditer(text))
    found.extend(_ibans(text))
    found.extend(Finding("birth_date", m.start(), m.end(), m[0]) for m in _BIRTH.finditer(text))
    found.extend(_phones(text))
    found.extend(_bsns(text))
    for pattern in (_POSTCODE_NUMBER, _NUMBER_POSTCODE):
        found.extend(Finding("address", m.start(), m.end(), m[0]) for m in pattern.finditer(text))
    found.extend(Finding("address", m.start(), m.end(), m[0]) for m in _STREET_NUMBER.finditer(text))
    found.extend(_names_with_age(text, skip))
    return _without_overlaps(found)


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the earliest (and then longest) finding where two overlap; earlier kinds in the list win ties."""
    result: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if result and finding.start < result[-1].end:
            continue
        result.append(finding)
    return result


def describe(findings: list[Finding]) -> str:
    """A Dutch summary such as "2 mogelijke persoonsgegevens: e-mailadres, telefoonnummer"."""
    kinds = list(dict.fromkeys(f.label for f in findings))
    noun = "mogelijk persoonsgegeven" if len(findings) == 1 else "mogelijke persoonsgegevens"
    return f"{len(findings)} {noun}: {', '.join(kinds)}"
