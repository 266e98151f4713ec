"""What every repository shares: row ↔ domain conversion helpers and audited writes."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, fields
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar, overload

from signaaltracker.store.audit import write_audit
from signaaltracker.store.database import Database
from signaaltracker.store.errors import InUseError, NotFoundError, StoreError

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def to_db(value: Any) -> Any:
    """A Python value as stored: dates as ISO text, enums by value, booleans as 0/1."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


@overload
def parse_date(value: str) -> date: ...
@overload
def parse_date(value: None) -> None: ...
def parse_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


@overload
def parse_datetime(value: str) -> datetime: ...
@overload
def parse_datetime(value: None) -> None: ...
def parse_datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def unchecked(cls: type[T], **values: Any) -> T:
    """A stored row as dataclass ``cls`` without running its checks (``__post_init__``). Rows were checked when
    they were written; a check that depends on the day (a date "in the future") or a rule made stricter later must
    not make a stored row unreadable, or it could not even be opened to correct it. ``values`` name every field."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    if set(values) != names:
        raise TypeError(f"{cls.__name__}: fields {sorted(names ^ set(values))} missing or unknown")
    obj = cls.__new__(cls)
    obj.__dict__.update(values)
    return obj


def stored_member(kind: type[E], value: Any) -> E | Any:
    """A stored enum value as its member; an unknown value stays as stored (read as it is, refused on write)."""
    try:
        return kind(value)
    except ValueError:
        return value


def validated(obj: T) -> T:
    """Run ``obj.validate()`` when the entity has one: every write checks what it writes."""
    validate = getattr(obj, "validate", None)
    if callable(validate):
        validate()
    return obj


class Saved(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(obj: Saved) -> int:
    """The id of an object read from the store or returned by ``add`` (always set there)."""
    if obj.id is None:
        raise StoreError("Dit gegeven is nog niet opgeslagen.")
    return obj.id


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Repository(Generic[T]):
    """Base for one entity's repository.

    Subclasses set ``table`` and ``columns`` (the stored fields besides ``id``) and implement ``_from_row`` and,
    for entities with link lists, ``_write_links``/``_load_links``.
    """

    table: str = ""
    columns: tuple[str, ...] = ()
    entity_label: str = "rij"  # Dutch noun for messages
    entity_article: str = "de"  # "de" or "het", for "De actie …" / "Het signaal …"
    order_by: str = "id"

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def _the(self) -> str:
        return "Het" if self.entity_article == "het" else "De"

    @property
    def _this(self) -> str:
        return "Dit" if self.entity_article == "het" else "Deze"

    # --- reading -------------------------------------------------------------------------------
    def _from_row(self, row: dict[str, Any]) -> T:
        raise NotImplementedError

    def _load_links(self, obj: T) -> T:
        return obj

    def get(self, row_id: int) -> T:
        row = self.db.execute(f"SELECT * FROM {self.table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"{self._the} {self.entity_label} met nummer {row_id} bestaat niet (meer).")
        return self._load_links(self._from_row(dict(row)))

    def find(self, row_id: int) -> T | None:
        try:
            return self.get(row_id)
        except NotFoundError:
            return None

    def list(self, where: str = "1=1", params: tuple[Any, ...] = ()) -> list[T]:
        rows = self.db.query(f"SELECT * FROM {self.table} WHERE {where} ORDER BY {self.order_by}", params)
        return [self._load_links(self._from_row(r)) for r in rows]

    def count(self) -> int:
        return int(self.db.scalar(f"SELECT count(*) FROM {self.table}"))

    def snapshot(self, row_id: int) -> dict[str, Any] | None:
        obj = self.find(row_id)
        return None if obj is None else asdict(obj)  # type: ignore[call-overload]

    # --- writing -------------------------------------------------------------------------------
    def _values(self, obj: T) -> dict[str, Any]:
        return {c: to_db(getattr(obj, c)) for c in self.columns}

    def _write_links(self, row_id: int, obj: T) -> None:
        pass

    def _guard(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except sqlite3.IntegrityError as exc:
            text = str(exc)
            if "UNIQUE" in text:
                raise StoreError(f"Er bestaat al een {self.entity_label} met deze naam of sleutel.") from None
            if "FOREIGN KEY" in text:
                raise InUseError(
                    f"{self._this} {self.entity_label} verwijst naar iets dat niet bestaat, "
                    "of wordt nog ergens gebruikt."
                ) from None
            raise StoreError(f"{self._the} {self.entity_label} kan niet worden opgeslagen ({text}).") from None
        except OverflowError:
            raise StoreError(
                f"Een getal in {self._this.lower()} {self.entity_label} is te groot om op te slaan."
            ) from None

    def add(self, obj: T) -> T:
        validated(obj)

        def run() -> int:
            with self.db.transaction():
                values = self._values(obj)
                cols = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                cur = self.db.execute(f"INSERT INTO {self.table} ({cols}) VALUES ({marks})", tuple(values.values()))
                assert cur.lastrowid is not None  # an INSERT always sets it
                row_id = cur.lastrowid
                self._write_links(row_id, obj)
                write_audit(self.db, self.table, row_id, "create", None, self.snapshot(row_id))
                return row_id

        return self.get(self._guard(run))

    def update(self, obj: T) -> T:
        row_id = obj.id  # type: ignore[attr-defined]
        if row_id is None:
            raise StoreError(f"{self._this} {self.entity_label} is nog niet opgeslagen.")
        validated(obj)

        def run() -> None:
            with self.db.transaction():
                before = self.snapshot(row_id)
                if before is None:
                    raise NotFoundError(f"{self._the} {self.entity_label} met nummer {row_id} bestaat niet (meer).")
                values = self._values(obj)
                assignments = ", ".join(f"{c} = ?" for c in values)
                self.db.execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?", (*values.values(), row_id))
                self._write_links(row_id, obj)
                after = self.snapshot(row_id)
                if after != before:
                    write_audit(self.db, self.table, row_id, "update", before, after)

        self._guard(run)
        return self.get(row_id)

    def in_use(self, row_id: int) -> bool:
        """True when a row of another table refers to this one (deleting it would be refused), so the interface can
        say so before asking "verwijderen?". Reads the foreign keys from the schema itself."""
        tables = [
            r["name"]
            for r in self.db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        for table in tables:
            for fk in self.db.query(f"SELECT * FROM pragma_foreign_key_list('{table}')"):
                if fk["table"] != self.table or fk["on_delete"].upper() in ("CASCADE", "SET NULL"):
                    continue
                column = fk["from"]
                if self.db.query(f'SELECT 1 AS hit FROM "{table}" WHERE "{column}" = ? LIMIT 1', (row_id,)):
                    return True
        return False

    def delete(self, row_id: int) -> None:
        def run() -> None:
            with self.db.transaction():
                before = self.snapshot(row_id)
                if before is None:
                    raise NotFoundError(f"{self._the} {self.entity_label} met nummer {row_id} bestaat niet (meer).")
                self.db.execute(f"DELETE FROM {self.table} WHERE id = ?", (row_id,))
                write_audit(self.db, self.table, row_id, "delete", before, None)

        self._guard(run)

    # --- link tables ---------------------------------------------------------------------------
    def _replace_links(
        self, link_table: str, owner_col: str, other_col: str, row_id: int, ids: builtins.list[int]
    ) -> None:
        self.db.execute(f"DELETE FROM {link_table} WHERE {owner_col} = ?", (row_id,))
        self.db.conn.executemany(
            f"INSERT INTO {link_table} ({owner_col}, {other_col}) VALUES (?, ?)", [(row_id, i) for i in ids]
        )

    def _link_ids(self, link_table: str, owner_col: str, other_col: str, row_id: int | None) -> builtins.list[int]:
        if row_id is None:  # not saved yet: no links
            return []
        rows = self.db.execute(
            f"SELECT {other_col} FROM {link_table} WHERE {owner_col} = ? ORDER BY {other_col}", (row_id,)
        )
        return [r[0] for r in rows]
