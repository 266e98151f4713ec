"""Rioolwater: reference sites (default: the Dutch EUDA sites nearest to the municipality), one substance,
the load per year as a chart; import of EUDA files and the municipality's own measurements."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.exchange.euda_import import default_site_table, import_wastewater
from signaaltracker.store import Store
from signaaltracker.store.wastewater_data import (
    MEASURES,
    distance_km,
    measured_sites,
    nearest_sites,
    sites,
    substances,
    wastewater_series,
)
from signaaltracker.ui.enum_labels import data_label
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.view_state import database_key, load, save
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message, message_label

SITE_ROLE = Qt.ItemDataRole.UserRole
SITES_KEY = "wastewater/sites"  # view state (ui/view_state.py), per database
SUBSTANCE_KEY = "wastewater/substance"


def default_sites(store: Store) -> list[str]:
    """The three Dutch EUDA sites nearest to the municipality, plus any site of the municipality's own."""
    lat = float(store.settings.get("municipality.latitude"))
    lon = float(store.settings.get("municipality.longitude"))
    names = [n.site.city for n in nearest_sites(store.db, lat, lon, "NL", 3)]
    own = [r["site"] for r in measured_sites(store.db) if not r["site_id"]]
    return own + names


class WastewaterTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chart = None
        self._loading = False
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("&Stof:")))
        self.substance = QComboBox()
        self.substance.setAccessibleName(tr("Stof"))
        side_layout.itemAt(0).widget().setBuddy(self.substance)
        side_layout.addWidget(self.substance)
        self.measure = QComboBox()
        self.measure.setAccessibleName(tr("Gemiddelde"))
        for key, label in MEASURES.items():
            self.measure.addItem(data_label(label), key)
        measure_label = QLabel(tr("&Gemiddelde:"))
        measure_label.setBuddy(self.measure)
        side_layout.addWidget(measure_label)
        side_layout.addWidget(self.measure)
        side_layout.addWidget(QLabel(tr("&Meetplaatsen (ter vergelijking):")))
        self.site_list = QListWidget()
        self.site_list.setAccessibleName(tr("Meetplaatsen"))
        side_layout.itemAt(side_layout.count() - 1).widget().setBuddy(self.site_list)
        side_layout.addWidget(self.site_list, 1)
        self.nearest_button = QPushButton(tr("&Dichtstbijzijnde kiezen"))
        self.nearest_button.clicked.connect(self.choose_nearest)
        self.import_button = QPushButton(tr("&EUDA-bestand inlezen…"))
        self.import_button.clicked.connect(self.ask_import)
        self.own_button = QPushButton(tr("Eigen &meting toevoegen…"))
        self.own_button.clicked.connect(self.add_own)
        for button in (self.nearest_button, self.import_button, self.own_button):
            side_layout.addWidget(button)
        self.status = message_label()
        side_layout.addWidget(self.status)
        splitter.addWidget(side)
        self.splitter = splitter
        layout.addWidget(splitter)
        self.substance.currentTextChanged.connect(self._choice_changed)
        self.measure.currentIndexChanged.connect(lambda _: self._choice_changed())
        self.site_list.itemChanged.connect(lambda _: self._choice_changed())

    # --- loading -------------------------------------------------------------------------------
    def _key(self, key: str) -> str:
        return database_key(self.store.db.path, key)

    def refresh(self) -> None:
        self._loading = True
        known = substances(self.store.db)
        chosen = str(load(self._key(SUBSTANCE_KEY), "") or "") or ("MDMA" if "MDMA" in known else "")
        self.substance.clear()
        self.substance.addItems(known)
        if chosen in known:
            self.substance.setCurrentText(chosen)
        remembered = load(self._key(SITES_KEY), [])
        selected = [str(site) for site in remembered] if isinstance(remembered, list) else []
        selected = selected or default_sites(self.store)
        self._fill_sites(selected)
        self._loading = False
        self.draw()

    def _fill_sites(self, selected: list[str]) -> None:
        lat = float(self.store.settings.get("municipality.latitude"))
        lon = float(self.store.settings.get("municipality.longitude"))
        where = {s.site_id: s for s in sites(self.store.db)}
        rows = []
        for row in measured_sites(self.store.db):
            info = where.get(row["site_id"])
            km = distance_km(lat, lon, info.latitude, info.longitude) if info and info.latitude is not None else None
            rows.append((row, km))
        rows.sort(
            key=lambda r: (
                r[0]["site"] not in selected,
                r[0]["country"] != "NL",
                r[1] if r[1] is not None else 1e9,
                r[0]["site"],
            )
        )
        self.site_list.clear()
        for row, km in rows:
            label = f"{row['site']} ({row['country'] or tr('eigen')}"
            label += f", {km:.0f} km)" if km is not None else ")"
            item = QListWidgetItem(label)
            item.setData(SITE_ROLE, row["site"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row["site"] in selected else Qt.CheckState.Unchecked)
            item.setToolTip(
                tr("{n} metingen, {first}–{last}").format(n=row["n"], first=row["first_year"], last=row["last_year"])
            )
            self.site_list.addItem(item)

    def selected_sites(self) -> list[str]:
        return [
            self.site_list.item(i).data(SITE_ROLE)
            for i in range(self.site_list.count())
            if self.site_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choice_changed(self, *_args) -> None:
        if self._loading:
            return
        save(self._key(SITES_KEY), self.selected_sites())
        if self.substance.currentText():
            save(self._key(SUBSTANCE_KEY), self.substance.currentText())
        self.draw()

    def choose_nearest(self) -> None:
        self._loading = True
        self._fill_sites(default_sites(self.store))
        self._loading = False
        self._choice_changed()

    def draw(self) -> None:
        if self.chart is None:
            from signaaltracker.ui.charts.wastewater_chart import WastewaterChart

            self.chart = WastewaterChart(self)
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([260, 800])
        series = wastewater_series(
            self.store.db,
            self.substance.currentText(),
            self.selected_sites(),
            self.measure.currentData() or "daily_mean",
        )
        self.chart.set_series(series)
        if not substances(self.store.db):
            self.status.setText(tr("Nog geen rioolwatermetingen: lees het EUDA-bestand (all-data) in."))

    # --- import and own measurements -----------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Rioolwaterdata inlezen"), "", tr("CSV of tekst (*.csv *.txt)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, source: str = "EUDA") -> None:
        self.status.clear()  # an error of an earlier import does not belong to this one
        site_table = default_site_table(path)
        try:
            result = import_wastewater(self.store, path, site_table if site_table != path else None, source)
        except EXPECTED_ERRORS as exc:
            self.status.setText(f"<span style='color:#b00020'>{error_message(exc)}</span>")
            return
        m = result.measurements
        self.status.setText(
            tr("{file}: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd.").format(
                file=path.name, added=m["added"], changed=m["changed"], unchanged=m["unchanged"]
            )
        )
        self.refresh()

    def add_own(self) -> None:
        from signaaltracker.ui.figures.own_measurement import OwnMeasurementDialog

        dialog = OwnMeasurementDialog(self.store, self.substance.currentText(), self)
        if dialog.exec() and dialog.saved is not None:
            selected = self.selected_sites()
            if dialog.saved.site not in selected:
                save(self._key(SITES_KEY), [dialog.saved.site, *selected])
            self.refresh()
            self.substance.setCurrentText(dialog.saved.substance)
            self.status.setText(tr("Eigen meting opgeslagen."))
