"""torch.poisson's sampler (parity/discrete_samplers.py) on its own: how many uniforms each method
takes, and sample statistics. Seeded values against PyTorch are in the golden snippets
rng/poisson_*."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine.parity import discrete_samplers


def _uniforms(seed: int, n: int) -> np.ndarray:
    return torch.Generator().manual_seed(seed)._unit_floats(n, np.dtype(np.float64))


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), rate=st.floats(1e-6, 9.999))
def test_below_ten_the_sample_counts_the_factors_that_stay_above_exp_minus_rate(seed, rate):
    gen = torch.Generator().manual_seed(seed)
    sample = int(discrete_samplers.poisson(gen, np.array([rate]))[0])
    products = np.cumprod(_uniforms(seed, sample + 1))
    assert (products[:sample] > np.exp(-rate)).all() and products[sample] <= np.exp(-rate)
    # the generator moved past exactly sample + 1 uniforms
    follower = torch.Generator().manual_seed(seed)
    follower._unit_floats(sample + 1, np.dtype(np.float64))
    assert gen._unit_floats(1, np.dtype(np.float64))[0] == follower._unit_floats(1, np.dtype(np.float64))[0]


def test_zero_rate_draws_nothing_and_bad_rates_raise():
    gen = torch.Generator().manual_seed(0)
    assert discrete_samplers.poisson(gen, np.zeros(3)).tolist() == [0.0, 0.0, 0.0]
    assert gen._unit_floats(1, np.dtype(np.float64))[0] == _uniforms(0, 1)[0]
    for bad in (-1.0, float("nan")):
        try:
            discrete_samplers.poisson(gen, np.array([bad]))
        except RuntimeError as e:
            assert str(e) == "invalid Poisson rate, expected rate to be non-negative"
        else:
            raise AssertionError("no error")


def test_both_methods_have_the_poisson_mean_and_variance():
    gen = torch.Generator().manual_seed(1)
    for rate in (3.5, 10.0, 250.0):
        samples = discrete_samplers.poisson(gen, np.full(20000, rate))
        assert (samples >= 0).all() and (samples == np.round(samples)).all()
        # 20000 draws: the standard error of the mean is sqrt(rate / 20000), < 0.12 here
        assert abs(samples.mean() - rate) < 5 * np.sqrt(rate / 20000)
        assert abs(samples.var() / rate - 1) < 0.06


def test_rates_past_int64_sample_int64_min():
    gen = torch.Generator().manual_seed(2)
    samples = discrete_samplers.poisson(gen, np.array([1e19, 1e30, np.inf]))
    assert samples.tolist() == [float(-2**63)] * 3
