"""Preview of a figures import: what will be added, changed and left alone; bad rows by row number; the totals
check, footnote descriptions and the rows skipped. A totals row that does not match needs a tick to go ahead."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_period_nl
from signaaltracker.exchange.figures_import import STATUS_NL, ImportPlan
from signaaltracker.ui.figures.intake_model import shown
from signaaltracker.ui.i18n import tr


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(f"Cijfers inlezen: {plan.file_name}")
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        if plan.ok:
            text = f"<b>{plan.file_name}</b>: {plan.summary()}. Er is nog niets opgeslagen."
        else:
            text = (
                f"<b>{plan.file_name}</b> kan niet worden ingelezen: {len(plan.errors)} fout(en). "
                "Er wordt niets opgeslagen tot het hele bestand klopt."
            )
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.errors = QPlainTextEdit(plan.error_text(limit=200))
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName(tr("Fouten per rij"))
        self.errors.setVisible(not plan.ok)
        layout.addWidget(self.errors)
        self.details = QPlainTextEdit(plan.details_text())
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Controle van totalen en overgeslagen rijen"))
        self.details.setVisible(bool(self.details.toPlainText()))
        self.details.setMaximumHeight(150)
        layout.addWidget(self.details)
        self.confirm_totals = QCheckBox(
            tr("Een totaal in het bestand klopt niet met de cellen. Ik heb het bestand gecontroleerd: toch inlezen.")
        )
        self.confirm_totals.setVisible(plan.ok and plan.needs_confirmation)
        layout.addWidget(self.confirm_totals)
        self.table = QTableWidget(len(plan.figures), 7)
        self.table.setAccessibleName(tr("Voorbeeld van de cijfers"))
        self.table.setHorizontalHeaderLabels(
            [tr("Rij"), tr("Status"), tr("Type"), tr("Leeftijd"), tr("Periode"), tr("Was"), tr("Wordt")]
        )
        order = {"changed": 0, "added": 1, "unchanged": 2}
        for row, item in enumerate(sorted(plan.figures, key=lambda f: (order[f.status], f.row))):
            period = format_period_nl(item.start, item.end)
            old = shown(item.old_value) if item.status != "added" else ""
            for column, value in enumerate(
                (str(item.row), STATUS_NL[item.status], item.indicator, item.age_group, period, old, shown(item.value))
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(tr("Inlezen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_totals.toggled.connect(self._update_apply)
        self._update_apply()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def totals_confirmed(self) -> bool:
        return self.confirm_totals.isChecked()

    def _update_apply(self) -> None:
        allowed = self.plan.ok and bool(self.plan.figures)
        if self.plan.needs_confirmation:
            allowed = allowed and self.totals_confirmed
        self.apply_button.setEnabled(allowed)
