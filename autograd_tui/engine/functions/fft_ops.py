"""The three ATen ops every ``torch.fft`` function ends in, with their gradients.

``_fft_c2c`` (complex to complex, forward or inverse), ``_fft_r2c`` (real to complex, one-sided or
full) and ``_fft_c2r`` (one-sided complex to real, the inverse): nodes ``FftC2CBackward0``,
``FftR2CBackward0`` and ``FftC2RBackward0``, whose formulas are PyTorch's (``fft_r2c_backward``,
``fft_c2r_backward`` in ``FunctionsManual.cpp``), written in these ops so that they differentiate
again. The kernels are MKL's recovered order (``fft_kernels.py``, ``parity/mkl_dft.py``).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.complex_guard import plain
from autograd_tui.engine.functions import fft_kernels
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.functions.complex_ops import real
from autograd_tui.engine.functions.shapes import cat
from autograd_tui.engine.record import record

_COMPLEX_OF = {dtypes.float32: dtypes.complex64, dtypes.float64: dtypes.complex128}
_REAL_OF = {dtypes.complex64: dtypes.float32, dtypes.complex128: dtypes.float64}


def fft_c2c(self: Tensor, dim: Sequence[int], normalization: int, forward: bool) -> Tensor:
    out = make(fft_kernels.c2c(plain(self._data), dim, normalization, forward), self.dtype)
    return record(_R["_fft_c2c"], (self,), out, {"dim": tuple(dim), "normalization": normalization,
                                                  "forward": forward})


def fft_r2c(self: Tensor, dim: Sequence[int], normalization: int, onesided: bool) -> Tensor:
    out = make(fft_kernels.r2c(plain(self._data), dim, normalization, onesided), _COMPLEX_OF[self.dtype])
    return record(_R["_fft_r2c"], (self,), out, {"dim": tuple(dim), "normalization": normalization,
                                                  "onesided": onesided})


def fft_c2r(self: Tensor, dim: Sequence[int], normalization: int, last_dim_size: int) -> Tensor:
    out = make(fft_kernels.c2r(plain(self._data), dim, normalization, last_dim_size), _REAL_OF[self.dtype])
    return record(_R["_fft_c2r"], (self,), out, {"dim": tuple(dim), "normalization": normalization})


def fft_r2c_backward(grad: Tensor, self: Tensor, dim: Sequence[int], normalization: int, onesided: bool) -> Tensor:
    """The inverse complex transform of the gradient, real part; a one-sided gradient first gets
    zeros for the bins the forward dropped."""
    if onesided:
        last = dim[-1]
        missing = self.shape[last] - grad.shape[last]
        if missing > 0:
            zeros_shape = list(grad.shape)
            zeros_shape[last] = missing
            grad = cat([grad, make(np.zeros(zeros_shape, grad.dtype.np), grad.dtype)], last)
    return real(fft_c2c(grad, dim, normalization, False))


def fft_c2r_backward(grad: Tensor, dim: Sequence[int], normalization: int) -> Tensor:
    """The one-sided forward transform of the gradient, bins 1..n - (n//2 + 1) doubled (their
    mirror bins, which the forward filled by symmetry, had gradients too)."""
    last = dim[-1]
    onesided = fft_r2c(grad, dim, normalization, True)
    double_length = grad.shape[last] - onesided.shape[last]
    if double_length > 0:  # in place on a slice, as PyTorch's (CopySlices under create_graph)
        onesided.narrow(last, 1, double_length).mul_(2)
    return onesided


__all__ = ["fft_c2c", "fft_r2c", "fft_c2r", "fft_r2c_backward", "fft_c2r_backward"]
