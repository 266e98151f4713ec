"""Importing intake figures: a preview (added / changed / unchanged) first, then all rows in one transaction.

Nothing is written while any row is bad; the preview lists every bad row with its row number, the rows that
are not data (skipped), and the check of every totals row. A totals row that does not match the sum of the
cells blocks the import until the user confirms (``apply_plan(..., accept_totals=True)``).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from signaaltracker.domain.enums import ThemeKind
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.facts import Figure
from signaaltracker.domain.taxonomy import Theme
from signaaltracker.exchange.figures_parse import ParsedFile, RowError, SkippedRow, TotalsCheck, parse_file
from signaaltracker.exchange.refusals import logs_refusals
from signaaltracker.store import Store
from signaaltracker.store.base import saved_id

logger = logging.getLogger(__name__)

DEFAULT_SOURCE = "Tactus verslavingszorg"  # the demo's intake source (exchange.demo_world.INTAKE_SOURCE)

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
    skipped: list[SkippedRow] = field(default_factory=list)
    totals: list[TotalsCheck] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)  # type → footnote text to use as its description
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def totals_mismatch(self) -> list[TotalsCheck]:
        return [t for t in self.totals if not t.ok]

    @property
    def needs_confirmation(self) -> bool:
        """A totals row disagrees with the cells: the user must confirm before the import may go ahead."""
        return bool(self.totals_mismatch)

    def totals_text(self) -> str:
        return "\n".join(str(t) for t in self.totals)

    def details_text(self, limit: int = 50) -> str:
        """What the preview says besides the rows: totals checks, descriptions, notes, skipped rows."""
        lines = [str(t) for t in self.totals]
        lines += [f"Toelichting bij {name}: {text}" for name, text in self.descriptions.items()]
        lines += self.notes[:limit]
        if self.skipped:
            lines.append("Overgeslagen (geen cijfers):")
            lines += [f"  {s}" for s in self.skipped[:limit]]
            if len(self.skipped) > limit:
                lines.append(f"  … en nog {len(self.skipped) - limit}.")
        return "\n".join(lines)

    def count(self, status: str) -> int:
        return sum(1 for f in self.figures if f.status == status)

    def summary(self) -> str:
        text = f"{self.count(ADDED)} nieuw, {self.count(CHANGED)} gewijzigd, {self.count(UNCHANGED)} ongewijzigd"
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
        self.message = (
            f"{plan.file_name} is niet ingelezen: {len(plan.errors)} fout(en), er is niets "
            f"opgeslagen.\n{plan.error_text()}"
        )
        super().__init__(self.message)


class TotalsNotConfirmed(ImportRejected):
    """A totals row does not match its cells and the user did not confirm; nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:  # a message of its own, not the list of bad rows
        self.plan = plan
        self.message = (
            f"{plan.file_name} is niet ingelezen: een totaalrij klopt niet met de som van de cellen. "
            "Controleer het bestand, of bevestig dat het toch ingelezen mag worden.\n"
            + "\n".join(str(t) for t in plan.totals_mismatch)
        )
        Exception.__init__(self, self.message)


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
    plan = ImportPlan(
        file_name,
        skipped=list(parsed.skipped),
        totals=list(parsed.totals),
        descriptions=dict(parsed.descriptions),
        notes=list(parsed.notes),
    )
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
            figure = Figure(row_source, saved_id(theme) if theme else -1, saved_id(age), row.start, row.end, row.value)
        except DomainError as exc:
            errors.append(RowError(row.row, exc.message))
            continue
        existing = store.figures.find_key(figure) if theme else None
        if existing is None:
            status, old = ADDED, None
        else:
            status, old = (UNCHANGED if existing.value == row.value else CHANGED), existing.value
        plan.figures.append(
            PlannedFigure(
                row.row,
                row_source,
                theme.name if theme else row.indicator,
                theme.id if theme else None,
                age.label,
                saved_id(age),
                row.start,
                row.end,
                row.value,
                status,
                old,
            )
        )
    plan.errors = _unique_errors(errors)
    for name in list(plan.descriptions):  # a description the coordinator already wrote is kept
        theme = themes.get(_key(name))
        if theme is not None and theme.description:
            del plan.descriptions[name]
    return plan


@logs_refusals
def preview_file(store: Store, path: Path, source: str = DEFAULT_SOURCE) -> ImportPlan:
    plan = plan_import(store, parse_file(path), path.name, source)
    if not plan.ok:
        logger.warning("Import of %s refused: %d error(s), nothing saved", path.name, len(plan.errors))
    return plan


def apply_plan(store: Store, plan: ImportPlan, accept_totals: bool = False) -> dict[str, int]:
    """Write a valid plan in one transaction; raise ImportRejected (writing nothing) when it has errors, and
    TotalsNotConfirmed when a totals row disagrees with its cells and ``accept_totals`` is False."""
    if not plan.ok:
        logger.info("import of %s refused: %d bad rows", plan.file_name, len(plan.errors))
        raise ImportRejected(plan)
    if plan.needs_confirmation and not accept_totals:
        logger.info("import of %s refused: totals row does not match", plan.file_name)
        raise TotalsNotConfirmed(plan)
    counts = {ADDED: 0, CHANGED: 0, UNCHANGED: 0}
    descriptions = {_key(name): text for name, text in plan.descriptions.items()}
    with store.db.transaction():
        created: dict[str, int] = {}
        for name in plan.new_themes:
            theme = store.themes.add(Theme(name, ThemeKind.OTHER, description=descriptions.pop(_key(name), "")))
            created[_key(name)] = saved_id(theme)
        for existing in store.themes.list():
            text = descriptions.get(_key(existing.name))
            if text and not existing.description:
                store.themes.update(dataclasses.replace(existing, description=text))
        for item in plan.figures:
            indicator_id = item.indicator_id if item.indicator_id is not None else created[_key(item.indicator)]
            status, _ = store.figures.upsert(
                Figure(item.source, indicator_id, item.age_group_id, item.start, item.end, item.value)
            )
            counts[status] += 1
    return counts


def import_file(
    store: Store, path: Path, source: str = DEFAULT_SOURCE, accept_totals: bool = False
) -> tuple[ImportPlan, dict[str, int]]:
    plan = preview_file(store, path, source)
    return plan, apply_plan(store, plan, accept_totals)
