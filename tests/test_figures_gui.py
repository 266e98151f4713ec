"""The Cijfers page and the charts with pytest-qt: bars and points for the demo data, editing, PNG export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from signaaltracker.exchange.euda_import import import_wastewater
from signaaltracker.store.aggregates import intake_grid, signals_per_month_by_theme
from signaaltracker.ui import view_state


@pytest.fixture
def figures_page(window):
    return window.show_page("figures")


def cell(model, row_text: str, age: str, column: int):
    for row in range(model.rowCount()):
        if (
            model.rows[row].kind == "value"
            and model.rows[row].indicator.name == row_text
            and model.rows[row].age_group.label == age
        ):
            return model.index(row, column)
    raise AssertionError(row_text)


def test_grid_shows_the_memo_table(figures_page):
    model = figures_page.intake.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "1 januari tot 1 mei 2024"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "1 mei tot 10 oktober 2024"
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Totaal"
    assert [model.data(model.index(last, c)) for c in (2, 3, 4)] == ["23", "32", "55"]
    assert model.data(cell(model, "Cannabis", ">18", 2)) == "-"
    assert model.data(cell(model, "KOV", "0-18", 0)) == "KOV*"
    assert "Tactus verslavingszorg" in figures_page.intake.note.text()
    assert "KOV: kinderen van ouders" in figures_page.intake.note.text()


def test_editing_in_place_keeps_zero_and_missing_apart(figures_page, demo_store):
    model = figures_page.intake.model
    assert model.setData(cell(model, "Alcohol", ">18", 2), "")
    assert model.data(cell(model, "Alcohol", ">18", 2)) == "onbekend"
    assert model.setData(cell(model, "Alcohol", ">18", 3), "-")
    assert model.setData(cell(model, "Gamen", "0-18", 2), "4")
    assert not model.setData(cell(model, "Gamen", "0-18", 3), "veel")
    assert "geen geldig aantal" in figures_page.intake.status.text()
    grid = intake_grid(demo_store.db, "Tactus verslavingszorg")
    values = {
        (i.name, a.label, p.start.month): grid.value(i.id, a.id, p)
        for i in grid.indicators
        for a in grid.age_groups
        for p in grid.periods
    }
    assert values[("Alcohol", ">18", 1)] is None
    assert values[("Alcohol", ">18", 5)] == 0
    assert values[("Gamen", "0-18", 1)] == 4 and values[("Gamen", "0-18", 5)] == 5
    assert [grid.column_total(p) for p in grid.periods] == [24, 32]


def test_add_period_adds_an_unknown_column(figures_page):
    tab = figures_page.intake
    added = tab.create_period("Tactus verslavingszorg", date(2024, 10, 10), date(2025, 1, 1))
    assert added == 12
    model = tab.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "10 oktober 2024 tot 1 januari 2025"
    assert model.data(cell(model, "3MMC", "0-18", 4)) == "onbekend"
    assert model.data(model.index(model.rowCount() - 1, 4)) == "onbekend"  # nothing known is not 0


def test_intake_chart_has_a_bar_per_known_figure(figures_page, tmp_path, qtbot):
    chart = figures_page.intake.chart
    assert chart.bars == 24
    hit = next(h for h in chart.hits if "Cannabis, 0-18, 1 mei" in h.text)
    assert hit.text.endswith(": 11")
    assert chart.hit_at((hit.x0 + hit.x1) / 2, (hit.y0 + hit.y1) / 2) is hit
    path = chart.export_png(tmp_path / "intake.png")
    assert path.stat().st_size > 1000
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_signals_chart_is_stacked_per_month(figures_page, demo_store):
    trends = figures_page.trends
    figures_page.tabs.setCurrentWidget(trends)
    trends.set_range(date(2024, 1, 1), date(2024, 12, 1))
    counts = signals_per_month_by_theme(demo_store.db, date(2024, 1, 1), date(2024, 12, 31))
    expected = sum(1 for t in counts.themes for n in counts.counts[t] if n)
    assert trends.chart.bars == expected > 0
    assert len(counts.months) == 12
    september = [h for h in trends.chart.hits if "september 2024" in h.text]
    assert max(h.y1 for h in september) == sum(counts.counts[t][8] for t in counts.themes)


def test_wastewater_chart_defaults_to_nearest_dutch_sites(figures_page, demo_store, test_data, tmp_path):
    euda = test_data / "euda-wastewater-2025"
    import_wastewater(demo_store, euda / "ww2025-all-data.csv", euda / "ww2025-site-info-table.csv")
    tab = figures_page.wastewater
    figures_page.tabs.setCurrentWidget(tab)
    assert tab.selected_sites() == ["Zwolle", "Leeuwarden", "Amsterdam"]
    assert tab.substance.currentText() == "MDMA"
    expected = demo_store.db.scalar(
        "SELECT count(*) FROM wastewater WHERE substance = 'MDMA' AND daily_mean IS NOT NULL"
        " AND site IN ('Zwolle', 'Leeuwarden', 'Amsterdam')"
    )
    assert tab.chart.points == expected
    zwolle = next(h for h in tab.chart.hits if h.text.startswith("Zwolle, MDMA 2024"))
    assert "49,98" in zwolle.text
    assert tab.chart.hit_at(2024.02, 49.9) is zwolle
    tab.substance.setCurrentText("cocaine")
    assert view_state.load(view_state.database_key(demo_store.db.path, "wastewater/substance")) == "cocaine"
    assert tab.chart.export_png(tmp_path / "ww.png").stat().st_size > 1000


def test_facts_memo_switch(figures_page, demo_store):
    tab = figures_page.facts
    figures_page.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 2
    first = tab.table.item(0, 0)
    first.setCheckState(Qt.CheckState.Unchecked)
    assert len(demo_store.facts.for_memo()) == 1
    tab.clear_form()
    tab.source.setText("Politie")
    tab.text.setPlainText("Geen meldingen van drugsoverlast rond scholen.")
    tab.in_memo.setChecked(False)
    tab.save()
    assert tab.table.rowCount() == 3
    assert [f.text for f in demo_store.facts.list() if not f.in_memo][-1].startswith("Geen meldingen")


def test_import_preview_dialog_blocks_a_bad_file(figures_page, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("verslaving,leeftijd,periode_van,periode_tot,aantal\n3MMC,12-16,2024-01-01,2024-05-01,3\n")
    dialog = figures_page.intake.import_path(bad, confirm=False)
    assert not dialog.apply_button.isEnabled()
    assert "Rij 2" in dialog.errors.toPlainText()
    good = tmp_path / "good.csv"
    good.write_text("verslaving,leeftijd,periode_van,periode_tot,aantal\n3MMC,0-18,2024-01-01,2024-05-01,5\n")
    dialog = figures_page.intake.import_path(good, confirm=False)
    assert dialog.apply_button.isEnabled() and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "gewijzigd"
    figures_page.intake.apply_import(dialog)
    assert "1 gewijzigd" in figures_page.intake.status.text()


def test_overview_gets_compact_charts_and_keeps_its_labels(window, qtbot):
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: page.charts is not None, timeout=5000)
    assert page.labels["open_actions"].text() == "1"
    assert page.labels["next_meeting"].text().startswith("21 november 2024 (Jongerenoverleg; voorgesteld")
    assert page.charts.intake.bars == 24
    assert page.charts.signals.bars > 0


def test_a_new_register_is_told_to_add_an_age_group_before_a_period(qtbot, store):
    """Without age groups a period had 0 cells: "Periode toegevoegd (0 cijfers)" and nothing to type into."""
    from signaaltracker.domain.enums import ThemeKind
    from signaaltracker.domain.taxonomy import AgeGroup, Theme
    from signaaltracker.ui.main_window import MainWindow

    store.themes.add(Theme("3-MMC", ThemeKind.SUBSTANCE))
    window = MainWindow(store)
    qtbot.addWidget(window)
    tab = window.show_page("figures").intake
    assert tab.create_period("Verslavingszorg", date(2026, 7, 1), date(2026, 11, 1)) == 0
    assert "leeftijdsgroep" in tab.status.text() and "Registers" in tab.status.text()
    assert store.figures.list() == []

    store.age_groups.add(AgeGroup("0-18", 0, 18, 1))
    assert tab.create_period("Verslavingszorg", date(2026, 7, 1), date(2026, 11, 1)) == 1
    assert "Periode toegevoegd" in tab.status.text()
