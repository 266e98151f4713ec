"""What every page shares: a title, a heading, and ``refresh()`` when it is shown or data changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.table_model import Column, RowsTableModel


class Page(QWidget):
    """Base page. Subclasses build their widgets in ``__init__`` and fill them in ``refresh``."""

    title = ""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(type(self).__name__)
        # ``title`` on the class is the Dutch source (QT_TR_NOOP); the instance shows it translated.
        self.title = tr(type(self).title)
        self.setAccessibleName(self.title)

    def refresh(self) -> None:
        """Re-read what the page shows from the store."""

    # --- the unsaved-changes guard (ui/unsaved.py); pages that hold typed work override these ---------
    def has_unsaved_changes(self) -> bool:
        return False

    def unsaved_description(self) -> str:
        return tr("Er zijn wijzigingen die nog niet zijn opgeslagen.")

    def save_changes(self) -> bool:
        return True

    def discard_changes(self) -> None:
        """Forget typed work (the page shows the stored values again)."""


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHeading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleDescription(text)
    return label


MAX_COLUMN_WIDTH = 380


def make_table(model: RowsTableModel, accessible_name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # Fitting columns to their contents never makes one column wider than this: long texts end in "…" (the full
    # text is the cell's tooltip) and the other columns stay in view on a laptop screen.
    view.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_WIDTH)
    view.setAccessibleName(accessible_name)
    view.setWordWrap(False)
    return view


class ListSection(QWidget):
    """A heading over a read-only table, filled by a callable that returns dict rows."""

    def __init__(
        self, title: str, columns: list[Column], load: Callable[[], list[dict]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.load = load
        self.model = RowsTableModel(columns, self)
        self.view = make_table(self.model, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(f"<b>{title}</b>")
        self.caption.setBuddy(self.view)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_rows(self.load())
        self.view.resizeColumnsToContents()
