"""Keyboard and screen-reader support for the whole application, installed once on the QApplication.

- The keyboard model of tables and lists: Tab and Shift+Tab leave the view (arrow keys move inside it). A grid
  marked with ``mark_cell_grid`` keeps Tab between cells, the spreadsheet habit, and Ctrl+Tab / Ctrl+Shift+Tab
  leave it. Multi-line text fields move focus on Tab instead of typing a tab character.
- A visible focus ring around whichever control has focus (charts, scroll areas and previews included), in a
  colour with at least 3:1 contrast against the window and the control's own background.
- The palette's selection and placeholder colours are raised to at least 4.5:1, starting from whatever palette
  the system gives (a high-contrast theme stays high-contrast).
- ``announce``: a message shown in a label is also sent to screen readers.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

logger = logging.getLogger(__name__)

CELL_GRID_PROPERTY = "tabMovesBetweenCells"
_INSTALLED_PROPERTY = "signaaltrackerAccessibility"
_model: KeyboardModel | None = None  # the application's model, once installed
RING_WIDTH = 2
TEXT_CONTRAST = 4.5  # WCAG 1.4.3
GRAPHICS_CONTRAST = 3.0  # WCAG 1.4.11 (focus ring, chart fills)


# --- contrast ---------------------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = luminance(QColor(a)), luminance(QColor(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def with_contrast(colour: QColor, against: QColor, ratio: float) -> QColor:
    """``colour``, made darker (or lighter, on a dark background) in small steps until it reaches ``ratio``."""
    result = QColor(colour)
    darken = luminance(against) > 0.18
    for _ in range(100):
        if contrast(result, against) >= ratio:
            return result
        result = result.darker(108) if darken else result.lighter(108)
        if not darken and result.lightness() >= 250:
            result = QColor("#ffffff")
    return QColor("#000000") if darken else QColor("#ffffff")


def accessible_palette(palette: QPalette) -> QPalette:
    """The palette with selection (highlighted text on highlight) and placeholder text at ≥ 4.5:1."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = result.color(group, QPalette.ColorRole.HighlightedText)
        highlight = result.color(group, QPalette.ColorRole.Highlight)
        if contrast(text, highlight) < TEXT_CONTRAST:
            # Move the highlight away from its text colour (a white text gets a darker blue).
            result.setColor(group, QPalette.ColorRole.Highlight, with_contrast(highlight, text, TEXT_CONTRAST))
        base = result.color(group, QPalette.ColorRole.Base)
        placeholder = result.color(group, QPalette.ColorRole.PlaceholderText)
        if contrast(placeholder, base) < TEXT_CONTRAST:
            result.setColor(group, QPalette.ColorRole.PlaceholderText, with_contrast(placeholder, base, TEXT_CONTRAST))
    return result


def ring_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: the highlight when it stands out (≥ 3:1) from both window and field backgrounds,
    else the text colour (always readable on the window)."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.WindowText):
        candidate = palette.color(QPalette.ColorGroup.Active, role)
        if contrast(candidate, window) >= GRAPHICS_CONTRAST and contrast(candidate, base) >= GRAPHICS_CONTRAST:
            return candidate
    return with_contrast(palette.color(QPalette.ColorRole.WindowText), window, GRAPHICS_CONTRAST)


