"""Importing intake figures: a preview (added / changed / unchanged) first, then all rows in one transaction.

Nothing is written while any row is bad; the preview lists every bad row with its row number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from signaaltracker.domain.enums import ThemeKind
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.facts import Figure
from signaaltracker.domain.taxonomy import Theme
from signaaltracker.exchange.figures_parse import ParsedFile, RowError, parse_file
from signaaltracker.store import Store

DEFAULT_SOURCE = "Tactus verslavingszorg"  # the demo's intake source (exchange.demo.INTAKE_SOURCE)

ADDED, CHANGED, UNCHANGED = "added", "changed", "unchanged"
STATUS_NL = {ADDED: "nieuw", CHANGED: "gewijzigd", UNCHANGED: "ongewijzigd"}


@dataclass(frozen=True)
class PlannedFigure:
    row: int
    source: str
    indicator: str
    indicator_id: int | None  # None: a theme the import will create
    age_group: str
    age_group_id: int
    start: date
    end: date
    value: int | None
    status: str
    old_value: int | None = None


@dataclass
class ImportPlan:
    file_name: str
    figures: list[PlannedFigure] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    new_themes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, status: str) -> int:
        return sum(1 for f in self.figures if f.status == status)

    def summary(self) -> str:
        text = (f"{self.count(ADDED)} nieuw, {self.count(CHANGED)} gewijzigd, "
                f"{self.count(UNCHANGED)} ongewijzigd")
        if self.new_themes:
            text += "; nieuwe indicatoren: " + ", ".join(self.new_themes)
        return text

    def error_text(self, limit: int = 20) -> str:
        lines = [str(e) for e in self.errors[:limit]]
        if len(self.errors) > limit:
            lines.append(f"… en nog {len(self.errors) - limit} fout(en).")
        return "\n".join(lines)


class ImportRejected(Exception):
    """The file has bad rows; nothing was written. ``message`` lists them by row number."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.message = (f"{plan.file_name} is niet ingelezen: {len(plan.errors)} fout(en), er is niets "
                        f"opgeslagen.\n{plan.error_text()}")
        super().__init__(self.message)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _unique_errors(errors: list[RowError]) -> list[RowError]:
    seen, result = set(), []
    for error in errors:
        if (error.row, error.message) not in seen:
            seen.add((error.row, error.message))
            result.append(error)
    return sorted(result, key=lambda e: e.row)


def plan_import(store: Store, parsed: ParsedFile, file_name: str, source: str = DEFAULT_SOURCE) -> ImportPlan:
    """Compare the parsed rows with the database; nothing is written."""
    plan = ImportPlan(file_name)
    errors = list(parsed.errors)
    themes = {_key(t.name): t for t in store.themes.list()}
    ages = {a.label.replace(" ", ""): a for a in store.age_groups.list()}
    seen: dict[tuple, int] = {}
    for row in parsed.rows:
        theme = themes.get(_key(row.indicator))
        if theme is None and row.indicator not in plan.new_themes:
            plan.new_themes.append(row.indicator)
        age = ages.get(row.age_group.replace(" ", ""))
        if age is None:
            known = ", ".join(a.label for a in ages.values()) or "geen"
            errors.append(RowError(row.row, f"leeftijdsgroep '{row.age_group}' is onbekend (bekend: {known})."))
            continue
        row_source = row.source or source
        key = (row_source, _key(row.indicator), age.id, row.start, row.end)
        if key in seen:
            errors.append(RowError(row.row, f"dit cijfer staat ook al in rij {seen[key]}."))
            continue
        seen[key] = row.row
        try:
            figure = Figure(row_source, theme.id if theme else -1, age.id, row.start, row.end, row.value)
        except DomainError as exc:
            errors.append(RowError(row.row, exc.message))
            continue
        existing = store.figures.find_key(figure) if theme else None
        if existing is None:
            status, old = ADDED, None
        else:
            status, old = (UNCHANGED if existing.value == row.value else CHANGED), existing.value
        plan.figures.append(PlannedFigure(
            row.row, row_source, theme.name if theme else row.indicator, theme.id if theme else None, age.label,
            age.id, row.start, row.end, row.value, status, old,
        ))
    plan.errors = _unique_errors(errors)
    return plan


def preview_file(store: Store, path: Path, source: str = DEFAULT_SOURCE) -> ImportPlan:
    return plan_import(store, parse_file(path), path.name, source)


def apply_plan(store: Store, plan: ImportPlan) -> dict[str, int]:
    """Write a valid plan in one transaction; raise ImportRejected (writing nothing) when it has errors."""
    if not plan.ok:
        raise ImportRejected(plan)
    counts = {ADDED: 0, CHANGED: 0, UNCHANGED: 0}
    with store.db.transaction():
        created: dict[str, int] = {}
        for name in plan.new_themes:
            created[_key(name)] = store.themes.add(Theme(name, ThemeKind.OTHER)).id
        for item in plan.figures:
            indicator_id = item.indicator_id if item.indicator_id is not None else created[_key(item.indicator)]
            status, _ = store.figures.upsert(Figure(item.source, indicator_id, item.age_group_id, item.start,
                                                    item.end, item.value))
            counts[status] += 1
    return counts


def import_file(store: Store, path: Path, source: str = DEFAULT_SOURCE) -> tuple[ImportPlan, dict[str, int]]:
    plan = preview_file(store, path, source)
    return plan, apply_plan(store, plan)
