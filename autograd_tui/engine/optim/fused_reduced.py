"""``fused=True`` Adam, AdamW, SGD and Adagrad on float16 and bfloat16 parameters.

ATen's fused CPU kernels load each vector of 16-bit elements (parameter, gradient, state) as two
float32 vectors, compute the whole update in float32 and round to the parameter's type only when
they store: the state they write is rounded, but the parameter's own update reads the float32
values just computed, and the scalar loop over the last elements rounds as the vectors do (unlike
the float32 kernels' tail). Measured on the oracle, every element of parameter and state of Adam and
AdamW: ``tools/measure_fused_reduced.py``. Adagrad's kernel differs: its vector loop (whole
blocks of 16 elements) rounds ``weight_decay``, ``eps`` and ``clr`` to the parameter's type first,
its scalar loop over the rest keeps them in float (``adagrad_step``). SGD's form stays refused
(``optimizer.check_fused_layout``): PyTorch 2.13's vector loop never stores the parameter.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim.optimizer import fma, memory_flat

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


_BLOCK = 16  # elements per vector iteration of the fused kernels on 16-bit types (measured)


def adagrad_step(p: Tensor, state_sum: Tensor, grad: np.ndarray, clr: float, eps: float,
                 weight_decay: float) -> None:
    """PyTorch's fused Adagrad on a float16 or bfloat16 ``p`` (``grad``: float32, memory order):
    float32 arithmetic, ``sum += g * g`` a fused multiply-add; the state stored rounded while the
    parameter's update reads the float32 sum."""
    param, total = as_float(p), as_float(state_sum)
    vector = np.arange(param.size) < param.size - param.size % _BLOCK
    in_type = {name: np.where(vector, _in_type(value, p), np.float32(value))
               for name, value in (("wd", weight_decay), ("eps", eps), ("clr", clr))}
    if weight_decay != 0:
        grad = fma(param, in_type["wd"], grad)
    total = fma(grad, grad, total)
    store(state_sum, total)
    with np.errstate(all="ignore"):
        store(p, param - in_type["clr"] * grad / (np.sqrt(total) + in_type["eps"]))


def _in_type(value: float, p: Tensor) -> np.float32:
    """``scalar_t(value)`` as float: a double rounded to the parameter's 16-bit type."""
    as32 = np.float32(value)
    if p.dtype is dtypes.bfloat16:
        return np.float32(dtypes.to_bfloat16_grid(np.array([as32]))[0])
    return np.float32(np.float16(as32))
