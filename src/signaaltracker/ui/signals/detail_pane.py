"""The detail pane beside the table: read and edit the selected signal in place, or delete it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.signals.editor import SignalEditor


def anonymised_note() -> str:
    return tr(
        "Dit signaal is geanonimiseerd (bewaartermijn): de samenvatting en notities zijn gewist en het kan "
        "niet meer worden gewijzigd. Het telt nog mee in de tellingen en grafieken."
    )


class DetailPane(QWidget):
    saved = Signal(int)
    delete_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.title = QLabel(tr("Geen signaal gekozen"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.editor = SignalEditor(store)
        self.form = self.editor.form
        self.save_button = QPushButton(tr("Wi&jzigingen opslaan"))
        self.save_button.setToolTip("Ctrl+S")
        self.delete_button = QPushButton(tr("&Verwijderen"))
        self.delete_button.setToolTip(tr("Del in de tabel; ongedaan maken met Ctrl+Z"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops; focus scrolls to them
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.dirty = False
        self.read_only = False
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_requested)
        self.editor.saved.connect(self._saved)
        self.form.edited.connect(self._edited)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self.show_signal(None)

    def show_signal(self, signal_id: int | None) -> None:
        self.editor.reset()
        signal = None if signal_id is None else self.store.signals.find(signal_id)
        enabled = signal is not None
        self.read_only = bool(signal is not None and signal.anonymised)
        self.editor.setEnabled(enabled and not self.read_only)
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(enabled)
        if signal is None:
            self.title.setText(tr("Geen signaal gekozen"))
            self.meta.setText(tr("Kies een signaal in de tabel, of maak een nieuw signaal met Ctrl+N."))
            self.form.signal_id = None
        else:
            self.form.blockSignals(True)
            self.form.load(signal)
            self.form.blockSignals(False)
            self.title.setText(tr("Signaal {id}").format(id=signal.id))
            recorded = signal.recorded_at
            changed = signal.updated_at
            meta = (
                tr("Vastgelegd op {date} om {time}").format(
                    date=format_date_nl(recorded.date()), time=f"{recorded:%H:%M}"
                )
                if recorded
                else ""
            )
            if changed and recorded and changed > recorded:
                meta += tr("; gewijzigd op {date} om {time}").format(
                    date=format_date_nl(changed.date()), time=f"{changed:%H:%M}"
                )
            if self.read_only:
                meta += "\n" + anonymised_note()
            self.meta.setText(meta)
        self.dirty = False

    def _edited(self) -> None:
        if self.form.signal_id is not None and not self.read_only:
            self.dirty = True
            self.save_button.setEnabled(True)

    def save(self) -> None:
        if self.form.signal_id is not None and self.dirty and not self.read_only:
            self.editor.save()

    def _saved(self, signal_id: int) -> None:
        self.dirty = False
        self.save_button.setEnabled(False)
        self.saved.emit(signal_id)
