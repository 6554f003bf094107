"""matmul._sum_stacked where NaNs of both signs meet: numpy's running sum (``add.accumulate``, the
order the engine's other exact sums use), not whichever operand numpy's reduction loop puts first.
Against PyTorch: products with NaNs of both signs had the same NaN signs for 90.8% of elements
before and 91.4% after (docs/performance.md, fifteenth session)."""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.matmul import _sum_stacked


def test_nans_of_both_signs_keep_the_running_sums_sign() -> None:
    # numpy's reduction over 33 columns puts the operands of its last column the other way round
    rows = np.random.default_rng(3).standard_normal((6, 33)).astype(np.float32)
    rows[0, 32] = np.float32(np.nan)
    rows[3, 32] = np.copysign(np.float32(np.nan), -1)
    running = np.add.accumulate(rows, axis=0)[-1]
    total = _sum_stacked(rows)
    assert np.isnan(total[32])
    assert np.array_equal(np.signbit(total), np.signbit(running))


def test_without_nans_the_reduction_is_the_running_sum() -> None:
    rows = np.random.default_rng(3).standard_normal((9, 40)).astype(np.float32)
    assert np.array_equal(_sum_stacked(rows), np.add.accumulate(rows, axis=0)[-1])
