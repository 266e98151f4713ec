"""Files with personal data are the owner's only (0600, folders 0700) under the common umask 022: the database
and its -wal/-shm, backups and their folder, the full JSON export, CSV/XLSX exports, the log and its folder."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from signaaltracker.store import open_store
from signaaltracker.store.backups import make_backup
from signaaltracker.store.signals import SignalFilter

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_database_backups_and_exports_are_owner_only(umask_022, tmp_path, run_cli):
    from signaaltracker.exchange.demo import fill_demo
    from signaaltracker.exchange.signals_export import export_signals

    db_path = tmp_path / "nieuw.db"
    store = open_store(db_path)
    try:
        fill_demo(store)
        assert mode(db_path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(Path(str(db_path) + side)) == 0o600
        backup = make_backup(store.db)
        assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
        for suffix in (".csv", ".xlsx"):
            target = tmp_path / f"signalen{suffix}"
            assert export_signals(store, target, SignalFilter()) > 0
            assert mode(target) == 0o600, suffix
    finally:
        store.close()
    result = run_cli("export", "--db", db_path, "--out", tmp_path / "alles.json")
    assert result.returncode == 0, result.stderr
    assert mode(tmp_path / "alles.json") == 0o600
    state = tmp_path / "state"
    result = run_cli(
        "backup", "--db", db_path, "--to", tmp_path / "handmatig", XDG_STATE_HOME=str(state), HOME=str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert mode(tmp_path / "handmatig") == 0o700
    assert [mode(p) for p in (tmp_path / "handmatig").iterdir()] == [0o600]
    logs = list(state.rglob("signaaltracker.log"))  # the command logs the backup it made, owner-only
    assert len(logs) == 1 and mode(logs[0]) == 0o600 and mode(logs[0].parent) == 0o700
    assert "signaaltracker.store.backups: Backup made" in logs[0].read_text(encoding="utf-8")


def test_log_folder_and_files_are_owner_only(umask_022, tmp_path):
    from signaaltracker.ui.crash import LOG_NAME, setup_logging

    logger = logging.getLogger(LOG_NAME)
    saved = logger.handlers[:]
    logger.handlers.clear()
    try:
        log_dir = tmp_path / "log"
        setup_logging(log_dir)
        handler = logger.handlers[0]
        logging.getLogger("signaaltracker.store.backups").info("Backup made: test")
        handler.doRollover()  # the new file after a rotation is owner-only too
        logger.info("after rotation")
        handler.flush()
        assert mode(log_dir) == 0o700
        files = sorted(log_dir.iterdir())
        assert len(files) == 2 and all(mode(f) == 0o600 for f in files)
        assert "signaaltracker.store.backups: Backup made" in (log_dir / "signaaltracker.log.1").read_text()
    finally:
        for handler in logger.handlers:
            handler.close()
        logger.handlers[:] = saved
