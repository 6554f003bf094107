"""float32 softmax, its backward and nll_loss's sum in PyTorch's CPU order.

Measured against PyTorch 2.13 (``tools/measure_float32_order.py``). Over the last dim of a
contiguous tensor, ATen's kernels work row by row in vectors of ``rounding.VECTOR_LANES`` floats:

- the row's maximum; ``exp(x - max)`` through SLEEF's vector ``expf``;
- a row sum adds whole vectors lane by lane (a row shorter than a vector: one element after
  another), the leftover elements into the first lanes, then folds the lanes in halves
  (lane i with lane i + 8, then + 4, + 2, + 1);
- softmax multiplies by ``1 / sum``; its backward is ``(g - sum(g * out)) * out``, products
  rounded before the sum.

log_softmax (and so cross_entropy) keeps the correctly rounded composite in
``functions/reductions.py``: its exact kernel, SLEEF's ``expf`` and ``logf`` emulated forward and
backward, cost about 0.3 ms per call, 40% of a small MLP's training step. Measured before it was
taken out: it made log_softmax and cross_entropy bit-exact (300 of 300 random cases, against 9 and
24 with the composite).

nll_loss adds ``-logp[target]`` one sample after another into a cascade of eight partial
sums, a level moving up after samples 0, 16, 32, ... (level 2 after 0, 256, ...).

Elsewhere (float64, another dim, a machine without a measured vector width) the callers keep
their plain numpy formulas.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.float32_math import sleef_expf
from autograd_tui.engine.parity.rounding import VECTOR_LANES

_F32 = np.float32


def applies(x: np.ndarray, dim: int) -> bool:
    """Whether the float32 row kernels here reproduce PyTorch for ``x`` along ``dim``."""
    return bool(VECTOR_LANES) and x.dtype == _F32 and x.ndim >= 1 and dim == x.ndim - 1 and x.size > 0


def _rows(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x).reshape(-1, x.shape[-1])


def row_sums(x: np.ndarray) -> np.ndarray:
    """(rows, n) -> (rows,): ATen's ``vec::reduce_all`` of ``+`` over each row."""
    lanes = VECTOR_LANES
    n = x.shape[1]
    if n < lanes:
        return np.add.accumulate(x, axis=1)[:, -1]
    full = n // lanes
    vectors = x[:, : full * lanes].reshape(x.shape[0], full, lanes)
    acc = np.add.accumulate(vectors, axis=1)[:, -1] if full > 1 else vectors[:, 0].copy()
    left = n - full * lanes
    if left:
        acc[:, :left] += x[:, full * lanes:]
    while acc.shape[1] > 1:
        half = acc.shape[1] // 2
        acc = acc[:, :half] + acc[:, half:]
    return acc[:, 0]


def softmax(x: np.ndarray) -> np.ndarray:
    rows = _rows(x)
    e = sleef_expf(rows - np.maximum.reduce(rows, axis=1, keepdims=True))
    return (e * (_F32(1) / row_sums(e))[:, None]).reshape(x.shape)


def softmax_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    g, y = _rows(grad), _rows(out)
    return ((g - row_sums(g * y)[:, None]) * y).reshape(out.shape)


_NLL_LEVELS = 8
_NLL_STEP = 16  # 2 ** max(4, ceil(log2(batch)) // 8) for any batch below 2 ** 40


def _fold(x: np.ndarray) -> np.floating:
    """``0 + x[0] + x[1] + ...`` in float32 (a single accumulator, from zero), in one call."""
    if x.size == 0:
        return x.dtype.type(0)
    return np.add.accumulate(np.concatenate([np.zeros(1, x.dtype), x]))[-1]


def _level(inputs: np.ndarray) -> tuple[np.ndarray, np.floating]:
    """One level of nll_loss's cascade: what it hands up (after its input 0, 16, 32, ...) and
    what it still holds at the end."""
    full = (inputs.size - 1) // _NLL_STEP
    groups = inputs[1:1 + full * _NLL_STEP].reshape(full, _NLL_STEP)
    up = np.empty(full + 1, inputs.dtype)
    up[0] = inputs.dtype.type(0) + inputs[0]
    up[1:] = np.add.accumulate(np.concatenate([np.zeros((full, 1), inputs.dtype), groups], axis=1), axis=1)[:, -1]
    return up, _fold(inputs[1 + full * _NLL_STEP:])


def nll_sum(terms: np.ndarray) -> np.floating:
    """The sum of ``terms`` (one per sample, in order) as nll_loss's cascade adds them."""
    held = []
    level = np.ascontiguousarray(terms).reshape(-1)
    for _ in range(_NLL_LEVELS - 1):
        if level.size <= 1:  # a single value is handed up unchanged; the levels above hold 0
            break
        level, rest = _level(level)
        held.append(rest)
    held.append(_fold(level))
    return _fold(np.asarray(held, dtype=terms.dtype))
