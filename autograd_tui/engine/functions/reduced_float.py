"""How float16 and bfloat16 kernels read a Python number (or a 0-d tensor) operand.

ATen's kernels differ: add and sub read the number in the tensor's own type; mul and div read it
in float32 and compute in float32, rounding once; an ``alpha`` is read as half. Numpy would round
the number to half first everywhere (NEP 50), so the engine's binary ops ask here.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.parity import blas, float32_math, rounding

# The kernels that read a Python number operand in a bfloat16 tensor's own type (mul and div
# keep it in float32).
BFLOAT16_SCALAR_RULES = frozenset(("add", "sub"))
# The kernels that read a number (or a 0-d tensor) in float32 for a float16 tensor and compute in
# float32, rounding once (a * float(0.7), not numpy's a * half(0.7)); add and sub read it as half.
HALF_OPMATH_SCALAR_RULES = frozenset(("mul", "div"))


def in_bfloat16(value) -> float:
    return float(dtypes.to_bfloat16_grid(np.asarray([value], np.float32))[0])


def half_alpha_op(name: str, x: np.ndarray, y: np.ndarray, alpha) -> np.ndarray:
    """float16 ``x + alpha * y`` (or ``-``) as ATen's kernel: alpha read as half; whole vector
    blocks in float32 with one rounding, the scalar rest rounding ``alpha * y`` to half first."""
    x32, y32 = np.broadcast_arrays(np.asarray(x, np.float32), np.asarray(y, np.float32))
    scaled = np.float32(np.float16(alpha)) * y32
    combine = np.add if name == "add_alpha" else np.subtract
    vector_form = combine(x32, scaled)
    scalar_form = combine(x32, scaled.astype(np.float16).astype(np.float32))
    vector = float32_math.vector_path_mask(x32, y32, num_threads=blas.get_threads(), lanes=rounding.VECTOR_LANES)
    return np.where(vector, vector_form, scalar_form).astype(np.float16)


def bfloat16_divisor(input: object, other: object) -> object:
    """A bfloat16 tensor's number divisor as remainder and fmod read it: in bfloat16."""
    if isinstance(input, Tensor) and input.dtype is dtypes.bfloat16 and other.__class__ in (int, float):
        return in_bfloat16(other)
    return other
