"""float32 2-norms in the order PyTorch's CPU kernel adds the squares (parity/norm2.py).

The kernel's order, spelled out one element at a time (eight lanes of rounded squares, the lanes
added left to right, groups of four rounded squares, then fused multiply-adds), against the
vectorised form the engine runs, on values chosen to land on float32 midpoints and in its
subnormal range, where a fused step is easiest to get wrong.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity import norm2
from autograd_tui.engine.parity.float32_math import fma

F32 = np.float32


def _one_row(row: np.ndarray) -> np.float32:
    n = row.shape[0]
    full = n - n % 8
    lanes = [F32(0)] * 8
    for start in range(0, full, 8):
        for lane in range(8):
            lanes[lane] = F32(lanes[lane] + F32(row[start + lane] * row[start + lane]))
    total = lanes[0]
    for lane in lanes[1:]:
        total = F32(total + lane)
    d = full
    while n - d >= 4:
        for j in range(d, d + 4):
            total = F32(total + F32(row[j] * row[j]))
        d += 4
    for j in range(d, n):
        total = F32(fma(np.array([row[j]]), np.array([row[j]]), np.array([total], F32))[0])
    return total


def test_sum_of_squares_matches_the_kernels_order_element_by_element() -> None:
    rng = np.random.default_rng(3)
    for trial in range(400):
        outer, n = int(rng.integers(1, 5)), int(rng.integers(1, 40))
        if trial % 3 == 0:  # few mantissa bits: sums on float32 midpoints
            x = rng.integers(-64, 65, (outer, n)) / 16.0 * (1 + 2.0 ** -12)
        elif trial % 3 == 1:  # squares in float32's subnormal range
            x = rng.standard_normal((outer, n)) * 2.0 ** -70
        else:
            x = rng.standard_normal((outer, n)) * np.exp2(rng.integers(-20, 20, (outer, n)))
        x = x.astype(F32)
        got = norm2._in_order(x)
        expected = np.array([_one_row(row) for row in x], F32)
        assert np.array_equal(got.view(np.uint32), expected.view(np.uint32)), (outer, n)
