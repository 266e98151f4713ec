"""Issue 14, point 4: the first start gives an empty register or, on request, the demo in its own file; Bestand →
Nieuwe registratie / Openen / Recente bestanden switch registers through the one opening sequence."""

from __future__ import annotations

from pathlib import Path

from signaaltracker.store import open_store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.app import ask_first_start, demo_database, prepare_first_start
from signaaltracker.ui.main_window import MainWindow, recent_files
from unsaved_helpers import answer_box


def test_first_start_question_offers_both_and_defaults_to_an_empty_register(qtbot):
    seen = answer_box("Bekijk de voorbeeldgegevens")
    assert ask_first_start() == "demo"
    assert "Begin met een lege registratie" in seen["buttons"]
    assert seen["default"] == "Begin met een lege registratie"
    answer_box("Begin met een lege registratie")
    assert ask_first_start() == "empty"
    answer_box("Afsluiten")
    assert ask_first_start() is None


def test_an_empty_register_holds_no_demo_data(tmp_path: Path):
    register = tmp_path / "signaaltracker.db"
    assert prepare_first_start(register, "empty") == register
    store = open_store(register)
    try:
        assert store.signals.count_matching(SignalFilter()) == 0
        assert store.organisations.count() == 0
        assert store.meetings.list() == []
    finally:
        store.close()
    assert not demo_database(register).exists()


def test_the_demo_lives_in_its_own_file(tmp_path: Path):
    register = tmp_path / "signaaltracker.db"
    opened = prepare_first_start(register, "demo")
    assert opened == tmp_path / "voorbeeldgegevens.db" and opened.is_file()
    assert not register.exists()  # the real register is not touched until chosen
    store = open_store(opened)
    try:
        assert store.signals.count_matching(SignalFilter()) > 0
    finally:
        store.close()


def test_first_start_from_the_command_line_is_an_empty_register(run_cli, tmp_path: Path):
    home = tmp_path / "home"
    result = run_cli(
        "--exit-after-first-paint",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
    )
    assert result.returncode == 0, result.stderr
    register = home / "data" / "SignaalTracker" / "signaaltracker.db"
    assert register.is_file()
    store = open_store(register)
    try:
        assert store.signals.count_matching(SignalFilter()) == 0
    finally:
        store.close()


def test_open_another_register_and_remember_it(qtbot, demo_store, tmp_path: Path):
    other = tmp_path / "tweede.db"
    prepare_first_start(other, "empty")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    closed = []
    window.closed.connect(lambda: closed.append(True))
    assert str(demo_store.db.path.resolve()) in recent_files()
    assert not window.switch_to(tmp_path / "bestaat-niet.db")
    assert "bestaat niet" in window.status_label.text()
    assert not window.switch_to(other, create=True)  # exists already
    assert window.switch_to(other)
    assert window.next_database == (other, False)
    assert closed == [True]


def test_an_empty_register_shows_first_steps_instead_of_empty_charts(qtbot, tmp_path: Path):
    register = prepare_first_start(tmp_path / "leeg.db", "empty")
    store = open_store(register)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    try:
        overview = window.show_page("overview")
        overview.charts_delay_ms = 0
        overview.refresh()
        qtbot.wait(50)
        assert overview.first_steps.isVisible()
        assert overview.charts is None  # no charts with an empty 0–1 axis
        assert not overview.step_buttons["signal"].isEnabled()  # organisations and themes first
        overview.step_buttons["organisations"].click()
        assert window.current_key() == "registers"
        registers = window.pages["registers"]
        assert registers.tabs.currentWidget() is registers.organisations
        signals = window.show_page("signals")
        assert signals.new_signal() is None
        assert "organisaties" in signals.message.text()
    finally:
        window.close()  # the store stays open: timers of the window's pages may still fire after this test


def test_the_demo_register_shows_no_first_steps(window):
    overview = window.show_page("overview")
    overview.refresh()
    assert not overview.first_steps.isVisible()
