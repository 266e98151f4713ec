"""What the GUI does around opening and closing a database: the quick check with the offer to restore a damaged
file from its newest good backup, the daily start-up backup, the retention reminder, and the backup on close.

The dialogs go through a ``StartupDialogs`` object so a test can answer them; the default one shows Qt boxes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.store import Store
from signaaltracker.store.backups import (
    BackupInfo,
    configured_folder,
    make_backup,
    newest_good_backup,
    unchanged_since_newest_backup,
)
from signaaltracker.store.database import Database
from signaaltracker.store.errors import StoreError
from signaaltracker.store.register import Session
from signaaltracker.store.restore import DAMAGED, EMPTY, NEWER, READONLY, UNREADABLE, replace_damaged
from signaaltracker.ui.i18n import tr

log = logging.getLogger("signaaltracker")

COPY, VIEW = "copy", "view"  # the answers to a read-only file


def backup_label(backup: BackupInfo) -> str:
    return tr("{date} om {time}").format(date=format_date_nl(backup.taken_at.date()), time=f"{backup.taken_at:%H:%M}")


class StartupDialogs:
    """The questions and notices of the start-up check, as Qt message boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def refuse(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def offer_restore(self, problem: str, backup: BackupInfo) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Database beschadigd"), problem, parent=self.parent)
        box.setObjectName("damagedDatabaseDialog")
        box.setInformativeText(
            tr(
                "De nieuwste goede back-up is van {when}. SignaalTracker kan die terugzetten. "
                "Het beschadigde bestand wordt dan ongewijzigd apart bewaard, met de datum in de naam, zodat er "
                "niets verloren gaat.\n\nWijzigingen van na de back-up staan niet in de back-up."
            ).format(when=backup_label(backup))
        )
        restore = box.addButton(tr("Back-up terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreButton")
        box.addButton(tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def offer_read_only(self, problem: str) -> str:
        """A read-only (or immutable) file: ``COPY`` to work on a copy, ``VIEW`` to look without saving, or ""."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Bestand is alleen-lezen"), problem, parent=self.parent)
        box.setObjectName("readOnlyDatabaseDialog")
        box.setInformativeText(
            tr(
                "SignaalTracker kan een kopie maken en daarmee verder werken, of het bestand openen om alleen te "
                "bekijken (opslaan kan dan niet). Het originele bestand blijft precies zoals het is."
            )
        )
        copy = box.addButton(tr("Kopie maken en openen"), QMessageBox.ButtonRole.AcceptRole)
        copy.setObjectName("copyButton")
        view = box.addButton(tr("Alleen bekijken"), QMessageBox.ButtonRole.AcceptRole)
        view.setObjectName("viewButton")
        box.addButton(tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.exec()
        return COPY if box.clickedButton() is copy else VIEW if box.clickedButton() is view else ""

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)


def check_before_open(session: Session, dialogs: StartupDialogs | None = None) -> bool:
    """The header and quick check of the session's file (store/register.py), before any connection. True when
    the app may open it (possibly after a restore)."""
    dialogs = dialogs or StartupDialogs()
    db_path = session.path
    health = session.check()
    if health.ok:
        return True
    if health.state == NEWER:
        dialogs.refuse(tr("Nieuwere versie nodig"), health.message + tr("\n\nHet bestand is niet gewijzigd."))
        return False
    if health.state == READONLY:
        return _work_on_a_copy(session, health.message, dialogs)
    if health.state in (UNREADABLE, EMPTY):
        dialogs.refuse(tr("Database niet geopend"), health.message + tr("\n\nHet bestand is niet gewijzigd."))
        return False
    if health.state != DAMAGED:
        dialogs.refuse(
            tr("Geen SignaalTracker-database"),
            health.message + tr("\n\nHet bestand is niet gewijzigd. Kies het juiste databasebestand met --db."),
        )
        return False
    folder = configured_folder(db_path)
    backup = newest_good_backup(folder, db_path.stem)
    if backup is None:
        dialogs.refuse(
            tr("Database beschadigd"),
            health.message
            + tr(
                "\n\nIn {folder} staat geen goede back-up. Het bestand is niet gewijzigd; "
                "vraag uw functioneel beheerder om hulp of zet een back-up terug met "
                "'signaaltracker restore'."
            ).format(folder=folder),
        )
        return False
    if not dialogs.offer_restore(health.message, backup):
        return False
    try:
        aside, db = replace_damaged(db_path, backup.path)
    except StoreError as exc:
        dialogs.refuse(tr("Herstellen mislukt"), exc.message + tr("\n\nHet beschadigde bestand is niet gewijzigd."))
        return False
    db.close()
    session.check()  # the restored file, checked again before the session opens it
    log.warning("Damaged database %s kept as %s, restored from %s", db_path, aside, backup.path)
    dialogs.inform(
        tr("Back-up teruggezet"),
        tr(
            "De back-up van {when} is teruggezet.\n\nHet beschadigde bestand is ongewijzigd bewaard als:\n{path}"
        ).format(when=backup_label(backup), path=aside),
    )
    return True


def _work_on_a_copy(session: Session, problem: str, dialogs: StartupDialogs) -> bool:
    """Offer a copy of a read-only file; on yes the session continues with the copy (the original is only read)."""
    from signaaltracker.paths import user_data_dir
    from signaaltracker.store.register import copy_for_editing

    choice = dialogs.offer_read_only(problem)
    if choice == VIEW:
        session.view_only = True
        return True
    if choice != COPY:
        return False
    original = session.path
    try:
        target = copy_for_editing(original, user_data_dir())
        session.switch_to(target)
    except StoreError as exc:
        dialogs.refuse(tr("Kopie niet gemaakt"), exc.message + tr("\n\nHet bestand is niet gewijzigd."))
        return False
    health = session.check()
    if not health.ok:  # pragma: no cover - a fresh, verified copy
        dialogs.refuse(tr("Kopie niet gemaakt"), health.message)
        return False
    log.info("Read-only %s copied to %s; working on the copy", original, target)
    dialogs.inform(
        tr("Kopie gemaakt"),
        tr("U werkt nu in de kopie:\n{copy}\n\nHet origineel ({name}) is niet gewijzigd.").format(
            copy=target, name=original.name
        ),
    )
    return True


def after_open(store: Store) -> list[str]:
    """The daily backup and the retention reminder; returns status-bar messages."""
    from signaaltracker.store.backups import backup_if_none_today
    from signaaltracker.store.retention import due_count

    messages = []
    try:
        backup_if_none_today(store.db)
    except StoreError as exc:
        log.warning("Start-up backup failed: %s", exc.message)
        messages.append(tr("Let op: de dagelijkse back-up is mislukt. {error}").format(error=exc.message))
    due = due_count(store.db)
    if due:
        messages.append(tr("%Ln signalen zijn over de bewaartermijn;", None, due) + tr(" zie Beheer → Bewaartermijn."))
    return messages


def on_close(store: Store) -> Path | None:
    """The backup on close, unless nothing changed since the newest backup; a failure is logged and never
    blocks closing."""
    try:
        if unchanged_since_newest_backup(store.db):
            return None
        return make_backup(store.db)
    except StoreError as exc:
        log.warning("Backup on close failed: %s", exc.message)
        return None


class AfterOpenWorker(QThread):
    """Runs ``after_open`` (daily backup, retention count) off the GUI thread, after the first paint.

    It reads through a second, read-only connection from ``Database.reader()`` (WAL allows a reader beside the
    GUI's writer), so a backup of a large database never freezes the window. It never re-opens the file through
    the full opening sequence: that would read the header through another handle and drop this process's locks.
    ``messages`` carries the status-bar texts back to the GUI thread.
    """

    messages = Signal(list)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db

    def run(self) -> None:
        try:
            store = Store(self.db.reader())
        except StoreError as exc:
            log.warning("After-open checks skipped: %s", exc.message)
            return
        try:
            self.messages.emit(after_open(store))
        except Exception:  # never let a background check reach the crash dialog (it would be off the GUI thread)
            log.exception("After-open checks failed")
            self.messages.emit(
                [tr("Let op: de controle na het openen (back-up, bewaartermijn) is mislukt; zie het logboek.")]
            )
        finally:
            store.close()
