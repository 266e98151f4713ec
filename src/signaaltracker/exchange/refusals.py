"""Logging every refused import: the user sees the Dutch message, the log keeps a record of it."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logs_refusals(func: Callable[P, R]) -> Callable[P, R]:
    """Log (with the logger of ``func``'s module) an expected fault — one that carries a Dutch ``message`` —
    raised by an import entry point, then let it propagate unchanged."""
    log = logging.getLogger(func.__module__)

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            message = getattr(exc, "message", None)
            if isinstance(message, str):
                first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
                log.warning("Import refused (%s): %s", func.__name__, first)
            raise

    return wrapper
