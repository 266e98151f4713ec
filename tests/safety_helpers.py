"""Helpers for the data-safety tests: damaging a copy of a database the way a bad disk or sync tool would."""

from __future__ import annotations

from pathlib import Path


def damage(path: Path) -> bytes:
    """Overwrite bytes in the middle of ``path`` (in a used page) and return the damaged file's bytes."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = bytes((i * 37 + 11) % 251 for i in range(page_size))
    path.write_bytes(bytes(data))
    return bytes(data)
