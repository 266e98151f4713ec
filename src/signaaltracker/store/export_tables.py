"""Table-level access for the full export and import: which tables hold data, their rows, raw inserts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from signaaltracker.store.database import Database
from signaaltracker.store.errors import StoreError
from signaaltracker.store.tables import data_table_names, table_view


class RowRejected(StoreError):
    """SQLite refused a row (constraint, type, encoding)."""


def data_tables(db: Database) -> list[str]:
    """Ordinary tables, without SQLite's own tables and the shadow tables of full-text indexes."""
    return data_table_names(table_view(db.conn))


def table_columns(db: Database, table: str) -> list[str]:
    return [c.name for c in table_view(db.conn).table(table).columns]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_rows(db: Database, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    """All rows in primary-key order (rowid order for tables without one: sqlite-utils reports ``rowid`` then)."""
    order = ", ".join(_quote(k) for k in table_view(db.conn).table(table).pks)
    cols = ", ".join(_quote(c) for c in columns)
    for row in db.execute(f"SELECT {cols} FROM {_quote(table)} ORDER BY {order}"):
        yield tuple(row)


def nonempty_tables(db: Database) -> list[str]:
    return [t for t in data_tables(db) if db.scalar(f"SELECT EXISTS (SELECT 1 FROM {_quote(t)})")]


def is_empty(db: Database) -> bool:
    return not nonempty_tables(db)


def row_inserter(db: Database, table: str, columns: list[str]) -> Callable[[tuple[Any, ...]], None]:
    """A function inserting one row as given (ids included); raises RowRejected with SQLite's reason."""
    sql = (
        f"INSERT INTO {_quote(table)} ({', '.join(_quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )

    def insert(values: tuple[Any, ...]) -> None:
        try:
            db.execute(sql, values)
        except (sqlite3.Error, OverflowError, UnicodeEncodeError, ValueError) as exc:
            raise RowRejected(str(exc)[:160]) from None

    return insert


def defer_foreign_keys(db: Database) -> None:
    """Check foreign keys at the end of the current transaction instead of per row (rows arrive in any order)."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def foreign_key_problems(db: Database) -> list[tuple[str, str]]:
    """(table, referenced table) for each row pointing at a missing row."""
    return [(r[0], r[2]) for r in db.execute("PRAGMA foreign_key_check").fetchall()]
