"""Reading a CSV file that a user picked: any encoding, any size, any garbage, and never a traceback.

Every problem with the file as a whole becomes a FileFormatError carrying one Dutch sentence.
"""

from __future__ import annotations

import csv
import io

MAX_BYTES = 50_000_000  # a figures or EUDA file is a few hundred kB; anything this big is not one
MAX_CELL = 100_000  # characters in one cell


class FileFormatError(Exception):
    """The file as a whole cannot be read (wrong type, no header, broken CSV). Carries a Dutch sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (which decodes any byte)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_rows(data: bytes, name: str = "Het bestand", delimiter: str | None = None) -> list[list[str]]:
    """All rows of a CSV text (header included). ``delimiter`` None: ';' or ',' by what the start holds."""
    if len(data) > MAX_BYTES:
        raise FileFormatError(f"{name} is te groot ({len(data) // 1_000_000} MB) voor een cijferbestand.")
    text = decode(data).replace("\x00", "")
    if delimiter is None:
        sample = text[:2000]
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if any(len(cell) > MAX_CELL for cell in row):
                raise FileFormatError(f"{name}: regel {reader.line_num} bevat een cel die te lang is.")
            rows.append(row)
    except csv.Error as exc:
        raise FileFormatError(f"{name} is geen leesbaar CSV-bestand (regel {reader.line_num}: {exc}).") from None
    return rows
