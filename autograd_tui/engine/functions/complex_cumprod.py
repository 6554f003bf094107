"""``cumprod`` of a complex tensor (``statistics.cumprod`` hands complex input here) and its
gradient, ``CumprodBackward0`` with PyTorch's conjugates: for a real loss,
grad_input_i = sum_{k >= i} grad_k * conj(prod_{j <= k, j != i} x_j).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.complex_guard import plain
from autograd_tui.engine.parity import complex_cumprod
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R

__all__ = ["cumprod_complex", "cumprod_complex_backward"]


def cumprod_complex(input: Tensor, dim: int) -> Tensor:
    data = plain(input._data)
    values = data.copy() if data.ndim == 0 else complex_cumprod.cumprod(data, dim)
    return record(_R["cumprod_complex"], (input,), make(values, input.dtype), {"dim": dim})


def cumprod_complex_backward(grad: Tensor, input: Tensor, result: Tensor, dim: int) -> Tensor:
    if input.ndim == 0 or input.shape[dim] <= 1:
        return grad
    if not (plain(input._data) == 0).any():
        # PyTorch's formula without zeros: reversed cumsum of conj(result) * grad over conj(input)
        w = result.conj() * grad
        return w.flip(dim).cumsum(dim).flip(dim) / input.conj()
    # With zeros: for each i, the products taken without x_i (small slices only)
    x = np.moveaxis(plain(input._data).astype(np.complex128), dim, -1)
    g = np.moveaxis(plain(grad._data).astype(np.complex128), dim, -1)
    out = np.zeros_like(x)
    for i in range(x.shape[-1]):
        without = x.copy()
        without[..., i] = 1.0
        partial = np.conj(np.cumprod(without, axis=-1))
        out[..., i] = (g[..., i:] * partial[..., i:]).sum(-1)
    return make(np.ascontiguousarray(np.moveaxis(out, -1, dim)).astype(grad.dtype.np), grad.dtype)
