"""spectral_norm's parametrization on random weights: power iteration converges to the largest
singular value, eval mode freezes the estimate, and the buffers are updated in place. Exact values
of seeded scripts are checked by the golden snippets nn_module/spectral_norm_*."""
from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine import nn
from autograd_tui.engine.nn.utils import parametrizations

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(seed=st.integers(0, 2**31 - 1), rows=st.integers(1, 6), cols=st.integers(1, 6), dim=st.sampled_from([0, 1]))
def test_training_calls_converge_to_unit_spectral_norm(seed, rows, cols, dim):
    torch.manual_seed(seed)
    layer = parametrizations.spectral_norm(nn.Linear(cols, rows), dim=dim, n_power_iterations=20)
    estimator = layer.parametrizations.weight[0]
    u = estimator._u
    for _ in range(10):
        layer(torch.ones(1, cols))
    assert estimator._u is u  # refined in place
    original = layer.parametrizations.weight.original.detach().numpy().astype(np.float64)
    singular = np.linalg.svd(original, compute_uv=False)
    assume(len(singular) == 1 or singular[1] < 0.9 * singular[0])  # a clear gap: 215 steps converge
    largest = singular[0]
    with torch.no_grad():
        weight = layer.weight.numpy().astype(np.float64)
    np.testing.assert_allclose(weight, original / largest, rtol=1e-3, atol=1e-6)


@SETTINGS
@given(seed=st.integers(0, 2**31 - 1))
def test_eval_mode_freezes_the_estimate(seed):
    torch.manual_seed(seed)
    layer = parametrizations.spectral_norm(nn.Linear(4, 3))
    layer.eval()
    buffers = [b.clone() for b in layer.buffers()]
    first = layer.weight.detach().clone()
    layer(torch.ones(2, 4))
    assert torch.equal(layer.weight, first)
    assert all(torch.equal(a, b) for a, b in zip(buffers, layer.buffers()))


def test_a_vector_is_scaled_to_unit_length_without_buffers():
    layer = parametrizations.spectral_norm(nn.Linear(2, 3), name="bias")
    with torch.no_grad():
        layer.bias = torch.tensor([3.0, 0.0, 4.0])
    assert list(layer.buffers()) == []
    np.testing.assert_allclose(layer.bias.detach().numpy(), [0.6, 0.0, 0.8], rtol=1e-6)
