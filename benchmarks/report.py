"""The two tables `make bench` prints: every figure with its goal, and how the figures that
depend on the vault's size grow from the smallest to the largest generated vault."""

from __future__ import annotations

from collections import defaultdict

Row = tuple[str, str, str, str]


class Growth:
    """Figures per vault size, in the order they were first recorded."""

    def __init__(self) -> None:
        self.values: dict[str, dict[int, float]] = defaultdict(dict)
        self.units: dict[str, str] = {}

    def add(self, figure: str, size: int, value: float, unit: str) -> None:
        self.values[figure][size] = value
        self.units[figure] = unit

    def rows(self, sizes: list[int]) -> list[list[str]]:
        table = []
        for figure, by_size in self.values.items():
            unit = self.units[figure]
            cells = [f"{by_size[s]:.2f} {unit}" if s in by_size else "–" for s in sizes]
            first, last = by_size.get(sizes[0]), by_size.get(sizes[-1])
            factor = f"{last / first:.2f}×" if first and last is not None else "–"
            table.append([figure, *cells, factor])
        return table


def figures_table(machine: str, rows: list[Row]) -> str:
    width = max(len(r[0]) for r in rows)
    lines = [f"Machine: {machine}", f"{'figure':<{width}}  {'value':>12}  {'ratio':<26}  goal"]
    lines += [f"{n:<{width}}  {v:>12}  {r:<26}  {g}" for n, v, r, g in rows]
    return "\n".join(lines)


def growth_table(growth: Growth, sizes: list[int]) -> str:
    header = ["figure", *(f"{s:,} citizens" for s in sizes), f"{sizes[-1]:,} ÷ {sizes[0]:,}"]
    body = growth.rows(sizes)
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = []
    for row in [header, *body]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
    return "\n".join(lines)
