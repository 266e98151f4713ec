"""Privacy screening of free text: find what looks like personal data before a signal is saved.

``find_personal_data(text)`` returns findings (kind, start, end, matched text). Each kind is checked strictly
enough that ordinary signal prose (dates, years, counts, amounts) stays clean: a BSN must pass the 11-check and an
IBAN its checksum (python-stdnum), a phone number must be a valid number to the phonenumbers library (or have the
digit count of a Dutch number). ``mask_personal_data(text)`` replaces what is found by "[BSN verwijderd]" etc.

The text is normalised before matching, so tricks and accidents do not hide anything: NFKC (full-width digits,
ligatures), non-breaking and zero-width spaces, soft hyphens, "[at]"/"(at)" for "@" and "[dot]"/"(punt)" for ".".
Positions in findings always refer to the original text.
"""

from __future__ import annotations

import re
import unicodedata
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


MASKS = {
    "bsn": "[BSN verwijderd]",
    "email": "[e-mailadres verwijderd]",
    "phone": "[telefoonnummer verwijderd]",
    "iban": "[IBAN verwijderd]",
    "address": "[adres verwijderd]",
    "birth_date": "[geboortedatum verwijderd]",
    "name_age": "[naam met leeftijd verwijderd]",
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

    @property
    def mask(self) -> str:
        return MASKS[self.kind]


# --- normalisation -----------------------------------------------------------------------------------
_DROPPED = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}
_SPACES = {"\u00a0", "\u202f", "\u2007", "\u3000", "\t"} | {chr(c) for c in range(0x2000, 0x200B)}
_SPELLED = re.compile(
    r"\s*(?:\[\s*(at|dot|punt)\s*\]|\(\s*(at|dot|punt)\s*\)|\{\s*(at|dot|punt)\s*\})\s*", re.IGNORECASE
)


_MAYBE = re.compile(r"\d|[@＠﹫]|[\[({]\s*at\s*[\])}]", re.IGNORECASE)


def normalise(text: str) -> tuple[str, list[int]]:
    """The text as matched, and for each of its characters the index of the original character it came from
    (plus one entry for the end)."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _DROPPED:
            continue
        if char in _SPACES:
            char = " "
        elif not char.isascii():
            char = unicodedata.normalize("NFKC", char)
        out.extend(char)
        origin.extend([index] * len(char))
    normal = "".join(out)
    if "at" in normal.lower() or "dot" in normal.lower() or "punt" in normal.lower():
        pieces: list[str] = []
        mapped: list[int] = []
        last = 0
        for m in _SPELLED.finditer(normal):
            pieces.append(normal[last : m.start()])
            mapped.extend(origin[last : m.start()])
            word = (m[1] or m[2] or m[3]).lower()
            pieces.append("@" if word == "at" else ".")
            mapped.append(origin[m.start()])
            last = m.end()
        pieces.append(normal[last:])
        mapped.extend(origin[last:])
        normal, origin = "".join(pieces), mapped
    origin.append(len(text))
    return normal, origin


# --- BSN ---------------------------------------------------------------------------------------------
_BSN = re.compile(r"(?<![\w.,€-])(?<!\d[ .-])\d(?:[ .-]?\d){8}(?![ .-]?\d)(?![.,]\d)")


def bsn_valid(digits: str) -> bool:
    """The 11-check (python-stdnum): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros)."""
    from stdnum.nl import bsn

    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    return bool(bsn.is_valid(digits))


def _bsns(text: str) -> Iterator[Finding]:
    for m in _BSN.finditer(text):
        separators = {c for c in m[0] if not c.isdigit()}
        if len(separators) > 1:
            continue
        if bsn_valid(re.sub(r"\D", "", m[0])) and not _near_money(text, m.start(), m.end()):
            yield Finding("bsn", m.start(), m.end(), m[0])


def _near_money(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 6) : start].lower()
    after = text[end : end + 8].lower()
    return "€" in before or "eur" in before or after.lstrip().startswith(("euro", "eur", ",-"))


# --- e-mail ------------------------------------------------------------------------------------------
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

# --- phone -------------------------------------------------------------------------------------------
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){8}(?![ -]?\d)")
_PHONE_NATIONAL = re.compile(r"(?<![\w+])(?<!\d[ -])\(?0\d{1,3}\)?(?:[ -]?\d){6,8}(?![ -]?\d)")


_PHONE_CANDIDATE = re.compile(r"(?:\+|(?<!\d)0)\d(?:[\s().\-/]{0,3}\d){7,}")


def _phones(text: str) -> Iterator[Finding]:
    """Numbers as people write them: phonenumbers (valid numbers, Dutch by default, any country with +NN) and,
    for what it does not take, Dutch ten-digit numbers with any spaces or dashes."""
    if _PHONE_CANDIDATE.search(text):  # phonenumbers is slow to import: only when something could be a number
        import phonenumbers

        for match in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
            if not _looks_like_date(match.raw_string):
                yield Finding("phone", match.start, match.end, match.raw_string)
    for m in _PHONE_INTL.finditer(text):
        yield Finding("phone", m.start(), m.end(), m[0])
    for m in _PHONE_NATIONAL.finditer(text):
        digits = re.sub(r"\D", "", m[0])
        inside_iban = re.search(r"[A-Z]{2}\d{2} ?[A-Z]{4} ?$", text[max(0, m.start() - 12) : m.start()])
        if len(digits) == 10 and digits[1] != "0" and not _looks_like_date(m[0]) and not inside_iban:
            yield Finding("phone", m.start(), m.end(), m[0])


def _looks_like_date(value: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}|\d{2}-\d{2}-\d{2}", value.strip()))


# --- IBAN --------------------------------------------------------------------------------------------
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b")


def iban_valid(compact: str) -> bool:
    """The IBAN checksum and the country's account format (python-stdnum)."""
    from stdnum import iban

    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    return bool(iban.is_valid(compact))


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
_NUMBER_POSTCODE = re.compile(
    r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|dijk|hof|kade|gracht|pad|singel|dreef|"
    r"erf|park|ring|steeg|markt)? \d{1,5}[a-z]?,? +[1-9]\d{3} ?[A-Z]{2}\b"
)
_STREET_NUMBER = re.compile(
    r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|dijk|hof|kade|gracht|pad|singel|dreef|"
    r"steeg) \d{1,5}[a-z]?\b"
)

