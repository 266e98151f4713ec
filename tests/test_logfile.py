"""The log file rotates by size and keeps five older files, each owner-only."""

from __future__ import annotations

import logging
import os

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