# --- announcing ---------------------------------------------------------------------------------
def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Tell screen readers about ``text`` (shown in ``widget``) without moving the focus."""
    if not text:
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # here: its 13 enum types cost ~4 ms

    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


# --- keyboard model ---------------------------------------------------------------------------
def mark_cell_grid(view: QAbstractItemView) -> None:
    """An editable grid where Tab moves between cells; Ctrl+Tab and Ctrl+Shift+Tab leave it."""
    view.setProperty(CELL_GRID_PROPERTY, True)
    view.setTabKeyNavigation(True)
    hint = QApplication.translate("accessibility", "Tab gaat naar de volgende cel; Ctrl+Tab verlaat de tabel.")
    description = view.accessibleDescription()
    view.setAccessibleDescription(f"{description} {hint}".strip() if hint not in description else description)


def is_cell_grid(view: QWidget) -> bool:
    return bool(view.property(CELL_GRID_PROPERTY))


def _ring_target(widget: QWidget) -> QWidget:
    """The control whose outline shows focus: a combo or spin box for its inner line edit, a view for its
    viewport."""
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def name_clear_button(edit: QLineEdit) -> None:
    """The little clear button of a field gets a name (and Esc does the same, see KeyboardModel)."""
    for action in edit.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction" and not action.text():
            action.setText(QApplication.translate("accessibility", "Veld wissen (Esc)"))
            action.setToolTip(action.text())


def scroll_into_view(widget: QWidget | None) -> None:
    """Scroll every scroll area around ``widget`` (innermost first) so it is in view, however focus came there
    (Tab from outside the area, a shortcut, a mnemonic): at 200 % text the page scrolls."""
    if widget is None:
        return
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


SPLIT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
SPLIT_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
SPLIT_STEP = 0.05  # of the splitter's length per key press


def move_splitter(widget: QWidget, key) -> bool:
    """Ctrl+Alt+arrow in a pane moves the nearest divider of that direction (left/right for side-by-side panes,
    up/down for stacked ones) by a twentieth of the space: the keyboard's way to resize split panes."""
    horizontal = key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
    wanted = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QSplitter) and parent.orientation() == wanted and parent.count() > 1:
            index = parent.indexOf(child)
            sizes = parent.sizes()
            handle = index if index < parent.count() - 1 else index - 1
            step = max(20, int(sum(sizes) * SPLIT_STEP)) * SPLIT_KEYS[key]
            step = max(-sizes[handle], min(step, sizes[handle + 1]))
            sizes[handle] += step
            sizes[handle + 1] -= step
            parent.setSizes(sizes)
            return True
        child, parent = parent, parent.parentWidget()
    return False


def sort_menu(view: QTableView) -> QMenu | None:
    """For a table sorted by clicking its column headers: the same choice by keyboard (Shift+F10 or the menu
    key), a menu of the columns. Choosing one acts as a click on that header (again: the other direction)."""
    header = view.horizontalHeader()
    if not header.sectionsClickable() or not header.isSortIndicatorShown() or view.model() is None:
        return None
    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.setTitle(QApplication.translate("accessibility", "Sorteren op"))
    menu.setAccessibleName(menu.title())
    model = view.model()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        name = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        current = header.sortIndicatorSection() == column
        if current:
            up = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            name += " " + (
                QApplication.translate("accessibility", "(oplopend)")
                if up
                else QApplication.translate("accessibility", "(aflopend)")
            )
        action = menu.addAction(QApplication.translate("accessibility", "Sorteren op {column}").format(column=name))
        action.setCheckable(True)
        action.setChecked(current)
        action.triggered.connect(lambda _=False, c=column: header.sectionClicked.emit(c))
    rect = view.visualRect(view.currentIndex()) if view.currentIndex().isValid() else view.viewport().rect()
    menu.popup(view.viewport().mapToGlobal(rect.center()))
    return menu


