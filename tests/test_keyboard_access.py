"""Issue 19: the whole GUI by keyboard and screen reader, probed with real key presses and the accessibility tree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from a11y_probe import (
    accessible_text,
    combos_without_label,
    describe,
    hidden_label_texts,
    page_states,
    press_tab,
    release_modifiers,
    tab_walk,
)
from signaaltracker.ui import accessibility
from signaaltracker.ui.main_window import MainWindow
from signaaltracker.ui.navigation import page_entries


@pytest.fixture(autouse=True)
def _no_held_modifiers(qapp):
    yield
    release_modifiers()


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.resize(1280, 680)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def show(qtbot, window, key):
    page = window.show_page(key)
    if key == "overview":
        qtbot.waitUntil(lambda: page.charts is not None, timeout=10000)
    return page


@pytest.mark.parametrize("key", [e.key for e in page_entries()])
def test_real_tab_presses_walk_every_page_state_without_trap_unnamed_control_or_hidden_label(qtbot, window, key):
    show(qtbot, window, key)
    problems = []
    for state in page_states(window, key):
        for backwards in (False, True):
            walk = tab_walk(window.nav, backwards=backwards)
            if walk.trap:
                problems.append(f"{state}: {walk.trap}")
            unnamed = [describe(w) for w in walk.focused if not accessible_text(w)]
            if unnamed:
                problems.append(f"{state}: no accessible name: {unnamed}")
        hidden = hidden_label_texts(window)
        if hidden:
            problems.append(f"{state}: labels hiding their text: {hidden}")
        unlabelled = combos_without_label(window)
        if unlabelled:
            problems.append(f"{state}: combo boxes without a label: {unlabelled}")
    assert not problems, "\n".join(problems)


def test_tab_leaves_a_table_and_shift_tab_comes_back(qtbot, window):
    page = show(qtbot, window, "signals")
    page.table.setFocus()
    before = page.table.currentIndex()
    after = press_tab()
    assert after is not page.table and not page.table.isAncestorOf(after)
    assert page.table.currentIndex() == before  # Tab did not move the current cell
    assert press_tab(backwards=True) is page.table
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table  # arrows still move inside


def test_the_intake_grid_keeps_tab_between_cells_and_ctrl_tab_leaves(qtbot, window):
    page = show(qtbot, window, "figures")
    view = page.intake.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view and view.currentIndex().column() == 2
    QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    left = QApplication.focusWidget()
    assert left is not view and not view.isAncestorOf(left)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not view
    assert "Ctrl+Tab" in view.accessibleDescription()


def test_tab_in_the_fact_text_moves_on_instead_of_typing_a_tab(qtbot, window):
    page = show(qtbot, window, "figures")
    text = next(w for w in page.findChildren(QPlainTextEdit) if w.accessibleName() == "Tekst van het feit")
    page.tabs.setCurrentWidget(page.facts)
    text.setFocus()
    QTest.keyClicks(text, "Een feit")
    QTest.keyClick(text, Qt.Key.Key_Tab)
    assert "\t" not in text.toPlainText()
    assert QApplication.focusWidget() is not text


def test_focus_ring_surrounds_the_focused_control_with_enough_contrast(qtbot, window):
    page = show(qtbot, window, "signals")
    ring = QApplication.instance().findChild(accessibility.KeyboardModel).ring
    for widget in (page.table, page.filter_bar.search):
        widget.setFocus()
        QApplication.processEvents()
        assert ring.isVisible() and ring.parentWidget().isAncestorOf(widget)
        assert ring.geometry().topLeft() == widget.mapTo(ring.parentWidget(), widget.rect().topLeft())
        assert ring.size() == widget.size()
    assert page.table.width() > 300  # the ring is never taken in as a splitter pane
    palette = QApplication.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert accessibility.contrast(ring.colour, palette.color(role)) >= 3.0


def test_selection_and_placeholder_meet_4_5_to_1_also_from_a_dark_high_contrast_palette():
    light = QPalette(QColor("#efefef"))
    light.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    light.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c8c8c"))
    dark = QPalette(QColor("#000000"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#1aebff"))
    dark.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#3a3a3a"))
    for given in (light, dark):
        assert (
            accessibility.contrast(
                given.color(QPalette.ColorRole.HighlightedText), given.color(QPalette.ColorRole.Highlight)
            )
            < 4.5
        )  # the bad start
        fixed = accessibility.accessible_palette(given)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            assert (
                accessibility.contrast(
                    fixed.color(group, QPalette.ColorRole.HighlightedText),
                    fixed.color(group, QPalette.ColorRole.Highlight),
                )
                >= 4.5
            )
            assert (
                accessibility.contrast(
                    fixed.color(group, QPalette.ColorRole.PlaceholderText), fixed.color(group, QPalette.ColorRole.Base)
                )
                >= 4.5
            )
        assert accessibility.contrast(accessibility.ring_colour(fixed), fixed.color(QPalette.ColorRole.Window)) >= 3


def test_the_running_palette_is_the_accessible_one(window):
    palette = QApplication.palette()
    assert (
        accessibility.contrast(
            palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight)
        )
        >= 4.5
    )
    assert (
        accessibility.contrast(
            palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)
        )
        >= 4.5
    )


def test_page_messages_are_read_as_text_and_announced(qtbot, window, monkeypatch):
    page = show(qtbot, window, "registers")
    sent = []
    from PySide6.QtGui import QAccessible

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        staticmethod(lambda event: sent.append((event.type(), event.message()))),
    )
    page.message.setText("Organisatie toegevoegd.")
    assert accessible_text(page.message) == "Organisatie toegevoegd."
    assert accessible_text(page.message, QAccessible.Text.Description) == "Melding"
    assert sent and sent[-1][1] == "Organisatie toegevoegd."


def test_overview_figures_expose_their_values(qtbot, window):
    page = show(qtbot, window, "overview")
    label = page.labels["signals"]
    assert accessible_text(label) == label.text() != ""
    assert not hidden_label_texts(page)


def test_the_probe_catches_a_trap_an_unnamed_field_and_a_label_hiding_its_text(qtbot, window):
    page = show(qtbot, window, "settings")

    class TabEater(QLineEdit):
        def event(self, event):  # a control that swallows Tab (a trap)
            if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                return True
            return super().event(event)

    trap = TabEater(page)
    trap.setAccessibleName("Val")
    trap.show()
    walk = tab_walk(trap)
    assert walk.trap.startswith("Tab stays in")
    trap.hide()
    unnamed = QLineEdit(page)
    unnamed.show()
    assert unnamed in tab_walk(window.nav).focused and not accessible_text(unnamed)
    label = QLabel("42", page)
    label.setAccessibleName("Aantal")
    label.show()
    assert any("42" in text for text in hidden_label_texts(page))


def visit_all(qtbot, window) -> None:
    for entry in page_entries():
        show(qtbot, window, entry.key)
        QApplication.processEvents()


def test_window_fits_1280_by_720_with_a_taskbar_after_visiting_every_page(qtbot, window):
    visit_all(qtbot, window)
    problems = []
    for entry in page_entries():
        page = show(qtbot, window, entry.key)
        QApplication.processEvents()
        minimum = window.minimumSizeHint()
        if minimum.width() > 1200 or minimum.height() > 680:
            problems.append(f"{entry.key}: window minimum {minimum.width()}×{minimum.height()}")
        window.resize(1280, 680)
        QApplication.processEvents()
        area = window.findChild(QWidget, "pageArea")
        if area.horizontalScrollBar().isVisible() or area.verticalScrollBar().isVisible():
            problems.append(f"{entry.key}: page needs {page.minimumSizeHint().toTuple()}, scrolls at 1280×680")
    assert not problems, "\n".join(problems)


def test_the_initial_window_fits_a_1280_by_720_screen(monkeypatch):
    from signaaltracker.ui import main_window

    class Screen:
        def availableGeometry(self):
            from PySide6.QtCore import QRect

            return QRect(0, 0, 1280, 680)

    monkeypatch.setattr(main_window.QGuiApplication, "primaryScreen", staticmethod(lambda: Screen()))
    width, height = main_window.initial_size()
    assert width <= 1280 and height <= 680 - 30


@pytest.mark.parametrize("key", [e.key for e in page_entries()])
def test_at_200_percent_text_every_control_is_reached_and_scrolled_into_view(qtbot, window, key):
    """960×520 logical pixels is a 1920×1080 screen at 200 %: the page scrolls, Tab reaches every control and the
    focused control is brought into view."""
    window.resize(960, 520)
    show(qtbot, window, key)
    area = window.findChild(QWidget, "pageArea")
    problems = []
    for state in page_states(window, key):
        walk = tab_walk(window.nav)
        for widget in walk.focused:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
        # every focus stop, as reached by Tab, lies (at least partly) inside the visible part of the page
        window.nav.setFocus()
        for _ in walk.focused:
            widget = press_tab()
            if not area.isAncestorOf(widget):
                continue
            top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
            visible = area.viewport().rect().intersects(widget.rect().translated(top_left))
            if not visible:
                problems.append(f"{state}: {describe(widget)} not scrolled into view")
        if walk.trap:
            problems.append(f"{state}: {walk.trap}")
    assert window.minimumSizeHint().width() <= 960 and window.minimumSizeHint().height() <= 520
    assert not problems, "\n".join(problems)


def test_charts_say_their_figures_in_words_open_as_a_table_by_keyboard_and_meet_3_to_1(qtbot, window):
    from PySide6.QtWidgets import QTableWidget

    from signaaltracker.ui.charts.base import PALETTE, ChartWidget

    page = show(qtbot, window, "overview")
    charts = [c for c in page.findChildren(ChartWidget)]
    assert len(charts) >= 2
    for chart in charts:
        chart.plot.setFocus()
        QApplication.processEvents()
        description = chart.plot.accessibleDescription()
        assert chart.hits and chart.hits[0].text in description
        QTest.keyClick(chart.plot, Qt.Key.Key_Return)
        dialog = next(d for d in chart.findChildren(accessibility.QWidget) if d.isWindow() and d.isVisible())
        table = dialog.findChild(QTableWidget)
        assert table.rowCount() == len(chart.hits)
        what, value = table.item(0, 0).text(), table.item(0, 1).text()
        assert chart.hits[0].text == f"{what}: {value}"
        dialog.close()
    for fill in PALETTE:
        assert accessibility.contrast(fill, "#ffffff") >= 3.0, fill


def test_series_are_told_apart_by_more_than_colour(qapp):
    from signaaltracker.ui.charts.base import marker, pattern_brush

    assert len({marker(i) for i in range(6)}) == 6
    assert pattern_brush("#0072B2", 0).style() == Qt.BrushStyle.SolidPattern
    assert pattern_brush("#0072B2", 1).style() == Qt.BrushStyle.TexturePattern


@pytest.mark.parametrize("key", [e.key for e in page_entries()])
def test_no_alt_letter_clashes_in_any_page_state_once_alt_is_pressed(qtbot, window, key):
    from a11y_probe import clashes

    show(qtbot, window, key)
    found = []
    for state in page_states(window, key):
        window.nav.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Alt)
        found += [f"{state}: {c}" for c in clashes(window)]
    assert not found, "\n".join(found)


def test_alt_letters_move_to_a_free_letter_and_the_first_control_keeps_its_own():
    from signaaltracker.ui.mnemonics import letter_of, with_letter

    assert letter_of("&Bewaren") == "b" and letter_of("Rock && roll") == ""
    assert with_letter("&Bewaren", {"b"}) == "B&ewaren"
    assert with_letter("Af&drukken…", {"d", "a"}) == "A&fdrukken…"
    assert with_letter("Filters &wissen", {"w"}) == "&Filters wissen"  # a word start first
    assert with_letter("&Ok", {"o", "k"}) == "Ok"  # no free letter: no Alt letter rather than a clash


def test_documents_are_in_the_bestand_menu_with_shortcuts_from_any_page(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    file_menu = next(a for a in window.menuBar().actions() if a.text() == "&Bestand").menu()
    texts = [a.text() for a in file_menu.actions()]
    for text in ("Raadsmemo als &PDF…", "A&genda als PDF…", "&Verslag als PDF…", "Raadsmemo af&drukken…"):
        assert text in texts
    shortcuts = [a.shortcut().toString() for a in file_menu.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    show(qtbot, window, "settings")
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.document_actions["agenda_pdf"].shortcut().toString() == "Ctrl+Shift+A"
    QTest.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(target.exists, timeout=10000)
    assert window.current_key() == "meetings" and target.read_bytes().startswith(b"%PDF")


def test_signals_are_sorted_by_keyboard_through_a_column_menu(qtbot, window):
    from PySide6.QtWidgets import QMenu

    page = show(qtbot, window, "signals")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = next(m for m in page.table.findChildren(QMenu) if m.isVisible())
    organisation = next(a for a in menu.actions() if "Organisatie" in a.text())
    organisation.trigger()
    assert page.model.sort_key == "organisation" and not page.model.descending
    assert "Shift+F10" in page.table.accessibleDescription()
    menu.close()


def test_split_panes_resize_by_keyboard(qtbot, window):
    page = show(qtbot, window, "signals")
    page.table.setFocus()
    before = page.splitter.sizes()
    QTest.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    after = page.splitter.sizes()
    assert after[0] > before[0] and after[1] < before[1]
    page.detail.form.summary.setFocus()
    QTest.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert page.splitter.sizes()[0] < after[0]


def test_adding_an_agenda_item_is_confirmed(qtbot, window):
    page = show(qtbot, window, "meetings")
    agenda = page.detail.agenda
    agenda.new_title.setText("Vapen op school")
    agenda.add_item()
    assert "Vapen op school" in page.message.text() and "toegevoegd" in page.message.text()


def test_memo_preview_pages_fit_the_preview_width_and_its_message_is_readable(qtbot, monkeypatch, tmp_path):
    import re
    from pathlib import Path

    from PySide6.QtGui import QImage

    from signaaltracker.ui.memo import pdf_pages
    from signaaltracker.ui.memo.preview import PagePreview

    page = QImage(595, 842, QImage.Format.Format_RGB32)
    page.fill(0xFFFFFF)
    monkeypatch.setattr(pdf_pages, "render_pages", lambda pdf, dpi: [page, page])
    preview = PagePreview()
    qtbot.addWidget(preview)
    preview.resize(420, 500)
    preview.show()
    assert preview.show_pdf(tmp_path / "memo.pdf") == 2
    QApplication.processEvents()
    for label in preview.page_labels:
        assert label.width() <= preview.viewport().width()
        assert label.pixmap().height() > 400  # a whole page, scaled, not a squeezed strip
    qtbot.waitUntil(lambda: preview.widget().height() >= sum(label.height() for label in preview.page_labels))
    assert preview.verticalScrollBar().maximum() > 0  # the pages scroll instead of being squeezed
    source = (Path(__file__).resolve().parents[1] / "src/signaaltracker/ui/memo/preview.py").read_text()
    background = re.search(r'_inner.setStyleSheet\("background: (#[0-9a-fA-F]{6})', source).group(1)
    assert accessibility.contrast("#ffffff", background) >= 4.5


def test_long_texts_do_not_push_columns_out_of_view(qtbot, window):
    from PySide6.QtWidgets import QTableView

    page = show(qtbot, window, "registers")
    page.tabs.setCurrentIndex(3)  # Overlegstructuren: the participants column holds long lists
    QApplication.processEvents()
    view = next(v for v in page.findChildren(QTableView) if v.isVisible())
    header = view.horizontalHeader()
    assert all(header.sectionSize(c) <= 380 for c in range(header.count() - 1))
    last = header.count() - 1
    assert header.sectionPosition(last) + header.sectionSize(last) <= view.viewport().width() + 1  # all in view
    index = view.model().index(0, header.count() - 1)
    assert view.model().data(index, Qt.ItemDataRole.ToolTipRole)  # the full text on hover


def test_signals_columns_up_to_sharing_level_are_in_view_at_1280(qtbot, window):
    page = show(qtbot, window, "signals")
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    delen = page.model.columnCount() - 2  # "Delen", before the summary
    assert header.sectionPosition(delen) + header.sectionSize(delen) <= page.table.viewport().width()


def test_the_search_field_is_cleared_with_escape_and_its_clear_button_has_a_name(qtbot, window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QToolButton

    page = show(qtbot, window, "signals")
    search = page.filter_bar.search
    search.setFocus()
    QTest.keyClicks(search, "lachgas")
    buttons = [b for b in search.findChildren(QToolButton) if b.isVisible()]
    assert buttons and all(accessible_text(b) for b in buttons)
    assert any(a.text() for a in search.findChildren(QAction))
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""


def test_no_code_moves_the_focus_without_a_reason():
    """The keyboard model follows QApplication.focusChanged, which Qt does not send for Qt.NoFocusReason: a
    setFocus with that reason would leave Tab handling on the previous widget."""
    from pathlib import Path

    source = Path(accessibility.__file__).resolve().parents[1]
    users = [
        str(path.relative_to(source))
        for path in source.rglob("*.py")
        if "NoFocusReason" in path.read_text(encoding="utf-8") and path.name != "accessibility.py"
    ]
    assert users == []


def test_no_label_shows_its_alt_letter_as_a_literal_ampersand(window):
    """A form row holding a layout gets a label without a buddy, which prints "&Datum:" as it is."""
    import re

    from PySide6.QtWidgets import QLabel, QTabWidget

    found = set()
    for entry in window.entries:
        page = window.show_page(entry.key)
        for tabs in page.findChildren(QTabWidget) or [None]:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                for label in page.findChildren(QLabel):
                    text = label.text().replace("&&", "")
                    if "<" not in text and re.search(r"&\w", text) and label.buddy() is None:
                        found.add((entry.key, label.text()))
    assert found == set()


def test_ctrl_tab_in_a_table_switches_the_tab_page(qtbot, window):
    from PySide6.QtWidgets import QTableView, QTabWidget

    page = show(qtbot, window, "registers")
    tabs = page.findChild(QTabWidget)
    tabs.setCurrentIndex(0)
    view = tabs.currentWidget().findChild(QTableView)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    QTest.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tabs.currentIndex() == 0