# --- dates of birth ----------------------------------------------------------------------------------
_MONTHS = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_BIRTH = re.compile(
    r"\b(?:geboren(?: op)?|geboortedatum|geb\.|geb\b|°)\s*:?\s*"
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})",
    re.IGNORECASE,
)

# --- first name with age -----------------------------------------------------------------------------
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_NAME = rf"(?P<name>[{_UPPER}{_LOWER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?)"
_NAME_AGE = re.compile(
    rf"(?<![\w-]){_NAME}(?:\s*\(\s*(?P<a1>\d{{1,2}})(?:\s*(?:jaar|jr\.?))?\s*\)"
    r"|\s*,?\s+(?:is\s+|wordt\s+|was\s+)?(?P<a2>\d{1,2})\s*(?:jaar|jr\b\.?)"
    r"(?!\s+(?:geleden|lang|later|eerder|terug|na|voor|tot|en ouder|of ouder|en jonger|of jonger|oud)\b))"
)
# a lower-case word after one of these is a noun ("de jongen (15)", "een meisje van 15 jaar"), not a name
_ARTICLES = frozenset(
    [
        "de",
        "het",
        "een",
        "die",
        "deze",
        "dit",
        "dat",
        "zijn",
        "haar",
        "hun",
        "onze",
        "ons",
        "mijn",
        "jouw",
        "uw",
        "elke",
        "iedere",
        "welke",
    ]
)


def _names_with_age(text: str, not_names: set[str]) -> Iterator[Finding]:
    for m in _NAME_AGE.finditer(text):
        name = m["name"]
        age = int(m["a1"] or m["a2"])
        if name.lower() in NOT_NAMES or name.lower() in not_names or not 0 < age < 30:
            continue
        if name[0].islower():
            # lower case only in the unmistakable forms "sanne (15)", "sanne, 15 jaar", "sanne is 15 jaar"
            between = m[0][len(name) :].split(m["a1"] or m["a2"])[0]
            if not re.search(r"[(,]|\b(?:is|wordt|was)\b", between):
                continue
            previous = re.findall(r"[\w']+", text[max(0, m.start() - 20) : m.start()])
            if (previous and previous[-1].lower() in _ARTICLES) or len(name) < 3:
                continue
        yield Finding("name_age", m.start(), m.end(), m[0])


def find_personal_data(text: str, not_names: Iterable[str] = ()) -> list[Finding]:
    """Everything in ``text`` that looks like personal data, in text order, without overlaps.

    ``not_names``: capitalised words that are known not to be first names (organisations, places, themes).
    """
    if not text or not _MAYBE.search(text):  # every kind needs a digit or an "@" (also spelled or full-width)
        return []
    original = text[:200_000]
    text, origin = normalise(original)
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
    result = []
    for f in _without_overlaps(found):
        start, end = origin[f.start], origin[f.end - 1] + 1
        result.append(Finding(f.kind, start, end, original[start:end]))
    return result


def mask_personal_data(text: str, not_names: Iterable[str] = ()) -> tuple[str, list[Finding]]:
    """``text`` with every finding replaced by its mask ("[BSN verwijderd]"), and the findings."""
    findings = find_personal_data(text, not_names)
    if not findings:
        return text, []
    pieces, last = [], 0
    for f in findings:
        pieces += [text[last : f.start], f.mask]
        last = f.end
    pieces.append(text[last:])
    return "".join(pieces), findings


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
