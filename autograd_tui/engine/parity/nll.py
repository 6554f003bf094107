"""nll_loss's reduction with ``weight=`` or ``ignore_index=``, and nll_loss2d's, in PyTorch's order.

ATen's CPU loop (for (N, C) input, and for (N, C, H, W) with the spatial positions in order)
adds ``-weight[t] * x[t]`` and ``weight[t]`` of one sample after another into two cascades of
eight partial sums, in the input's dtype. After a sample whose key ends in a zero hex digit the
lowest level is added to the next one and cleared; while the key's next hex digit is zero too,
that one moves up as well (with at least 2**40 samples the digits get wider). The key is the
sample's index for (N, C) input and the index plus one for nll_loss2d. An ignored sample adds
nothing and moves nothing. The result is the levels added from zero, lowest first; ``mean``
divides it by the weights' own cascade (or by the count of samples kept, without ``weight``).

The unweighted (N, C) float32 batch with every target kept has its own faster path
(``softmax.nll_sum``).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.dtypes import to_bfloat16_grid

_LEVELS = 8


def _level_power(count: int) -> int:
    """log2 of the samples between moves of the lowest level: 4 below 2**40 samples."""
    return max(4, (max(count, 1) - 1).bit_length() // _LEVELS)


def _moves(keys: np.ndarray, power: int) -> np.ndarray:
    """How many levels move up after each sample: 0 unless the key's lowest digit is 0."""
    digit = (1 << power) - 1
    moves = np.zeros(keys.shape, np.int64)
    still = np.ones(keys.shape, bool)
    for level in range(_LEVELS - 1):
        still &= (keys & (digit << (level * power))) == 0
        moves += still
    return moves


def _segment_folds(values: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.floating]:
    """Sums from zero, in order, of the runs of ``values`` that close at each True of ``ends``
    (that value included), and of what follows the last one."""
    dt = values.dtype
    closing = np.flatnonzero(ends)
    starts = np.concatenate([[0], closing + 1])
    lengths = np.diff(np.concatenate([starts, [values.size]]))
    width = int(lengths.max()) if lengths.size else 0
    if lengths.size * width <= 4 * values.size + 64:
        grid = np.zeros((lengths.size, width + 1), dt)
        row = np.repeat(np.arange(lengths.size), lengths)
        column = np.arange(values.size) - np.repeat(starts, lengths) + 1
        grid[row, column] = values
        sums = np.add.accumulate(grid, axis=1)[:, -1]
    else:  # a few runs far longer than the others (many ignored samples): one run at a time
        sums = np.array([np.add.accumulate(np.concatenate([np.zeros(1, dt), values[s:s + n]]))[-1]
                         for s, n in zip(starts, lengths)], dt)
    return sums[:-1], sums[-1]


def _cascade(values: np.ndarray, moves: np.ndarray) -> np.floating:
    held = []
    for _ in range(_LEVELS - 1):
        ends = moves > 0
        up, rest = _segment_folds(values, ends)
        held.append(rest)
        values, moves = up, moves[ends] - 1
    held.append(_segment_folds(values, np.zeros(values.shape, bool))[1])
    return np.add.accumulate(np.concatenate([np.zeros(1, values.dtype), np.asarray(held, values.dtype)]))[-1]


def nll_reduce(terms: np.ndarray, weights: np.ndarray | None,
               kept: np.ndarray | None) -> tuple[np.floating, np.floating]:
    """(sum of ``terms``, total weight) as nll_loss adds them.

    ``terms`` holds ``-weight[t] * x[t]`` per sample in the loop's order (batch first, then the
    spatial positions), ``weights`` ``weight[t]`` (None without ``weight=``), ``kept`` False
    for ignored samples (None: all kept)."""
    terms = np.ascontiguousarray(terms).reshape(-1)
    dt = terms.dtype
    count = terms.size
    keys = np.arange(count, dtype=np.int64)
    if kept is not None:
        kept = np.asarray(kept).reshape(-1)
        terms, keys = terms[kept], keys[kept]
    moves = _moves(keys, _level_power(count))
    total = _cascade(terms, moves)
    if weights is None:
        return total, dt.type(terms.size)
    weights = np.ascontiguousarray(weights, dt).reshape(-1)
    return total, _cascade(weights if kept is None else weights[kept], moves)


def _bf16_of(value: float) -> float:
    return float(to_bfloat16_grid(np.asarray([value], np.float32))[0])


def _f16(value: float) -> float:
    return float(np.float16(value))


def nll_reduce_bfloat16(terms: np.ndarray, weights: np.ndarray | None,
                        kept: np.ndarray | None, half: bool = False) -> tuple[float, float]:
    """``nll_reduce`` for bfloat16 (float16 if ``half``): the same cascade, each addition rounded
    to the type (the loop's partial sums are of the input's type), one sample at a time; the key
    is the sample's index for nll_loss2d too (measured: index plus one does not match there in
    bfloat16). Without ``weights`` the total weight is the count of kept samples, in the type."""
    low = _f16 if half else _bf16_of
    terms = np.ascontiguousarray(terms, np.float32).reshape(-1)
    count = terms.size
    power = _level_power(count)
    mask = (1 << power) - 1
    losses = [0.0] * _LEVELS
    sums = [0.0] * _LEVELS
    flags = np.ones(count, bool) if kept is None else np.asarray(kept).reshape(-1)
    w = None if weights is None else np.ascontiguousarray(weights, np.float32).reshape(-1).tolist()
    for index, (term, keep) in enumerate(zip(terms.tolist(), flags.tolist())):
        if not keep:
            continue
        losses[0] = low(losses[0] + low(term))
        if w is not None:
            sums[0] = low(sums[0] + w[index])
        key = index
        for level in range(_LEVELS - 1):
            if key & (mask << (level * power)):
                break
            losses[level + 1] = low(losses[level + 1] + losses[level])
            sums[level + 1] = low(sums[level + 1] + sums[level])
            losses[level] = sums[level] = 0.0
    total = 0.0
    for value in losses:
        total = low(total + value)
    if w is None:
        return total, low(float(int(flags.sum())))
    weight_total = 0.0
    for value in sums:
        weight_total = low(weight_total + value)
    return total, weight_total
