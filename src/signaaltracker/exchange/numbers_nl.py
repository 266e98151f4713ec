"""Numbers as people type them in Dutch (and English) spreadsheets, parsed with babel.

Only what a person means: the text is NFKC-normalised (full-width "１２" becomes "12"), after which it must consist
of ASCII digits with at most a sign and the separators; Arabic-Indic digits, exponents, "NaN" and "inf" are refused
even though babel or ``float`` would take them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal

from signaaltracker.domain.errors import DomainError

DUTCH = "nl_NL"  # decimal comma, thousands dot: "1.234,5"
ENGLISH = "en_US"  # decimal point, thousands comma: "1,234.5" (the EUDA files as published)

_PLAIN = re.compile(r"[+-]?[0-9][0-9.,]*")
_SCIENTIFIC = re.compile(r"[+-]?[0-9][0-9.,]*[eE][+-]?[0-9]{1,3}")  # "3e+05", as R writes the EUDA files
# Without a thousands separator a number means the same to babel and to Decimal; Decimal is ~10× faster, so
# babel (strict) is only asked about numbers with grouping ("1.234,5").
_UNGROUPED = {
    DUTCH: re.compile(r"[+-]?[0-9]+(?:,[0-9]+)?(?:[eE][+-]?[0-9]{1,3})?"),
    ENGLISH: re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,3})?"),
}
_DECIMAL_COMMA = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]{3})*,[0-9]+|-?[0-9]+,[0-9]+")


def normalise(text: str) -> str:
    """NFKC, stripped, with the typographic minus and the (narrow) no-break spaces around it removed."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()


def looks_like_decimal_comma(text: str) -> bool:
    """True for "8,82" or "1.234,5": a cell that only makes sense with a decimal comma."""
    return _DECIMAL_COMMA.fullmatch(normalise(text)) is not None


def parse_number(text: str, locale: str = DUTCH, exponent: bool = False) -> Decimal:
    """The number in ``text`` written the ``locale`` way (with ``exponent``, also "3e+05"); DomainError (Dutch)
    for anything else."""
    plain = text.strip() if text.isascii() else normalise(text)
    if not (_PLAIN.fullmatch(plain) or (exponent and _SCIENTIFIC.fullmatch(plain))):
        raise DomainError(f"'{_shown(text)}' is geen getal.")
    ungrouped = _UNGROUPED.get(locale)
    if ungrouped is not None and ungrouped.fullmatch(plain):
        return Decimal(plain.replace(",", "."))
    try:
        return parse_decimal(plain, locale=_locale(locale), strict=True)
    except NumberFormatError:
        example = "1.234,5" if locale == DUTCH else "1,234.5"
        raise DomainError(f"'{_shown(text)}' is geen goed geschreven getal (bijvoorbeeld {example}).") from None


@functools.cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def parse_whole_number(text: str) -> int:
    """A count: "12", "1.234" (thousands dot), "3,0"; DomainError for fractions and anything that is not a number."""
    number = parse_number(text, DUTCH)
    if number != number.to_integral_value():
        raise DomainError(f"'{_shown(text)}' is geen geheel aantal.")
    return int(number)


def _shown(text: str) -> str:
    """The text as it may be echoed in a message: at most 40 characters, control characters made visible."""
    return "".join(c if c.isprintable() else "?" for c in text[:40])


_DUTCH_ONLY = re.compile(r"-?[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})|-?[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+")
_ENGLISH_ONLY = re.compile(r"-?[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})|-?[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+")


def guess_locale(cells: Iterable[str], delimiter: str = ",") -> str:
    """DUTCH or ENGLISH for a file's numbers, by the cells that can only be read one way ("8,82" against
    "8.82"); when none decides (only whole numbers or "1,234"), a ';'-separated file is taken as Dutch."""
    dutch = english = 0
    for cell in cells:
        text = cell.strip()
        if not text or len(text) > 40:
            continue
        if _DUTCH_ONLY.fullmatch(text):
            dutch += 1
        elif _ENGLISH_ONLY.fullmatch(text):
            english += 1
    if dutch != english:
        return DUTCH if dutch > english else ENGLISH
    return DUTCH if delimiter == ";" else ENGLISH
