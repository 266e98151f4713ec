"""Signalen: the register of signals. Table (filtered, sorted and paged in SQL), filter bar, detail pane for
editing in place, keyboard entry (Ctrl+N), soft delete with undo (Ctrl+Z), bulk status change and export."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.enums import SignalStatus
from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import Page, heading, make_table
from signaaltracker.ui.signals.detail_pane import DetailPane
from signaaltracker.ui.signals.filter_bar import FilterBar
from signaaltracker.ui.signals.model import SignalsTableModel
from signaaltracker.ui.signals.on_agenda import agenda_choices, put_on_agenda
from signaaltracker.ui.unsaved import settle
from signaaltracker.ui.view_state import database_key, load, load_bytes, save, save_bytes
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message, message_label

# View state (ui/view_state.py): the filter names rows of one database, the layout is shared.
FILTER_KEY = "signals/filter"
SORT_KEY = "signals/sort"
SPLITTER_KEY = "signals/splitter"
HEADER_KEY = "signals/columns"
COLUMN_WIDTHS = (125, 140, 110, 55, 85, 80, 75, 75)  # the summary column takes the rest (fits 1280 px)


def _plural(count: int) -> str:
    return tr("%Ln signalen", None, count)


class SignalsPage(Page):
    title = QT_TR_NOOP("Signalen")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.undo_stack: list[list[int]] = []
        self.model = SignalsTableModel(store, self)
        self.filter_bar = FilterBar(store)
        self.table = make_table(self.model, tr("Signalen"))
        self.table.setSortingEnabled(False)
        self.table.setAccessibleDescription(tr("Sorteren op een kolom: Shift+F10 of de menutoets."))
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.detail = DetailPane(store)
        self.new_button = QPushButton(tr("&Nieuw signaal"))
        self.new_button.setToolTip("Ctrl+N")
        self.status_button = QToolButton()
        self.status_button.setText(tr("S&tatus wijzigen"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolTip(tr("De status van alle gekozen signalen in één keer wijzigen"))
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for status in SignalStatus:
            action = self.status_menu.addAction(tr("Markeren als {status}").format(status=enum_label(status)))
            action.triggered.connect(lambda _=False, s=status: self.set_status_of_selection(s))
            self.status_actions[status.value] = action
        self.status_button.setMenu(self.status_menu)
        self.export_button = QPushButton(tr("&Exporteren…"))
        self.agenda_button = QPushButton(tr("Op de a&genda…"))
        self.agenda_button.setToolTip(tr("Het gekozen signaal als agendapunt op een overleg zetten"))
        self.agenda_button.clicked.connect(lambda _=False: self.put_on_agenda())
        self.message = message_label()
        self.undo_link = QLabel(tr('<a href="undo">Ongedaan maken</a>'))
        self.undo_link.setAccessibleName(tr("Verwijderen ongedaan maken (Ctrl+Z)"))
        self.undo_link.setToolTip("Ctrl+Z")
        self.undo_link.linkActivated.connect(lambda _link: self.undo())
        self.undo_link.hide()

        top = QHBoxLayout()
        top.addWidget(heading(self.title))
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.status_button)
        top.addWidget(self.agenda_button)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 320])  # on a 1280-pixel screen every column up to "Delen" is in view
        self.splitter = splitter
        self._restore_layout()
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.bottom)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(1500)
        self._save_timer.timeout.connect(self.remember_filter)
        self._add_action(tr("Nieuw signaal"), "Ctrl+N", self.new_signal, self)
        self._add_action(tr("Ongedaan maken"), QKeySequence.StandardKey.Undo, self.undo, self)
        self._add_action(tr("Zoeken"), QKeySequence.StandardKey.Find, self.filter_bar.search.setFocus, self)
        delete = self._add_action(tr("Verwijderen"), QKeySequence.StandardKey.Delete, self.delete_selection, self.table)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.new_button.clicked.connect(self.new_signal)
        self.export_button.clicked.connect(self.export)
        self.detail.saved.connect(self._detail_saved)
        self.detail.delete_requested.connect(self.delete_current)
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.notice.connect(self.show_message)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.search_now)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._restore_remembered()

    def _add_action(self, text: str, keys, slot, owner: QWidget) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        owner.addAction(action)
        return action

    # --- loading -------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        splitter, header = load_bytes(SPLITTER_KEY), load_bytes(HEADER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def remember_layout(self) -> None:
        save_bytes(SPLITTER_KEY, self.splitter.saveState())
        save_bytes(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _restore_remembered(self) -> None:
        flt = SignalFilter.from_dict(load(database_key(self.store.db.path, FILTER_KEY), {}))
        sort = load(database_key(self.store.db.path, SORT_KEY), ["observed_on", True])
        if isinstance(sort, list) and len(sort) == 2:
            self.model.sort_key, self.model.descending = str(sort[0]), bool(sort[1])
        self.filter_bar.set_filter(flt, emit=False)
        self._show_sort_indicator()

    def refresh(self) -> None:
        self.filter_bar.reload_choices()
        self.detail.form.reload_choices()  # keeps the shown values and never marks the form edited
        self.reload(keep_selection=True)
        if not self.has_unsaved_changes() and self.detail.form.signal_id is not None:
            self.detail.show_signal(self.detail.form.signal_id)  # the stored values, as they are now

    def apply_filter(self) -> None:
        self.model.load(self.filter_bar.current())
        self.filter_bar.show_count(self.model.total)
        self._save_timer.start()
        self._selection_changed()

    def reload(self, keep_selection: bool = True, select_id: int | None = None) -> None:
        chosen = self.selected_ids() if keep_selection else []
        if select_id is not None:
            chosen = [select_id]
        self.model.load(self.filter_bar.current())
        self.filter_bar.show_count(self.model.total)
        self.select_ids(chosen)
        self._selection_changed()

    def remember_filter(self) -> None:
        """Keep the filter bar (not the search text) and the sort order for the next session, as view state:
        no audit row, and the database stays unchanged since its newest backup."""
        self._save_timer.stop()
        data = self.filter_bar.current().to_dict()
        data["text"] = ""
        save(database_key(self.store.db.path, FILTER_KEY), data)
        save(database_key(self.store.db.path, SORT_KEY), [self.model.sort_key, self.model.descending])

    def hideEvent(self, event) -> None:
        if self._save_timer.isActive():
            self.remember_filter()
        self.remember_layout()
        self.undo_link.hide()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        window = self.window()
        if isinstance(window, QMainWindow) and self.undo_link.parent() is not window.statusBar():
            window.statusBar().addPermanentWidget(self.undo_link)
        elif not isinstance(window, QMainWindow) and self.undo_link.parent() is None:
            self.bottom.addWidget(self.undo_link)
        self.undo_link.setVisible(bool(self.undo_stack))
        super().showEvent(event)

    # --- sorting -------------------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        from signaaltracker.ui.signals.model import SORTABLE

        key = self.model.column_key(column)
        if key not in SORTABLE:
            self._show_sort_indicator()
            return
        descending = not self.model.descending if key == self.model.sort_key else key == "observed_on"
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)
        self._show_sort_indicator()
        self._save_timer.start()

    def _show_sort_indicator(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), order)

    # --- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.ids(rows)

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for signal_id in ids:
            row = self.model.row_of(signal_id)
            if row < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                flags |= QItemSelectionModel.SelectionFlag.Current
                self.table.scrollTo(self.model.index(row, 0))
                first = False
            selection.select(self.model.index(row, 0), flags)

    def _selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        shown = self.detail.form.signal_id
        self.status_button.setEnabled(bool(ids))
        wanted = ids[0] if len(ids) == 1 else None
        if wanted != shown or wanted is None:
            if shown is not None and self.has_unsaved_changes():
                if not settle(self, self):
                    self._reselect([shown])  # Annuleren: the edited signal stays selected and shown
                    return
                self._reselect(ids)  # saving reloads the table: select again what was clicked
            self.detail.show_signal(wanted)

    def _reselect(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.select_ids(ids)
        selection.blockSignals(False)
        self.table.viewport().update()

    # --- unsaved changes (ui/unsaved.py) ---------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.detail.dirty and self.detail.form.signal_id is not None

    def unsaved_description(self) -> str:
        return tr("Signaal {id} heeft wijzigingen die nog niet zijn opgeslagen.").format(id=self.detail.form.signal_id)

    def save_changes(self) -> bool:
        self.detail.save()
        return not self.detail.dirty

    def discard_changes(self) -> None:
        self.detail.show_signal(self.detail.form.signal_id)

    # --- actions -------------------------------------------------------------------------------
    def new_signal(self):
        from signaaltracker.ui.signals.entry_dialog import EntryDialog

        if not settle(self, self):
            return None
        if not self.store.organisations.active():  # the form's Organisatie list would be empty
            self.show_message(tr("Voer eerst de organisaties in die signalen melden (Registers → Organisaties)."))
            return None
        dialog = EntryDialog(self.store, self)
        dialog.finished.connect(lambda _result: self._entry_finished(dialog))
        dialog.open()
        return dialog

    def _entry_finished(self, dialog) -> None:
        if dialog.saved_id is not None:
            self.reload(keep_selection=False, select_id=dialog.saved_id)
            self.show_message(tr("Signaal {id} opgeslagen.").format(id=dialog.saved_id))
        dialog.deleteLater()

    def _detail_saved(self, signal_id: int) -> None:
        self.reload(keep_selection=False, select_id=signal_id)
        self.show_message(tr("Wijzigingen in signaal {id} opgeslagen.").format(id=signal_id))

    def delete_selection(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self.store.signals.soft_delete(ids)
        except EXPECTED_ERRORS as exc:  # e.g. deleted meanwhile in another window
            self._failed(exc)
            return
        self.undo_stack.append(ids)
        self.detail.dirty = False
        self.reload(keep_selection=False)
        self.show_message(tr("{signals} verwijderd.").format(signals=_plural(len(ids)).capitalize()), undo=True)

    def delete_current(self) -> None:
        if self.detail.form.signal_id is not None:
            self.select_ids([self.detail.form.signal_id])
            self.delete_selection()

    def undo(self) -> None:
        if not self.undo_stack:
            self.show_message(tr("Er is niets om ongedaan te maken."))
            return
        ids = self.undo_stack.pop()
        try:
            self.store.signals.restore(ids)
        except EXPECTED_ERRORS as exc:
            self._failed(exc)
            return
        self.reload(keep_selection=False, select_id=ids[0])
        self.select_ids(ids)
        self.show_message(
            tr("Verwijderen ongedaan gemaakt: {signals} terug.").format(signals=_plural(len(ids))),
            undo=bool(self.undo_stack),
        )

    def agenda_choices(self) -> list[tuple[int, str]]:
        return agenda_choices(self.store)

    def put_on_agenda(self, meeting_id: int | None = None) -> bool:
        """Add the selected signal as an item (before Rondvraag) to a meeting's agenda; asks which meeting."""
        ids = self.selected_ids()
        if len(ids) != 1:
            self.show_message(tr("Kies één signaal om op de agenda te zetten."))
            return False
        try:
            done, message = put_on_agenda(self, self.store, ids[0], meeting_id)
        except EXPECTED_ERRORS as exc:
            self._failed(exc)
            return False
        if message:
            self.show_message(message)
        return done

    def set_status_of_selection(self, status: SignalStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self.store.signals.set_status(ids, status)
        except EXPECTED_ERRORS as exc:
            self._failed(exc)
            return
        self.reload(keep_selection=True)
        self.show_message(
            tr("{signals} gemarkeerd als {status}.").format(
                signals=_plural(len(ids)).capitalize(), status=enum_label(status)
            )
        )

    def export(self, target=None, include_confidential: bool | None = None) -> int | None:
        """Export the list as shown; without arguments a dialog asks for the file and the confidential option."""
        from pathlib import Path

        from signaaltracker.exchange.signals_export import export_signals
        from signaaltracker.ui.signals.export_dialog import ExportDialog

        if target is None:
            dialog = ExportDialog(self.model.total, Path.home(), self)
            if dialog.exec() != ExportDialog.DialogCode.Accepted:
                return None
            target, include_confidential = dialog.target(), dialog.include_confidential.isChecked()
        try:
            count = export_signals(
                self.store,
                target,
                self.filter_bar.current(),
                self.model.sort_key,
                self.model.descending,
                bool(include_confidential),
            )
        except EXPECTED_ERRORS as exc:
            QMessageBox.warning(self, tr("Exporteren mislukt"), error_message(exc))
            return None
        self.show_message(
            tr("{signals} geëxporteerd naar {file}.").format(signals=_plural(count).capitalize(), file=target)
        )
        return count

    def release(self) -> None:
        """The page is dropped (the database was replaced): forget the undo steps, whose ids no longer mean the
        same signals, and take the undo link out of the main window's status bar."""
        self.undo_stack.clear()
        self.undo_link.hide()
        self.undo_link.setParent(None)
        self.undo_link.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self.reload(keep_selection=False)
        self.show_message(error_message(exc), undo=bool(self.undo_stack))

    def show_message(self, text: str, undo: bool = False) -> None:
        self.message.setText(text)
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(text)
        self.undo_link.setVisible(undo and bool(self.undo_stack))
