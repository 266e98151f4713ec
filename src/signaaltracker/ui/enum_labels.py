"""Enum labels (domain data, Dutch) in the interface language, translated at display time.

The domain keeps one Dutch label per member (domain/enums.py); reports print those. The interface shows them
through ``enum_label``, which looks the Dutch label up in the catalogue under the context ``enums``. The list
below only exists so that pyside6-lupdate finds every label; a test checks it matches the domain.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "enums"

LABELS = (
    # OrganisationKind
    QT_TRANSLATE_NOOP("enums", "zorg"),
    QT_TRANSLATE_NOOP("enums", "jongerenwerk"),
    QT_TRANSLATE_NOOP("enums", "onderwijs"),
    QT_TRANSLATE_NOOP("enums", "politie"),
    QT_TRANSLATE_NOOP("enums", "handhaving"),
    QT_TRANSLATE_NOOP("enums", "gemeente"),
    QT_TRANSLATE_NOOP("enums", "overig"),
    # ThemeKind
    QT_TRANSLATE_NOOP("enums", "middel"),
    QT_TRANSLATE_NOOP("enums", "gedrag"),
    # Setting
    QT_TRANSLATE_NOOP("enums", "school"),
    QT_TRANSLATE_NOOP("enums", "festival/evenement"),
    QT_TRANSLATE_NOOP("enums", "straat"),
    QT_TRANSLATE_NOOP("enums", "online"),
    QT_TRANSLATE_NOOP("enums", "thuis"),
    # SourceKind
    QT_TRANSLATE_NOOP("enums", "eigen waarneming"),
    QT_TRANSLATE_NOOP("enums", "verteld door jongere"),
    # Trend
    QT_TRANSLATE_NOOP("enums", "stijgend"),
    QT_TRANSLATE_NOOP("enums", "stabiel"),
    QT_TRANSLATE_NOOP("enums", "dalend"),
    QT_TRANSLATE_NOOP("enums", "onbekend"),
    # SharingLevel
    QT_TRANSLATE_NOOP("enums", "raad"),
    QT_TRANSLATE_NOOP("enums", "overleg"),
    QT_TRANSLATE_NOOP("enums", "vertrouwelijk"),
    # SignalStatus
    QT_TRANSLATE_NOOP("enums", "nieuw"),
    QT_TRANSLATE_NOOP("enums", "besproken"),
    QT_TRANSLATE_NOOP("enums", "in actie"),
    QT_TRANSLATE_NOOP("enums", "afgesloten"),
    QT_TRANSLATE_NOOP("enums", "vervallen"),
    # ActionStatus
    QT_TRANSLATE_NOOP("enums", "open"),
    QT_TRANSLATE_NOOP("enums", "afgerond"),
    # ActivityPillar
    QT_TRANSLATE_NOOP("enums", "voorlichting en educatie"),
    QT_TRANSLATE_NOOP("enums", "signalering en ondersteuning"),
    QT_TRANSLATE_NOOP("enums", "omgeving"),
    QT_TRANSLATE_NOOP("enums", "regelgeving en handhaving"),
    # ActivityStatus
    QT_TRANSLATE_NOOP("enums", "gepland"),
    QT_TRANSLATE_NOOP("enums", "lopend"),
    QT_TRANSLATE_NOOP("enums", "gestopt"),
    # store.wastewater_data.MEASURES
    QT_TRANSLATE_NOOP("enums", "daggemiddelde"),
    QT_TRANSLATE_NOOP("enums", "gemiddelde werkdag"),
    QT_TRANSLATE_NOOP("enums", "gemiddelde weekend"),
    # reports.memo_compose.SECTION_LABELS (the section switches of the memo editor)
    QT_TRANSLATE_NOOP("enums", "Signalen"),
    QT_TRANSLATE_NOOP("enums", "Feiten en instroomcijfers"),
    QT_TRANSLATE_NOOP("enums", "Betrokken organisaties"),
    QT_TRANSLATE_NOOP("enums", "Overlegstructuren"),
    QT_TRANSLATE_NOOP("enums", "Preventieactiviteiten"),
    QT_TRANSLATE_NOOP("enums", "Slottekst"),
)


def enum_label(member) -> str:
    """The label of an enum member (domain/enums.py LabelledEnum) in the interface language."""
    return data_label(member.label)


def data_label(label: str) -> str:
    """A Dutch label from the domain or store (listed above) in the interface language."""
    return QCoreApplication.translate(CONTEXT, label)
