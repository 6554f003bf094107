"""The ``dtype=`` argument of the vector and matrix norms, checked as PyTorch checks it."""
from __future__ import annotations

from typing import Any

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions._common import _scalar_type_name
from autograd_tui.engine.functions.creation import _resolve_dtype


def checked_norm_dtype(input: Tensor, dtype: Any, fn: str) -> dtypes.dtype:
    """The ``dtype=`` of a norm (``fn``: linalg.vector_norm or linalg.matrix_norm), refused as
    PyTorch refuses it: not a floating or complex type, complex for a real input (or the reverse), or
    narrower than the input's."""
    dtype = _resolve_dtype(dtype)
    if input.dtype.is_floating_point or input.dtype.is_complex:
        if not (dtype.is_floating_point or dtype.is_complex):
            raise RuntimeError(f"{fn}: dtype should be floating point or complex, but got {_scalar_type_name(dtype)}")
        if dtype.is_complex != input.dtype.is_complex:
            kind = "complex for complex" if input.dtype.is_complex else "real for real"
            raise RuntimeError(f"{fn}: dtype should be {kind} inputs, but got {_scalar_type_name(dtype)}")
        if dtypes.promote_types(input.dtype, dtype) is not dtype:
            raise RuntimeError(f"{fn}: the dtype of the input ({_scalar_type_name(input.dtype)}) should be "
                               f"convertible without narrowing to the specified dtype ({_scalar_type_name(dtype)})")
    return dtype
