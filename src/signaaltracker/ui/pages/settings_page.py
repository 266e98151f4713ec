"""Instellingen: the municipality and the defaults of the council memo, stored in the database."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.reports.memo_compose import logo_png
from signaaltracker.store import Store
from signaaltracker.ui.i18n import LANGUAGES, QT_TR_NOOP, language_from_settings, tr
from signaaltracker.ui.i18n import SETTING_KEY as LANGUAGE_SETTING
from signaaltracker.ui.pages.base import Page, heading
from signaaltracker.ui.widgets import buddy_label, message_label


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
        self.signature = QLineEdit()
        self.signature.setAccessibleName(tr("Standaard ondertekening van de raadsmemo"))
        self.signature.setPlaceholderText(tr("bijv. Het college van burgemeester en wethouders"))
        form.addRow(tr("O&ndertekening memo:"), self.signature)
        self.contact_name = QLineEdit()
        self.contact_name.setAccessibleName(tr("Contactpersoon voor de raadsmemo"))
        self.contact_details = QLineEdit()
        self.contact_details.setAccessibleName(tr("E-mail of telefoon van de contactpersoon"))
        self.contact_details.setPlaceholderText(tr("e-mail of telefoon"))
        contact = QHBoxLayout()
        contact.addWidget(self.contact_name)
        contact.addWidget(self.contact_details)
        form.addRow(buddy_label(tr("&Contactpersoon:"), self.contact_name), contact)
        logo_row = QHBoxLayout()
        self.logo_label = QLabel()
        self.logo_button = QPushButton(tr("&Logo kiezen…"))
        self.logo_button.setAccessibleName(tr("Logo van de gemeente kiezen (PNG of SVG)"))
        self.logo_button.clicked.connect(self.ask_logo)
        self.logo_remove = QPushButton(tr("Logo &weghalen"))
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        form.addRow(tr("Logo (pagina 1 van de memo):"), logo_row)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(tr("Taal van de schermen"))
        self.language.setAccessibleDescription(tr("Geldt na het opnieuw starten; rapporten blijven Nederlands."))
        form.addRow(tr("&Taal:"), self.language)
        language_note = QLabel(
            tr(
                "De taal wijzigt na het opnieuw starten van SignaalTracker. "
                "Rapporten (raadsmemo, agenda, verslag) blijven Nederlands."
            )
        )
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
        self.signature.setText(str(settings.get("memo.signature") or ""))
        self.contact_name.setText(str(settings.get("memo.contact_name") or ""))
        self.contact_details.setText(str(settings.get("memo.contact_details") or ""))
        self.logo_png = logo_png(settings)
        self._show_logo()
        self.language.setCurrentIndex(max(0, self.language.findData(language_from_settings(settings))))
        self.status.clear()

    def ask_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Logo kiezen"), "", tr("Afbeelding (*.png *.svg)"))
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> bool:
        """Read a PNG or SVG logo (an SVG is drawn into a PNG); shown here, stored on Opslaan."""
        if path.suffix.lower() == ".svg":
            data = svg_to_png(path)
        else:
            image = QImage(str(path))
            data = png_bytes(image) if not image.isNull() else None
        if data is None or len(data) > MAX_LOGO_BYTES:
            self.status.setText(
                tr(
                    "{name} is geen bruikbare PNG- of SVG-afbeelding (of groter dan 2 MB); het logo is niet veranderd."
                ).format(name=path.name)
            )
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo_png = data
        self._show_logo()
        self.status.setText(tr("Klik op Opslaan om het logo te bewaren."))

    def _show_logo(self) -> None:
        image = QImage.fromData(self.logo_png) if self.logo_png else QImage()
        if image.isNull():
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(tr("geen logo"))
        else:
            self.logo_label.setPixmap(
                QPixmap.fromImage(image).scaled(
                    160, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        self.logo_remove.setEnabled(bool(self.logo_png))

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
            settings.set("memo.signature", self.signature.text().strip())
            settings.set("memo.contact_name", self.contact_name.text().strip())
            settings.set("memo.contact_details", self.contact_details.text().strip())
            settings.set("memo.logo_png", base64.b64encode(self.logo_png).decode("ascii") if self.logo_png else "")
            changed = self.language.currentData() != language_from_settings(settings)
            settings.set(LANGUAGE_SETTING, self.language.currentData())
        if changed:
            self.status.setText(tr("Instellingen opgeslagen. Start SignaalTracker opnieuw om de nieuwe taal te zien."))
        else:
            self.status.setText(tr("Instellingen opgeslagen."))


MAX_LOGO_BYTES = 2_000_000


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def svg_to_png(path: Path, height: int = 240) -> bytes | None:
    """An SVG logo drawn into a PNG (the PDF renderer needs no SVG support), or None when it is not an SVG."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    if not renderer.isValid() or renderer.defaultSize().isEmpty():
        return None
    size = renderer.defaultSize()
    image = QImage(max(1, round(size.width() * height / size.height())), height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return png_bytes(image)
