"""A wastewater measurement the municipality commissioned itself (site, substance, year, mean loads)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.facts import WastewaterMeasurement
from signaaltracker.store import Store
from signaaltracker.store.wastewater_data import substances
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message


def parse_load(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        message = tr("'{text}' is geen getal; laat het leeg als het niet gemeten is.")
        raise DomainError(message.format(text=text)) from None


class OwnMeasurementDialog(QDialog):
    def __init__(self, store: Store, substance: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved: WastewaterMeasurement | None = None
        self.setWindowTitle(tr("Eigen rioolwatermeting"))
        form = QFormLayout(self)
        self.site = QLineEdit(str(store.settings.get("municipality.name")))
        self.substance = QComboBox()
        self.substance.setEditable(True)
        self.substance.addItems(substances(store.db))
        self.substance.setCurrentText(substance)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.daily, self.weekday, self.weekend = QLineEdit(), QLineEdit(), QLineEdit()
        self.source = QLineEdit(tr("Eigen meting"))
        for label, widget in (
            (tr("&Meetplaats:"), self.site),
            (tr("&Stof:"), self.substance),
            (tr("&Jaar:"), self.year),
            (tr("&Daggemiddelde:"), self.daily),
            (tr("&Werkdag:"), self.weekday),
            (tr("Wee&kend:"), self.weekend),
            (tr("&Bron:"), self.source),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.message = QLabel(tr("Vrachten in mg per 1000 inwoners per dag; leeg = niet gemeten."))
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            item = WastewaterMeasurement(
                site=self.site.text(),
                substance=self.substance.currentText(),
                year=self.year.value(),
                daily_mean=parse_load(self.daily.text()),
                weekday_mean=parse_load(self.weekday.text()),
                weekend_mean=parse_load(self.weekend.text()),
                source=self.source.text(),
            )
            existing = self.store.wastewater.find_key(item)
            if existing is not None:
                item.id = existing.id
                self.saved = self.store.wastewater.update(item)
            else:
                self.saved = self.store.wastewater.add(item)
        except EXPECTED_ERRORS as exc:
            self.message.setText(f"<span style='color:#b00020'>{error_message(exc)}</span>")
            return
        self.accept()
