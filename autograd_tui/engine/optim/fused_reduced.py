"""``fused=True`` Adam, AdamW, SGD and Adagrad on float16 and bfloat16 parameters.

ATen's fused CPU kernels load each vector of 16-bit elements (parameter, gradient, state) as two
float32 vectors, compute the whole update in float32 and round to the parameter's type only when
they store: the state they write is rounded, but the parameter's own update reads the float32
values just computed, and the scalar loop over the last elements rounds as the vectors do (unlike
the float32 kernels' tail). Measured on the oracle, every element of parameter and state of Adam and
AdamW: ``tools/measure_fused_reduced.py``. SGD's and Adagrad's forms stay refused
(``optimizer.check_fused_layout``).
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim.optimizer import memory_flat

REDUCED = (dtypes.float16, dtypes.bfloat16)


def is_reduced(p: Tensor) -> bool:
    return p.dtype in REDUCED


def as_float(t: Tensor) -> np.ndarray:
    """``t``'s elements in memory order as a float32 copy (what the kernel loads)."""
    return memory_flat(t._data).astype(np.float32)


def store(t: Tensor, value: np.ndarray) -> None:
    """Write the float32 ``value`` (memory order) into ``t``, rounded to its type as the kernel stores."""
    if not t._data.flags.writeable:
        t._data = np.array(t._data)
    rounded = dtypes.to_bfloat16_grid(value) if t.dtype is dtypes.bfloat16 else value
    np.copyto(memory_flat(t._data), rounded, casting="unsafe")
    t._bump_version()


def fused_grad(p: Tensor, scale: Optional[float], maximize: bool) -> np.ndarray:
    """The gradient the kernel computes with, in float32: divided by a GradScaler's scale (the
    quotient stored back into ``p.grad`` rounded), then negated under ``maximize``."""
    stored = p.grad
    assert stored is not None  # only parameters with a gradient are stepped
    grad = as_float(stored)
    if scale is not None:
        grad = grad / np.float32(scale)
        store(stored, grad)
    return -grad if maximize else grad
