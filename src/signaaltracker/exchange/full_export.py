"""Full export and import: every table of the database as one JSON document with a format version.

The document holds no timestamp of its own, so export → import → export gives identical bytes. Import only goes
into an empty database, in one transaction: either everything is imported and passes the domain's validation,
or nothing is (and the reason is given in Dutch).
"""

from __future__ import annotations

import base64
import json
import logging
import math
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from signaaltracker import __version__
from signaaltracker.domain.errors import DomainError
from signaaltracker.exchange.refusals import logs_refusals
from signaaltracker.store.backups import remove_stale_parts
from signaaltracker.store.database import Database
from signaaltracker.store.errors import StoreError
from signaaltracker.store.export_tables import (
    RowRejected,
    data_tables,
    defer_foreign_keys,
    foreign_key_problems,
    nonempty_tables,
    row_inserter,
    table_columns,
    table_rows,
)
from signaaltracker.store.lock import lock_fd
from signaaltracker.store.migrations import latest_version

log = logging.getLogger(__name__)

FORMAT_NAME = "signaaltracker-volledige-export"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 500_000_000


class ImportRefused(StoreError):
    """The file cannot be imported; nothing was changed."""


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def export_document(db: Database) -> dict:
    tables = {}
    for table in data_tables(db):
        columns = table_columns(db, table)
        rows = [[_encode(v) for v in row] for row in table_rows(db, table, columns)]
        tables[table] = {"columns": columns, "rows": rows}
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": db.schema_version,
        "application": f"SignaalTracker {__version__}",
        "tables": tables,
    }


def dumps(document: dict) -> str:
    """Stable text: sorted keys, one table row per line, UTF-8 characters as themselves."""
    lines = ["{"]
    head = {k: v for k, v in document.items() if k != "tables"}
    for key in sorted(head):
        lines.append(f"  {json.dumps(key)}: {json.dumps(head[key], ensure_ascii=False)},")
    lines.append('  "tables": {')
    names = sorted(document["tables"])
    for t_index, name in enumerate(names):
        table = document["tables"][name]
        lines.append(f"    {json.dumps(name, ensure_ascii=False)}: {{")
        lines.append(f'      "columns": {json.dumps(table["columns"], ensure_ascii=False)},')
        rows = [json.dumps(row, ensure_ascii=False, allow_nan=False) for row in table["rows"]]
        if rows:
            lines.append('      "rows": [')
            lines.append(",\n".join(f"        {row}" for row in rows))
            lines.append("      ]")
        else:
            lines.append('      "rows": []')
        lines.append("    }" + ("," if t_index < len(names) - 1 else ""))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def export_to_file(db: Database, path: Path) -> dict[str, int]:
    """Write the export atomically; return the row count per table."""
    document = export_document(db)
    text = dumps(document)
    partial: Path | None = None
    # a killed earlier export to the same name left its (complete or partial) copy: removed unless still in use
    remove_stale_parts(path.parent, re.compile(re.escape(f".{path.name}.") + r"[A-Za-z0-9_]+\.part$"))
    try:
        # mkstemp creates the file 0600 whatever the umask: the export holds confidential text and the audit trail
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        partial = Path(name)
        if os.name == "posix":
            lock_fd(handle)  # tells a later export that this copy is still being written
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    except OSError as exc:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise StoreError(f"{path.name} kan niet worden geschreven: {exc.strerror or exc}.") from None
    log.info("Full export written: %s", path)
    return {name: len(t["rows"]) for name, t in document["tables"].items()}


# --- import ----------------------------------------------------------------------------------------------------
def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is geen geldig getal in dit formaat")


def parse_document(text: str) -> dict:
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise ImportRefused(f"Het bestand is geen geldige JSON ({str(exc)[:120]}).") from None
    return document


@logs_refusals
def read_file(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused(f"{path.name} is te groot om te importeren.")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"{path.name} kan niet worden gelezen: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name} is geen UTF-8-tekst en dus geen SignaalTracker-export.") from None
    return parse_document(text)


