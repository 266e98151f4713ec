"""Instroomcijfers: the memo's table (editable), add a period or type, import with preview, and the chart."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.enums import ThemeKind
from signaaltracker.domain.facts import Figure
from signaaltracker.domain.taxonomy import Theme
from signaaltracker.exchange.figures_import import DEFAULT_SOURCE, apply_plan, preview_file
from signaaltracker.store import Store
from signaaltracker.ui.accessibility import mark_cell_grid
from signaaltracker.ui.figures.import_dialog import ImportPreviewDialog
from signaaltracker.ui.figures.intake_model import IntakeGridModel
from signaaltracker.ui.figures.period_dialogs import IndicatorDialog, PeriodDialog, to_date
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message, message_label


class IntakeTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chart = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("&Bron:")))
        self.source = QComboBox()
        self.source.setAccessibleName(tr("Bron van de cijfers"))
        self.source.setMinimumWidth(220)
        bar.itemAt(0).widget().setBuddy(self.source)
        self.source.currentTextChanged.connect(lambda _: self.reload())
        bar.addWidget(self.source)
        self.subtotals = QCheckBox(tr("Totaal per &type"))
        self.subtotals.setChecked(True)
        self.subtotals.toggled.connect(self._toggle_subtotals)
        bar.addWidget(self.subtotals)
        bar.addStretch(1)
        self.add_period_button = QPushButton(tr("&Periode toevoegen…"))
        self.add_period_button.clicked.connect(self.add_period)
        self.add_type_button = QPushButton(tr("T&ype toevoegen…"))
        self.add_type_button.clicked.connect(self.add_indicator)
        self.import_button = QPushButton(tr("&Inlezen (CSV/XLSX/ODS)…"))
        self.import_button.clicked.connect(self.ask_import)
        for button in (self.add_period_button, self.add_type_button, self.import_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = IntakeGridModel(store, self)
        self.model.edit_failed.connect(self._show_error)
        self.model.edited.connect(self._after_edit)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Instroomcijfers per type, leeftijd en periode"))
        mark_cell_grid(self.view)  # Tab between cells as in a spreadsheet; Ctrl+Tab leaves the grid
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setStretchLastSection(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        self.note = QLabel()
        self.note.setAccessibleDescription(tr("Bron en toelichting"))
        self.note.setWordWrap(True)
        top_layout.addWidget(self.note)
        self.status = message_label()
        top_layout.addWidget(self.status)
        self.splitter.addWidget(top)
        layout.addWidget(self.splitter, 1)

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.source.currentText()
        sources = self.store.figures.sources()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems(sources or [DEFAULT_SOURCE])
        if current in sources:
            self.source.setCurrentText(current)
        self.source.blockSignals(False)
        self.reload()

    def current_source(self) -> str:
        return self.source.currentText() or DEFAULT_SOURCE

    def reload(self) -> None:
        self.model.load(self.current_source())
        self.view.resizeColumnsToContents()
        grid = self.model.grid
        notes = [tr("Bron: {source}.").format(source=self.current_source())]
        notes += [f"*{line}" for line in grid.footnotes()]
        notes.append(tr("'-' is nul; 'onbekend' is niet bekend (telt niet mee in het totaal)."))
        self.note.setText("  ".join(notes))
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.chart is None:
            from signaaltracker.ui.charts.intake_chart import IntakeChart

            self.chart = IntakeChart(self)
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([520, 380])  # the grid shows a dozen rows on a 720-pixel-high screen
        self.chart.set_grid(self.model.grid)

    def _toggle_subtotals(self, on: bool) -> None:
        self.model.set_subtotals(on)
        self.view.resizeColumnsToContents()

    def _show_error(self, message: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>{message}</span>")

    def _after_edit(self) -> None:
        self.status.setText(tr("Opgeslagen."))
        self._draw_chart()

    # --- adding --------------------------------------------------------------------------------
    def add_period(self) -> None:
        grid = self.model.grid
        start = grid.periods[-1].end if grid.periods else date(date.today().year, 1, 1)
        dialog = PeriodDialog(self.current_source(), start, start + timedelta(days=120), self)
        if dialog.exec():
            self.create_period(dialog.source.text().strip(), to_date(dialog.start), to_date(dialog.end))

    def create_period(self, source: str, start: date, end: date) -> int:
        """Add a period column: every type × age group of the grid (or every active theme) as 'onbekend'."""
        grid = self.model.grid if source == self.current_source() else None
        if grid is not None and not grid.is_empty:
            pairs = [(i.id, a.id) for i in grid.indicators for a in grid.age_groups]
        else:
            pairs = [(t.id, a.id) for t in self.store.themes.active() for a in self.store.age_groups.active()]
        if not pairs:  # a new register: the table's rows and columns come from the registers
            missing = tr("leeftijdsgroep") if not self.store.age_groups.active() else tr("thema")
            self._show_error(
                tr(
                    "Voeg eerst een {what} toe onder Registers (Ctrl+6); de tabel heeft een rij per thema en een "
                    "kolom per leeftijdsgroep. Er is niets opgeslagen."
                ).format(what=missing)
            )
            return 0
        added = 0
        try:
            with self.store.db.transaction():
                for indicator_id, age_id in pairs:
                    figure = Figure(source, indicator_id, age_id, start, end, None)
                    if self.store.figures.find_key(figure) is None:
                        self.store.figures.add(figure)
                        added += 1
        except EXPECTED_ERRORS as exc:
            self._show_error(error_message(exc))
            return 0
        self.refresh()
        self.source.setCurrentText(source)
        self.status.setText(tr("Periode toegevoegd (%Ln cijfers, nog onbekend).", None, added))
        return added

    def add_indicator(self) -> None:
        grid = self.model.grid
        if not grid.periods:
            self._show_error(tr("Voeg eerst een periode toe."))
            return
        shown = {i.name for i in grid.indicators}
        dialog = IndicatorDialog([t.name for t in self.store.themes.active() if t.name not in shown], self)
        if dialog.exec():
            self.create_indicator(dialog.name.currentText().strip())

    def create_indicator(self, name: str) -> None:
        grid = self.model.grid
        ages = grid.age_groups or self.store.age_groups.active()
        try:
            with self.store.db.transaction():
                theme = self.store.themes.by_name(name) or self.store.themes.add(Theme(name, ThemeKind.OTHER))
                for period in grid.periods:
                    for age in ages:
                        figure = Figure(self.current_source(), theme.id, age.id, period.start, period.end, None)
                        if self.store.figures.find_key(figure) is None:
                            self.store.figures.add(figure)
        except EXPECTED_ERRORS as exc:
            self._show_error(error_message(exc))
            return
        self.reload()

    # --- import --------------------------------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Cijfers inlezen"), "", tr("Cijfers (*.csv *.txt *.xlsx *.ods)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, *, confirm: bool = True) -> ImportPreviewDialog | None:
        self.status.clear()  # an error of an earlier import does not belong to this one
        try:
            plan = preview_file(self.store, path, self.current_source())
        except EXPECTED_ERRORS as exc:
            self._show_error(error_message(exc))
            return None
        dialog = ImportPreviewDialog(plan, self)
        if confirm and dialog.exec() and plan.ok:
            self.apply_import(dialog)
        return dialog

    def apply_import(self, dialog: ImportPreviewDialog) -> None:
        try:
            counts = apply_plan(self.store, dialog.plan, accept_totals=dialog.totals_confirmed)
        except EXPECTED_ERRORS as exc:
            self._show_error(error_message(exc))
            return
        self.refresh()
        self.status.setText(
            tr("{file} ingelezen: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd.").format(
                file=dialog.plan.file_name,
                added=counts["added"],
                changed=counts["changed"],
                unchanged=counts["unchanged"],
            )
        )
