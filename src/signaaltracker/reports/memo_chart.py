"""A vector bar chart of the intake figures (reportlab.graphics): per type, one bar per period and age group.

Periods are told apart by colour, age groups by a full versus a light shade of that colour. Cells hidden by
small-number suppression are not drawn; their table mark ("<5", "x") is printed at the base instead.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from signaaltracker.reports.house_style import FONT, INK, RULE
from signaaltracker.reports.memo_table import IntakeTable

PERIOD_COLOURS = ["#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000"]


def _shade(hex_colour: str, index: int) -> colors.Color:
    """Full colour for the first age group, lighter tints for the next ones."""
    base = colors.HexColor(hex_colour)
    if index == 0:
        return base
    mix = min(0.25 + 0.25 * index, 0.75)
    return colors.Color(
        base.red + (1 - base.red) * mix, base.green + (1 - base.green) * mix, base.blue + (1 - base.blue) * mix
    )


def _nice_step(top: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10_000


def intake_chart(table: IntakeTable, width: float, height: float = 165) -> Drawing:
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)  # else the state starts in Helvetica
    periods, ages, indicators = table.periods, table.age_groups, table.indicators
    values = {(b.indicator, b.age_group, b.period): b for b in table.bars}
    top = max([b.value for b in table.bars if b.value is not None] + [1])
    step = _nice_step(top)
    top = ((top + step - 1) // step) * step
    legend_rows = len(periods)
    left, right, bottom = 26.0, 4.0, 30.0
    plot_top = height - 14 * legend_rows - 8
    plot_h = plot_top - bottom
    plot_w = width - left - right

    def y_of(value: float) -> float:
        return bottom + plot_h * value / top

    for tick in range(0, int(top) + 1, step):
        y = y_of(tick)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#d9d9d9"), strokeWidth=0.4))
        drawing.add(String(left - 4, y - 3, str(tick), fontName=FONT, fontSize=7, fillColor=INK, textAnchor="end"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=RULE, strokeWidth=0.8))

    group_w = plot_w / max(len(indicators), 1)
    bars_per_group = max(len(periods) * len(ages), 1)
    bar_w = min(group_w * 0.8 / bars_per_group, 14)
    for g, indicator in enumerate(indicators):
        used = bar_w * bars_per_group
        x = left + g * group_w + (group_w - used) / 2
        for p, period in enumerate(periods):
            for a, age in enumerate(ages):
                bar = values.get((indicator, age, period))
                fill = _shade(PERIOD_COLOURS[p % len(PERIOD_COLOURS)], a)
                if bar is not None and bar.value is not None:
                    h = y_of(bar.value) - bottom
                    if h > 0:
                        drawing.add(Rect(x, bottom, bar_w, h, fillColor=fill, strokeColor=None))  # type: ignore[arg-type]  # stub: **kw lacks Unpack
                    drawing.add(
                        String(
                            x + bar_w / 2,
                            bottom + h + 2,
                            str(bar.value) if bar.value else "-",
                            fontName=FONT,
                            fontSize=5.5,
                            fillColor=INK,
                            textAnchor="middle",
                        )
                    )
                elif bar is not None and bar.mark:
                    drawing.add(
                        String(
                            x + bar_w / 2,
                            bottom + 2,
                            bar.mark if len(bar.mark) <= 3 else "?",
                            fontName=FONT,
                            fontSize=5.5,
                            fillColor=INK,
                            textAnchor="middle",
                        )
                    )
                x += bar_w
        label = indicator if len(indicator) <= 16 else indicator[:15] + "…"
        drawing.add(
            String(
                left + g * group_w + group_w / 2,
                bottom - 11,
                label,
                fontName=FONT,
                fontSize=7,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    _legend(drawing, periods, ages, left, height)
    return drawing


def _legend(drawing: Drawing, periods: list[str], ages: list[str], left: float, height: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    y = height - 10
    label_w = max([120.0] + [stringWidth(period, FONT, 7) + 10 for period in periods])
    for p, period in enumerate(periods):
        x = left
        drawing.add(String(x, y, period, fontName=FONT, fontSize=7, fillColor=INK))
        x += label_w
        for a, age in enumerate(ages):
            fill = _shade(PERIOD_COLOURS[p % len(PERIOD_COLOURS)], a)
            drawing.add(Rect(x, y - 1, 8, 7, fillColor=fill, strokeColor=None))  # type: ignore[arg-type]  # stub: **kw
            drawing.add(String(x + 11, y, age, fontName=FONT, fontSize=7, fillColor=INK))
            x += 50
        y -= 14
