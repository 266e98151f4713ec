"""The tabs of one meeting besides the agenda (agenda_tab.py): attendance and signals, and shared helpers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.enums import SharingLevel, SignalStatus
from signaaltracker.store import Store
from signaaltracker.store.register_lists import recent_open_signal_ids, signal_rows
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.privacy_check import may_save
from signaaltracker.ui.table_model import Column, RowsTableModel
from signaaltracker.ui.widgets import EXPECTED_ERRORS, CheckList, error_message

RESIZE_ROWS = 100  # columns are sized to the first rows only: sizing to thousands of rows takes seconds


def button(text: str, name: str, slot) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.clicked.connect(lambda _=False: slot())
    return b


def signal_row(store: Store, signal, names: dict[int, str], themes: dict[int, str]) -> dict:
    return {
        "id": signal.id,
        "observed_on": signal.observed_on,
        "organisation": names.get(signal.organisation_id, "?"),
        "themes": ", ".join(themes.get(t, "?") for t in signal.theme_ids),
        "status": signal.status.value,
        "sharing_level": signal.sharing_level.value,
        "summary": signal.first_line,
    }


class AttendanceTab(QWidget):
    """Tick who is present; every tick is saved at once."""

    def __init__(self, store: Store, say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.meeting_id = store, say, None
        self.list = CheckList(tr("Aanwezige organisaties"))
        self.list.itemChanged.connect(lambda _item: self.save())
        layout = QVBoxLayout(self)
        hint = QLabel(
            tr(
                "Vink aan wie aanwezig is (deelnemers van het overleg staan bovenaan); "
                "spatie vinkt aan of uit, elke wijziging wordt direct opgeslagen."
            )
        )
        hint.setWordWrap(True)  # a narrow window must not be widened by one sentence
        layout.addWidget(hint)
        layout.addWidget(self.list)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        meeting = self.store.meetings.get(meeting_id)
        structure = self.store.structures.get(meeting.structure_id)
        members = set(structure.participant_ids)
        orgs = [o for o in self.store.organisations.list() if o.active or o.id in meeting.attendance_ids]
        orgs.sort(key=lambda o: (o.id not in members, o.name.casefold()))
        self.list.set_items(
            [(o.id, o.name + ("" if o.id in members else tr(" (geen vaste deelnemer)"))) for o in orgs],
            meeting.attendance_ids,
        )

    def save(self) -> None:
        try:
            meeting = self.store.meetings.get(self.meeting_id)
            meeting.attendance_ids = self.list.checked_ids()
            self.store.meetings.update(meeting)
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return
        self.say(tr("Aanwezigheid opgeslagen (%Ln organisaties aanwezig).", None, len(meeting.attendance_ids)))


class SignalsTab(QWidget):
    """Mark signals as discussed with a short assessment and a new status (which updates the signal)."""

    def __init__(self, store: Store, say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.say, self.meeting_id = store, say, None
        self.model = RowsTableModel(
            [
                Column("discussed", tr("Besproken"), lambda v: tr("✔ ja") if v else ""),
                Column("observed_on", tr("Waargenomen"), date_nl),
                Column("organisation", tr("Organisatie")),
                Column("themes", tr("Thema's")),
                Column("status", tr("Status"), label_of(SignalStatus)),
                Column("sharing_level", tr("Delen"), label_of(SharingLevel)),
                Column("assessment", tr("Beoordeling")),
                Column("summary", tr("Samenvatting")),
            ],
            self,
        )
        self.view = make_table(self.model, tr("Signalen voor dit overleg"))
        self.view.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current.row()))
        self.assessment = QLineEdit()
        self.assessment.setAccessibleName(tr("Beoordeling van het signaal"))
        self.assessment.setPlaceholderText(tr("Korte beoordeling…"))
        self.assessment.returnPressed.connect(self.save)
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Nieuwe status van het signaal"))
        self.status.addItem(tr("(status ongewijzigd)"), None)
        for member in SignalStatus:
            self.status.addItem(enum_label(member), member.value)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Beoo&rdeling:")))
        row.itemAt(0).widget().setBuddy(self.assessment)
        row.addWidget(self.assessment, 1)
        status_label = QLabel(tr("Nieuwe stat&us:"))
        status_label.setBuddy(self.status)
        row.addWidget(status_label)
        row.addWidget(self.status)
        row.addWidget(button(tr("Bespreking opslaan"), tr("Bespreking opslaan"), self.save))
        row.addWidget(button(tr("Bespreking wissen"), tr("Bespreking wissen"), self.remove))
        intro = QLabel(
            tr(
                "Nieuwe signalen sinds het vorige overleg, de recentste signalen met status 'nieuw' of "
                "'in actie', signalen bij openstaande acties en wat al besproken is. Vertrouwelijke signalen "
                "komen nooit in agenda of verslag."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        agenda = self.store.cycle.agenda(meeting_id)
        discussed = {d.signal_id: d for d in agenda.meeting.discussed}
        ids = [s.id for s in agenda.new_signals] + list(discussed)
        ids += [i for c in agenda.carried for i in c.action.signal_ids]
        ids += recent_open_signal_ids(self.store.db)
        rows = signal_rows(self.store.db, ids)
        for row in rows:
            entry = discussed.get(row["id"])
            row.update(
                discussed=entry is not None,
                assessment=entry.assessment if entry else "",
                summary=(row["summary"] or "").split("\n", 1)[0],
            )
        rows.sort(key=lambda r: (r["observed_on"], r["id"]))
        current = self.selected_id()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for index, row in enumerate(rows):
            if row["id"] == current:
                self.view.selectRow(index)

    def candidate_items(self) -> list[tuple[int, str]]:
        return [
            (r["id"], f"{date_nl(r['observed_on'])} — {r['organisation']}: {r['summary'][:70]}")
            for r in self.model.rows()
        ]

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row())["id"] if rows else None

    def _show(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.assessment.setText(self.model.row_at(row)["assessment"])
            self.status.setCurrentIndex(0)

    def save(self) -> None:
        signal_id = self.selected_id()
        if signal_id is None:
            self.say(tr("Kies eerst een signaal in de lijst."))
            return
        if not may_save(self, self.store, self.assessment.text()):
            self.say(tr("Niet opgeslagen: pas de beoordeling aan."))
            return
        try:
            self.store.cycle.discuss(self.meeting_id, signal_id, self.assessment.text(), self.status.currentData())
        except EXPECTED_ERRORS as exc:
            self.say(error_message(exc))
            return
        self.say(tr("Bespreking van het signaal opgeslagen."))
        self.load(self.meeting_id)

    def remove(self) -> None:
        signal_id = self.selected_id()
        if signal_id is not None:
            self.store.cycle.undiscuss(self.meeting_id, signal_id)
            self.say(tr("Het signaal staat niet meer als besproken bij dit overleg."))
            self.load(self.meeting_id)
