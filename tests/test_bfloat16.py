"""bfloat16 on float32 arrays: the rounding to its grid, views that stay views, and the
optimizers that step bfloat16 parameters with their state on its grid."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import dtypes


def _nearest_even_reference(values: np.ndarray) -> np.ndarray:
    """Round each float32 to 8 significant bits by comparing the two neighbours exactly."""
    out = []
    for v in values.astype(np.float64).tolist():
        if not np.isfinite(v) or v == 0:
            out.append(v)
            continue
        exponent = np.floor(np.log2(abs(v)))
        step = 2.0 ** (exponent - 7)
        low = np.floor(v / step) * step
        high = low + step
        if v - low < high - v or (v - low == high - v and int(low / step) % 2 == 0):
            out.append(low)
        else:
            out.append(high)
    return np.array(out, dtype=np.float64)


def test_rounding_is_to_nearest_even():
    rng = np.random.default_rng(0)
    values = (rng.standard_normal(5000) * 10.0 ** rng.integers(-30, 30, 5000)).astype(np.float32)
    ties = np.array([1 + 2**-8, 1 + 3 * 2**-8, -(1 + 2**-8), 255.5, 257.0], dtype=np.float32)
    values = np.concatenate([values, ties])
    np.testing.assert_array_equal(dtypes.to_bfloat16_grid(values).astype(np.float64),
                                  _nearest_even_reference(values))
    assert dtypes.to_bfloat16_grid(np.array([3.4e38], np.float32))[0] == np.inf  # past bfloat16's max
    assert np.isnan(dtypes.to_bfloat16_grid(np.array([np.nan], np.float32))[0])


def test_values_on_the_grid_are_not_copied_so_views_write_through():
    x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.bfloat16)
    v = x.view(3, 1)
    v[0, 0] = 0.1
    assert x[0].item() == 0.10009765625
    assert v._data.base is not None
    x.add_(1.001)
    assert x.tolist() == [1.1015625, 3.0, 4.0]


@pytest.mark.parametrize("make_optimizer", [
    lambda ps: torch.optim.Adam(ps), lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9),
    lambda ps: torch.optim.SGD(ps, lr=0.1, weight_decay=0.1), lambda ps: torch.optim.Adagrad(ps, foreach=True),
    lambda ps: torch.optim.RMSprop(ps, centered=True, momentum=0.5), lambda ps: torch.optim.Adafactor(ps),
])
def test_optimizers_step_bfloat16_parameters_and_keep_their_state_on_its_grid(make_optimizer):
    w = torch.tensor([1.0, -0.3, 2.5], dtype=torch.bfloat16, requires_grad=True)
    opt = make_optimizer([w])
    for _ in range(3):
        (w * torch.tensor([2.0, 0.7, -1.1])).sum().backward()
        opt.step()
    assert w.dtype is torch.bfloat16 and w.tolist() != [1.0, -0.30078125, 2.5]
    tensors = [w] + [v for v in opt.state[w].values() if isinstance(v, torch.Tensor) and v.dim()]
    for t in tensors:
        assert t.dtype is torch.bfloat16
        assert np.array_equal(t._data, dtypes.to_bfloat16_grid(t._data))


def test_plain_sgd_steps_bfloat16_parameters():
    w = torch.ones(3, dtype=torch.bfloat16, requires_grad=True)
    (w * 0.3).sum().backward()
    torch.optim.SGD([w], lr=0.1).step()
    assert w.dtype is torch.bfloat16 and w.tolist() == [0.96875] * 3
