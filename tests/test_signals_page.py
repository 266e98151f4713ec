"""Acceptance tests of the Signals page with pytest-qt: keyboard entry, edit, delete/undo, filters, search,
bulk status, export, privacy confirmation, remembered filters and hostile input."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from signaaltracker.domain.enums import SignalStatus
from signaaltracker.store.audit import AuditFilter
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.main_window import MainWindow
from signaaltracker.ui.signals.entry_dialog import EntryDialog
from test_signals_store import HOSTILE


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def page(window):
    return window.show_page("signals")


def live_count(store) -> int:
    return store.signals.count_matching(SignalFilter())


def open_entry(qtbot, window, page) -> EntryDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(page.findChildren(EntryDialog)))
    dialog = page.findChildren(EntryDialog)[-1]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.observed_on)
    return dialog


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def answer_next_box(button_text: str) -> None:
    """Click the button with ``button_text`` in the next modal message box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return

    QTimer.singleShot(20, click)


def test_a_signal_is_created_with_key_presses_only(qtbot, window, page, demo_store):
    before = live_count(demo_store)
    expected_org = demo_store.signals.last_organisation_id()
    dialog = open_entry(qtbot, window, page)
    assert QApplication.focusWidget() is dialog.form.observed_on
    press(qtbot, Qt.Key.Key_Tab)  # organisation: keep the default (last one used)
    assert QApplication.focusWidget() is dialog.form.organisation
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.themes
    type_into_focus(qtbot, "3mmc, lachg")
    for _ in range(4):  # age group, setting, source kind, summary
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.summary
    type_into_focus(qtbot, "Meer lachgas bij de skatebaan na schooltijd.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert live_count(demo_store) == before + 1
    saved = demo_store.signals.get(dialog.saved_id)
    themes = {t.id: t.name for t in demo_store.themes.list()}
    assert sorted(themes[i] for i in saved.theme_ids) == ["3MMC", "Lachgas"]
    assert saved.observed_on == date.today()
    assert saved.organisation_id == expected_org
    assert saved.summary == "Meer lachgas bij de skatebaan na schooltijd."
    assert page.selected_ids() == [saved.id]
    assert page.filter_bar.count_label.text() == f"{before + 1} signalen"


def test_escape_asks_before_discarding_typed_text(qtbot, window, page, demo_store):
    before = live_count(demo_store)
    dialog = open_entry(qtbot, window, page)
    dialog.form.summary.setFocus()
    type_into_focus(qtbot, "Half getypt")
    answer_next_box("Verder typen")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.summary.toPlainText() == "Half getypt"
    answer_next_box("Weggooien")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert live_count(demo_store) == before


def test_escape_on_an_empty_form_closes_without_asking(qtbot, window, page):
    dialog = open_entry(qtbot, window, page)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_personal_data_is_highlighted_and_confirmation_is_audited(qtbot, window, page, demo_store):
    before = live_count(demo_store)
    dialog = open_entry(qtbot, window, page)
    dialog.form.themes.setText("Cannabis")
    dialog.form.summary.setPlainText("Kevin (15) blowt dagelijks, zegt zijn mentor.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and live_count(demo_store) == before
    assert dialog.editor.banner.isVisible()
    assert "naam met leeftijd" in dialog.editor.banner_text.text()
    [selection] = dialog.form.summary.extraSelections()
    assert selection.cursor.selectedText() == "Kevin (15)"
    qtbot.mouseClick(dialog.editor.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert live_count(demo_store) == before + 1
    [entry] = demo_store.audit.entries(AuditFilter(action="confirm_privacy"))
    assert entry.row_id == dialog.saved_id
    assert entry.after == {"findings": [{"field": "summary", "kind": "name_age", "start": 0, "end": 10}]}


def test_editing_the_finding_away_saves_without_confirmation(qtbot, window, page, demo_store):
    dialog = open_entry(qtbot, window, page)
    dialog.form.themes.setText("Cannabis")
    dialog.form.summary.setPlainText("Bel 06-12345678 voor info.")
    dialog.save()
    assert dialog.editor.banner.isVisible()
    dialog.form.summary.setPlainText("Contact via de mentor.")
    assert not dialog.editor.banner.isVisible()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_store.audit.entries(AuditFilter(action="confirm_privacy")) == []


def test_a_summary_of_one_megabyte_is_refused_with_a_message(qtbot, window, page, demo_store):
    before = live_count(demo_store)
    dialog = open_entry(qtbot, window, page)
    dialog.form.themes.setText("Cannabis")
    QApplication.clipboard().setText("Lange tekst over 3-MMC. " * 45_000)  # about 1 MB
    dialog.form.summary.setFocus()
    dialog.form.summary.paste()
    assert "te lang om te plakken" in dialog.form.error.text()
    assert dialog.form.summary.toPlainText() == ""
    dialog.form.summary.setPlainText("woord " * 4_000)  # typed text over the limit is refused on save
    dialog.save()
    assert "te lang" in dialog.form.error.text() and dialog.isVisible()
    assert live_count(demo_store) == before
    dialog.form.summary.clear()
    dialog.form.themes.clear()
    dialog.reject()


def test_impossible_and_future_dates_are_refused_at_the_field(qtbot, window, page):
    dialog = open_entry(qtbot, window, page)
    field = dialog.form.observed_on
    field.setDate(QDate(2099, 1, 1))
    assert field.date() == QDate.currentDate()
    assert not QDate(2024, 2, 31).isValid()
    field.setDate(QDate(2024, 2, 31))  # an invalid QDate is ignored by the field
    assert field.date().isValid() and field.date() <= QDate.currentDate()
    dialog.reject()


def test_unknown_theme_is_refused_at_the_field(qtbot, window, page, demo_store):
    dialog = open_entry(qtbot, window, page)
    dialog.form.themes.setText("Paddo's")
    dialog.form.summary.setPlainText("Iets")
    dialog.save()
    assert "bestaat niet" in dialog.form.error.text()
    assert QApplication.focusWidget() is dialog.form.themes
    dialog.form.summary.clear()
    dialog.form.themes.clear()
    dialog.reject()


def test_edit_in_place_in_the_detail_pane(qtbot, page, demo_store):
    page.table.selectRow(0)
    signal_id = page.selected_ids()[0]
    assert page.detail.form.signal_id == signal_id
    assert not page.detail.save_button.isEnabled()
    page.detail.form.summary.setPlainText("Aangepaste samenvatting over 3-MMC.")
    page.detail.form.status.setCurrentIndex(page.detail.form.status.findData("closed"))
    assert page.detail.save_button.isEnabled()
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    saved = demo_store.signals.get(signal_id)
    assert saved.summary == "Aangepaste samenvatting over 3-MMC." and saved.status == SignalStatus.CLOSED
    assert page.selected_ids() == [signal_id]
    assert "opgeslagen" in page.message.text()


def test_delete_and_undo_with_ctrl_z_and_the_status_bar_link(qtbot, window, page, demo_store):
    page.table.setFocus()
    page.table.selectRow(2)
    signal_id = page.selected_ids()[0]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert live_count(demo_store) == 9 and page.model.total == 9
    assert demo_store.signals.get(signal_id).deleted_at is not None
    assert page.undo_link.isVisible() and page.undo_link.parent() is window.statusBar()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live_count(demo_store) == 10 and page.selected_ids() == [signal_id]
    assert not page.undo_link.isVisible()
    page.table.clearSelection()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert live_count(demo_store) == 9
    page.undo_link.linkActivated.emit("undo")
    assert live_count(demo_store) == 10


def test_filter_by_theme_and_period(qtbot, page, demo_store):
    themes = {t.name: t.id for t in demo_store.themes.list()}
    action = next(a for a in page.filter_bar.themes.menu().actions() if a.text() == "3MMC")
    action.trigger()
    assert page.model.total == 4 and page.filter_bar.count_label.text() == "4 signalen"
    assert page.filter_bar.themes.text() == "3MMC"
    page.filter_bar.date_from.setDate(QDate(2024, 5, 1))
    page.filter_bar.date_to.setDate(QDate(2024, 8, 31))
    shown = [page.model.row_at(r)["observed_on"] for r in range(page.model.rowCount())]
    assert shown == ["2024-07-20", "2024-05-23"]
    assert page.filter_bar.current().theme_ids == [themes["3MMC"]]
    page.filter_bar.clear_button.click()
    assert page.model.total == 10


def test_search_with_prefix_as_you_type(qtbot, page):
    search = page.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "norm")
    qtbot.waitUntil(lambda: page.model.total < 10)
    assert page.model.total >= 1
    assert all("normaal" in page.model.row_at(r)["summary"].lower() for r in range(page.model.rowCount()))
    qtbot.keyClicks(search, "xyz")
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert page.filter_bar.count_label.text() == "0 signalen"


def test_hostile_search_input_shows_at_worst_no_results(qtbot, page, demo_store):
    for text in HOSTILE:
        page.filter_bar.search.setText(text)
        page.filter_bar.search_now()
        assert 0 <= page.model.total <= 10
        assert page.model.rowCount() == page.model.total
    assert live_count(demo_store) == 10


def test_bulk_status_change(qtbot, page, demo_store):
    page.table.setFocus()
    page.table.selectAll()
    ids = page.selected_ids()
    assert len(ids) == 10 and page.status_button.isEnabled()
    page.status_actions["closed"].trigger()
    assert {demo_store.signals.get(i).status for i in ids} == {SignalStatus.CLOSED}
    assert "10 signalen gemarkeerd als afgesloten" in page.message.text()


def test_export_honours_the_filter(qtbot, page, demo_store, tmp_path):
    next(a for a in page.filter_bar.statuses.menu().actions() if a.text() == "in actie").trigger()
    shown = {page.model.row_at(r)["id"] for r in range(page.model.rowCount())}
    assert shown and page.model.total == len(shown) < 10
    target = tmp_path / "lijst.csv"
    count = page.export(target, include_confidential=True)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert count == len(rows) - 1 == len(shown)
    assert {int(r[0]) for r in rows[1:]} == shown
    assert {r[10] for r in rows[1:]} == {"in actie"}


def test_export_dialog_leaves_confidential_out_by_default(qtbot, page, tmp_path):
    from signaaltracker.ui.signals.export_dialog import ExportDialog

    dialog = ExportDialog(10, tmp_path, page)
    assert not dialog.include_confidential.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    assert dialog.target() == tmp_path / "signalen.csv"


def test_filters_are_remembered_between_sessions(qtbot, demo_store):
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    page = first.show_page("signals")
    next(a for a in page.filter_bar.sharing.menu().actions() if a.text() == "raad").trigger()
    page.filter_bar.date_from.setDate(QDate(2024, 6, 1))
    page.filter_bar.search.setText("drugs")
    page.filter_bar.search_now()
    page._header_clicked(1)  # sort by organisation
    expected = page.filter_bar.current()
    first.close()
    page.hide()
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    again = second.show_page("signals")
    restored = again.filter_bar.current()
    assert restored.sharing_levels == ["raad"] and restored.date_from == date(2024, 6, 1)
    assert restored.text == ""  # the search is not remembered, the filters are
    assert again.model.sort_key == "organisation"
    assert again.model.total == demo_store.signals.count_matching(
        SignalFilter(sharing_levels=["raad"], date_from=date(2024, 6, 1))
    )
    assert expected.sharing_levels == restored.sharing_levels


def test_saving_the_filter_writes_no_audit_row_and_keeps_the_backup_current(qtbot, demo_store, private_view_state):
    from signaaltracker.store.backups import make_backup, unchanged_since_newest_backup

    make_backup(demo_store.db)
    assert unchanged_since_newest_backup(demo_store.db)
    audit_rows = demo_store.db.scalar("SELECT count(*) FROM audit_log")
    settings_rows = demo_store.db.scalar("SELECT count(*) FROM settings")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    page = window.show_page("signals")
    next(a for a in page.filter_bar.sharing.menu().actions() if a.text() == "raad").trigger()
    page._header_clicked(1)
    page.remember_filter()
    page.remember_layout()
    assert demo_store.db.scalar("SELECT count(*) FROM audit_log") == audit_rows
    assert demo_store.db.scalar("SELECT count(*) FROM settings") == settings_rows
    assert unchanged_since_newest_backup(demo_store.db)  # so the close-time backup is skipped
    written = list(private_view_state.rglob("*.ini"))
    assert written and "raad" in written[0].read_text(encoding="utf-8")


def test_layout_and_last_page_are_remembered(qtbot, demo_store):
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    page = first.show_page("signals")
    page.splitter.setSizes([700, 500])
    page.table.setColumnWidth(1, 222)
    sizes = page.splitter.sizes()
    first.close()
    second = MainWindow(demo_store)
    qtbot.addWidget(second)
    second.resize(1200, 800)
    second.show()
    assert second.current_key() == "overview"  # start-up paints the Overzicht first …
    qtbot.waitUntil(lambda: second.current_key() == "signals")  # … then opens the page left last
    again = second.pages["signals"]
    assert again.table.columnWidth(1) == 222
    assert again.splitter.sizes() == sizes


def test_view_state_is_private_to_each_test(demo_store):
    from signaaltracker.ui.main_window import PAGE_KEY
    from signaaltracker.ui.view_state import load

    assert load(PAGE_KEY) is None  # the previous test left "signals" in its own folder, not here


def test_a_signal_dated_tomorrow_opens_in_the_detail_pane_and_can_be_corrected(qtbot, demo_path):
    import sqlite3
    from datetime import timedelta

    from signaaltracker.store import open_store
    from signaaltracker.ui.dates import to_pydate

    tomorrow = date.today() + timedelta(days=1)
    with sqlite3.connect(demo_path) as conn:
        signal_id = conn.execute("SELECT min(id) FROM signals").fetchone()[0]
        conn.execute("UPDATE signals SET observed_on = ? WHERE id = ?", (tomorrow.isoformat(), signal_id))
    store = open_store(demo_path)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("signals")
        page.select_ids([signal_id])
        form = page.detail.form
        assert form.signal_id == signal_id
        assert to_pydate(form.observed_on.date()) == tomorrow  # shown as stored, not silently clamped
        form.summary.setPlainText("Nog niet gecorrigeerd.")
        page.detail.save()
        assert "toekomst" in form.error.text()
        assert store.signals.get(signal_id).observed_on == tomorrow
        form.observed_on.set_date(date.today())
        page.detail.save()
        corrected = store.signals.get(signal_id)
        assert corrected.observed_on == date.today() and corrected.summary == "Nog niet gecorrigeerd."
    finally:
        store.close()
