"""The Beheer page (backups, retention, audit trail) and the damaged-database check at GUI start."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safety_helpers import damage
from signaaltracker.domain.signals import Signal
from signaaltracker.store import open_store
from signaaltracker.store.backups import list_backups, make_backup


def test_backups_tab_makes_lists_and_restores(window, demo_store):
    page = window.show_page("data")
    tab = page.backups
    assert tab.model.rowCount() == 0
    path = tab.backup_now()
    assert path is not None and path.exists()
    assert tab.model.rowCount() == 1 and tab.model.row_at(0)["name"] == path.name
    sid = demo_store.signals.list()[0].id
    demo_store.signals.soft_delete([sid])
    tab.view.selectRow(0)
    tab.confirm = lambda *args: False
    tab.restore_selected()
    assert demo_store.signals.get(sid).deleted_at is not None
    tab.confirm = lambda *args: True
    tab.view.selectRow(0)
    tab.restore_selected()
    assert demo_store.signals.get(sid).deleted_at is None
    assert "teruggezet" in tab.status.text()
    assert tab.model.rowCount() == 2  # the backup plus the copy made before restoring
    assert {r["kind"] for r in tab.model.rows()} == {"met de hand (blijft bewaard)", "vóór herstel"}


def test_backup_settings_are_saved(window, demo_store, tmp_path):
    tab = window.show_page("data").backups
    tab.folder.setText(str(tmp_path / "elders"))
    tab.keep_daily.setValue(3)
    tab.save_button.click()
    assert demo_store.settings.get("backup.folder") == str(tmp_path / "elders")
    assert demo_store.settings.get("backup.keep_daily") == 3
    assert tab.backup_now().parent == tmp_path / "elders"


def test_retention_tab_lists_and_anonymises(window, demo_store):
    org = demo_store.organisations.list()[0].id
    theme = demo_store.themes.list()[0].id
    old = (datetime.now() - timedelta(days=800)).replace(microsecond=0)
    signal = demo_store.signals.add(
        Signal(observed_on=old.date(), organisation_id=org, theme_ids=[theme], summary="oude tekst om te wissen")
    )
    demo_store.db.execute("UPDATE signals SET updated_at = ? WHERE id = ?", (old.isoformat(), signal.id))
    page = window.show_page("data")
    page.tabs.setCurrentWidget(page.retention)
    tab = page.retention
    assert [r["id"] for r in tab.model.rows()] == [signal.id]
    assert "1 signaal" in tab.caption.text()
    tab.view.selectAll()
    tab.confirm = lambda *args: True
    assert tab.anonymise_selected() == 1
    assert tab.model.rowCount() == 0
    assert demo_store.signals.get(signal.id).summary == ""
    tab.years.setValue(5)
    tab.save_button.click()
    assert demo_store.settings.get("retention.years") == 5


def test_audit_tab_filters_and_shows_before_and_after(window, demo_store):
    signal = demo_store.signals.list()[0]
    signal.summary = "Nieuwe samenvatting voor de audittrail"
    demo_store.signals.update(signal)
    page = window.show_page("data")
    page.tabs.setCurrentWidget(page.audit)
    tab = page.audit
    total = tab.model.rowCount()
    assert total > 10
    tab.entity.setCurrentIndex(tab.entity.findData("signals"))
    tab.action.setCurrentIndex(tab.action.findData("update"))
    tab.apply_button.click()
    assert 1 <= tab.model.rowCount() < total
    assert {(r["entity"], r["action"]) for r in tab.model.rows()} == {("Signalen", "gewijzigd")}
    assert tab.model.row_at(0)["row_id"] == signal.id
    tab.view.selectRow(0)
    fields = {r["field"]: r for r in tab.detail_model.rows()}
    assert fields["summary"]["after"] == "Nieuwe samenvatting voor de audittrail"
    assert "organisation_id" not in fields  # only changed fields (updated_at may fall in the same second)
    tomorrow = datetime.now().date() + timedelta(days=1)
    tab.since.setDate(tomorrow)
    tab.apply_button.click()
    assert tab.model.rowCount() == 0


def _answer_dialogs(answers: list[str]) -> QTimer:
    """Click through the start-up dialogs as a user would: restore on the damage dialog, OK on the notice."""

    def tick() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                answers.append(widget.windowTitle())
                if widget.objectName() == "damagedDatabaseDialog":
                    widget.findChild(type(widget.buttons()[0]), "restoreButton").click()
                else:
                    widget.buttons()[0].click()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return timer


def test_damaged_database_at_start_is_restored_from_backup(qtbot, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    store = open_store(demo_path)
    backup = make_backup(store.db, now=datetime.now() - timedelta(days=1))
    store.close()
    damaged = damage(demo_path)
    answers: list[str] = []
    timer = _answer_dialogs(answers)
    from signaaltracker.ui.app import run_app

    status = run_app(demo_path, exit_after_first_paint=True)
    timer.stop()
    assert status == 0
    assert answers[:2] == ["Database beschadigd", "Back-up teruggezet"]
    kept = list(demo_path.parent.glob("demo.beschadigd-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    store = open_store(demo_path)
    assert store.signals.count() == 10
    assert any(e.action == "restore_backup" for e in store.audit.entries(limit=5))
    store.close()
    names = [b.path for b in list_backups(backup.parent, "demo")]
    assert backup in names and len(names) >= 2  # start-up or close backup of the restored database


def test_refusing_the_restore_leaves_the_damaged_file_untouched(qtbot, demo_path):
    from signaaltracker.store.register import Session
    from signaaltracker.ui.startup_checks import StartupDialogs, check_before_open

    store = open_store(demo_path)
    make_backup(store.db)
    store.close()
    damaged = damage(demo_path)

    class Decline(StartupDialogs):
        def __init__(self):
            super().__init__()
            self.asked: list[str] = []

        def offer_restore(self, problem, backup):
            self.asked.append(problem)
            return False

    dialogs = Decline()
    assert check_before_open(Session(demo_path), dialogs) is False
    assert dialogs.asked and "beschadigd" in dialogs.asked[0]
    assert demo_path.read_bytes() == damaged
    assert not list(demo_path.parent.glob("*.beschadigd-*"))


def test_newer_and_foreign_files_are_refused_with_an_explanation(qtbot, tmp_path):
    import sqlite3

    from signaaltracker.store.register import Session
    from signaaltracker.ui.startup_checks import StartupDialogs, check_before_open

    class Record(StartupDialogs):
        def __init__(self):
            super().__init__()
            self.refused: list[str] = []

        def refuse(self, title, text):
            self.refused.append(title)

    newer = tmp_path / "nieuw.db"
    open_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    foreign = tmp_path / "ander.db"
    foreign.write_text("dit is tekst, geen database\n" * 50)
    for path, title in ((newer, "Nieuwere versie nodig"), (foreign, "Geen SignaalTracker-database")):
        before = path.read_bytes()
        dialogs = Record()
        assert check_before_open(Session(path), dialogs) is False
        assert dialogs.refused == [title]
        assert path.read_bytes() == before


def test_retention_reminder_on_start(demo_store):
    from signaaltracker.ui.startup_checks import after_open

    assert not [m for m in after_open(demo_store) if "bewaartermijn" in m]
    demo_store.db.execute("UPDATE signals SET updated_at = '2015-01-01T00:00:00'")
    messages = after_open(demo_store)
    assert any("10 signalen zijn over de bewaartermijn" in m for m in messages)
