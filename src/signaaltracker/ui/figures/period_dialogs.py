"""Small dialogs of the intake grid: add a period, add a type (indicator)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from signaaltracker.ui.dates import DateEdit, to_pydate
from signaaltracker.ui.i18n import tr


def to_date(edit: DateEdit) -> date:
    return to_pydate(edit.date())


class PeriodDialog(QDialog):
    """Start and end date (explicit; periods are irregular) and the source of the figures."""

    def __init__(self, source: str, start: date, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Periode toevoegen"))
        form = QFormLayout(self)
        self.source = QLineEdit(source)
        self.source.setAccessibleName(tr("Bron van de cijfers"))
        self.start = DateEdit(tr("Begindatum van de periode"), start)
        self.end = DateEdit(tr("Einddatum van de periode"), end)
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
