"""Nothing goes over the network: the main flows run with socket creation blocked (and, where strace exists,
no internet socket is even attempted by Qt or any C library)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import cli_env

# Runs one CLI command with an audit hook that refuses (and reports) every socket and name lookup.
GUARDED = r"""
import sys

def guard(event, args):
    if event in ("socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        sys.stderr.write(f"NETWORK ATTEMPT: {event} {args!r}\n")
        raise OSError("network blocked by test")

sys.addaudithook(guard)
if sys.argv[1:] == ["--probe"]:
    import socket
    socket.socket()
from signaaltracker.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _flows(tmp_path) -> list:
    """The flows as functions of the folder, so later steps can name files earlier steps made."""
    db, copy, out = tmp_path / "demo.db", tmp_path / "kopie.db", tmp_path / "alles.json"
    return [
        lambda: ["demo", "--db", str(db)],
        lambda: ["check", "--db", str(db)],
        lambda: ["--db", str(db), "--exit-after-first-paint"],
        lambda: ["backup", "--db", str(db), "--to", str(tmp_path / "kopieen")],
        lambda: ["export", "--db", str(db), "--out", str(out)],
        lambda: ["import", "--db", str(copy), str(out)],
        lambda: ["restore", "--db", str(copy), str(next((tmp_path / "kopieen").glob("demo-*.db")))],
        lambda: ["check", "--db", str(copy)],
    ]


def _run(args: list[str], tmp_path, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-c", GUARDED, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=cli_env(HOME=str(tmp_path)),
    )


def test_main_flows_work_with_sockets_blocked(tmp_path):
    for step in _flows(tmp_path):
        args = step()
        result = _run(args, tmp_path)
        assert result.returncode == 0, (args, result.stderr)
        assert "NETWORK ATTEMPT" not in result.stderr, (args, result.stderr)
    assert (tmp_path / "kopie.db").exists() and (tmp_path / "backups").is_dir()


def test_the_guard_really_blocks_sockets(tmp_path):
    result = _run(["--probe"], tmp_path)
    assert result.returncode != 0 and "NETWORK ATTEMPT: socket.__new__" in result.stderr


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_internet_socket_at_system_call_level(tmp_path):
    trace = tmp_path / "trace.txt"
    probe = subprocess.run(["strace", "-f", "-o", str(trace), "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("strace cannot trace here")
    lines: list[str] = []
    for number, step in enumerate(_flows(tmp_path)):
        args = step()
        log = tmp_path / f"trace-{number}.txt"
        result = _run(args, tmp_path, ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log)])
        assert result.returncode == 0, (args, result.stderr)
        lines += log.read_text().splitlines()
    internet = [line for line in lines if "AF_INET" in line or "AF_INET6" in line]
    assert not internet, internet[:5]
