"""Locating files under resources/ both in a source checkout and in an installed or bundled app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    candidates = [
        Path(__file__).resolve().parent / "resources",  # installed wheel (force-included)
        Path(__file__).resolve().parents[2] / "resources",  # source checkout / editable install
    ]
    if hasattr(sys, "_MEIPASS"):  # PyInstaller bundle
        candidates.insert(0, Path(sys._MEIPASS) / "signaaltracker" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found next to the signaaltracker package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
