"""The memo chart in words: the alternative text of its Figure, stating every figure the chart shows.

A screen reader cannot see bars; it reads this instead. Same data as the chart (memo_table.IntakeTable.bars),
so a suppressed cell reads as its table mark ("minder dan 5") and never as the hidden number.
"""

from __future__ import annotations

from signaaltracker.reports.memo_table import IntakeTable


def _value_text(value: int | None, mark: str) -> str:
    if value is not None:
        return str(value) if value else "geen"
    if mark.startswith("<"):
        return f"minder dan {mark[1:]}"
    if mark == "x":
        return "niet getoond"
    return mark or "geen cijfer"


def chart_description(table: IntakeTable) -> str:
    """E.g. "Staafdiagram … 3MMC: 0-18: 1 januari tot 1 mei 2024 3, 1 mei tot 10 oktober 2024 3; …"."""
    parts = [
        f"Staafdiagram van de instroom bij {table.source} per periode, naar aard van de verslaving en "
        f"leeftijd; dezelfde cijfers staan in de tabel hierboven."
    ]
    by_key = {(b.indicator, b.age_group, b.period): b for b in table.bars}
    for indicator in table.indicators:
        groups = []
        for age in table.age_groups:
            values = []
            for period in table.periods:
                bar = by_key.get((indicator, age, period))
                if bar is not None:
                    values.append(f"{period} {_value_text(bar.value, bar.mark)}")
            if values:
                groups.append(f"{age}: {', '.join(values)}")
        if groups:
            parts.append(f"{indicator.rstrip('*')}: {'; '.join(groups)}.")
    return " ".join(parts)
