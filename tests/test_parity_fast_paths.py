"""The faster forms of the exact kernels (batch norm's statistics, oneDNN's convolution orders)
give, bit for bit, what the step-by-step formulations they replace give, on random inputs of many
shapes with magnitudes far apart, signed zeros and non-finite values, where any change in the
order of additions or in a rounding shows."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui.engine.parity import batch_norm

SPECIALS = [0.0, -0.0, 1e30, -1e30, 1.0, -1.0, 1e-40, np.inf, -np.inf, np.nan, 0.1]


def _bits(a: np.ndarray) -> np.ndarray:
    return np.asarray(a).view(f"u{np.asarray(a).dtype.itemsize}")


def _values(rng: np.random.Generator, shape: tuple, dtype, kind: int) -> np.ndarray:
    if kind == 0:  # magnitudes over nine decades: any other order of additions rounds differently
        return (rng.standard_normal(shape) * 10 ** rng.uniform(-3, 6, shape)).astype(dtype)
    if kind == 1:
        return rng.choice(np.array(SPECIALS, dtype), shape)
    return np.full(shape, -0.0, dtype)


BN_SHAPES = [(1, 1, 2), (1, 3, 5), (2, 4, 7), (1, 15, 9), (1, 16, 9), (3, 17, 4), (1, 64, 49),
             (4, 32, 33), (2, 5, 300), (8, 20, 1), (1, 70, 2)]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", BN_SHAPES)
def test_batch_norm_channel_sums_are_a_running_sum(dtype, shape):
    # the old form: each channel's (sample, position) values in a row, summed by a running sum;
    # it started from the first value, PyTorch's loop from +0 (a sum of -0s is +0 there)
    rng = np.random.default_rng(sum(shape))
    n, c, _ = shape
    for kind in range(3):
        x = _values(rng, shape, dtype, kind)
        rows = np.ascontiguousarray(np.moveaxis(x, 1, 0)).reshape(c, -1)
        with np.errstate(invalid="ignore", over="ignore"):
            expected = np.cumsum(rows, axis=1, dtype=np.float64)[:, -1] + 0.0
            got = batch_norm._sums_in_order(x)
        assert np.array_equal(_bits(got), _bits(expected)), (shape, kind)


@pytest.mark.parametrize("shapes", [((2, 3, 4, 5), (1, 3, 1, 1), (1, 3, 1, 1)), ((7,), (7,), (7,)),
                                    ((6, 5), (5,), ()), ((5,), (4, 5), (5,)), ((3, 1), (1, 4), (3, 4))])
def test_batch_norm_fused_product_is_the_widened_formula(shapes):
    rng = np.random.default_rng(len(shapes[0]))
    for kind in range(2):
        a, b = (_values(rng, s, np.float32, kind) for s in shapes[:2])
        c = _values(rng, shapes[2], np.float32, kind) if shapes[2] else np.float32(0.5)
        with np.errstate(invalid="ignore", over="ignore"):
            expected = (a.astype(np.float64) * b + np.asarray(c, np.float64)).astype(np.float32)
            got = batch_norm.fused(a, b, c)
        assert got.shape == expected.shape and got.dtype == np.float32
        assert np.array_equal(_bits(got), _bits(expected)), (shapes, kind)
