"""The stable command-line contract for the foundation commands, run as real processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from conftest import cli_env
from signaaltracker import __version__
from signaaltracker.store.migrations import latest_version


def test_version(run_cli):
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_version_and_check_do_not_import_qt(demo_path):
    code = (
        "import sys\n"
        "from signaaltracker.cli.main import main\n"
        "for argv in (['check', '--db', sys.argv[1]], ['--version']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'reportlab'))]\n"
        "assert not bad, bad\n"
        "print('clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, env=cli_env())
    assert result.returncode == 0, result.stderr
    assert "clean" in result.stdout


def test_demo_then_check(run_cli, tmp_path):
    db = tmp_path / "x.db"
    result = run_cli("demo", "--db", db)
    assert result.returncode == 0, result.stderr
    result = run_cli("check", "--db", db)
    assert result.returncode == 0, result.stderr
    assert f"Schemaversie: {latest_version()}" in result.stdout
    assert "signals: 10" in result.stdout and "figures: 24" in result.stdout
    conn = sqlite3.connect(db)
    totals = conn.execute(
        "SELECT period_start, period_end, sum(value) FROM figures GROUP BY 1, 2 ORDER BY 1"
    ).fetchall()
    assert totals == [("2024-01-01", "2024-05-01", 23), ("2024-05-01", "2024-10-10", 32)]
    assert conn.execute("SELECT count(*) FROM figures").fetchone()[0] == 24


def test_demo_refuses_to_overwrite_without_force(run_cli, tmp_path):
    db = tmp_path / "x.db"
    assert run_cli("demo", "--db", db).returncode == 0
    before = db.read_bytes()
    result = run_cli("demo", "--db", db)
    assert result.returncode != 0
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == before
    assert run_cli("demo", "--db", db, "--force").returncode == 0


def _assert_refused_untouched(run_cli, path):
    before = path.read_bytes()
    result = run_cli("check", "--db", path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert len(lines) == 1, result.stderr
    assert path.read_bytes() == before
    wal = path.with_name(path.name + "-wal")  # a read-only reader may leave an empty one, never one with data
    assert not wal.exists() or wal.stat().st_size == 0
    return lines[0]


def test_check_on_png_empty_and_truncated_files(run_cli, tmp_path, demo_path):
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "geen SignaalTracker-database" in _assert_refused_untouched(run_cli, png)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "leeg" in _assert_refused_untouched(run_cli, empty)
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(demo_path.read_bytes()[: demo_path.stat().st_size // 2])
    assert "beschadigd" in _assert_refused_untouched(run_cli, truncated)
    text = tmp_path / "notes.txt"
    text.write_text("dit is geen database\n" * 50)
    _assert_refused_untouched(run_cli, text)


def test_check_on_overwritten_middle(run_cli, tmp_path, demo_path):
    damaged = tmp_path / "damaged.db"
    data = bytearray(demo_path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    message = _assert_refused_untouched(run_cli, damaged)
    assert "beschadigd" in message


def test_missing_file_and_bad_arguments(run_cli, tmp_path):
    result = run_cli("check", "--db", tmp_path / "nope.db")
    assert result.returncode != 0 and "bestaat niet" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("demo")
    assert result.returncode == 2  # argparse usage error


def test_gui_starts_and_exits_after_first_paint(run_cli, demo_path):
    result = run_cli("--db", demo_path, "--exit-after-first-paint")
    assert result.returncode == 0, result.stderr
