"""The memo editor: header fields, period, section switches, per-signal choice, free texts, suppression."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.memo import MEMO_SECTIONS, Memo
from signaaltracker.reports.memo_compose import SECTION_LABELS
from signaaltracker.store import Store
from signaaltracker.store.memo_queries import council_signals
from signaaltracker.ui.dates import DateEdit, to_pydate, to_qdate
from signaaltracker.ui.enum_labels import data_label
from signaaltracker.ui.i18n import tr


class MemoEditor(QWidget):
    """Edits one Memo. ``changed`` fires on every edit (the page debounces the preview)."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.memo = Memo()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        header = QGroupBox(tr("Kop van de memo"))
        form = QFormLayout(header)
        self.recipients = self._line(form, tr("&Aan:"), tr("Geadresseerden"))
        self.sender = self._line(form, tr("&Van:"), tr("Afzender"))
        self.memo_date = self._date(form, tr("&Datum:"), tr("Datum van de memo"))
        self.subject = self._line(form, tr("&Onderwerp:"), tr("Onderwerp"))
        self.policy_reference = self._line(form, tr("&Beleidsreferentie:"), tr("Beleidsreferentie"))
        layout.addWidget(header)

        period = QGroupBox(tr("Periode en opties"))
        pform = QFormLayout(period)
        row = QHBoxLayout()
        self.period_from = DateEdit(tr("Begin van de periode"))
        self.period_to = DateEdit(tr("Einde van de periode"))
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(self._period_changed)
        row.addWidget(self.period_from)
        row.addWidget(QLabel(tr("tot en met")))
        row.addWidget(self.period_to)
        pform.addRow(tr("Periode:"), row)
        suppress_row = QHBoxLayout()
        self.suppress = QCheckBox(tr("Kleine aantallen verbergen, onder"))
        self.suppress.setAccessibleName(tr("Kleine aantallen verbergen"))
        self.threshold = QSpinBox(minimum=3, maximum=100, value=5)
        self.threshold.setAccessibleName(tr("Drempel voor kleine aantallen"))
        self.threshold.setEnabled(False)
        self.suppress.toggled.connect(self.threshold.setEnabled)
        self.suppress.toggled.connect(self._emit)
        self.threshold.valueChanged.connect(self._emit)
        suppress_row.addWidget(self.suppress)
        suppress_row.addWidget(self.threshold)
        suppress_row.addStretch(1)
        pform.addRow(suppress_row)
        self.section_boxes: dict[str, QCheckBox] = {}
        sections_row = QVBoxLayout()
        for key in MEMO_SECTIONS:
            box = QCheckBox(data_label(SECTION_LABELS[key]))
            box.setChecked(True)
            box.toggled.connect(self._emit)
            self.section_boxes[key] = box
            sections_row.addWidget(box)
        pform.addRow(tr("Onderdelen:"), sections_row)
        layout.addWidget(period)

        texts = QGroupBox(tr("Teksten"))
        tform = QFormLayout(texts)
        self.intro = self._text(tform, tr("&Inleiding:"), tr("Inleiding"))
        self.signals_intro = self._text(tform, tr("Signalen, in&leiding:"), tr("Inleiding bij de signalen"))
        self.closing_title = self._line(tform, tr("Slot, &kop:"), tr("Kop van de slottekst"))
        self.closing_text = self._text(tform, tr("Slot, &tekst:"), tr("Slottekst"), 140)
        layout.addWidget(texts)

        signals = QGroupBox(tr("Signalen voor de raad in deze periode"))
        slayout = QVBoxLayout(signals)
        self.signal_list = QListWidget()
        self.signal_list.setAccessibleName(tr("Signalen in de memo: vink uit om weg te laten"))
        self.signal_list.setMinimumHeight(140)
        self.signal_list.itemChanged.connect(self._emit)
        slayout.addWidget(self.signal_list)
        layout.addWidget(signals)
        layout.addStretch(1)

    # --- building helpers ------------------------------------------------------------------------
    def _line(self, form: QFormLayout, label: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.textChanged.connect(self._emit)
        form.addRow(label, edit)
        return edit

    def _text(self, form: QFormLayout, label: str, name: str, height: int = 90) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.textChanged.connect(self._emit)
        form.addRow(label, edit)
        return edit

    def _date(self, form: QFormLayout, label: str, name: str) -> DateEdit:
        edit = DateEdit(name)
        edit.dateChanged.connect(self._emit)
        form.addRow(label, edit)
        return edit

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _period_changed(self, *_args) -> None:
        if not self._loading:
            self._fill_signals(self._excluded())
            self.changed.emit()

    # --- memo ↔ widgets --------------------------------------------------------------------------
    def load(self, memo: Memo) -> None:
        self._loading = True
        try:
            self.memo = memo
            for name in ("recipients", "sender", "subject", "policy_reference", "closing_title"):
                getattr(self, name).setText(getattr(memo, name))
            for name in ("intro", "signals_intro", "closing_text"):
                getattr(self, name).setPlainText(getattr(memo, name))
            self.memo_date.setDate(to_qdate(memo.memo_date))
            today = date.today()
            self.period_from.setDate(to_qdate(memo.period_from or date(today.year, 1, 1)))
            self.period_to.setDate(to_qdate(memo.period_to or memo.memo_date))
            for key, box in self.section_boxes.items():
                box.setChecked(key in memo.sections)
            self.suppress.setChecked(memo.suppress_below is not None)
            self.threshold.setValue(memo.suppress_below or int(self.store.settings.get("memo.suppress_below") or 5))
            self._fill_signals(set(memo.excluded_signal_ids))
        finally:
            self._loading = False

    def _fill_signals(self, excluded: set[int]) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.signal_list.clear()
            rows = council_signals(self.store.db, to_pydate(self.period_from.date()), to_pydate(self.period_to.date()))
            for row in rows[:2000]:
                text = f"{format_date_nl(date.fromisoformat(row['observed_on']))} · {row['theme']} · " \
                       f"{row['organisation']}: {row['summary'][:140]}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                item.setToolTip(row["summary"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if row["id"] in excluded else Qt.CheckState.Checked)
                self.signal_list.addItem(item)
        finally:
            self._loading = was_loading

    def _excluded(self) -> set[int]:
        return {self.signal_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.signal_list.count())
                if self.signal_list.item(i).checkState() == Qt.CheckState.Unchecked}

    def to_memo(self) -> Memo:
        """The memo as edited (raises DomainError for invalid input)."""
        return replace(
            self.memo,
            recipients=self.recipients.text(), sender=self.sender.text(), subject=self.subject.text(),
            policy_reference=self.policy_reference.text(), closing_title=self.closing_title.text(),
            intro=self.intro.toPlainText(), signals_intro=self.signals_intro.toPlainText(),
            closing_text=self.closing_text.toPlainText(), memo_date=to_pydate(self.memo_date.date()),
            period_from=to_pydate(self.period_from.date()), period_to=to_pydate(self.period_to.date()),
            sections=[k for k, box in self.section_boxes.items() if box.isChecked()],
            suppress_below=self.threshold.value() if self.suppress.isChecked() else None,
            excluded_signal_ids=sorted(self._excluded()),
        )
