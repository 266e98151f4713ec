"""With English chosen no Dutch is left in the main window's menus, navigation, headings and buttons; and back."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget

from signaaltracker.domain import enums
from signaaltracker.ui.enum_labels import LABELS, enum_label
from signaaltracker.ui.i18n import Translations
from signaaltracker.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "signaaltracker_en.ts"
DUTCH_WORDS = {
    "de",
    "het",
    "een",
    "van",
    "en",
    "naar",
    "met",
    "voor",
    "op",
    "bij",
    "uit",
    "nieuw",
    "nieuwe",
    "opslaan",
    "verwijderen",
    "bewerken",
    "signalen",
    "overleg",
    "acties",
    "cijfers",
    "instellingen",
    "beheer",
    "afsluiten",
    "bestand",
    "sneltoetsen",
    "handleiding",
    "kies",
    "alle",
    "toevoegen",
    "wijzigen",
}
# "settings" is left out: Dutch uses "setting" (where a signal was seen) as a loanword, e.g. "Alle settings".
ENGLISH_WORDS = {
    "the",
    "and",
    "of",
    "to",
    "file",
    "quit",
    "new",
    "save",
    "delete",
    "edit",
    "signals",
    "meeting",
    "actions",
    "figures",
    "administration",
    "keyboard",
    "shortcuts",
    "guide",
    "choose",
    "all",
    "add",
    "change",
    "about",
    "go",
    "overview",
}


def catalogue() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (m.findtext("source") or "", m.findtext("translation") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']+", text.replace("&", ""))}


def visible_texts(window: MainWindow) -> list[str]:
    """Menus (and their actions), navigation items, and every page's heading, tab and button texts."""
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    texts += [window.nav.item(row).text() for row in range(window.nav.count())]
    for entry in window.entries:
        page = window.show_page(entry.key)
        texts += [label.text() for label in page.findChildren(QLabel) if label.objectName() == "pageHeading"]
        texts += [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        for tabs in page.findChildren(QTabWidget):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


@pytest.fixture
def translations(qapp):
    t = Translations(qapp)
    yield t
    t.remove()


def build(qtbot, store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_english_leaves_no_dutch_in_menus_navigation_headings_and_buttons(qtbot, demo_store, translations):
    translations.apply("en")
    texts = visible_texts(build(qtbot, demo_store))
    untranslated = {source for source, translation in catalogue() if source != translation}
    still_dutch = [t for t in texts if t in untranslated or words(t) & DUTCH_WORDS]
    assert not still_dutch, sorted(set(still_dutch))
    assert "&File" in texts and "Signals" in texts and "User &guide" in texts


def test_dutch_leaves_no_english_in_menus_navigation_headings_and_buttons(qtbot, demo_store, translations):
    translations.apply("nl")
    texts = visible_texts(build(qtbot, demo_store))
    english = {translation for source, translation in catalogue() if source != translation}
    still_english = [t for t in texts if t in english or words(t) & ENGLISH_WORDS]
    assert not still_english, still_english
    assert "&Bestand" in texts and "Signalen" in texts and "&Handleiding" in texts


def test_every_translation_uses_only_placeholders_the_code_fills():
    for source, translation in catalogue():
        given = set(re.findall(r"\{(\w+)\}", source))
        given |= {name.lower() for name in given}  # {Noun} templates are also given the lowercase noun
        assert set(re.findall(r"\{(\w+)\}", translation)) <= given, (source, translation)


def test_every_enum_label_of_the_domain_is_in_the_catalogue(translations):
    members = [
        m
        for cls in vars(enums).values()
        if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum
        for m in cls
    ]
    assert {m.label for m in members} <= set(LABELS)
    translations.apply("en")
    assert enum_label(enums.SignalStatus.IN_ACTION) == "in action"
    assert enum_label(enums.SharingLevel.VERTROUWELIJK) == "confidential"
    translations.apply("nl")
    assert enum_label(enums.SignalStatus.IN_ACTION) == "in actie"


def test_language_choice_is_stored_from_the_settings_page(qtbot, demo_store):
    from signaaltracker.ui.pages.settings_page import SettingsPage

    page = SettingsPage(demo_store)
    qtbot.addWidget(page)
    page.refresh()
    assert page.language.currentData() == "nl"
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save()
    assert demo_store.settings.get("ui.language") == "en"
    assert "opnieuw" in page.status.text()
