"""Small dialogs of the intake grid: add a period, add a type (indicator)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from signaaltracker.ui.i18n import tr


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d-M-yyyy")
    return edit


def to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class PeriodDialog(QDialog):
    """Start and end date (explicit; periods are irregular) and the source of the figures."""

    def __init__(self, source: str, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Periode toevoegen"))
        form = QFormLayout(self)
        self.source = QLineEdit(source)
        self.source.setAccessibleName(tr("Bron van de cijfers"))
        self.start = _date_edit(start)
        self.start.setAccessibleName(tr("Begindatum van de periode"))
        self.end = _date_edit(end)
        self.end.setAccessibleName(tr("Einddatum van de periode"))
        form.addRow(tr("&Bron:"), self.source)
        form.addRow(tr("&Van:"), self.start)
        form.addRow(tr("&Tot:"), self.end)
        self.message = QLabel(tr("Alle cijfers van de nieuwe periode beginnen als 'onbekend'."))
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if to_date(self.end) <= to_date(self.start):
            self.message.setText(tr("Het einde van de periode moet na het begin liggen."))
            return
        if not self.source.text().strip():
            self.message.setText(tr("Vul de bron in, bijvoorbeeld Tactus verslavingszorg."))
            return
        self.accept()


class IndicatorDialog(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Type toevoegen"))
        form = QFormLayout(self)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(names)
        self.name.setAccessibleName(tr("Type (thema)"))
        form.addRow(tr("&Type:"), self.name)
        form.addRow(QLabel(tr("Een nieuw type wordt ook als thema toegevoegd.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
