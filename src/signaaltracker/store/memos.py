"""Council memos: what the coordinator wrote, the options, and a snapshot of what was printed."""

from __future__ import annotations

import json
from typing import Any

from signaaltracker.domain.memo import Memo
from signaaltracker.store.base import Repository, now, parse_date, parse_datetime, to_db


class Memos(Repository[Memo]):
    table = "memos"
    columns = (
        "recipients",
        "sender",
        "memo_date",
        "subject",
        "policy_reference",
        "intro",
        "signals_intro",
        "closing_title",
        "closing_text",
        "period_from",
        "period_to",
        "options",
        "snapshot",
        "pdf_sha256",
        "created_at",
        "exported_at",
        "kenmerk",
        "signature",
        "attachments",
        "signal_order",
        "comparison",
        "fact_choices",
        "previous_id",
    )
    json_columns = ("options", "snapshot", "attachments", "signal_order", "fact_choices")
    entity_label = "memo"
    order_by = "created_at DESC, id DESC"

    def _values(self, obj: Memo) -> dict[str, Any]:
        values = {c: to_db(getattr(obj, c)) for c in self.columns if c not in self.json_columns}
        values["options"] = json.dumps(
            {
                "sections": obj.sections,
                "suppress_below": obj.suppress_below,
                "excluded_signal_ids": obj.excluded_signal_ids,
                "group_signals": obj.group_signals,
            }
        )
        values["attachments"] = json.dumps(obj.attachments, ensure_ascii=False)
        values["signal_order"] = json.dumps(obj.signal_order)
        values["fact_choices"] = json.dumps({"include": obj.included_fact_ids, "exclude": obj.excluded_fact_ids})
        values["snapshot"] = None if obj.snapshot is None else json.dumps(obj.snapshot, ensure_ascii=False)
        return values

    def _from_row(self, row: dict[str, Any]) -> Memo:
        options = json.loads(row["options"] or "{}")
        choices = json.loads(row.get("fact_choices") or "{}")
        return Memo(
            recipients=row["recipients"],
            sender=row["sender"],
            memo_date=parse_date(row["memo_date"]),
            subject=row["subject"],
            policy_reference=row["policy_reference"],
            intro=row["intro"],
            signals_intro=row["signals_intro"],
            closing_title=row["closing_title"],
            closing_text=row["closing_text"],
            period_from=parse_date(row["period_from"]),
            period_to=parse_date(row["period_to"]),
            sections=options.get("sections", []),
            suppress_below=options.get("suppress_below"),
            excluded_signal_ids=options.get("excluded_signal_ids", []),
            group_signals=bool(options.get("group_signals", False)),
            kenmerk=row.get("kenmerk") or "",
            signature=row.get("signature") or "",
            attachments=json.loads(row.get("attachments") or "[]"),
            signal_order=json.loads(row.get("signal_order") or "[]"),
            comparison=row.get("comparison"),
            included_fact_ids=choices.get("include", []),
            excluded_fact_ids=choices.get("exclude", []),
            previous_id=row.get("previous_id"),
            snapshot=json.loads(row["snapshot"]) if row["snapshot"] else None,
            pdf_sha256=row["pdf_sha256"],
            created_at=parse_datetime(row["created_at"]),
            exported_at=parse_datetime(row["exported_at"]),
            id=row["id"],
        )

    def add(self, obj: Memo) -> Memo:
        obj.created_at = obj.created_at or now()
        return super().add(obj)

    def history_rows(self) -> list[dict[str, Any]]:
        """Every memo, newest first, as the rows of the memo history (no options or snapshot)."""
        return self.db.query(
            "SELECT id, memo_date, exported_at, subject, kenmerk, period_from, period_to, pdf_sha256 FROM memos "
            "ORDER BY created_at DESC, id DESC"
        )

    def newest(self) -> Memo | None:
        """The newest edition (draft or saved as PDF): the one Raadsmemo opens and the CLI exports by default."""
        row = self.db.query(f"SELECT id FROM memos ORDER BY {self.order_by} LIMIT 1")
        return self.get(row[0]["id"]) if row else None
