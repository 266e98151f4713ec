"""The log file rotates by size and keeps five older files, each owner-only."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from signaaltracker.logfile import PrivateLogHandler


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("signaaltracker.test_logfile")
    logger.propagate = False
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    return logger


def test_rotates_when_full_and_keeps_five(tmp_path):
    path = tmp_path / "signaaltracker.log"
    handler = PrivateLogHandler(path, max_bytes=200, keep=5)
    logger = _logger(handler)
    try:
        for number in range(60):
            logger.info("regel %02d %s", number, "x" * 40)
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["signaaltracker.log"] + [f"signaaltracker.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 200 + 60 for p in tmp_path.iterdir())
    assert "regel 59" in path.read_text(encoding="utf-8")  # the newest line is in the current file
    older = (tmp_path / "signaaltracker.log.1").read_text(encoding="utf-8")
    assert "regel 59" not in older and "regel 5" in older
    assert "regel 00" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())  # the oldest went


def test_a_full_file_from_an_earlier_run_is_rotated_at_start(tmp_path):
    path = tmp_path / "signaaltracker.log"
    path.write_text("oud\n" * 100, encoding="utf-8")
    handler = PrivateLogHandler(path, max_bytes=200)
    logger = _logger(handler)
    try:
        logger.info("nieuw")
    finally:
        handler.close()
    assert path.read_text(encoding="utf-8").strip().endswith("nieuw")
    assert (tmp_path / "signaaltracker.log.1").read_text(encoding="utf-8").startswith("oud")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_every_file_is_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        handler = PrivateLogHandler(tmp_path / "signaaltracker.log", max_bytes=100)
        logger = _logger(handler)
        for number in range(10):
            logger.info("regel %d %s", number, "y" * 30)
        handler.close()
    finally:
        os.umask(old)
    assert len(list(tmp_path.iterdir())) > 2
    assert {p.stat().st_mode & 0o777 for p in tmp_path.iterdir()} == {0o600}


def test_a_removed_log_folder_never_raises_into_the_code_that_logs(tmp_path, capsys):
    folder = tmp_path / "log"
    folder.mkdir()
    handler = PrivateLogHandler(folder / "signaaltracker.log", max_bytes=200)
    logger = _logger(handler)
    try:
        logger.info("eerste regel")
        shutil.rmtree(folder)  # cleared while the GUI runs: the next rotation cannot reopen the file
        for number in range(20):
            logger.info("regel %02d %s", number, "x" * 40)
    finally:
        handler.close()
    assert "Logging error" not in capsys.readouterr().err  # a command's stderr keeps its one Dutch sentence


def test_a_log_file_that_cannot_be_opened_falls_back_at_set_up(tmp_path):
    from signaaltracker.logfile import LOG_NAME, setup_logging

    (tmp_path / "log" / "signaaltracker.log").mkdir(parents=True)  # a folder where the file should be
    logger = logging.getLogger(LOG_NAME)
    saved = logger.handlers[:]
    logger.handlers.clear()
    try:
        setup_logging(tmp_path / "log", stderr_fallback=False)
        assert [type(h) for h in logger.handlers] == [logging.NullHandler]
        logger.info("signaaltracker check")  # what the command line logs first: no exception
    finally:
        logger.handlers[:] = saved


WRITER = """
import logging, sys, time
from pathlib import Path
from signaaltracker.logfile import PrivateLogHandler
path, tag, start = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
while time.time() < start:
    pass
handler = PrivateLogHandler(path, max_bytes=4000)
log = logging.getLogger("twee"); log.propagate = False; log.addHandler(handler); log.setLevel(logging.INFO)
for number in range(1500):
    log.info("%s %05d %s", tag, number, "y" * 60)
handler.close()
"""


def test_two_processes_share_a_full_log_without_errors(tmp_path):
    """The GUI and a command write (and rotate) the same log at once, starting on a file already full."""
    path = tmp_path / "signaaltracker.log"
    path.write_text("oud\n" * 2000, encoding="utf-8")
    start = time.time() + 1.0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), tag, str(start)], stderr=subprocess.PIPE, text=True, env=env
        )
        for tag in ("GUI", "CLI")
    ]
    results = [(writer.wait(120), writer.stderr.read()) for writer in writers]
    assert [code for code, _ in results] == [0, 0], results
    assert not any(err for _, err in results), results  # no "--- Logging error ---" on stderr
    names = {p.name for p in tmp_path.iterdir()}
    # two rotations at the same moment may leave a gap in the numbers (an old file lost), never an extra file
    assert "signaaltracker.log" in names and names <= {"signaaltracker.log"} | {
        f"signaaltracker.log.{n}" for n in range(1, 6)
    }
    newest = path.read_text(encoding="utf-8")
    assert "01499" in newest  # the last lines written are in the current file
