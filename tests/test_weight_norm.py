"""weight_norm's fused node (WeightNormInterfaceBackward0) against finite differences, to second order."""
from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine.nn.utils.parametrizations import _norm_except_dim, _weight_norm
from test_nn_gradients import SETTINGS, check_gradients, seeds


@SETTINGS
@given(seed=seeds, ndim=st.integers(2, 4), last=st.booleans())
def test_gradients(seed, ndim, last):
    rng = np.random.default_rng(seed)
    shape = tuple(int(s) for s in rng.integers(1, 4, size=ndim))
    dim = ndim - 1 if last else 0
    g_shape = tuple(n if d == dim else 1 for d, n in enumerate(shape))
    check_gradients(lambda v, g: _weight_norm(v, g, dim), [rng.standard_normal(shape), rng.standard_normal(g_shape)],
                    rng, second_order=True)


def test_value_is_g_times_the_unit_slices():
    v = torch.tensor([[3.0, 4.0], [0.0, 2.0]], dtype=torch.float64, requires_grad=True)
    g = torch.tensor([[2.0], [5.0]], dtype=torch.float64, requires_grad=True)
    w = _weight_norm(v, g, 0)
    assert type(w.grad_fn).__name__ == "WeightNormInterfaceBackward0"
    np.testing.assert_allclose(w.detach().numpy(), [[1.2, 1.6], [0.0, 5.0]])
    np.testing.assert_allclose(_norm_except_dim(v.detach(), 0).numpy(), [[5.0], [2.0]])
