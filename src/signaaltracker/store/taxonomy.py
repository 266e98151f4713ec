"""Repositories for organisations, themes and age groups."""

from __future__ import annotations

from typing import Any

from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.taxonomy import AgeGroup, Organisation, Theme
from signaaltracker.store.audit import write_audit
from signaaltracker.store.base import Repository
from signaaltracker.store.errors import StoreError


class Organisations(Repository[Organisation]):
    table = "organisations"
    columns = ("name", "kind", "description", "active")
    entity_label = "organisatie"
    order_by = "name COLLATE NOCASE"

    def _from_row(self, row: dict[str, Any]) -> Organisation:
        return Organisation(row["name"], row["kind"], row["description"], bool(row["active"]), row["id"])

    def active(self) -> list[Organisation]:
        return self.list("active = 1")

    def by_name(self, name: str) -> Organisation | None:
        found = self.list("name = ? COLLATE NOCASE", (name.strip(),))
        return found[0] if found else None


class Themes(Repository[Theme]):
    table = "themes"
    columns = ("name", "kind", "description", "active", "merged_into_id")
    entity_label = "thema"
    entity_article = "het"
    order_by = "name COLLATE NOCASE"

    def _from_row(self, row: dict[str, Any]) -> Theme:
        return Theme(
            row["name"], row["kind"], bool(row["active"]), row["description"], row["merged_into_id"], row["id"]
        )

    def active(self) -> list[Theme]:
        return self.list("active = 1")

    def by_name(self, name: str) -> Theme | None:
        found = self.list("name = ? COLLATE NOCASE", (name.strip(),))
        return found[0] if found else None

    def usage(self, theme_id: int) -> int:
        """How many signals and figures use this theme."""
        return int(
            self.db.scalar("SELECT count(*) FROM signal_themes WHERE theme_id = ?", (theme_id,))
            + self.db.scalar("SELECT count(*) FROM figures WHERE indicator_id = ?", (theme_id,))
        )

    def merge(self, source_id: int, target_id: int) -> None:
        """Move every use of ``source`` to ``target`` and deactivate ``source`` (never a silent delete)."""
        if source_id == target_id:
            raise DomainError("Een thema kan niet met zichzelf worden samengevoegd.")
        with self.db.transaction():
            source, target = self.get(source_id), self.get(target_id)
            before = self.snapshot(source_id)
            self.db.execute(
                "INSERT OR IGNORE INTO signal_themes (signal_id, theme_id) "
                "SELECT signal_id, ? FROM signal_themes WHERE theme_id = ?",
                (target.id, source.id),
            )
            self.db.execute("DELETE FROM signal_themes WHERE theme_id = ?", (source.id,))
            clash = self.db.scalar(
                "SELECT count(*) FROM figures a JOIN figures b"
                " ON a.source = b.source AND a.age_group_id = b.age_group_id"
                " AND a.period_start = b.period_start AND a.period_end = b.period_end"
                " WHERE a.indicator_id = ? AND b.indicator_id = ?",
                (source.id, target.id),
            )
            if clash:
                raise StoreError(
                    f"'{source.name}' en '{target.name}' hebben allebei cijfers voor dezelfde periode; "
                    "pas die eerst aan voordat u ze samenvoegt."
                )
            self.db.execute("UPDATE figures SET indicator_id = ? WHERE indicator_id = ?", (target.id, source.id))
            self.db.execute("UPDATE themes SET active = 0, merged_into_id = ? WHERE id = ?", (target.id, source.id))
            write_audit(self.db, self.table, source_id, "merge", before, self.snapshot(source_id))


class AgeGroups(Repository[AgeGroup]):
    table = "age_groups"
    columns = ("label", "min_age", "max_age", "sort_order", "active")
    entity_label = "leeftijdsgroep"
    order_by = "sort_order, label"

    def _from_row(self, row: dict[str, Any]) -> AgeGroup:
        return AgeGroup(row["label"], row["min_age"], row["max_age"], row["sort_order"], bool(row["active"]), row["id"])

    def active(self) -> list[AgeGroup]:
        return self.list("active = 1")

    def by_label(self, label: str) -> AgeGroup | None:
        found = self.list("label = ?", (label.strip(),))
        return found[0] if found else None
