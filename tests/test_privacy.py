"""Privacy screening: real personal data is found, ordinary signal prose is left alone."""

from __future__ import annotations

import random

import pytest

from signaaltracker.domain.privacy import bsn_valid, describe, find_personal_data, iban_valid


def make_bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10 and any(digits):
            return "".join(map(str, digits)) + str(check)


def kinds(text: str) -> list[str]:
    return [f.kind for f in find_personal_data(text)]


BSNS = [make_bsn(random.Random(seed)) for seed in range(40)]


@pytest.mark.parametrize("bsn", BSNS)
def test_generated_valid_bsns_are_found_plain_dotted_and_spaced(bsn):
    assert bsn_valid(bsn)
    for shown in (bsn, f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}", f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}"):
        found = find_personal_data(f"Het BSN van de jongere is {shown}, aldus school.")
        assert [(f.kind, f.text) for f in found] == [("bsn", shown)]


@pytest.mark.parametrize("bsn", BSNS)
def test_the_same_numbers_with_one_digit_changed_are_not_found(bsn):
    position = int(bsn[0]) % 9
    changed = bsn[:position] + str((int(bsn[position]) + 1) % 10) + bsn[position + 1 :]
    assert not bsn_valid(changed)
    assert kinds(f"Dossiernummer {changed} is doorgestuurd.") == []


@pytest.mark.parametrize(
    ("text", "kind", "match"),
    [
        ("Mail naar j.devries+school@example.nl voor meer.", "email", "j.devries+school@example.nl"),
        ("Bel 06-12345678 na vieren.", "phone", "06-12345678"),
        ("Bel 06 1234 5678.", "phone", "06 1234 5678"),
        ("Nummer +31 6 12345678 gaf door", "phone", "+31 6 12345678"),
        ("Vader bereikbaar op +31 (0)527 123456.", "phone", "+31 (0)527 123456"),
        ("Moeder: 0527-123456", "phone", "0527-123456"),
        ("Tel 020 123 4567 gebeld", "phone", "020 123 4567"),
        ("Betaald via NL91 ABNA 0417 1643 00 bij de bank", "iban", "NL91 ABNA 0417 1643 00"),
        ("rekening nl91abna0417164300.", "iban", "nl91abna0417164300"),
        ("Woont op 8302 AB 12.", "address", "8302 AB 12"),
        ("Adres Kampweg 12, 8302 AB Emmeloord", "address", "Kampweg 12, 8302 AB"),
        ("Jongen geb. 12-03-2008 uit de wijk", "birth_date", "geb. 12-03-2008"),
        ("Zij is geboren 12 maart 2008 in Zwolle", "birth_date", "geboren 12 maart 2008"),
        ("Geboortedatum: 1-2-2009.", "birth_date", "Geboortedatum: 1-2-2009"),
        ("Volgens school gebruikt Kevin (15) dagelijks.", "name_age", "Kevin (15)"),
        ("Gesprek met Lisa, 16 jaar, over lachgas.", "name_age", "Lisa, 16 jaar"),
        ("Mo (14 jaar) is gezien bij de skatebaan.", "name_age", "Mo (14 jaar)"),
    ],
)
def test_examples_of_each_kind_are_found(text, kind, match):
    found = find_personal_data(text)
    assert [(f.kind, f.text) for f in found] == [(kind, match)]
    assert text[found[0].start : found[0].end] == match


def test_ibans_need_a_valid_checksum():
    assert iban_valid("NL91ABNA0417164300")
    assert not iban_valid("NL92ABNA0417164300")
    assert kinds("Rekening NL92 ABNA 0417 1643 00 klopt niet.") == []


ORDINARY_PROSE = """
Op 12-03-2024 meldde het jongerenwerk dat 15 jongeren in de leeftijd van 14 tot 18 jaar 3-MMC gebruiken.
In 2023 waren het er nog 8; sinds 1 januari 2024 is het aantal meldingen gestegen naar 23 en in de periode
1 mei tot 10 oktober 2024 naar 32. Tactus telt 12 intakes (>18) en 5 intakes (0-18). Jongeren (15) en
Leerlingen, 16 jaar en ouder, kopen via internet. De school in Emmeloord, 20 jaar geleden gebouwd, meldt
dat een zakje € 25,- kost en een festivalkaart 65 euro; de boete is € 1.250. Het project kost 125.000 euro.
De coördinator heeft om 14:30 uur 3 gesprekken gevoerd en 2 keer gebeld; zaaknummer 2024-0012345.
Gemiddeld 4,5 keer per maand; 12,5% meer dan in 2022. Jaren: 2021 2022 2023 2024. Postcode-gebied 8300.
Tijdens week 41 waren er 120 bezoekers op het plein; daarvan waren 35 jonger dan 18. Groep 8 (12) doet mee.
"""


def test_a_page_of_ordinary_signal_prose_has_no_findings():
    assert find_personal_data(ORDINARY_PROSE, ["Tactus", "Emmeloord"]) == []


def test_known_words_are_not_taken_for_names():
    assert kinds("Carrefour (15) deed mee") == ["name_age"]
    assert find_personal_data("Carrefour (15) deed mee", ["Carrefour"]) == []


def test_findings_do_not_overlap_and_are_described_in_dutch():
    found = find_personal_data("Mail kevin@example.nl of bel 0612345678; Kevin (15).")
    assert [f.kind for f in found] == ["email", "phone", "name_age"]
    assert describe(found) == "3 mogelijke persoonsgegevens: e-mailadres, telefoonnummer, naam met leeftijd"


def test_empty_and_hostile_text_is_harmless():
    assert find_personal_data("") == []
    assert find_personal_data("\x00" * 100 + "😀" * 1000 + "שלום" * 100) == []
    assert find_personal_data("9" * 100_000) == []
