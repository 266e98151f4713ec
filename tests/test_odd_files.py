"""Odd files at the database path are refused in Dutch and left exactly as they were: an empty file, an empty file
with a -wal that holds data, a read-only file, an immutable file, a folder. Bytes (sha256) and mode (stat) are
compared before and after every command and the GUI's start-up check; nothing prints a traceback."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

CSV = "periode,thema,leeftijd,aantal\n2024-Q1,Alcohol,12-17,3\n"


def _fingerprint(path: Path) -> tuple:
    if path.is_dir():
        return ("dir", stat.S_IMODE(path.stat().st_mode), sorted(p.name for p in path.iterdir()))
    info = path.stat()
    return (hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(info.st_mode), info.st_size, info.st_mtime_ns)


def _wal_with_data(target: Path, tmp_path: Path) -> None:
    """A real -wal holding committed rows, next to an empty main file (a half-copied or truncated database)."""
    source = tmp_path / "bron.db"
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('vertrouwelijk')")
    conn.commit()
    shutil.copyfile(str(source) + "-wal", str(target) + "-wal")
    conn.close()
    target.write_bytes(b"")


def _gui_refusal(path: Path) -> list[str]:
    from signaaltracker.store.register import Session
    from signaaltracker.ui.startup_checks import StartupDialogs, check_before_open

    class Record(StartupDialogs):
        def __init__(self) -> None:
            super().__init__()
            self.refused: list[str] = []

        def refuse(self, title: str, text: str) -> None:
            self.refused.append(text)

        def offer_restore(self, problem, backup) -> bool:  # pragma: no cover - must not be asked
            raise AssertionError("an odd file is never offered for restore")

        def offer_read_only(self, problem: str) -> str:  # a read-only file: declined here
            self.refused.append(problem)
            return ""

    dialogs = Record()
    session = Session(path)
    assert session.try_acquire()
    try:
        assert check_before_open(session, dialogs) is False
    finally:
        session.release()
    return dialogs.refused


WRITERS = [
    ("import-figures", "--db", "{db}", "{csv}"),
    ("import", "--db", "{db}", "{json}"),
    ("export-memo", "--db", "{db}", "--out", "{out}/memo.pdf"),
]
READERS = [
    ("backup", "--db", "{db}", "--to", "{out}/backups"),
    ("export", "--db", "{db}", "--out", "{out}/alles.json"),
    ("check", "--db", "{db}"),
]


def _run_all(run_cli, db: Path, tmp_path: Path, commands) -> list[subprocess.CompletedProcess]:
    csv = tmp_path / "cijfers.csv"
    csv.write_text(CSV, encoding="utf-8")
    export = tmp_path / "export.json"
    export.write_text("{}", encoding="utf-8")
    out = tmp_path / "uit"
    out.mkdir(exist_ok=True)
    results = []
    for command in commands:
        args = [part.format(db=db, csv=csv, json=export, out=out) for part in command]
        result = run_cli(*args)
        assert "Traceback" not in result.stderr, result.stderr
        results.append(result)
    return results


@pytest.mark.parametrize("kind", ["empty", "empty-with-wal", "folder"])
def test_unusable_paths_are_refused_and_untouched(kind, run_cli, tmp_path, qtbot):
    db = tmp_path / "register.db"
    if kind == "folder":
        db.mkdir()
        (db / "iets.txt").write_text("x")
    else:
        db.write_bytes(b"")
        if kind == "empty-with-wal":
            _wal_with_data(db, tmp_path)
    wal = Path(str(db) + "-wal")
    before = _fingerprint(db)
    wal_before = _fingerprint(wal) if wal.exists() else None

    for result in _run_all(run_cli, db, tmp_path, WRITERS + READERS + [("demo", "--db", "{db}")]):
        assert result.returncode != 0, result.args
        message = result.stderr.strip()
        assert message.startswith("signaaltracker: ") and len(message.splitlines()) == 1, message
        expected = "is een map, geen database" if kind == "folder" else "leeg (0 bytes)"
        if result.args[3] != "demo":
            assert expected in message, (result.args, message)
    refusals = _gui_refusal(db)
    assert len(refusals) == 1 and ("map" in refusals[0] if kind == "folder" else "leeg" in refusals[0])

    assert _fingerprint(db) == before
    assert (_fingerprint(wal) if wal.exists() else None) == wal_before
    assert not list((tmp_path / "uit").glob("backups/*.db"))


def test_a_missing_file_with_a_leftover_wal_is_not_made_new(run_cli, tmp_path):
    db = tmp_path / "register.db"
    _wal_with_data(db, tmp_path)
    db.unlink()
    wal = Path(str(db) + "-wal")
    wal_before = _fingerprint(wal)
    (tmp_path / "export.json").write_text("{}", encoding="utf-8")
    result = run_cli("import", "--db", db, tmp_path / "export.json")
    assert result.returncode != 0 and "-wal" in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()
    assert _fingerprint(wal) == wal_before


def _make_unwritable(kind: str, db: Path) -> None:
    if kind == "read-only":
        db.chmod(0o444)
        return
    result = subprocess.run(["chattr", "+i", str(db)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"chattr +i is not possible here: {result.stderr.strip()}")


def _make_writable(kind: str, db: Path) -> None:
    if kind == "immutable":
        subprocess.run(["chattr", "-i", str(db)], check=True)
    else:
        db.chmod(0o600)


@pytest.mark.parametrize("kind", ["read-only", "immutable"])
def test_unwritable_files_are_refused_for_writing_and_readable(kind, run_cli, tmp_path, demo_template, qtbot):
    if kind == "immutable" and not shutil.which("chattr"):
        pytest.skip("no chattr")
    db = tmp_path / "register.db"
    shutil.copyfile(demo_template, db)
    db.chmod(0o644)
    _make_unwritable(kind, db)
    try:
        before = _fingerprint(db)
        for result in _run_all(run_cli, db, tmp_path, WRITERS):
            assert result.returncode != 0, result.args
            assert "alleen-lezen" in result.stderr and "niets gewijzigd" in result.stderr, result.stderr
        for result in _run_all(run_cli, db, tmp_path, READERS):  # reading needs no write access
            assert result.returncode == 0, result.stderr
        refusals = _gui_refusal(db)
        assert len(refusals) == 1 and "alleen-lezen" in refusals[0]
        assert _fingerprint(db) == before
        assert not (tmp_path / "uit" / "memo.pdf").exists()
        assert len(list((tmp_path / "uit" / "backups").glob("*.db"))) == 1
    finally:
        _make_writable(kind, db)
    assert not os.path.exists(str(db) + "-wal") or os.path.getsize(str(db) + "-wal") == 0


def test_the_gui_offers_a_copy_of_a_read_only_file_and_leaves_the_original(tmp_path, demo_template, qtbot):
    from signaaltracker.store.register import Session
    from signaaltracker.ui.startup_checks import StartupDialogs, check_before_open

    class Accept(StartupDialogs):
        def __init__(self) -> None:
            super().__init__()
            self.told: list[str] = []

        def offer_read_only(self, problem: str) -> str:
            assert "alleen-lezen" in problem
            return "copy"

        def inform(self, title: str, text: str) -> None:
            self.told.append(text)

    db = tmp_path / "register.db"
    shutil.copyfile(demo_template, db)
    db.chmod(0o444)
    before = _fingerprint(db)
    session = Session(db)
    assert session.try_acquire()
    try:
        dialogs = Accept()
        assert check_before_open(session, dialogs) is True
        copy = session.path
        assert copy == tmp_path / "register-kopie.db" and dialogs.told and str(copy) in dialogs.told[0]
        store_db = session.open()
        assert store_db.scalar("SELECT count(*) FROM signals") == 10
        with store_db.transaction():
            store_db.execute("UPDATE settings SET value = value")
        session.close()
    finally:
        session.release()
    assert _fingerprint(db) == before
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_the_gui_can_show_a_read_only_file_without_saving(tmp_path, demo_template, qtbot):
    from signaaltracker.domain.signals import Signal
    from signaaltracker.store import Store
    from signaaltracker.store.errors import ReadOnlyDatabaseError
    from signaaltracker.store.register import Session
    from signaaltracker.ui.main_window import MainWindow
    from signaaltracker.ui.startup_checks import VIEW, StartupDialogs, check_before_open

    class View(StartupDialogs):
        def offer_read_only(self, problem: str) -> str:
            return VIEW

    db = tmp_path / "register.db"
    shutil.copyfile(demo_template, db)
    db.chmod(0o444)
    before = _fingerprint(db)
    session = Session(db)
    assert session.try_acquire()
    try:
        assert check_before_open(session, View()) is True and session.view_only
        store = Store(session.open_for_viewing())
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        assert store.signals.count() == 10
        org = store.organisations.list()[0].id
        theme = store.themes.list()[0].id
        with pytest.raises(ReadOnlyDatabaseError, match="alleen geopend om te bekijken"):
            store.signals.add(
                Signal(observed_on=date(2024, 5, 1), organisation_id=org, theme_ids=[theme], summary="niet opgeslagen")
            )
        window.close()
        session.close()
    finally:
        session.release()
    assert _fingerprint(db) == before
    assert not list(tmp_path.glob("register-kopie*.db"))


def test_reading_an_older_schema_migrates_it_first_under_the_writers_lock(db_path, monkeypatch):
    import signaaltracker.store.opening as opening
    import signaaltracker.store.register as register
    from signaaltracker.store.migrations import all_migrations, latest_version
    from signaaltracker.store.register import Session, reading

    opening.open_database(db_path).close()

    class Extra:
        VERSION = latest_version() + 1

        @staticmethod
        def apply(conn):
            conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(opening, "all_migrations", lambda: [*all_migrations(), Extra])
    for module in (opening, register):
        if hasattr(module, "latest_version"):
            monkeypatch.setattr(module, "latest_version", lambda: Extra.VERSION)
    import signaaltracker.store.database as database

    monkeypatch.setattr(database, "latest_version", lambda: Extra.VERSION)
    with reading(db_path) as db:
        assert db.schema_version == Extra.VERSION and not db.readonly
        assert not Session(db_path).try_acquire()  # migrating takes the writer's lock
    with reading(db_path) as db:  # now current: a plain read-only connection
        assert db.readonly and db.scalar("SELECT count(*) FROM extra") == 0


def test_restoring_the_open_database_from_itself_through_a_hard_link_is_refused(demo_store, tmp_path):
    from signaaltracker.store.errors import StoreError
    from signaaltracker.store.restore import restore_into

    link = tmp_path / "dezelfde.db"
    os.link(demo_store.db.path, link)
    with pytest.raises(StoreError, match="uit zichzelf"):
        restore_into(demo_store.db, link)
