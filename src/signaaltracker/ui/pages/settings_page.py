
"""Instellingen: the municipality and the defaults of the council memo, stored in the database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.store import Store
from signaaltracker.ui.i18n import LANGUAGES, QT_TR_NOOP, language_from_settings, tr
from signaaltracker.ui.i18n import SETTING_KEY as LANGUAGE_SETTING
from signaaltracker.ui.pages.base import Page, heading
from signaaltracker.ui.widgets import message_label


class SettingsPage(Page):
    title = QT_TR_NOOP("Instellingen")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        form = QFormLayout()
        self.municipality = QLineEdit()
        self.municipality.setAccessibleName(tr("Naam van de gemeente"))
        self.latitude = self._coordinate(tr("Breedtegraad van de gemeente"), -90, 90)
        self.longitude = self._coordinate(tr("Lengtegraad van de gemeente"), -180, 180)
        self.sender = QLineEdit()
        self.sender.setAccessibleName(tr("Standaard afzender van de raadsmemo"))
        self.recipients = QLineEdit()
        self.recipients.setAccessibleName(tr("Standaard geadresseerde van de raadsmemo"))
        form.addRow(tr("&Gemeente:"), self.municipality)
        location = QHBoxLayout()
        location.addWidget(self.latitude)
        location.addWidget(self.longitude)
        form.addRow(tr("Ligging (breedte, lengte):"), location)
        form.addRow(tr("&Afzender memo:"), self.sender)
        form.addRow(tr("Aan (&memo):"), self.recipients)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(tr("Taal van de schermen"))
        self.language.setAccessibleDescription(tr("Geldt na het opnieuw starten; rapporten blijven Nederlands."))
        form.addRow(tr("&Taal:"), self.language)
        language_note = QLabel(tr("De taal wijzigt na het opnieuw starten van SignaalTracker. "
                                  "Rapporten (raadsmemo, agenda, verslag) blijven Nederlands."))
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Opslaan"))
        self.save_button.setAccessibleName(tr("Instellingen opslaan"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = message_label()
        layout.addWidget(self.status)
        layout.addStretch(1)

    @staticmethod
    def _coordinate(name: str, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setDecimals(4)
        box.setAccessibleName(name)
        return box

    def refresh(self) -> None:
        settings = self.store.settings
        self.municipality.setText(str(settings.get("municipality.name") or ""))
        self.latitude.setValue(float(settings.get("municipality.latitude") or 0))
        self.longitude.setValue(float(settings.get("municipality.longitude") or 0))
        self.sender.setText(str(settings.get("memo.sender") or ""))
        self.recipients.setText(str(settings.get("memo.recipients") or ""))
        self.language.setCurrentIndex(max(0, self.language.findData(language_from_settings(settings))))
        self.status.clear()

    def save(self) -> None:
        name = self.municipality.text().strip()
        if not name:
            self.status.setText(tr("Vul de naam van de gemeente in; er is niets opgeslagen."))
            return
        settings = self.store.settings
        with self.store.db.transaction():
            settings.set("municipality.name", name)
            settings.set("municipality.latitude", self.latitude.value())
            settings.set("municipality.longitude", self.longitude.value())
            settings.set("memo.sender", self.sender.text().strip())
            settings.set("memo.recipients", self.recipients.text().strip())
            changed = self.language.currentData() != language_from_settings(settings)
            settings.set(LANGUAGE_SETTING, self.language.currentData())
        if changed:
            self.status.setText(tr("Instellingen opgeslagen. Start SignaalTracker opnieuw om de nieuwe taal te zien."))
        else:
            self.status.setText(tr("Instellingen opgeslagen."))
