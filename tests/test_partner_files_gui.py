"""The import preview's totals check in the GUI, and Bestand → Sjabloon voor instroomcijfers opslaan…"""

from __future__ import annotations

import pytest

from signaaltracker.exchange.figures_parse import parse_file
from test_partner_files import write_xlsx


@pytest.fixture
def figures_page(window):
    return window.show_page("figures")


def test_a_wrong_total_needs_the_tick_before_importing(figures_page, demo_store, tmp_path):
    path = write_xlsx(tmp_path / "wrong.xlsx", totals=(24, 32, 22))
    dialog = figures_page.intake.import_path(path, confirm=False)
    assert "Totaal in het bestand 24, som van de cellen 23" in dialog.details.toPlainText()
    assert "lege rij" in dialog.details.toPlainText()
    assert dialog.confirm_totals.isVisibleTo(dialog)
    assert not dialog.apply_button.isEnabled()
    dialog.confirm_totals.setChecked(True)
    assert dialog.apply_button.isEnabled()
    before = demo_store.figures.count()
    figures_page.intake.apply_import(dialog)
    assert demo_store.figures.count() > before


def test_a_matching_total_needs_no_tick(figures_page, tmp_path):
    dialog = figures_page.intake.import_path(write_xlsx(tmp_path / "good.xlsx"), confirm=False)
    assert "Totaal klopt (23)" in dialog.details.toPlainText()
    assert not dialog.confirm_totals.isVisibleTo(dialog) and dialog.apply_button.isEnabled()


@pytest.mark.parametrize("name", ["sjabloon.xlsx", "sjabloon.csv"])
def test_the_template_reads_back_without_errors(window, demo_store, tmp_path, name):
    from signaaltracker.ui.figures.template_action import save_intake_template

    assert "instroomcijfers" in window.template_action.text()
    written = save_intake_template(window, demo_store, tmp_path / name)
    parsed = parse_file(written)
    assert parsed.errors == [] and parsed.totals == []
    types = {r.indicator for r in parsed.rows}
    assert {"3MMC", "KOV", "Cannabis"} <= types  # the register's types; KOV carries its footnote marker
    assert {r.age_group for r in parsed.rows} == {"0-18", ">18"}
    assert all(r.value is None for r in parsed.rows)  # empty cells: unknown until filled in
    assert any(s.reason.startswith("voetnoot") for s in parsed.skipped)
    assert parsed.descriptions == {"KOV": "kinderen van ouders met verslavingsproblematiek"}
