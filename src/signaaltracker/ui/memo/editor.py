"""The memo editor: header fields, period, section switches, per-signal choice, free texts, suppression."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
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
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.memo import MAX_COMPARISON, MEMO_SECTIONS, Memo
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
        self.dirty = False  # typed since the memo was loaded or saved
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        header = QGroupBox(tr("Kop van de memo"))
        form = QFormLayout(header)
        self.recipients = self._line(form, tr("&Aan:"), tr("Geadresseerden"))
        self.sender = self._line(form, tr("&Van:"), tr("Afzender"))
        self.memo_date = self._date(form, tr("&Datum:"), tr("Datum van de memo"))
        self.kenmerk = self._line(form, tr("Ken&merk:"), tr("Kenmerk of zaaknummer"))
        self.subject = self._line(form, tr("&Onderwerp:"), tr("Onderwerp"))
        self.subject_error = QLabel()
        self.subject_error.setWordWrap(True)
        self.subject_error.setStyleSheet("color: #a4000f;")
        self.subject_error.hide()
        form.addRow("", self.subject_error)
        self.subject.textChanged.connect(self.subject_error.hide)
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
        self.comparison = QSpinBox(minimum=-1, maximum=MAX_COMPARISON, value=-1)
        self.comparison.setSpecialValueText(tr("standaard: hetzelfde jaar en de periode ervoor"))
        self.comparison.setAccessibleName(tr("Aantal eerdere perioden in de tabel ter vergelijking"))
        self.comparison.valueChanged.connect(self._emit)
        pform.addRow(tr("Eerdere pe&rioden:"), self.comparison)
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
        self.signature = self._line(tform, tr("Ondertekenin&g:"), tr("Ondertekening"))
        self.attachments = self._text(tform, tr("Bijlagen (één per r&egel):"), tr("Bijlagen, één titel per regel"), 60)
        layout.addWidget(texts)

        signals = QGroupBox(tr("Signalen voor de raad in deze periode"))
        slayout = QVBoxLayout(signals)
        self.signal_list = QListWidget()
        self.signal_list.setAccessibleName(tr("Signalen in de memo: vink uit om weg te laten"))
        self.signal_list.setMinimumHeight(140)
        self.signal_list.setAccessibleDescription(tr("Ctrl+pijl omhoog of omlaag verplaatst het gekozen signaal."))
        self.signal_list.itemChanged.connect(self._emit)
        self.signal_list.installEventFilter(self)
        slayout.addWidget(self.signal_list)
        order_row = QHBoxLayout()
        self.up_button = QPushButton(tr("Omhoog"))
        self.down_button = QPushButton(tr("Omlaag"))
        self.up_button.setAccessibleName(tr("Gekozen signaal omhoog (Ctrl+pijl omhoog)"))
        self.down_button.setAccessibleName(tr("Gekozen signaal omlaag (Ctrl+pijl omlaag)"))
        self.up_button.clicked.connect(lambda: self.move_signal(-1))
        self.down_button.clicked.connect(lambda: self.move_signal(1))
        self.group_signals = QCheckBox(tr("Groeperen per t&hema"))
        self.group_signals.toggled.connect(self._emit)
        for widget in (self.up_button, self.down_button):
            order_row.addWidget(widget)
        order_row.addStretch(1)
        order_row.addWidget(self.group_signals)
        slayout.addLayout(order_row)
        layout.addWidget(signals)

        facts = QGroupBox(tr("Feiten in deze memo"))
        flayout = QVBoxLayout(facts)
        note = QLabel(tr("Aangevinkt: de feiten van de periode van de memo. Vink een ouder feit aan of een feit uit."))
        note.setWordWrap(True)
        flayout.addWidget(note)
        self.fact_list = QListWidget()
        self.fact_list.setAccessibleName(tr("Feiten in de memo: vink aan of uit"))
        self.fact_list.setMinimumHeight(90)
        self.fact_list.itemChanged.connect(self._emit)
        flayout.addWidget(self.fact_list)
        layout.addWidget(facts)
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
            self.dirty = True
            self.changed.emit()

    def _period_changed(self, *_args) -> None:
        if not self._loading:
            self._fill_signals(self._excluded(), self._order())
            self._fill_facts(self._fact_choice())
            self.dirty = True
            self.changed.emit()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.signal_list
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_signal(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move_signal(self, step: int) -> None:
        """Move the selected signal one place up (-1) or down (1) in the memo's order."""
        row = self.signal_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.signal_list.count():
            return
        was_loading, self._loading = self._loading, True
        try:
            item = self.signal_list.takeItem(row)
            self.signal_list.insertItem(target, item)
            self.signal_list.setCurrentRow(target)
        finally:
            self._loading = was_loading
        self._emit()

    def show_field_error(self, field_name: str | None, message: str) -> None:
        """Show a refusal at the field it is about (the subject), and put the focus there."""
        if field_name == "onderwerp":
            self.subject_error.setText(message)
            self.subject_error.show()
            self.subject.setFocus()

    # --- memo ↔ widgets --------------------------------------------------------------------------
    def load(self, memo: Memo) -> None:
        self._loading = True
        try:
            self.memo = memo
            for name in (
                "recipients",
                "sender",
                "subject",
                "policy_reference",
                "closing_title",
                "kenmerk",
                "signature",
            ):
                getattr(self, name).setText(getattr(memo, name))
            for name in ("intro", "signals_intro", "closing_text"):
                getattr(self, name).setPlainText(getattr(memo, name))
            self.attachments.setPlainText("\n".join(memo.attachments))
            self.comparison.setValue(-1 if memo.comparison is None else memo.comparison)
            self.group_signals.setChecked(memo.group_signals)
            self.subject_error.hide()
            self.memo_date.setDate(to_qdate(memo.memo_date))
            today = date.today()
            self.period_from.setDate(to_qdate(memo.period_from or date(today.year, 1, 1)))
            self.period_to.setDate(to_qdate(memo.period_to or memo.memo_date))
            for key, box in self.section_boxes.items():
                box.setChecked(key in memo.sections)
            self.suppress.setChecked(memo.suppress_below is not None)
            self.threshold.setValue(memo.suppress_below or int(self.store.settings.get("memo.suppress_below") or 5))
            self._fill_signals(set(memo.excluded_signal_ids), memo.signal_order)
            self._fill_facts({i: True for i in memo.included_fact_ids} | {i: False for i in memo.excluded_fact_ids})
            self.dirty = False
        finally:
            self._loading = False

    def _fill_signals(self, excluded: set[int], order: list[int]) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.signal_list.clear()
            rows = council_signals(self.store.db, to_pydate(self.period_from.date()), to_pydate(self.period_to.date()))
            position = {signal_id: index for index, signal_id in enumerate(order)}
            rows.sort(key=lambda r: (position.get(r["id"], len(position)), r["observed_on"], r["id"]))
            for row in rows[:2000]:
                text = (
                    f"{format_date_nl(date.fromisoformat(row['observed_on']))} · {row['theme']} · "
                    f"{row['organisation']}: {row['summary'][:140]}"
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                item.setToolTip(row["summary"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if row["id"] in excluded else Qt.CheckState.Checked)
                self.signal_list.addItem(item)
        finally:
            self._loading = was_loading

    def _fill_facts(self, choice: dict[int, bool]) -> None:
        """Every fact, ticked when the memo shows it: by default those of the memo's period."""
        was_loading, self._loading = self._loading, True
        try:
            self.fact_list.clear()
            start, end = to_pydate(self.period_from.date()), to_pydate(self.period_to.date())
            for fact in self.store.facts.list():
                default = fact.overlaps(start, end) and fact.in_memo
                when = format_date_nl(fact.stated_on)
                if fact.period_end is not None:
                    when += " – " + format_date_nl(fact.period_end)
                item = QListWidgetItem(f"{when} · {fact.source}: {fact.text[:140]}")
                item.setToolTip(fact.text)
                item.setData(Qt.ItemDataRole.UserRole, fact.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, default)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                chosen = choice.get(fact.id, default)
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                self.fact_list.addItem(item)
        finally:
            self._loading = was_loading

    def _fact_choice(self) -> dict[int, bool]:
        """Facts ticked differently from their default for this memo: id → shown."""
        choice = {}
        for i in range(self.fact_list.count()):
            item = self.fact_list.item(i)
            shown = item.checkState() == Qt.CheckState.Checked
            if shown != bool(item.data(Qt.ItemDataRole.UserRole + 1)):
                choice[item.data(Qt.ItemDataRole.UserRole)] = shown
        return choice

    def _order(self) -> list[int]:
        return [self.signal_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.signal_list.count())]

    def _excluded(self) -> set[int]:
        return {
            self.signal_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.signal_list.count())
            if self.signal_list.item(i).checkState() == Qt.CheckState.Unchecked
        }

    def to_memo(self) -> Memo:
        """The memo as edited (raises DomainError for invalid input)."""
        return replace(
            self.memo,
            recipients=self.recipients.text(),
            sender=self.sender.text(),
            subject=self.subject.text(),
            policy_reference=self.policy_reference.text(),
            closing_title=self.closing_title.text(),
            intro=self.intro.toPlainText(),
            signals_intro=self.signals_intro.toPlainText(),
            closing_text=self.closing_text.toPlainText(),
            memo_date=self.memo_date.value(),
            period_from=self.period_from.value(),
            period_to=self.period_to.value(),
            sections=[k for k, box in self.section_boxes.items() if box.isChecked()],
            suppress_below=self.threshold.value() if self.suppress.isChecked() else None,
            excluded_signal_ids=sorted(self._excluded()),
            kenmerk=self.kenmerk.text(),
            signature=self.signature.text(),
            attachments=[line.strip() for line in self.attachments.toPlainText().splitlines() if line.strip()],
            comparison=None if self.comparison.value() < 0 else self.comparison.value(),
            group_signals=self.group_signals.isChecked(),
            signal_order=self._order(),
            included_fact_ids=[i for i, shown in self._fact_choice().items() if shown],
            excluded_fact_ids=[i for i, shown in self._fact_choice().items() if not shown],
        )
