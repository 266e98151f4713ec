"""The backup, restore, export and import commands, run as real processes."""

from __future__ import annotations

import sqlite3

from safety_helpers import damage


def test_backup_and_restore(run_cli, demo_path, tmp_path):
    result = run_cli("backup", "--db", demo_path, "--to", tmp_path / "kopie")
    assert result.returncode == 0, result.stderr
    backup = next((tmp_path / "kopie").glob("demo-*.db"))
    conn = sqlite3.connect(demo_path)
    conn.execute("DELETE FROM signal_themes")
    conn.execute("DELETE FROM meeting_signals")
    conn.execute("DELETE FROM action_signals")
    conn.execute("DELETE FROM signals")
    conn.commit()
    conn.close()
    result = run_cli("restore", "--db", demo_path, backup)
    assert result.returncode == 0, result.stderr
    assert "vóór het herstel" in result.stdout
    conn = sqlite3.connect(demo_path)
    assert conn.execute("SELECT count(*) FROM signals").fetchone()[0] == 10
    conn.close()
    pre = list((demo_path.parent / "backups").glob("demo-*-voor-herstel.db"))
    assert len(pre) == 1
    assert sqlite3.connect(pre[0]).execute("SELECT count(*) FROM signals").fetchone()[0] == 0


def test_check_detects_damage_and_restore_keeps_the_damaged_file(run_cli, demo_path, tmp_path):
    assert run_cli("backup", "--db", demo_path).returncode == 0
    backup = next((demo_path.parent / "backups").glob("demo-*.db"))
    damaged = damage(demo_path)
    result = run_cli("check", "--db", demo_path)
    assert result.returncode != 0 and "beschadigd" in result.stderr and "Traceback" not in result.stderr
    assert demo_path.read_bytes() == damaged
    result = run_cli("restore", "--db", demo_path, backup)
    assert result.returncode == 0, result.stderr
    aside = next(demo_path.parent.glob("demo.beschadigd-*.db"))
    assert aside.read_bytes() == damaged
    assert run_cli("check", "--db", demo_path).returncode == 0


def test_restore_refuses_foreign_file(run_cli, demo_path, tmp_path):
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = demo_path.read_bytes()
    result = run_cli("restore", "--db", demo_path, other)
    assert result.returncode != 0
    assert "geen SignaalTracker-database" in result.stderr and "Traceback" not in result.stderr
    assert demo_path.read_bytes() == before


def test_export_import_export_is_identical(run_cli, demo_path, tmp_path):
    first, second, new_db = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "nieuw.db"
    assert run_cli("export", "--db", demo_path, "--out", first).returncode == 0
    result = run_cli("import", "--db", new_db, first)
    assert result.returncode == 0, result.stderr
    assert run_cli("export", "--db", new_db, "--out", second).returncode == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    result = run_cli("import", "--db", demo_path, first)
    assert result.returncode != 0 and "lege database" in result.stderr and "Traceback" not in result.stderr


def test_refused_import_leaves_no_new_file(run_cli, tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("[1, 2, 3]")
    result = run_cli("import", "--db", tmp_path / "nieuw.db", bad)
    assert result.returncode != 0 and "geen volledige export" in result.stderr
    assert not (tmp_path / "nieuw.db").exists()
