"""Learning-rate schedules: the chainable form agrees with the closed form, and SequentialLR
hands over to the next schedule at each milestone."""
from __future__ import annotations

import math

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.optim import lr_scheduler as L


def _optimizer(lr: float = 0.1):
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=lr)


def _lrs(scheduler, opt, n: int) -> list[float]:
    out = [scheduler.get_last_lr()[0]]
    for _ in range(n):
        opt.step()
        scheduler.step()
        out.append(scheduler.get_last_lr()[0])
    return out


@pytest.mark.parametrize("total_iters, power", [(4, 1.0), (5, 2.0), (3, 0.5)])
def test_polynomial_chain_matches_its_closed_form(total_iters, power):
    opt = _optimizer()
    got = _lrs(L.PolynomialLR(opt, total_iters=total_iters, power=power), opt, 7)
    expected = [0.1 * (1 - min(total_iters, e) / total_iters) ** power for e in range(8)]
    assert got == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("t0, mult", [(3, 1), (2, 2), (1, 3)])
def test_warm_restarts_follow_the_cosine_of_each_cycle(t0, mult):
    opt = _optimizer(1.0)
    got = _lrs(L.CosineAnnealingWarmRestarts(opt, T_0=t0, T_mult=mult), opt, 12)
    expected, t_cur, t_i = [], 0, t0
    for _ in range(13):
        expected.append((1 + math.cos(math.pi * t_cur / t_i)) / 2)
        t_cur += 1
        if t_cur >= t_i:
            t_cur, t_i = t_cur - t_i, t_i * mult
    assert got == pytest.approx(expected, abs=1e-12)


def test_sequential_switches_at_the_milestone():
    opt = _optimizer()
    first = L.ConstantLR(opt, factor=0.5, total_iters=10)
    second = L.ExponentialLR(opt, gamma=0.5)
    got = _lrs(L.SequentialLR(opt, [first, second], milestones=[2]), opt, 4)
    # two epochs at half the rate, then the exponential schedule starts again from the base rate
    assert got == pytest.approx([0.05, 0.05, 0.1, 0.05, 0.025])
    with pytest.raises(ValueError, match="one more than the number of milestone points"):
        L.SequentialLR(opt, [first, second], milestones=[])
