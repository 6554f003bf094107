"""Terminal plots: a function with the derivative autograd computed, and a sequence of numbers.

In a terminal the chart is drawn by plotext (imported only when a chart is drawn); anywhere
else (a pipe, captured lesson output, ``check``) the plot degrades to a small text table, which
is also what makes lesson outputs reproducible. :func:`chart_wanted` decides.

A table asked for without ``lang`` has no prose (numbers, ``f(x)``, ``→``), so lesson code that
plots prints the same in both languages; a chart's title and key follow ``lang``, else the
language of the code that draws (:func:`autograd_tui.i18n.ambient_language`).
"""
from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from autograd_tui import i18n
from autograd_tui.viz import chart_mode
from autograd_tui.viz import gradgraph as gg

SAMPLES = 201          # points where a function is evaluated for a chart
TABLE_ROWS = 9         # rows of the text table of a function
SEQUENCE_ROWS = 10     # rows of the text table of a sequence

def chart_wanted(stream: Any = None) -> bool:
    if chart_mode.mode is not None:
        return chart_mode.mode
    stream = sys.stdout if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def color_wanted() -> bool:
    return not (os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


@dataclass
class FunctionData:
    label: str
    xs: list[float]
    ys: list[float]
    dys: list[float] | None     # None: the function does not depend on x through autograd


FLOAT32_MAX = 3.4028234663852886e38


class PlotError(Exception):
    """A plot request that cannot be drawn; ``key`` is an i18n key, ``fields`` its values."""

    def __init__(self, key: str, **fields: Any) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


def sample_function(fn: Callable[[Any], Any], lo: float, hi: float, torch: Any, *,
                    label: str = "f(x)", samples: int = SAMPLES) -> FunctionData:
    """Evaluate ``fn`` on ``samples`` points of [lo, hi] and ask autograd for its derivative."""
    # why: the points are float32; beyond its range (`:plot x 0 1e308`) they were all inf
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi and max(-lo, hi) <= FLOAT32_MAX):
        raise PlotError("plot.bad_range")
    # why: points computed here, not by linspace, so every backend samples the same numbers
    points = [lo + (hi - lo) * i / (samples - 1) for i in range(samples)]
    xs = torch.tensor(points, dtype=torch.float32, requires_grad=True)
    ys = fn(xs)
    if not gg.is_tensor(ys):
        try:
            ys = torch.full_like(xs.detach(), float(ys))
        except (TypeError, ValueError):
            raise PlotError("plot.not_plottable", type=type(ys).__name__) from None
    if tuple(ys.shape) != tuple(xs.shape):
        raise PlotError("plot.not_plottable", type=f"Tensor, .shape={gg.shape_text(ys)}")
    dys = None
    if ys.requires_grad:
        (grad,) = torch.autograd.grad(ys.sum(), xs, allow_unused=True)
        if grad is not None:
            dys = [float(v) for v in grad.detach().tolist()]
    return FunctionData(label, [float(v) for v in xs.detach().tolist()],
                        [float(v) for v in ys.detach().tolist()], dys)


def sequence_values(values: Any) -> list[float]:
    """A list/tuple of numbers or a 1-D tensor as floats, else PlotError."""
    if gg.is_tensor(values):
        if values.dim() > 1:
            raise PlotError("plot.not_plottable", type=f"Tensor, .shape={gg.shape_text(values)}")
        return [float(v) for v in values.detach().reshape(-1).tolist()]
    if isinstance(values, (list, tuple)) and values:
        out = []
        for v in values:
            if gg.is_tensor(v):
                try:
                    v = v.item()
                except Exception:  # noqa: BLE001 - a tensor with several elements
                    raise PlotError("plot.not_plottable", type="list[Tensor]") from None
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise PlotError("plot.not_plottable", type=f"list[{type(v).__name__}]")
            out.append(float(v))
        return out
    raise PlotError("plot.not_plottable", type=type(values).__name__)


# ---------------------------------------------------------------------------------------------
# Text tables (no terminal)
# ---------------------------------------------------------------------------------------------
def fmt(v: float) -> str:
    if math.isnan(v) or math.isinf(v):
        return str(v)
    if v != 0 and (abs(v) >= 1e5 or abs(v) < 1e-3):
        return f"{v:.3e}"
    return f"{v:.4f}"


