"""``torch.arange`` with a fractional step, element for element as PyTorch's CPU kernel computes it.

The kernel splits the range among its threads (one task per 32,768 elements, at most one per
thread, equal chunks). Within a chunk it fills blocks of two SIMD vectors (8 float32 or 4 float64
lanes each): a vector's first value is ``start + step * index`` (one fused multiply-add in
float64, rounded to the dtype), and lane ``k`` adds ``k * step`` to that rounded value (again
fused, in float64). The elements after the last whole block are ``start + step * index``, fused.
So ``arange(-8.0, 8.0, 0.1)[80]`` is 4.4e-16, not 0.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.generator import _fma64

_GRAIN = 32768
_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def arange_values(start: float, step: float, n: int, np_dtype, threads: int) -> np.ndarray:
    """The ``n`` values of a floating-point arange in ``np_dtype`` (float32/float64; others via float64)."""
    dtype = np.dtype(np_dtype)
    lanes = _LANES.get(dtype)
    if lanes is None:
        return (start + step * np.arange(n, dtype=np.float64)).astype(dtype)
    out = np.empty(n, dtype)
    tasks = max(1, min(threads, -(-n // _GRAIN)))
    chunk = max(1, -(-n // tasks))
    block = 2 * lanes
    for begin in range(0, n, chunk):
        end = min(n, begin + chunk)
        blocked_end = begin + (end - begin) // block * block
        offset = np.arange(blocked_end - begin, dtype=np.int64)
        vector_start = (begin + offset // lanes * lanes).astype(np.float64)
        first = _fma64(step, vector_start, start).astype(dtype).astype(np.float64)
        out[begin:blocked_end] = _fma64((offset % lanes).astype(np.float64), step, first).astype(dtype)
        rest = np.arange(blocked_end, end, dtype=np.float64)
        out[blocked_end:end] = _fma64(step, rest, start).astype(dtype)
    return out
