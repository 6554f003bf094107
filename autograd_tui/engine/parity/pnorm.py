"""Vector p-norms other than 2 and ±inf in PyTorch's order: one running sum per output.

PyTorch reduces ``|x|**p`` with its generic reduction loop, not a vectorised one: each output
adds its elements one after another in the accumulation type (float for float16, bfloat16 and
float32; double for float64), starting from 0. Only a reduction to a single number of at least
32,768 elements, with more than one thread, is cut into one contiguous chunk per thread, each
summed the same way; the chunks' sums are then added in thread order. With several outputs the
threads share out the outputs instead, each still one running sum. numpy's pairwise sums round
differently, so ``w.norm(1)`` (an L1 penalty) differed in its last digits.
"""
from __future__ import annotations

import math

import numpy as np

_GRAIN = 32768  # the element count under which PyTorch's reductions stay on one thread


def _running_sums(rows: np.ndarray, threads: int) -> np.ndarray:
    """Each row of ``rows`` summed left to right (in chunks per thread when it is long)."""
    width = rows.shape[1]
    if width == 0:
        return np.zeros(rows.shape[0], rows.dtype)
    workers = min(threads, -(-width // _GRAIN)) if width >= _GRAIN else 1
    chunk = -(-width // workers)
    total = np.zeros(rows.shape[0], rows.dtype)
    for start in range(0, width, chunk):
        # add.accumulate is strictly sequential, unlike add.reduce
        total = total + np.add.accumulate(rows[:, start:start + chunk], axis=1)[:, -1]
    return total


def p_norm(x: np.ndarray, ord: float, dims: tuple | None, keepdim: bool, threads: int) -> np.ndarray:
    """``sum(|x|**ord) ** (1/ord)`` over ``dims`` (all when None), rounded as PyTorch rounds it."""
    acc = np.float64 if x.dtype == np.float64 else np.float32
    reduced = tuple(range(x.ndim)) if dims is None else tuple(d % x.ndim for d in dims)
    kept = [d for d in range(x.ndim) if d not in reduced]
    moved = np.transpose(np.abs(x).astype(acc), kept + list(reduced))
    kept_shape = tuple(x.shape[d] for d in kept)
    rows = moved.reshape(math.prod(kept_shape), -1) if moved.size else np.zeros((math.prod(kept_shape), 0), acc)
    # each power and the final root are one correctly rounded operation in ``acc``
    powers = (rows.astype(np.float64) ** ord).astype(acc) if ord != 1 else rows
    sums = _running_sums(powers, threads if powers.shape[0] == 1 else 1)
    root = sums if ord == 1 else (sums.astype(np.float64) ** np.float64(acc(1.0 / ord))).astype(acc)
    out = root.reshape(kept_shape)
    if keepdim:
        out = out.reshape(tuple(1 if d in reduced else n for d, n in enumerate(x.shape)))
    return out
