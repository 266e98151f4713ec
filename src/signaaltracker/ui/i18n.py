"""Interface language: Qt translators for our strings and for Qt's own (standard buttons, dialogs).

Dutch is the source language of every ``tr()`` / ``QCoreApplication.translate()`` string; English loads
``resources/translations/signaaltracker_en.qm`` (built with ``make translations``). Plural forms (``tr(text,
None, n)`` with ``%Ln`` for the number) need a catalogue in every language, Dutch too: ``signaaltracker_nl``
holds only those (lupdate ``-pluralonly``), as Qt advises for a source language other than English. The
language also sets the default QLocale, so numbers are written the language's way (1.234 / 1,234).
The choice lives in the setting ``ui.language`` and takes effect when the main
window is built (at start-up), because widgets already on screen keep the text they were given.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from signaaltracker.resources import resource

__all__ = ["LANGUAGES", "QT_TR_NOOP", "Translations", "language_from_settings", "normalized_language", "number", "tr"]

SOURCE_LANGUAGE = "nl"
DEFAULT_LANGUAGE = "nl"
SETTING_KEY = "ui.language"
# Language code → name shown in the language choice (each in its own language).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
APP_CATALOG = "signaaltracker"
QT_CATALOGS = ("qtbase",)

log = logging.getLogger("signaaltracker")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (Dutch source) in the interface language; with ``n``, the plural form for ``n`` (``%Ln`` in the
    text stands for the number, written with the interface language's digit grouping).

    All our interface strings share the empty context: pyside6-lupdate files a bare ``tr("...")`` call and
    ``QT_TR_NOOP("...")`` under it, whatever class the call sits in, so the lookup never depends on the runtime
    class of ``self`` (``self.tr`` in a subclass looks under the subclass name and misses).
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def number(value: int | float) -> str:
    """A number as the interface language writes it (Dutch 12.345, English 12,345)."""
    return QLocale().toString(value)


def locale_for(code: str) -> QLocale:
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def normalized_language(value: object) -> str:
    """A supported language code for a stored setting value; unknown or empty values give Dutch."""
    code = str(value or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def app_translations_dir() -> Path:
    return resource("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translations:
    """Owns the translators installed on one application; ``apply`` swaps them for another language."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language: str | None = None
        self.installed: list[QTranslator] = []
        self.missing: list[str] = []
        self.previous_locale: QLocale | None = None

    def apply(self, language: object) -> str:
        """Install the translators for ``language`` (removing earlier ones); returns the code applied."""
        code = normalized_language(language)
        if code == self.language:
            return code
        self.remove()
        self.missing = []
        self._load(f"{APP_CATALOG}_{code}", app_translations_dir())  # Dutch: the plural forms only
        for catalog in QT_CATALOGS:
            self._load(f"{catalog}_{code}", qt_translations_dir())
        self.previous_locale = QLocale()
        QLocale.setDefault(locale_for(code))
        self.language = code
        return code

    def remove(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None
        self.language = None

    def _load(self, name: str, folder: Path) -> None:
        translator = QTranslator(self.app)
        if translator.load(name, str(folder)) and self.app.installTranslator(translator):
            self.installed.append(translator)
        else:
            self.missing.append(name)
            log.warning("translation %s not found in %s", name, folder)


def language_from_settings(settings) -> str:
    """The language stored in ``settings`` (a store Settings object), normalized."""
    return normalized_language(settings.get(SETTING_KEY))
