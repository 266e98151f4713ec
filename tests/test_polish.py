"""Issue 14, point 7: Qt's own dialogs in Dutch, wording, an organisation in use refused before the question,
the wastewater chart title without a substance, an old import error cleared at the next import, and the global
``--db`` before the command with Dutch argparse messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.taxonomy import Organisation
from signaaltracker.store.wastewater_data import WastewaterSeries
from signaaltracker.ui.i18n import Translations, qt_translations_dir
from signaaltracker.ui.main_window import MainWindow


def test_qt_dialogs_speak_dutch(qtbot):
    assert (qt_translations_dir() / "qtbase_nl.qm").is_file()  # shipped in the PySide6 wheel
    translations = Translations(QApplication.instance())
    try:
        translations.apply("nl")
        assert "qtbase_nl" not in translations.missing
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        translations.remove()


def test_required_name_reads_as_a_sentence():
    with pytest.raises(DomainError) as caught:
        Organisation("")
    assert caught.value.message == "Vul de naam van de organisatie in."


def test_an_organisation_in_use_is_refused_before_the_question(qtbot, demo_store, monkeypatch):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("registers")
    asked = []
    monkeypatch.setattr(page, "confirm", lambda question: asked.append(question) or True)
    tab = page.organisations
    used = next(o for o in demo_store.organisations.list() if demo_store.organisations.in_use(o.id))
    row = next(i for i, r in enumerate(tab.model.rows()) if r["name"] == used.name)
    tab.view.selectRow(row)
    tab.delete()
    assert asked == []
    assert "wordt nog gebruikt" in page.message.text()
    assert demo_store.organisations.find(used.id) is not None
    unused = demo_store.organisations.add(Organisation("Nieuw en ongebruikt"))
    assert not demo_store.organisations.in_use(unused.id)
    tab.refresh()
    tab.view.selectRow(next(i for i, r in enumerate(tab.model.rows()) if r["name"] == "Nieuw en ongebruikt"))
    tab.delete()
    assert len(asked) == 1
    assert demo_store.organisations.find(unused.id) is None


def test_wastewater_title_without_a_substance(qtbot):
    from signaaltracker.ui.charts.wastewater_chart import WastewaterChart

    chart = WastewaterChart()
    qtbot.addWidget(chart)
    chart.set_series(WastewaterSeries("", "daily_mean", [], {}))
    title = chart.plot.getPlotItem().titleLabel.text
    assert ": ," not in title and "Rioolwater: " in title


def test_an_old_import_error_is_cleared_at_the_next_import(window, tmp_path):
    intake = window.show_page("figures").intake
    missing = tmp_path / "bestaat-niet.csv"
    assert intake.import_path(missing, confirm=False) is None
    assert intake.status.text()
    good = tmp_path / "good.csv"
    good.write_text("verslaving,leeftijd,periode_van,periode_tot,aantal\n3MMC,0-18,2024-01-01,2024-05-01,5\n")
    dialog = intake.import_path(good, confirm=False)
    assert dialog is not None
    assert intake.status.text() == ""


def test_global_db_before_the_command_and_dutch_argparse(run_cli, demo_path: Path):
    before = run_cli("--db", demo_path, "check")
    assert before.returncode == 0, before.stderr
    after = run_cli("check", "--db", demo_path)
    assert after.returncode == 0 and after.stdout == before.stdout
    missing = run_cli("check")
    assert missing.returncode == 2
    assert "fout: geef het databasebestand op met --db" in missing.stderr
    assert "error" not in missing.stderr and "usage" not in missing.stderr
    wrong = run_cli("chekc")
    assert "ongeldige keuze" in wrong.stderr and "gebruik:" in wrong.stderr
