"""Bestand → Sjabloon voor instroomcijfers opslaan…: an XLSX or CSV template in the memo's layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from signaaltracker.exchange.figures_template import DEFAULT_TYPES, write_template
from signaaltracker.store import Store
from signaaltracker.store.aggregates import intake_grid
from signaaltracker.ui.i18n import tr


def template_contents(store: Store) -> tuple[list[str], list[str], dict[str, str] | None]:
    """The types of the intake figures in the register (else the memo's), the age groups in their order, and
    the types' descriptions as footnotes."""
    grid = intake_grid(store.db, None)
    if not grid.indicators:
        return list(DEFAULT_TYPES), [a.label for a in store.age_groups.list()], None
    ages = [a.label for a in grid.age_groups] or [a.label for a in store.age_groups.list()]
    return [i.name for i in grid.indicators], ages, {i.name: i.description for i in grid.indicators if i.description}


def save_intake_template(parent: QWidget, store: Store, path: Path | None = None) -> Path | None:
    """Ask where to save (unless ``path`` is given) and write the template; returns the file written."""
    if path is None:
        xlsx_filter, csv_filter = tr("Excel-werkmap (*.xlsx)"), tr("CSV met puntkomma's (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            tr("Sjabloon voor instroomcijfers opslaan"),
            "instroomcijfers-sjabloon.xlsx",
            f"{xlsx_filter};;{csv_filter}",
        )
        if not chosen:
            return None
        path = Path(chosen.strip())
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if chosen_filter == csv_filter else ".xlsx")
    types, ages, footnotes = template_contents(store)
    try:
        return write_template(path, types, ages, footnotes=footnotes)
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            parent,
            tr("Sjabloon niet opgeslagen"),
            tr("Het sjabloon kon niet worden opgeslagen: {reason}").format(reason=exc.strerror),
        )
        return None
