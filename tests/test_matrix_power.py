"""matrix_power on random matrices: the value of every power against NumPy's, the gradient against
finite differences, and the integer check on n. Bit-level order of the products is checked by the
golden snippet linalg/matrix_power_order_bits."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch
from test_nn_gradients import check_gradients

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _well_conditioned(rng, size: int, batch: tuple) -> np.ndarray:
    return rng.standard_normal(batch + (size, size)) * 0.3 + np.eye(size)


@SETTINGS
@given(seed=st.integers(0, 2**31 - 1), size=st.integers(1, 4), n=st.integers(-9, 17), batched=st.booleans())
def test_every_power_matches_numpy(seed, size, n, batched):
    a = _well_conditioned(np.random.default_rng(seed), size, (2,) if batched else ())
    ours = torch.linalg.matrix_power(torch.tensor(a), n).numpy()
    np.testing.assert_allclose(ours, np.linalg.matrix_power(a, n), rtol=1e-9, atol=1e-12)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**31 - 1), n=st.sampled_from([0, 1, 2, 3, 4, 7, 12, -1, -3, -6]))
def test_gradient(seed, n):
    rng = np.random.default_rng(seed)
    check_gradients(lambda a: torch.linalg.matrix_power(a, n), [_well_conditioned(rng, 3, ())], rng)


@pytest.mark.parametrize("n", [2.0, True, -1.5, None, "2", torch.tensor(2.0), torch.tensor([2])])
def test_n_must_be_an_integer(n):
    with pytest.raises(TypeError, match="argument 'n' \\(position 2\\) must be int"):
        torch.linalg.matrix_power(torch.eye(2), n)


def test_integer_zero_dim_tensors_and_numpy_ints_are_accepted():
    m = torch.tensor([[1.0, 1.0], [0.0, 1.0]])
    for n in (torch.tensor(3), np.int64(3), torch.tensor(3, dtype=torch.uint8)):
        assert m.matrix_power(n).tolist() == [[1.0, 3.0], [0.0, 1.0]]
