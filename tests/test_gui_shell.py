"""The main window opens on the demo world and every page can be visited."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView


def test_title_shows_the_file_name(window, demo_path):
    assert demo_path.name in window.windowTitle()


def test_every_page_can_be_visited_and_shows_data(window):
    labels = [e.label for e in window.entries]
    assert labels == [
        "Overzicht",
        "Signalen",
        "Overleggen",
        "Acties",
        "Cijfers",
        "Registers",
        "Raadsmemo",
        "Instellingen",
        "Beheer",
    ]
    for entry in window.entries:
        page = window.show_page(entry.key)
        assert window.stack.currentWidget() is page
        for view in page.findChildren(QTableView):
            if view.isVisibleTo(page) and entry.key != "data":  # a fresh demo has no backups yet
                assert view.model().rowCount() > 0, entry.key


def test_overview_shows_open_actions(window):
    page = window.show_page("overview")
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Noordoostpolder" in texts
    assert page.labels["open_actions"].text() == "1"


def test_settings_are_saved_in_the_database(window, demo_store):
    page = window.show_page("settings")
    page.municipality.setText("Urk")
    page.sender.setText("A. de Vries")
    page.save_button.click()
    assert demo_store.settings.get("municipality.name") == "Urk"
    assert demo_store.settings.get("memo.sender") == "A. de Vries"
    page.municipality.setText("")
    page.save_button.click()
    assert demo_store.settings.get("municipality.name") == "Urk"
    assert "niets opgeslagen" in page.status.text()


def test_crash_report_contains_the_traceback():
    from signaaltracker.ui.crash import crash_report

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom" in report and "SignaalTracker" in report


def test_second_instance_gets_a_lock_refusal(demo_path):
    from signaaltracker.store.register import Session

    first = Session(demo_path)
    assert first.try_acquire()
    try:
        assert not Session(demo_path).try_acquire()
    finally:
        first.release()
    second = Session(demo_path)
    assert second.try_acquire()  # released locks can be taken again
    second.release()