class FocusRing(QWidget):
    """A frame drawn on top of the focused control (a transparent sibling, so it scrolls with the control)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    @property
    def colour(self) -> QColor:
        return ring_colour(QApplication.palette())  # follows a palette changed while running

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        target = _ring_target(widget) if widget is not None else None
        parent = target.parentWidget() if target is not None else None
        while isinstance(parent, QSplitter):  # a splitter would take the ring in as one of its panes
            parent = parent.parentWidget()
        if target is None or parent is None or target.isWindow():
            self.hide()
            if self.parentWidget() is not None:
                self.setParent(None)
            return
        self.target = target
        if self.parentWidget() is not parent:
            self.setParent(parent)
        target.installEventFilter(self)
        self.place()

    def place(self) -> None:
        target = self.target
        parent = self.parentWidget()
        if target is None or parent is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        self.setGeometry(QRect(target.mapTo(parent, QPoint(0, 0)), target.size()))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        if watched is self.target and event.type() == QEvent.Type.Destroy:  # pragma: no cover - defensive
            self.target = None
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = QPen(self.colour, RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class KeyboardModel(QObject):
    """Tab leaves tables and text fields; focus changes move the ring.

    The model filters the key presses of the widget that has focus only (it moves its filter along with the
    focus, on QApplication.focusChanged — so code must not move the focus with ``Qt.NoFocusReason``, for which
    Qt sends no focusChanged): an application-wide Python filter would be called for every event of every
    object — thousands while the window is built — and made PySide create Python types for every Qt class on the
    first one.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        self._filtered: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)
        self._filter(QApplication.focusWidget())

    def _filter(self, widget: QWidget | None) -> None:
        """Move the key filter to ``widget`` (the focus widget)."""
        if widget is self._filtered:
            return
        if self._filtered is not None and shiboken6.isValid(self._filtered):
            self._filtered.removeEventFilter(self)
        self._filtered = widget
        if widget is not None:
            widget.installEventFilter(self)

    @property
    def ring(self) -> FocusRing:
        """The ring; a new one when the old was deleted with the window it was drawn in."""
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not shiboken6.isValid(new):
            return
        self._filter(new)
        if isinstance(new, QLineEdit) and new.isClearButtonEnabled():
            name_clear_button(new)
        try:
            scroll_into_view(new)
            self.ring.follow(new)
        except RuntimeError:  # a widget being destroyed
            logger.debug("focus ring: widget gone while focus moved")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Alt and isinstance(watched, QWidget) and watched is QApplication.focusWidget():
            from signaaltracker.ui.mnemonics import resolve

            resolve(watched.window())  # before Alt+letter is used: no two controls share a letter
            return False
        if watched is not QApplication.focusWidget():
            return False
        if isinstance(watched, QTableView) and (
            key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        ):
            return sort_menu(watched) is not None
        if (
            key == Qt.Key.Key_Escape
            and isinstance(watched, QLineEdit)
            and watched.isClearButtonEnabled()
            and watched.text()
            and not watched.isReadOnly()
        ):
            watched.clear()  # the clear button's job, by keyboard
            return True
        if key in SPLIT_KEYS and event.modifiers() == SPLIT_MODIFIERS:
            return move_splitter(watched, key)
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if isinstance(watched, QAbstractItemView):
            return self._tab_in_view(watched, key, event.modifiers(), modifiers)
        if isinstance(watched, (QPlainTextEdit, QTextEdit)) and modifiers == Qt.KeyboardModifier.NoModifier:
            watched.setTabChangesFocus(True)
        return False

    @staticmethod
    def _tab_in_view(view: QAbstractItemView, key, all_modifiers, modifiers) -> bool:
        if not is_cell_grid(view):
            if modifiers == Qt.KeyboardModifier.NoModifier:
                view.setTabKeyNavigation(False)  # Qt's own Tab handling then moves focus out
            if modifiers == Qt.KeyboardModifier.ControlModifier:  # the view swallows Ctrl+Tab: switch tabs here
                backwards = key == Qt.Key.Key_Backtab or bool(all_modifiers & Qt.KeyboardModifier.ShiftModifier)
                return next_tab(view, backwards)
            return False
        if modifiers != Qt.KeyboardModifier.ControlModifier:
            return False  # plain Tab: next cell
        backwards = key == Qt.Key.Key_Backtab or bool(all_modifiers & Qt.KeyboardModifier.ShiftModifier)
        view.setTabKeyNavigation(False)
        try:
            leave = QKeyEvent(
                QEvent.Type.KeyPress,
                Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(view, leave)
        finally:
            view.setTabKeyNavigation(True)
        return True


def next_tab(widget: QWidget, backwards: bool = False) -> bool:
    """Ctrl+Tab inside a tab page: show the next (or previous) tab of the nearest tab widget; False if none."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is None or parent.count() < 2:
        return False
    parent.setCurrentIndex((parent.currentIndex() + (-1 if backwards else 1)) % parent.count())
    return True


def install(app: QApplication | None = None) -> KeyboardModel | None:
    """Install the keyboard model, focus ring and palette once per application; returns the model."""
    if app is None:
        instance = QApplication.instance()
        app = instance if isinstance(instance, QApplication) else None
    if app is None:
        return None
    global _model
    # the model kept here, not looked up with app.findChildren: that wraps every child object (~15 ms at start)
    if (
        app.property(_INSTALLED_PROPERTY)
        and _model is not None
        and shiboken6.isValid(_model)
        and _model.parent() is app
    ):
        return _model
    app.setPalette(accessible_palette(app.palette()))
    model = _model = KeyboardModel(app)
    app.setProperty(_INSTALLED_PROPERTY, True)
    logger.debug("accessibility: keyboard model and focus ring installed")
    return model
