"""Privacy screening of the meeting texts (agenda-item notes, meeting notes, assessments, decisions, action
descriptions) before they are saved. They end up in the minutes PDF, so what looks like personal data (the same
``find_personal_data`` as for signals) is shown to the coordinator, who edits it away or saves anyway.

``may_export`` is the second look on the way out: before an agenda, minutes or memo is written or printed, the
hits in the composed document are shown, and the coordinator masks them in the document or stops."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QMessageBox, QWidget

from signaaltracker.domain.privacy import Finding, describe, find_personal_data
from signaaltracker.reports.screening import known_words
from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr


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
        parent,
        tr("Mogelijk persoonsgegevens"),
        tr(
            "{summary}: {found}. Deze tekst komt in het verslag van het overleg. Kies 'Nee' om de tekst aan te "
            "passen, of 'Ja' als het geen persoonsgegevens zijn.\n\nToch opslaan?"
        ).format(summary=describe(findings), found=shown),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def may_export(parent: QWidget | None, findings: list[Finding], document: str) -> bool:
    """True when nothing was found, or the coordinator chooses to mask the hits in ``document`` (Dutch noun with
    article, e.g. tr("de agenda")); False to stop."""
    if not findings:
        return True
    shown = ", ".join(dict.fromkeys(f"“{f.text}” ({f.label})" for f in findings[:12]))
    answer = QMessageBox.warning(
        parent,
        tr("Persoonsgegevens in het document"),
        tr(
            "{summary}: {found}. Dit staat in {document}, die de app verlaat. Kies 'Ja' om het in het document "
            "onleesbaar te maken (bijvoorbeeld “{mask}”), of 'Annuleren' om te stoppen en de tekst eerst aan te "
            "passen.\n\nOnleesbaar maken en doorgaan?"
        ).format(summary=describe(findings), found=shown, document=document, mask=findings[0].mask),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
