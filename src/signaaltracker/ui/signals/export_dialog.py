"""Export of the list as shown: choose CSV or Excel, a file, and whether *vertrouwelijk* signals go along."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.ui.i18n import tr

FORMATS = [("Excel-werkmap (.xlsx)", ".xlsx"), ("CSV, puntkomma-gescheiden (.csv)", ".csv")]


class ExportDialog(QDialog):
    def __init__(self, count: int, default_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Signalen exporteren"))
        self.format = QComboBox()
        for label, suffix in FORMATS:
            self.format.addItem(label, suffix)
        self.path = QLineEdit(str(default_dir / "signalen.xlsx"))
        self.path.setAccessibleName(tr("Bestand"))
        browse = QPushButton(tr("&Bladeren…"))
        browse.clicked.connect(self.browse)
        self.include_confidential = QCheckBox(tr("Ook signalen met deelniveau &vertrouwelijk meenemen"))
        self.include_confidential.setToolTip(tr("Vertrouwelijke signalen verlaten de app normaal nooit."))
        note = QLabel(
            f"De lijst zoals getoond: {count} signalen met de huidige filters en zoekterm. "
            "Vertrouwelijke signalen blijven weg, tenzij u dat hieronder aanzet."
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Formaat:"), self.format)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(tr("&Bestand:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Exporteren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.include_confidential)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)

    def _format_changed(self) -> None:
        path = Path(self.path.text() or "signalen")
        self.path.setText(str(path.with_suffix(self.format.currentData())))

    def browse(self) -> None:
        suffix = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Exporteren naar"), self.path.text(), f"*{suffix}")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        return path if path.suffix.lower() in (".csv", ".xlsx") else path.with_suffix(self.format.currentData())
