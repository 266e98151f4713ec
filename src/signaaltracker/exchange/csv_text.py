"""Reading a CSV file that a user picked: as Dutch office software writes it, any size, any garbage, never a
traceback.

- Encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE — Excel's "Unicode text" is UTF-16 with a BOM);
  without one, UTF-16 is recognised by its zero bytes, then the whole file is tried as strict UTF-8, then as
  Windows-1252 (Excel's "CSV" on a Dutch Windows), and Latin-1 takes whatever is left. These are the only
  encodings Dutch spreadsheet software writes, and each test is exact; a statistical detector
  (charset-normalizer) guesses among dozens of code pages and can name a wrong one for a short file whose only
  non-ASCII letter is an "ë".
- Separator: the standard library's ``csv.Sniffer`` over the first lines, limited to ``,`` ``;`` and tab, with
  the one that most of those lines contain as the fall-back.
- CRLF, quoted fields with separators and line breaks inside: the ``csv`` module.
- Rows are streamed from the file; the size and the number of rows are bounded (``MAX_BYTES``, ``max_rows``).

Every problem with the file as a whole becomes a FileFormatError carrying one Dutch sentence.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

logger = logging.getLogger(__name__)

MAX_BYTES = 50_000_000  # a figures or EUDA file is a few hundred kB; anything this big is not one
MAX_CELL = 100_000  # characters in one cell
MAX_ROWS = 1_000_000  # default bound on the rows of one file; importers pass their own, smaller one
DELIMITERS = ",;\t"
_CHUNK = 1 << 20


class FileFormatError(Exception):
    """The file as a whole cannot be read (wrong type, no header, broken CSV). Carries a Dutch sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _bom_encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # the codec reads the BOM and drops it
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Mostly-ASCII text in UTF-16 has a zero byte in every other position."""
    sample = head[:4000]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decodes_as(open_binary: BinaryIO, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    open_binary.seek(0)
    try:
        while chunk := open_binary.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(binary: BinaryIO) -> str:
    """The encoding of a whole file (read in chunks, so memory stays small); see the module text."""
    binary.seek(0)
    head = binary.read(4096)
    encoding = _bom_encoding(head) or _utf16_without_bom(head)
    if encoding is None:
        encoding = next((e for e in ("utf-8", "cp1252") if _decodes_as(binary, e)), "latin-1")
    binary.seek(0)
    return encoding


def _sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines() if line.strip()][:20]
    if not lines:
        return ","
    try:
        found = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found:
        return found
    # No consistent pattern (a title line above a table, say): the separator that most lines contain.
    counts = {d: sum(1 for line in lines if d in line) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass
class CsvText:
    """An opened CSV source: its encoding and separator, and its rows streamed one at a time."""

    name: str
    binary: BinaryIO
    encoding: str
    delimiter: str
    max_rows: int = MAX_ROWS

    def _lines(self) -> Iterator[str]:
        self.binary.seek(0)
        text = io.TextIOWrapper(self.binary, encoding=self.encoding, newline="")  # closes the file when done
        for line in text:
            yield line.replace("\x00", "")

    def rows(self) -> Iterator[list[str]]:
        """Every row (the header included); FileFormatError for broken CSV, a huge cell or too many rows."""
        reader = csv.reader(self._lines(), delimiter=self.delimiter)
        count = 0
        try:
            for row in reader:
                count += 1
                if count > self.max_rows:
                    limit = f"{self.max_rows:_}".replace("_", ".")
                    logger.info("refused %s: more than %d rows", self.name, self.max_rows)
                    raise FileFormatError(
                        f"{self.name} heeft meer dan {limit} rijen; zo groot is een cijferbestand niet."
                    )
                if any(len(cell) > MAX_CELL for cell in row):
                    raise FileFormatError(f"{self.name}: regel {reader.line_num} bevat een cel die te lang is.")
                yield row
        except csv.Error as exc:
            raise FileFormatError(
                f"{self.name} is geen leesbaar CSV-bestand (regel {reader.line_num}: {exc})."
            ) from None
        except UnicodeDecodeError:
            raise FileFormatError(
                f"{self.name} is geen leesbare tekst in {self.encoding} (regel {reader.line_num})."
            ) from None

    def close(self) -> None:
        self.binary.close()

    def __enter__(self) -> CsvText:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_csv(
    source: Path | bytes, name: str | None = None, delimiter: str | None = None, max_rows: int = MAX_ROWS
) -> CsvText:
    """Open a CSV file (or bytes) for streaming: size checked, encoding and separator detected."""
    if isinstance(source, Path):
        name = name or source.name
        try:
            size = source.stat().st_size
            binary: BinaryIO = source.open("rb")
        except OSError as exc:
            raise FileFormatError(f"{name} kan niet worden gelezen ({exc.strerror}).") from None
    else:
        name = name or "Het bestand"
        size = len(source)
        binary = io.BytesIO(source)
    if size > MAX_BYTES:
        binary.close()
        logger.info("refused %s: %d bytes", name, size)
        raise FileFormatError(
            f"{name} is te groot ({size // 1_000_000} MB; de grens is {MAX_BYTES // 1_000_000} MB) voor een "
            "cijferbestand."
        )
    encoding = detect_encoding(binary)
    if delimiter is None:
        head = binary.read(65536)
        binary.seek(0)
        sample = head.decode(encoding, errors="ignore")
        delimiter = _sniff_delimiter(sample[: sample.rfind("\n") + 1] or sample)
    logger.info("reading %s as %s, separator %r", name, encoding, delimiter)
    return CsvText(name, binary, encoding, delimiter, max_rows)


def read_rows(data: bytes, name: str = "Het bestand", delimiter: str | None = None) -> list[list[str]]:
    """All rows of a small CSV text (header included), for callers that want a list."""
    with open_csv(data, name, delimiter) as table:
        return list(table.rows())