def _check_header(document: Any) -> dict:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportRefused("Dit bestand is geen volledige export van SignaalTracker.")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused("De exportversie in het bestand ontbreekt of is ongeldig.")
    if version > FORMAT_VERSION:
        raise ImportRefused(
            f"Dit bestand heeft exportversie {version}; deze versie van SignaalTracker kent tot en met "
            f"{FORMAT_VERSION}. Werk SignaalTracker bij."
        )
    schema = document.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise ImportRefused("De schemaversie in het bestand ontbreekt of is ongeldig.")
    if schema > latest_version():
        raise ImportRefused(
            f"Dit bestand komt uit een nieuwere versie van SignaalTracker (schema {schema}); werk SignaalTracker bij."
        )
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportRefused("Het bestand bevat geen tabellen.")
    return tables


def _decode(value: Any, where: str) -> Any:
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        if isinstance(value, str) and "\x00" in value:
            raise ImportRefused(f"{where} bevat een ongeldig teken.")
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            raise ImportRefused(f"{where} bevat een getal dat te groot is.")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ImportRefused(f"{where} bevat een ongeldig getal.")
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except ValueError:
            raise ImportRefused(f"{where} bevat ongeldige binaire gegevens.") from None
    raise ImportRefused(f"{where} bevat een waarde van een onbekend soort.")


def _insert_table(db: Database, name: str, table: Any, known: dict[str, list[str]]) -> int:
    if name not in known:
        raise ImportRefused(f"Het bestand bevat een onbekende tabel '{str(name)[:60]}'.")
    if (
        not isinstance(table, dict)
        or not isinstance(table.get("columns"), list)
        or not isinstance(table.get("rows"), list)
    ):
        raise ImportRefused(f"De tabel {name} in het bestand is onvolledig.")
    columns = table["columns"]
    if not columns or len(set(map(str, columns))) != len(columns) or any(c not in known[name] for c in columns):
        raise ImportRefused(f"De kolommen van tabel {name} passen niet bij deze versie van SignaalTracker.")
    insert = row_inserter(db, name, columns)
    for number, row in enumerate(table["rows"], start=1):
        where = f"Rij {number} van tabel {name}"
        if not isinstance(row, list) or len(row) != len(columns):
            raise ImportRefused(f"{where} heeft niet het juiste aantal waarden.")
        try:
            insert(tuple(_decode(v, where) for v in row))
        except RowRejected as exc:
            raise ImportRefused(f"{where} past niet in de database ({exc.message}).") from None
    return len(table["rows"])


def _validate_contents(db: Database) -> None:
    """Load everything back through the repositories and validate it, so the domain's rules apply to imported rows
    as to every other write."""
    from signaaltracker.store import Store
    from signaaltracker.store.base import Repository, validated

    store = Store(db)
    problems = foreign_key_problems(db)
    if problems:
        table, other = problems[0]
        raise ImportRefused(f"Tabel {table} verwijst naar een rij van {other} die niet in het bestand staat.")
    for repo in vars(store).values():
        if isinstance(repo, Repository):
            try:
                for obj in repo.list():  # reads trust the store; an import is a write, so check every row
                    validated(obj)
            except DomainError as exc:
                raise ImportRefused(f"Een {repo.entity_label} in het bestand is ongeldig: {exc.message}") from None
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise ImportRefused(f"Een {repo.entity_label} in het bestand is ongeldig ({exc}).") from None
    try:
        store.settings.all()
        store.audit.entries(limit=-1)
    except (ValueError, TypeError) as exc:
        raise ImportRefused(f"De instellingen of de audittrail in het bestand zijn ongeldig ({exc}).") from None


@logs_refusals
def import_document(db: Database, document: Any) -> dict[str, int]:
    """Import into an empty database in one transaction; return rows per table. ImportRefused otherwise."""
    tables = _check_header(document)
    filled = nonempty_tables(db)
    if filled:
        raise ImportRefused(
            f"De database bevat al gegevens (onder meer in tabel {filled[0]}); importeer een volledige export "
            "alleen in een nieuwe, lege database."
        )
    known = {t: table_columns(db, t) for t in data_tables(db)}
    counts: dict[str, int] = {}
    with db.transaction():
        defer_foreign_keys(db)
        for name in sorted(tables, key=str):
            counts[name] = _insert_table(db, name, tables[name], known)
        _validate_contents(db)
    return counts


def import_file(db: Database, path: Path) -> dict[str, int]:
    return import_document(db, read_file(path))
