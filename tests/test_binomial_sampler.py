"""torch.binomial's sampler (parity/discrete_samplers.py) on its own: how many uniforms each method
takes, the mirrored draw above p = 1/2, and sample statistics. Seeded values against PyTorch are in
the golden snippets rng/binomial_draws and distributions/binomial."""
from __future__ import annotations

import math

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import discrete_samplers

F64 = np.dtype(np.float64)


def _next_uniform(gen) -> float:
    return float(gen._unit_floats(1, F64)[0])


@pytest.mark.parametrize("seed", range(20))
def test_inversion_counts_waiting_times_and_takes_one_uniform_more_than_it_returns(seed):
    gen = torch.Generator().manual_seed(seed)
    count, p = 9.0, 0.4  # count * p < 10: inversion
    k = discrete_samplers.binomial(gen, np.array([count]), np.array([p]))[0]
    reference = torch.Generator().manual_seed(seed)
    waits = [math.ceil(math.log(_next_uniform(reference)) / math.log1p(-p)) for _ in range(int(k) + 1)]
    assert sum(waits[:-1]) <= count < sum(waits)
    assert _next_uniform(gen) == _next_uniform(reference)


def test_above_one_half_the_failures_are_drawn():
    a = discrete_samplers.binomial(torch.Generator().manual_seed(4), np.full(30, 40.0), np.full(30, 0.8))
    b = discrete_samplers.binomial(torch.Generator().manual_seed(4), np.full(30, 40.0), np.full(30, 0.2))
    assert (a == 40 - b).all()


def test_edges_draw_nothing():
    gen = torch.Generator().manual_seed(0)
    out = discrete_samplers.binomial(gen, np.array([0.0, -3.0, 5.0, 5.0]), np.array([0.5, 0.5, 0.0, 1.2]))
    assert out.tolist() == [0.0, 0.0, 0.0, 5.0]
    assert _next_uniform(gen) == _next_uniform(torch.Generator().manual_seed(0))


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("count,p", [(8.0, 0.3), (200.0, 0.35), (3000.0, 0.9)])
def test_sample_mean_and_variance(dtype, count, p):
    n = 4000
    draws = discrete_samplers.binomial(torch.Generator().manual_seed(1), np.full(n, count, dtype),
                                       np.full(n, p, dtype))
    assert draws.dtype == dtype and ((draws >= 0) & (draws <= count)).all()
    mean, var = count * p, count * p * (1 - p)
    assert abs(draws.mean() - mean) < 5 * math.sqrt(var / n)
    assert abs(draws.var() / var - 1) < 0.15