def _pick(n: int, rows: int) -> list[int]:
    """At most ``rows`` indices, evenly spaced by a whole step, first and last included."""
    if n <= rows:
        return list(range(n))
    step = math.ceil((n - 1) / (rows - 1))
    picks = list(range(0, n, step))
    if picks[-1] != n - 1:
        picks.append(n - 1)
    return picks


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(header[c]), *(len(r[c]) for r in rows)) for c in range(len(header))]
    lines = ["  ".join(h.rjust(w) for h, w in zip(header, widths))]
    lines += ["  ".join(v.rjust(w) for v, w in zip(r, widths)) for r in rows]
    return lines


def function_table(data: FunctionData, lang: str | None = None, rows: int = TABLE_ROWS) -> str:
    """A few evenly spaced rows. Without ``lang`` the table has no prose, so lesson code that
    plots prints the same text in both languages."""
    picks = _pick(len(data.xs), rows)
    header = ["x", "f(x)", "f'(x)"]
    body = [[fmt(data.xs[i]), fmt(data.ys[i]), fmt(data.dys[i]) if data.dys else "-"] for i in picks]
    title = (i18n.t("plot.function_title", lang, expr=data.label) if lang
             else f"f(x) = {data.label}    f'(x): autograd")
    lines = [title, *_table(header, body)]
    if data.dys is None:
        lines.append(i18n.t("plot.no_derivative", lang or i18n.ambient_language(),
                            expr=data.label, var="x"))
    return "\n".join(lines)


