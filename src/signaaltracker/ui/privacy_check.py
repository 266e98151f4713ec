"""Privacy screening of the meeting texts (agenda-item notes, meeting notes, assessments, decisions, action
descriptions) before they are saved. They end up in the minutes PDF, so what looks like personal data (the same
``find_personal_data`` as for signals) is shown to the coordinator, who edits it away or saves anyway."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QMessageBox, QWidget

from signaaltracker.domain.privacy import Finding, describe, find_personal_data
from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr


def known_words(store: Store) -> set[str]:
    """Capitalised words that are not first names: organisation and theme names, the municipality."""
    words: set[str] = set()
    for name in [o.name for o in store.organisations.list()] + [t.name for t in store.themes.list()]:
        words.update(name.replace("/", " ").split())
    words.update(str(store.settings.get("municipality.name") or "").split())
    return words


def screen_texts(store: Store, texts: Iterable[str]) -> list[Finding]:
    not_names = known_words(store)
    return [finding for text in texts for finding in find_personal_data(text or "", not_names)]


def may_save(parent: QWidget | None, store: Store, *texts: str) -> bool:
    """True when the texts look clean, or the coordinator confirms they hold no personal data."""
    findings = screen_texts(store, texts)
    if not findings:
        return True
    shown = ", ".join(dict.fromkeys(f"“{f.text}” ({f.label})" for f in findings))
    answer = QMessageBox.warning(
        parent, tr("Mogelijk persoonsgegevens"),
        tr("{summary}: {found}. Deze tekst komt in het verslag van het overleg. Kies 'Nee' om de tekst aan te "
           "passen, of 'Ja' als het geen persoonsgegevens zijn.\n\nToch opslaan?").format(
            summary=describe(findings), found=shown),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
