"""Loss charts (``:plot losses``): the step axis counts whole steps."""
from __future__ import annotations

import re

import pytest

from autograd_tui.viz import plots


@pytest.mark.parametrize("n, ticks", [(1, [0]), (2, [0, 1]), (4, [0, 1, 2, 3]), (7, list(range(7))),
                                      (8, [0, 2, 4, 6]), (37, [0, 10, 20, 30]),
                                      (100, [0, 20, 40, 60, 80]), (1001, [0, 200, 400, 600, 800, 1000])])
def test_step_ticks_are_whole_and_few(n: int, ticks: list[int]) -> None:
    assert plots.step_ticks(n) == ticks


def _step_labels(chart: str) -> list[str]:
    lines = chart.splitlines()
    axis = next(i for i, line in enumerate(lines) if line.lstrip().startswith("└"))
    return lines[axis + 1].split()


@pytest.mark.parametrize("lang, step", [("en", "step"), ("tr", "adım")])
@pytest.mark.parametrize("n", [2, 3, 4, 5, 37])
def test_a_loss_chart_has_no_fractional_steps(lang: str, step: str, n: int) -> None:
    # four losses used to be labelled 0.0 0.5 1.0 1.5 2.0 2.5 3.0
    chart = plots.sequence_chart([1 / (i + 1) for i in range(n)], "losses", lang, width=60,
                                 height=14, color=False)
    labels = _step_labels(chart)
    assert labels and all(re.fullmatch(r"\d+", label) for label in labels), labels
    assert labels[0] == "0" and int(labels[-1]) <= n - 1
    assert step in chart


def test_charts_leave_out_nan_and_inf_and_say_so() -> None:
    # plotext aborted the whole process (std::bad_alloc) on a nan between numbers
    from autograd_tui.viz import plots

    out = plots.sequence_chart([1.0, float("nan"), 0.5, float("inf")], "losses", "en", color=False)
    assert out.endswith("Values left out of the chart (nan or inf): 2.")
    data = plots.FunctionData(xs=[0.0, 1.0, 2.0], ys=[0.0, 1.0, 1.5], dys=[float("inf"), 0.5, 0.35],
                              label="torch.sqrt(x)")
    assert "Grafikte gösterilmeyen değerler (nan ya da inf): 1." in plots.function_chart(data, "tr", color=False)


@pytest.mark.parametrize("lo, hi, labels", [
    (0.37, 2.3, ["0.5", "1.0", "1.5", "2.0"]), (-4.0, 10.0, ["0", "5", "10"]),
    (0.0, 1.0, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]), (-2.0, 2.0, ["-2", "-1", "0", "1", "2"]),
    (0.1, 0.3, ["0.10", "0.15", "0.20", "0.25", "0.30"]),
    (1e-5, 3e-5, ["1e-05", "1.5e-05", "2e-05", "2.5e-05", "3e-05"])])
def test_value_ticks_are_round_numbers(lo: float, hi: float, labels: list[str]) -> None:
    positions, shown = plots.round_ticks(lo, hi)
    assert shown == labels and len(positions) == len(labels)
    assert all(lo <= p <= hi for p in positions)


def _value_labels(chart: str) -> list[str]:
    return [m.group(1) for line in chart.splitlines() if (m := re.match(r"\s*(-?[\d.]+)┤", line))]


def test_charts_label_values_with_round_numbers() -> None:
    # plotext split the range evenly: 2.30 1.82 1.33 0.85 0.37 for a loss from 2.3 to 0.37
    losses = plots.sequence_chart([2.3, 1.7, 1.1, 0.83, 0.61, 0.44, 0.37], "losses", "en", width=78,
                                  height=16, color=False)
    assert sorted(_value_labels(losses), key=float) == ["0.5", "1.0", "1.5", "2.0"]
    data = plots.FunctionData(xs=[-2 + i / 10 for i in range(41)],
                              ys=[(-2 + i / 10) ** 3 - 2 * (-2 + i / 10) for i in range(41)],
                              dys=None, label="x**3 - 2*x")
    curve = plots.function_chart(data, "en", width=78, height=16, color=False)
    assert sorted(_value_labels(curve), key=float) == ["-4", "-2", "0", "2", "4"]
    assert _step_labels(curve) == ["-2", "-1", "0", "1", "2"]