def sequence_table(values: list[float], name: str, lang: str | None = None,
                   rows: int = SEQUENCE_ROWS) -> str:
    """``losses[0] = 0.2500`` … for a few evenly spaced entries, then first → last."""
    picks = _pick(len(values), rows)
    labels = [f"{name}[{i}]" for i in picks]
    width = max(len(label) for label in labels)
    lines = [i18n.t("plot.sequence_title", lang, name=name, n=len(values))] if lang else []
    lines += [f"{label.ljust(width)} = {fmt(values[i])}" for label, i in zip(labels, picks)]
    if len(values) > 1:
        lines.append(i18n.t("plot.change", lang, first=fmt(values[0]), last=fmt(values[-1])) if lang
                     else f"{name}: {fmt(values[0])} → {fmt(values[-1])}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Charts (a terminal)
# ---------------------------------------------------------------------------------------------
def _figure(width: int, height: int, color: bool) -> Any:
    import plotext as plt  # why: plotext costs start-up time; only a drawn chart needs it

    fig = plt.figure
    fig.clear()
    plt.terminal.limit(False, False)
    fig.plot_size(max(30, width), max(10, height))
    if not color:
        fig.theme("colorless")
    return fig


def _finite(xs: list, ys: list) -> tuple[list, list, int]:
    """The points whose value is a finite number, and how many were not: plotext cannot place
    nan or inf (it raised, and aborted the whole process on some)."""
    kept = [(x, y) for x, y in zip(xs, ys) if math.isfinite(y)]
    return [x for x, _ in kept], [y for _, y in kept], len(ys) - len(kept)


def function_chart(data: FunctionData, lang: str | None = None, *, width: int = 80,
                   height: int = 20, color: bool = True) -> str:
    lang = lang or i18n.ambient_language()
    fig = _figure(width, height, color)
    # why: the legend box would hide part of the curves; a key line under the chart does not
    xs, ys, dropped = _finite(data.xs, data.ys)
    fig.draw(fig.signal(xs, ys, marker="•").lines())
    key = f"• {data.label}"
    if data.dys is not None:
        dxs, dys, dropped_d = _finite(data.xs, data.dys)
        dropped += dropped_d
        fig.draw(fig.signal(dxs, dys, marker="+").lines())
        key += "    + " + i18n.t("plot.derivative", lang)
    if dropped:
        key += "\n" + i18n.t("plot.not_finite", lang, n=dropped)
    _round_y_ticks(fig, ys, *([dys] if data.dys is not None else []), x=xs)
    fig.title(i18n.t("plot.function_title", lang, expr=data.label))
    fig.label("x", axis="x")
    out = fig.build().string(colorless=not color).rstrip("\n") + "\n" + key
    if data.dys is None:
        out += "\n" + i18n.t("plot.no_derivative", lang, expr=data.label, var="x")
    return out


def sequence_chart(values: list[float], name: str, lang: str | None = None, *, width: int = 80,
                   height: int = 20, color: bool = True) -> str:
    lang = lang or i18n.ambient_language()
    fig = _figure(width, height, color)
    steps, shown, dropped = _finite(list(range(len(values))), values)
    fig.draw(fig.signal(steps, shown, marker="•").lines())
    fig.title(i18n.t("plot.sequence_title", lang, name=name, n=len(values)))
    fig.label(i18n.t("plot.step", lang), axis="x")
    fig.ruler("x").ticks(step_ticks(len(values)))
    _round_y_ticks(fig, shown)
    out = fig.build().string(colorless=not color).rstrip("\n")
    if len(values) > 1:
        out += "\n" + i18n.t("plot.change", lang, first=fmt(values[0]), last=fmt(values[-1]))
    if dropped:
        out += "\n" + i18n.t("plot.not_finite", lang, n=dropped)
    return out


def round_ticks(lo: float, hi: float, most: int = 6) -> tuple[list[float], list[str]]:
    """Ticks for values from ``lo`` to ``hi``: multiples of 1, 2 or 5 times a power of ten,
    at most ``most`` of them, with the labels they need (``0.5``, ``1.0``; ``-4``, ``0``)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [], []
    power = 10.0 ** math.floor(math.log10((hi - lo) / most))
    for factor in (1, 2, 5, 10, 20, 50):
        step = factor * power
        first, last = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
        if last - first + 1 <= most:
            break
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    positions = [float(f"{k * step:.12g}") for k in range(first, last + 1)]  # 0.3, not 0.30000000000000004
    positions = [0.0 if abs(v) < step / 2 else v for v in positions]
    tiny_or_huge = decimals > 4 or max(abs(lo), abs(hi)) >= 1e6
    labels = [f"{v:.3g}" if tiny_or_huge else f"{v:.{decimals}f}" for v in positions]
    return positions, labels


def _round_y_ticks(fig: Any, *series: list[float], x: list[float] | None = None) -> None:
    """Round numbers on the y axis (and the x axis when given): plotext's own ticks split the
    range evenly (2.30, 1.82, 1.33…), which reads as noise."""
    values = [v for ys in series for v in ys]
    if values:
        fig.ruler("y").ticks(*round_ticks(min(values), max(values)))
    if x:
        fig.ruler("x").ticks(*round_ticks(min(x), max(x), most=7))


def step_ticks(n: int, most: int = 7) -> list[int]:
    """Ticks for ``n`` steps (0 … n-1): whole numbers 1, 2 or 5 times a power of ten apart,
    at most ``most`` of them. Steps are counted, so a tick at 1.5 would mean nothing."""
    last = max(n - 1, 0)
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power):
            if last // step + 1 <= most:
                return list(range(0, last + 1, step))
        power *= 10


def terminal_size(default: tuple[int, int] = (80, 24)) -> tuple[int, int]:
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]  # None: below
        return size.columns, size.lines
    except (AttributeError, ValueError, OSError):
        return default


def render_function(data: FunctionData, lang: str | None = None, *, chart: bool | None = None) -> str:
    if not (chart if chart is not None else chart_wanted()):
        return function_table(data, lang)
    cols, lines = terminal_size()
    return function_chart(data, lang, width=min(cols - chart_mode.margin, 100),
                          height=max(12, min(lines - 6, 22)), color=color_wanted())


def render_sequence(values: list[float], name: str, lang: str | None = None, *,
                    chart: bool | None = None) -> str:
    if not (chart if chart is not None else chart_wanted()):
        return sequence_table(values, name, lang)
    cols, lines = terminal_size()
    return sequence_chart(values, name, lang, width=min(cols - chart_mode.margin, 100),
                          height=max(12, min(lines - 6, 22)), color=color_wanted())
