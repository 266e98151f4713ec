"""The signal form plus the save-time privacy screening: findings are highlighted and must be edited away or
explicitly confirmed; a confirmation is written to the audit log in the same transaction as the signal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from signaaltracker.domain.privacy import Finding, describe, find_personal_data
from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.privacy_check import known_words
from signaaltracker.ui.signals.form import SignalForm
from signaaltracker.ui.widgets import EXPECTED_ERRORS, MessageLabel, error_message


class SignalEditor(QWidget):
    """Emits ``saved(signal_id)`` after a successful save."""

    saved = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.form = SignalForm(store)
        self.banner = QFrame()
        self.banner.setObjectName("privacyBanner")
        self.banner.setStyleSheet(
            "#privacyBanner { background: #fff3cd; border: 1px solid #e0a800; }"
            " #privacyBanner QLabel { color: #000000; }"
        )
        self.banner_text = MessageLabel(tr("Melding persoonsgegevens"), assertive=True)
        self.confirm_button = QPushButton(tr("Toc&h opslaan"))
        self.confirm_button.setAccessibleName(tr("Bevestigen dat dit geen persoonsgegevens zijn en toch opslaan"))
        self.confirm_button.clicked.connect(self.save_confirmed)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.confirm_button)
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)  # above the form: always in view, also in the narrow detail pane
        layout.addWidget(self.form)
        self._pending: dict[str, list[Finding]] = {}
        self._not_names: set[str] | None = None
        self.form.edited.connect(self._edited)

    def screen(self) -> dict[str, list[Finding]]:
        if self._not_names is None:
            self._not_names = known_words(self.store)
        found = {}
        for name, box in self.form.screened_text():
            hits = find_personal_data(box.toPlainText(), self._not_names)
            if hits:
                found[name] = hits
        return found

    def save(self) -> int | None:
        """Save unless screening finds something; then highlight it and wait for an edit or a confirmation."""
        return self._save(confirmed=False)

    def save_confirmed(self) -> int | None:
        return self._save(confirmed=True)

    def _save(self, confirmed: bool) -> int | None:
        signal = self.form.build()
        if signal is None:
            return None
        if signal.id is not None:  # keep what the form does not show
            try:
                existing = self.store.signals.get(signal.id)
            except EXPECTED_ERRORS as exc:  # deleted meanwhile
                self.form.error.setText(error_message(exc))
                return None
            if existing.anonymised:  # never un-anonymise by saving the form over it
                self.form.error.setText(tr("Dit signaal is geanonimiseerd en kan niet meer worden gewijzigd."))
                return None
            signal.recorded_at, signal.deleted_at = existing.recorded_at, existing.deleted_at
        findings = self.screen()
        if findings and not (confirmed and _same(findings, self._pending)):
            self._pending = findings
            self.form.highlight(findings)
            everything = [f for hits in findings.values() for f in hits]
            self.banner_text.setText(
                tr(
                    "Mogelijk persoonsgegevens gevonden ({found}), geel gemarkeerd. Pas de tekst aan, "
                    "of bevestig dat het geen persoonsgegevens zijn met 'Toch opslaan'."
                ).format(found=describe(everything))
            )
            self.banner.show()
            self.form.summary.setFocus()
            return None
        try:
            with self.store.db.transaction():
                store = self.store.signals
                saved = store.add(signal) if signal.id is None else store.update(signal)
                if findings:
                    self.store.signals.confirm_privacy(
                        saved.id,
                        [
                            {"field": name, "kind": f.kind, "start": f.start, "end": f.end}
                            for name, hits in findings.items()
                            for f in hits
                        ],
                    )
        except EXPECTED_ERRORS as exc:
            self.form.error.setText(error_message(exc))
            return None
        self.form.signal_id = saved.id
        self._pending = {}
        self.banner.hide()
        self.saved.emit(saved.id)
        return saved.id

    def _edited(self) -> None:
        if self.banner.isVisible():
            self.banner.hide()
            self._pending = {}

    def reset(self) -> None:
        self._pending = {}
        self._not_names = None
        self.banner.hide()


def _same(a: dict[str, list[Finding]], b: dict[str, list[Finding]]) -> bool:
    def key(d: dict[str, list[Finding]]) -> set:
        return {(name, f.kind, f.text) for name, hits in d.items() for f in hits}

    return bool(b) and key(a) == key(b)
