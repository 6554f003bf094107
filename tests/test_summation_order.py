"""The column sums of ``parity/summation.py`` rely on numpy adding the rows of a reduced axis one
after another when contiguous rows follow it. These tests hold numpy to that order, against a
plain loop, so that a numpy that changes it fails here rather than in the last digits."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui.engine.parity import summation


def _loop(x: np.ndarray, axis: int) -> np.ndarray:
    acc = np.take(x, 0, axis=axis).copy()
    for k in range(1, x.shape[axis]):
        np.add(acc, np.take(x, k, axis=axis), out=acc)
    return acc


@pytest.mark.parametrize("shape, axis", [((1, 8, 16, 2), 2), ((1, 8, 16, 3), 2), ((2, 8, 16, 7), 2),
                                         ((1, 16, 256), 1), ((1, 16, 10), 1), ((1, 7, 10), 1),
                                         ((1, 16, 1), 1), ((1, 40, 1), 1), ((3, 5, 4), 1)])
def test_a_fold_adds_in_order(shape, axis):
    rng = np.random.default_rng(sum(shape))
    for _ in range(50):
        x = (rng.standard_normal(shape) * rng.uniform(0.1, 1e4)).astype(np.float32)
        expected = _loop(x, axis)
        assert np.array_equal(summation._fold(x, axis).view(np.int32), expected.view(np.int32))


def test_a_column_sum_matches_the_row_by_row_cascade_for_a_linear_layers_batch():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((128, 256)).astype(np.float32)
    fast = summation.float_sum(x, 0)
    rows = x.reshape(1, 128, 256)
    blocks = np.stack([_loop(rows[:, i:i + 16], 1) for i in range(0, 128, 16)], axis=1)
    expected = _loop(blocks, 1)[0] + np.float32(0)
    assert np.array_equal(fast.view(np.int32), expected.view(np.int32))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_column_sums_of_a_matrix_are_the_general_paths_to_the_bit(dtype):
    # _column_sums (a bias gradient's fast path) against _outer_sum, on batch sizes around every
    # level of the cascade, column counts on both sides of a vector, and signed zeros, infinities,
    # subnormals and magnitudes far apart, where any change of order or of a zero's sign shows.
    rng = np.random.default_rng(3)
    specials = np.array([0.0, -0.0, 1e8, -1e8, 1.0, -1.0, 3e-39, np.inf, -np.inf, 0.1], dtype)
    for rows in [2, 3, 4, 5, 15, 16, 17, 31, 33, 64, 100, 128, 255, 256, 257, 300, 4096, 4100]:
        for cols in [2, 3, 4, 5, 8, 10, 12, 31, 32, 40, 64, 256]:
            for x in [(rng.standard_normal((rows, cols)) * 10 ** rng.uniform(-3, 6, (rows, cols))).astype(dtype),
                      rng.choice(specials, (rows, cols)), np.full((rows, cols), -0.0, dtype)]:
                with np.errstate(invalid="ignore"):  # inf - inf
                    fast = summation._column_sums(x)
                    general = summation._outer_sum(x.reshape(1, rows, cols)).reshape(cols)
                assert fast.dtype == general.dtype
                assert np.array_equal(fast.view(np.uint8), general.view(np.uint8)), (rows, cols)
